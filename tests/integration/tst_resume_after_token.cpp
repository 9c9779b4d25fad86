#include "api/Backend.h"
#include "api/PredictionJob.h"
#include "emulator/EmulatorServer.h"
#include "schema/ModelSchema.h"
#include "session/BackendSession.h"
#include "session/Run.h"
#include "session/RunController.h"
#include "settings/AppSettings.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sdanim;

namespace {

const QByteArray kToken = "r8_resume_after_token";

} // namespace

// The window's wiring (MainWindow::onBackendChanged → RunController::setBackend) with the app's
// BackendSession: the app starts without a token, on the offline emulator; the user then enters
// a token. The cloud prediction a previous session left running is followed from that moment,
// not only when the app started on the cloud backend.
class TestResumeAfterToken : public QObject
{
    Q_OBJECT
private slots:
    void cloudRunsAreResumedWhenATokenIsEntered()
    {
        emulator::EmulatorOptions options;
        options.timeScale = 0.3;   // long enough to still run while the test looks
        options.token = QString::fromLatin1(kToken);
        emulator::EmulatorServer server(options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));

        // A prediction created on the server by a session that then died.
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(server.apiBaseUrl().toString() + QStringLiteral("/predictions")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + kToken);
        const QJsonObject input{{"prompt_start", "left running"}, {"prompt_end", "by a session that died"},
                                {"width", 128}, {"height", 128}, {"num_animation_frames", 3}, {"num_interpolation_steps", 1}};
        QNetworkReply *reply = nam.post(request, QJsonDocument(QJsonObject{{"version", schema::ModelSchema::pinnedVersionId()},
                                                                           {"input", input}}).toJson());
        QSignalSpy replied(reply, &QNetworkReply::finished);
        QVERIFY(replied.wait(10000));
        const QString id = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("id")).toString();
        reply->deleteLater();
        QVERIFY(!id.isEmpty());

        QTemporaryDir dir;
        settings::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setBaseUrl(server.apiBaseUrl());
        settings.setOutputDirectory(dir.filePath(QStringLiteral("out")));
        settings.setEmulatorTimeScale(0.01);
        store::AsyncHistoryStore history(dir.filePath(QStringLiteral("history.sqlite")));
        store::HistoryRecorder recorder(&history);
        const auto cloud = store::BackendIdentity::of(api::Backend::Kind::ReplicateCloud, server.apiBaseUrl(), false);
        store::HistoryRecord left;
        left.id = id;
        left.backend = cloud.name;
        left.baseUrl = cloud.baseUrl;
        left.model = QString::fromLatin1(settings::AppSettings::DefaultModel);
        left.status = QStringLiteral("starting");
        left.input = input;
        left.createdAt = QDateTime::currentDateTimeUtc();
        QVERIFY(history.write(id, [left](store::HistoryStore &s) mutable { return s.insert(left); }).result());

        session::BackendSession backends(&settings);
        session::RunController runs;
        runs.setRecorder(&recorder);
        runs.setResumesOrphans(true);
        connect(&backends, &session::BackendSession::backendChanged, &runs,
                [&](api::Backend *backend) { runs.setBackend(backend, backends.identity()); });
        QSignalSpy changed(&backends, &session::BackendSession::backendChanged);
        QSignalSpy added(&runs, &session::RunController::runAdded);

        backends.rebuild();   // no token yet: the offline emulator
        QCOMPARE(changed.size(), 1);
        QCOMPARE(backends.identity().name, QStringLiteral("emulator"));
        history.waitForIdle();   // the resume pass for that backend has looked at the history
        QVERIFY(history.get(id).result()->owner.isNull());   // not its business: left alone
        QCOMPARE(added.size(), 0);

        backends.setToken(kToken);
        backends.rebuild();   // the token was entered
        QCOMPARE(changed.size(), 2);
        QCOMPARE(backends.identity().baseUrl, cloud.baseUrl);
        QSignalSpy finished(&runs, &session::RunController::runFinished);
        QVERIFY(added.wait(10000));
        QCOMPARE(added.size(), 1);
        auto *run = added.first().first().value<session::Run *>();
        QVERIFY(run);

        // Rebuilt again (a changed setting) while it runs: this process follows it already.
        QVERIFY2(!history.get(id).result()->isTerminal(), "the run ended too soon to check this");
        backends.rebuild();
        history.waitForIdle();                 // that pass's claim has run...
        QCoreApplication::processEvents();     // ...and its answer has been handled
        QCOMPARE(added.size(), 1);

        QVERIFY(finished.wait(60000));
        history.waitForIdle();
        const auto done = history.get(id).result();
        QVERIFY(done);
        QCOMPARE(done->status, QStringLiteral("succeeded"));
        QVERIFY(!done->outputs.isEmpty());
        QVERIFY(QFileInfo(done->outputs.last().path).size() > 0);
    }
};

// The in-process emulators render GIFs, which draws text: a QGuiApplication is needed.
QTEST_MAIN(TestResumeAfterToken)
#include "tst_resume_after_token.moc"
