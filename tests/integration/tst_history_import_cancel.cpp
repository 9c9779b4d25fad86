#include "support/EmulatorHarness.h"
#include "support/ImportEmulator.h"

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

int listRequests(const testing::RecordingNetworkAccessManager &nam)
{
    int n = 0;
    for (const auto &sent : nam.sent)
        if (sent.url.path().endsWith(QLatin1String("/predictions")) && sent.method == "GET") ++n;
    return n;
}

// The importer of a test and what it reads through: a store in `historyPath` and a client whose
// every request is recorded.
struct ImportRig
{
    ImportRig(const QString &historyPath, const QUrl &apiBase)
        : history(historyPath), client(&nam, apiBase, kToken),
          importer(&client, &history, store::BackendIdentity::of(api::Backend::Kind::ReplicateCloud, apiBase, false)),
          apiBase(apiBase)
    {
        openError = history.open().result();
    }

    // A request on the importer's manager: anything the importer queued before it has been sent
    // by the time its answer is in.
    bool sendMarker()
    {
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(apiBase.toString() + QStringLiteral("/models"))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        const bool answered = done.wait(10000);
        reply->deleteLater();
        return answered;
    }

    store::AsyncHistoryStore history;
    testing::RecordingNetworkAccessManager nam;
    api::ApiClient client;
    store::HistoryImporter importer;
    QUrl apiBase;
    QString openError;
};

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
        emulator::EmulatorServer server(testing::importEmulatorOptions(kToken));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QNetworkAccessManager plain;
        const QStringList ids = testing::createPredictions(plain, server.apiBaseUrl(), kToken, 130, [](int i) {   // two pages
            return QStringLiteral("cancel %1").arg(i);
        });
        QVERIFY(!ids.contains(QString()));

        ImportRig rig(dir.filePath(QStringLiteral("history.sqlite")), server.apiBaseUrl());
        QCOMPARE(rig.openError, QString());
        QSignalSpy finished(&rig.importer, &store::HistoryImporter::finished);
        QSignalSpy failed(&rig.importer, &store::HistoryImporter::failed);
        QSignalSpy canceled(&rig.importer, &store::HistoryImporter::canceled);
        connect(&rig.importer, &store::HistoryImporter::pageImported, &rig.importer, [&rig](int page, int) {
            if (page == 1) rig.importer.cancel();
        });
        rig.importer.start();
        QTRY_COMPARE_WITH_TIMEOUT(canceled.count(), 1, 30000);
        QVERIFY(rig.importer.isCanceled());
        QCOMPARE(canceled.at(0).at(0).toInt(), 100);   // the first page, stored whole
        QCOMPARE(listRequests(rig.nam), 1);
        QVERIFY(rig.sendMarker());
        QCOMPARE(listRequests(rig.nam), 1);             // page 2 was never asked for
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.count(), 0);
        rig.history.waitForIdle();
        QCOMPARE(rig.history.count({}).result(), 100);
        rig.importer.cancel();                          // a second cancel changes nothing
        QCOMPARE(canceled.count(), 1);
    }

    void cancelWhileTheFirstPageIsInFlightStoresNothing()
    {
        QTemporaryDir dir;
        emulator::EmulatorServer server(testing::importEmulatorOptions(kToken, false));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QNetworkAccessManager plain;
        QVERIFY(!testing::createPrediction(plain, server.apiBaseUrl(), kToken, QStringLiteral("cancel 0")).isEmpty());

        ImportRig rig(dir.filePath(QStringLiteral("history.sqlite")), server.apiBaseUrl());
        QCOMPARE(rig.openError, QString());
        QSignalSpy pages(&rig.importer, &store::HistoryImporter::pageImported);
        QSignalSpy canceled(&rig.importer, &store::HistoryImporter::canceled);
        rig.importer.start();
        rig.importer.cancel();
        QCOMPARE(canceled.count(), 1);
        QCOMPARE(canceled.at(0).at(0).toInt(), 0);
        QVERIFY(rig.sendMarker());
        QCOMPARE(pages.count(), 0);
        rig.history.waitForIdle();
        QCOMPARE(rig.history.count({}).result(), 0);
    }
};

QTEST_MAIN(TestHistoryImportCancel)
#include "tst_history_import_cancel.moc"
