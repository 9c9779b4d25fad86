#include "emulator/HttpReplies.h"

#include "emulator/FaultInjector.h"

#include <QJsonDocument>

#include <httplib.h>

#include <memory>

namespace sdanim::emulator {

QByteArray HttpReplies::compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString HttpReplies::mimeType(const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".png")))
        return QStringLiteral("image/png");
    if (fileName.endsWith(QLatin1String(".gif")))
        return QStringLiteral("image/gif");
    if (fileName.endsWith(QLatin1String(".mp4")))
        return QStringLiteral("video/mp4");
    return QStringLiteral("application/octet-stream");
}

void HttpReplies::truncated(httplib::Response &res, int status, const QByteArray &body, const std::string &contentType)
{
    res.status = status;
    auto data = std::make_shared<std::string>(body.toStdString());
    const size_t half = data->size() / 2;
    res.set_content_provider(data->size(), contentType,
                             [data, half](size_t offset, size_t, httplib::DataSink &sink) {
                                 if (offset < half)
                                     return sink.write(data->data() + offset, half - offset);
                                 return false; // cpp-httplib closes the connection mid-body
                             });
}

void HttpReplies::json(httplib::Response &res, int status, const QByteArray &body, const char *contentType)
{
    if (m_faults.takeDropJson()) {
        truncated(res, status, body, contentType);
        return;
    }
    res.status = status;
    if (m_faults.takeMalformedJson()) {
        // Complete transfer, broken syntax: the first half of the document followed by a stray brace.
        res.set_content((body.left(body.size() / 2) + "}").toStdString(), contentType);
        return;
    }
    res.set_content(body.toStdString(), contentType);
}

void HttpReplies::json(httplib::Response &res, int status, const QJsonObject &body, const char *contentType)
{
    json(res, status, compact(body), contentType);
}

void HttpReplies::problem(httplib::Response &res, int status, const QString &title, const QString &detail,
                          const QJsonObject &extra)
{
    QJsonObject body = extra;
    if (!title.isEmpty())
        body.insert(QStringLiteral("title"), title);
    body.insert(QStringLiteral("detail"), detail);
    body.insert(QStringLiteral("status"), status);
    json(res, status, body, kProblemJson);
}

} // namespace sdanim::emulator
