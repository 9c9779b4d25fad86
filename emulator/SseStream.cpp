#include "emulator/SseStream.h"

#include "emulator/EmulatorContext.h"

#include <QJsonDocument>
#include <QThread>

#include <httplib.h>

#include <algorithm>

namespace sdanim::emulator {

namespace {

struct SseEvent
{
    QString name;
    QString data;
    qint64 atNs = 0;
};

QString formatEvent(const SseEvent &event, int seq)
{
    QString text = QStringLiteral("event: %1\nid: %2:%3\n")
                       .arg(event.name)
                       .arg(EmulatorClock::toWallNs(event.atNs) / 1000000000)
                       .arg(seq);
    for (const QString &line : event.data.split(QLatin1Char('\n')))
        text += QStringLiteral("data: ") + line + QLatin1Char('\n');
    return text + QLatin1Char('\n');
}

QList<SseEvent> eventsOf(const SimulatedPrediction &prediction, const PredictionState &st, const PredictionJson::Urls &urls)
{
    QList<SseEvent> events;
    if (st.dataRemoved)
        return events; // nothing left to replay: the subscriber idles into the 408
    for (const PredictionEvent &e : st.events) {
        if (e.kind == PredictionEvent::Kind::Log)
            events << SseEvent{QStringLiteral("logs"), e.text, e.atNs};
        else
            events << SseEvent{QStringLiteral("output"), PredictionJson::fileUrl(prediction, e.outputIndex, urls), e.atNs};
    }
    if (st.terminal) {
        QJsonObject done;
        if (st.status == QLatin1String("failed")) {
            events << SseEvent{QStringLiteral("error"),
                               QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("detail"), st.error}})
                                                     .toJson(QJsonDocument::Compact)),
                               st.completedNs};
            done.insert(QStringLiteral("reason"), QStringLiteral("error"));
        } else if (st.status != QLatin1String("succeeded")) {
            done.insert(QStringLiteral("reason"), QStringLiteral("canceled"));
        }
        events << SseEvent{QStringLiteral("done"), QString::fromUtf8(QJsonDocument(done).toJson(QJsonDocument::Compact)),
                           st.completedNs};
    }
    return events;
}

} // namespace

void SseStream::serve(EmulatorContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    ctx.engine.sweep();
    const auto prediction = ctx.engine.findByStreamToken(QString::fromStdString(req.matches[1]));
    if (!prediction) {
        ctx.replies.problem(res, 404, QString(), QStringLiteral("The requested resource could not be found."));
        return;
    }
    int resumeAfter = -1;
    if (req.has_header("Last-Event-ID")) {
        const QString id = QString::fromStdString(req.get_header_value("Last-Event-ID"));
        bool ok = false;
        const int seq = id.section(QLatin1Char(':'), 1).toInt(&ok);
        if (ok)
            resumeAfter = seq;
    }
    const qint64 idleNs = EmulatorClock::fromSeconds(std::max(1.0, 30.0 * ctx.options.timeScale));
    struct Session
    {
        int sent = 0;
        qint64 lastActivity = EmulatorClock::nowNs();
    };
    auto session = std::make_shared<Session>();
    session->sent = resumeAfter + 1;
    const PredictionJson::Urls urls = ctx.urls;

    res.status = 200;
    res.set_header("Cache-Control", "no-store");
    res.set_chunked_content_provider("text/event-stream", [prediction, session, idleNs, urls](size_t, httplib::DataSink &sink) {
        const qint64 now = EmulatorClock::nowNs();
        const PredictionState st = prediction->stateAt(now);
        const QList<SseEvent> events = eventsOf(*prediction, st, urls);
        bool doneSent = false;
        for (; session->sent < events.size(); ++session->sent) {
            const std::string text = formatEvent(events[session->sent], session->sent).toStdString();
            if (!sink.write(text.data(), text.size()))
                return false;
            session->lastActivity = now;
            doneSent = events[session->sent].name == QLatin1String("done");
        }
        if (doneSent || (st.terminal && !st.dataRemoved && session->sent >= events.size())) {
            sink.done();
            return true;
        }
        // A running model is never an idle stream, however long one frame takes at a large size or
        // while the renderer finishes the file; the timeout is for purged, stuck or finished ones.
        if (st.status == QLatin1String("processing"))
            session->lastActivity = now;
        if (now - session->lastActivity >= idleNs) {
            static const std::string timeout = ":408: 408 Request Timeout\n\n";
            sink.write(timeout.data(), timeout.size());
            sink.done();
            return true;
        }
        QThread::msleep(15);
        return true;
    });
}

} // namespace sdanim::emulator
