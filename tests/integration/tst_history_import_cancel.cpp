#include "support/EmulatorHarness.h"

#include "api/ApiClient.h"
#include "schema/ModelSchema.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryImporter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sdanim;

namespace {

const QByteArray kToken = "r8_import_cancel_test_token";

QString createPrediction(QNetworkAccessManager &nam, const QUrl &apiBase, int i)
{
    QNetworkRequest request(QUrl(apiBase.toString() + QStringLiteral("/predictions")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + kToken);
    const QJsonObject body{{"version", schema::ModelSchema::pinnedVersionId()},
                           {"input", QJsonObject{{"prompt_start", QStringLiteral("cancel %1").arg(i)},
                                                 {"prompt_end", QStringLiteral("calm")},
                                                 {"width", 128}, {"height", 128}, {"num_animation_frames", 2},
                                                 {"num_interpolation_steps", 1}}}};
    QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("id")).toString();
}

int listRequests(const testing::RecordingNetworkAccessManager &nam)
{
    int n = 0;
    for (const auto &sent : nam.sent)
        if (sent.url.path().endsWith(QLatin1String("/predictions")) && sent.method == "GET") ++n;
    return n;
}

} // namespace

// HistoryImporter::cancel (History ▸ Import's Cancel button): it stops between pages and in the
// middle of one, sends nothing afterwards, and reports what it had stored.
class TestHistoryImportCancel : public QObject
{
    Q_OBJECT
private slots:
    void cancelAfterTheFirstPageStopsThere()
    {
        QTemporaryDir dir;
        emulator::EmulatorOptions options;
        options.timeScale = 0.001;
        options.retentionSeconds = 100000000;
        options.token = QString::fromLatin1(kToken);
        emulator::EmulatorServer server(options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QNetworkAccessManager plain;
        QStringList ids;
        for (int i = 0; i < 130; ++i) ids << createPrediction(plain, server.apiBaseUrl(), i);   // two pages
        QVERIFY(!ids.contains(QString()));

        store::AsyncHistoryStore history(dir.filePath(QStringLiteral("history.sqlite")));
        QCOMPARE(history.open().result(), QString());
        testing::RecordingNetworkAccessManager nam;
        api::ApiClient client(&nam, server.apiBaseUrl(), kToken);
        store::HistoryImporter importer(&client, &history,
                                        store::BackendIdentity::of(api::Backend::Kind::ReplicateCloud, server.apiBaseUrl(), false));
        QSignalSpy finished(&importer, &store::HistoryImporter::finished);
        QSignalSpy failed(&importer, &store::HistoryImporter::failed);
        QSignalSpy canceled(&importer, &store::HistoryImporter::canceled);
        connect(&importer, &store::HistoryImporter::pageImported, &importer, [&importer](int page, int) {
            if (page == 1) importer.cancel();
        });
        importer.start();
        QTRY_COMPARE_WITH_TIMEOUT(canceled.count(), 1, 30000);
        QVERIFY(importer.isCanceled());
        QCOMPARE(canceled.at(0).at(0).toInt(), 100);   // the first page, stored whole
        QCOMPARE(listRequests(nam), 1);

        // A marker request on the same manager: anything the importer queued before it has been
        // sent by the time its answer is in.
        QNetworkRequest marker(QUrl(server.apiBaseUrl().toString() + QStringLiteral("/models")));
        QNetworkReply *reply = nam.get(marker);
        QSignalSpy markerDone(reply, &QNetworkReply::finished);
        QVERIFY(markerDone.wait(10000));
        reply->deleteLater();
        QCOMPARE(listRequests(nam), 1);                 // page 2 was never asked for
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.count(), 0);
        history.waitForIdle();
        QCOMPARE(history.count({}).result(), 100);
        importer.cancel();                              // a second cancel changes nothing
        QCOMPARE(canceled.count(), 1);
    }

    void cancelWhileTheFirstPageIsInFlightStoresNothing()
    {
        QTemporaryDir dir;
        emulator::EmulatorOptions options;
        options.timeScale = 0.001;
        options.token = QString::fromLatin1(kToken);
        emulator::EmulatorServer server(options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QNetworkAccessManager plain;
        QVERIFY(!createPrediction(plain, server.apiBaseUrl(), 0).isEmpty());

        store::AsyncHistoryStore history(dir.filePath(QStringLiteral("history.sqlite")));
        QCOMPARE(history.open().result(), QString());
        testing::RecordingNetworkAccessManager nam;
        api::ApiClient client(&nam, server.apiBaseUrl(), kToken);
        store::HistoryImporter importer(&client, &history,
                                        store::BackendIdentity::of(api::Backend::Kind::ReplicateCloud, server.apiBaseUrl(), false));
        QSignalSpy pages(&importer, &store::HistoryImporter::pageImported);
        QSignalSpy canceled(&importer, &store::HistoryImporter::canceled);
        importer.start();
        importer.cancel();
        QCOMPARE(canceled.count(), 1);
        QCOMPARE(canceled.at(0).at(0).toInt(), 0);
        QNetworkRequest marker(QUrl(server.apiBaseUrl().toString() + QStringLiteral("/models")));
        QNetworkReply *reply = nam.get(marker);
        QSignalSpy markerDone(reply, &QNetworkReply::finished);
        QVERIFY(markerDone.wait(10000));
        reply->deleteLater();
        QCOMPARE(pages.count(), 0);
        history.waitForIdle();
        QCOMPARE(history.count({}).result(), 0);
    }
};

QTEST_MAIN(TestHistoryImportCancel)
#include "tst_history_import_cancel.moc"
