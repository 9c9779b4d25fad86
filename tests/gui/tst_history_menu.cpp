#include "support/GuiApp.h"
#include "support/HistoryFixture.h"
#include "support/ImportEmulator.h"

#include "emulator/EmulatorServer.h"
#include "emulator/render/Mp4Encoder.h"
#include "schema/ModelSchema.h"
#include "store/Sidecar.h"
#include "ui/HistoryImportBar.h"
#include "ui/HistoryListModel.h"
#include "ui/HistorySidebar.h"

#include <QAction>
#include <QCheckBox>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace sdanim;

namespace {

const QByteArray kToken = "r8_history_menu_test_token";

QAction *menuAction(QMainWindow *window, const QString &menuTitle, const QString &objectName)
{
    for (QAction *top : window->menuBar()->actions()) {
        if (top->text() != menuTitle || !top->menu()) continue;
        for (QAction *a : top->menu()->actions())
            if (a->objectName() == objectName) return a;
    }
    return nullptr;
}

void writeFile(const QString &path, qint64 bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(bytes, 'x'));
}

} // namespace

class TestHistoryMenu : public QObject
{
    Q_OBJECT
private slots:
    // History ▸ Import from Replicate Account against the emulator as the Replicate API.
    void importsTheAccountFromTheHistoryMenu()
    {
        emulator::EmulatorServer server(testing::importEmulatorOptions(kToken));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QNetworkAccessManager nam;
        const QStringList ids = testing::createPredictions(nam, server.apiBaseUrl(), kToken, 3, [](int i) {
            return QStringLiteral("made on the web %1").arg(i);
        });
        QVERIFY(!ids.contains(QString()));

        QTemporaryDir dir;
        testing::GuiApp app(dir.path(), 0.01, [&](settings::AppSettings &s) {
            s.setBackend(settings::AppSettings::BackendChoice::ReplicateCloud);
            s.setBaseUrl(server.apiBaseUrl());
        });
        QAction *import = menuAction(app.window.get(), QStringLiteral("&History"), QStringLiteral("importHistoryAction"));
        QVERIFY(import);
        auto *bar = app.window->findChild<ui::HistoryImportBar *>(QStringLiteral("historyImportBar"));
        QVERIFY(bar);
        app.backends->setToken(kToken);
        app.backends->rebuild();
        QTRY_VERIFY_WITH_TIMEOUT(import->isEnabled(), 10000);

        // Canceled before the first page came back: nothing is stored, the window is usable again.
        QSignalSpy messages(bar, &ui::HistoryImportBar::message);
        import->trigger();
        QVERIFY(bar->isImporting());
        QVERIFY(bar->isVisibleTo(app.window.get()));
        QVERIFY(!import->isEnabled());   // one import at a time
        QTest::mouseClick(bar->cancelButton(), Qt::LeftButton);
        QCOMPARE(messages.count(), 1);
        QVERIFY2(messages.at(0).at(0).toString().contains(QStringLiteral("canceled")), qPrintable(messages.at(0).at(0).toString()));
        QVERIFY(!bar->isImporting());
        QVERIFY(!bar->isVisibleTo(app.window.get()));
        QVERIFY(import->isEnabled());
        app.history->waitForIdle();
        QCOMPARE(app.history->count({}).result(), 0);

        // Run to the end: every prediction of the account is in the sidebar, once.
        import->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(messages.count(), 2, 30000);
        QVERIFY2(messages.at(1).at(0).toString().contains(QStringLiteral("3 new")), qPrintable(messages.at(1).at(0).toString()));
        ui::HistoryListModel *model = app.window->historySidebar()->model();
        QTRY_COMPARE(model->totalCount(), 3);
        for (const QString &id : ids) QTRY_VERIFY(model->rowOfKey(id) >= 0);
        import->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(messages.count(), 3, 30000);
        QVERIFY2(messages.at(2).at(0).toString().contains(QStringLiteral("0 new")), qPrintable(messages.at(2).at(0).toString()));
        QCOMPARE(app.history->count({}).result(), 3);

        // A backend switch (Settings → OK) stops an import: it read through the old backend.
        import->trigger();
        QVERIFY(bar->isImporting());
        app.backends->rebuild();
        QTRY_COMPARE(messages.count(), 4);
        QVERIFY2(messages.at(3).at(0).toString().contains(QStringLiteral("canceled")), qPrintable(messages.at(3).at(0).toString()));
        QVERIFY(!bar->isImporting());
        QTRY_VERIFY(import->isEnabled());
    }

    void importNeedsTheReplicateApi()
    {
        QTemporaryDir dir;
        testing::GuiApp app(dir.path(), 0.01);   // the offline emulator
        QAction *import = menuAction(app.window.get(), QStringLiteral("&History"), QStringLiteral("importHistoryAction"));
        QVERIFY(import);
        QTRY_VERIFY(app.backends->backend() != nullptr);
        QVERIFY(!import->isEnabled());
    }

    // An MP4 run without intermediate frames: its history thumbnail is the video's first frame
    // (an MP4 written by the emulator's encoder, nothing else in its folder).
    void mp4WithoutFramesGetsAThumbnailFromTheVideo()
    {
        QTemporaryDir dir;
        const QString video = dir.filePath(QStringLiteral("outputs/pred1/video.mp4"));
        QVERIFY(QDir().mkpath(QFileInfo(video).absolutePath()));
        emulator::Mp4Encoder encoder;
        QVERIFY2(encoder.open(video, 320, 160, 10), qPrintable(encoder.errorString()));
        for (int i = 0; i < 10; ++i) {
            QImage frame(320, 160, QImage::Format_RGB32);
            frame.fill(i == 0 ? QColor(0, 200, 60) : QColor(200, 0, 160));
            QVERIFY2(encoder.addFrame(frame), qPrintable(encoder.errorString()));
        }
        QVERIFY2(encoder.finish(), qPrintable(encoder.errorString()));

        store::AsyncHistoryStore async(dir.filePath(QStringLiteral("history.sqlite")));
        QCOMPARE(async.open().result(), QString());
        QList<store::HistoryRecord> records{testsupport::syntheticRecord(1, QDateTime::currentDateTimeUtc(), video)};
        QVERIFY(async.run([&records](store::HistoryStore &s) { return s.insertMany(records); }).result());
        ui::HistorySidebar sidebar(&async);
        ui::HistoryListModel *model = sidebar.model();
        QTRY_COMPARE(model->rowCount(), 1);
        const QModelIndex row = model->index(0);
        QCOMPARE(row.data(ui::HistoryListModel::OutputPathRole).toString(), video);
        row.data(ui::HistoryListModel::ThumbnailRole);   // schedules the decode on the pool
        QTRY_VERIFY(!row.data(ui::HistoryListModel::ThumbnailRole).value<QImage>().isNull());
        QVERIFY(!row.data(ui::HistoryListModel::ThumbnailFailedRole).toBool());
        const QImage thumb = row.data(ui::HistoryListModel::ThumbnailRole).value<QImage>();
        QCOMPARE(thumb.width(), 2 * thumb.height());
        const QColor centre = thumb.pixelColor(thumb.width() / 2, thumb.height() / 2);
        QVERIFY2(centre.green() > 150 && centre.red() < 60 && centre.blue() < 100, qPrintable(centre.name()));
    }

    // Delete asks whether to delete the files too, says how much that frees, and does what was chosen.
    void deleteOffersToDeleteTheFiles()
    {
        QTemporaryDir dir;
        settings::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        const QString outputs = dir.filePath(QStringLiteral("outputs"));
        settings.setOutputDirectory(outputs);
        store::AsyncHistoryStore async(dir.filePath(QStringLiteral("history.sqlite")));
        QCOMPARE(async.open().result(), QString());
        const QDateTime start(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
        // Two predictions with a 3000-byte video and a sidecar each, one with no file.
        QList<store::HistoryRecord> records;
        for (int n = 0; n < 3; ++n) {
            const QString video = n < 2 ? QStringLiteral("%1/pred%2/video.mp4").arg(outputs).arg(n) : QString();
            records << testsupport::syntheticRecord(n, start, video);
            if (!video.isEmpty()) {
                writeFile(video, 3000);
                store::SidecarInfo info;
                info.predictionId = records.last().id;
                QVERIFY(store::Sidecar::write(info, video));
            }
        }
        const qint64 sidecarBytes = QFileInfo(store::Sidecar::pathFor(records[0].outputs[0].path)).size();
        QVERIFY(async.run([&records](store::HistoryStore &s) { return s.insertMany(records); }).result());

        ui::HistorySidebar sidebar(&async);
        sidebar.setSettings(&settings);
        sidebar.resize(360, 500);
        sidebar.show();
        ui::HistoryListModel *model = sidebar.model();
        QTRY_COMPARE(model->totalCount(), 3);

        // The footer shows what the output folder takes.
        QLabel *usage = sidebar.diskUsageLabel();
        const qint64 all = 2 * (3000 + sidecarBytes);
        QTRY_VERIFY(usage->isVisibleTo(&sidebar) && !usage->text().isEmpty());
        QCOMPARE(usage->text(), QStringLiteral("Outputs use %1 on disk")
                                    .arg(QLocale().formattedDataSize(all, 1, QLocale::DataSizeTraditionalFormat)));

        // No file on disk: deleted at once, with undo, as before.
        QSignalSpy deleted(&sidebar, &ui::HistorySidebar::deleted);
        sidebar.requestDelete(records[2].id);
        QTRY_COMPARE(deleted.count(), 1);
        QVERIFY(!sidebar.deleteDialog());
        QCOMPARE(sidebar.undoableKey(), records[2].id);

        // With files: the dialog, which says how much it would free; Cancel changes nothing.
        sidebar.requestDelete(records[1].id);
        QTRY_VERIFY(sidebar.deleteDialog());
        auto *box = qobject_cast<QMessageBox *>(sidebar.deleteDialog());
        QVERIFY(box);
        auto *alsoFiles = box->findChild<QCheckBox *>(QStringLiteral("deleteFilesCheck"));
        QVERIFY(alsoFiles);
        QVERIFY(!alsoFiles->isChecked());   // deleting files is never the default
        const QString frees = QLocale().formattedDataSize(3000 + sidecarBytes, 1, QLocale::DataSizeTraditionalFormat);
        QVERIFY2(alsoFiles->text().contains(QStringLiteral("2 file")) && alsoFiles->text().contains(frees),
                 qPrintable(alsoFiles->text()));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!sidebar.deleteDialog());
        QCOMPARE(deleted.count(), 1);
        QVERIFY(model->rowOfKey(records[1].id) >= 0);

        // Delete without the files: the entry goes (undoable), the files stay.
        sidebar.requestDelete(records[1].id);
        QTRY_VERIFY(sidebar.deleteDialog());
        box = qobject_cast<QMessageBox *>(sidebar.deleteDialog());
        box->findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
        QCOMPARE(deleted.count(), 2);
        QCOMPARE(sidebar.undoableKey(), records[1].id);
        QVERIFY(QFile::exists(records[1].outputs[0].path));
        sidebar.undoDelete();
        QTRY_VERIFY(model->rowOfKey(records[1].id) >= 0);

        // Delete with the files: the video, its sidecar and the emptied folder are gone.
        QSignalSpy filesDeleted(&sidebar, &ui::HistorySidebar::filesDeleted);
        QSignalSpy usageUpdated(&sidebar, &ui::HistorySidebar::diskUsageUpdated);
        QSignalSpy messages(&sidebar, &ui::HistorySidebar::message);
        sidebar.requestDelete(records[1].id);
        QTRY_VERIFY(sidebar.deleteDialog());
        box = qobject_cast<QMessageBox *>(sidebar.deleteDialog());
        box->findChild<QCheckBox *>(QStringLiteral("deleteFilesCheck"))->setChecked(true);
        box->findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
        QTRY_COMPARE(filesDeleted.count(), 1);
        QCOMPARE(filesDeleted.at(0).at(1).toInt(), 2);
        QCOMPARE(filesDeleted.at(0).at(2).toLongLong(), 3000 + sidecarBytes);
        const QString video = records[1].outputs[0].path;
        QVERIFY(!QFile::exists(video));
        QVERIFY(!QFile::exists(store::Sidecar::pathFor(video)));
        QVERIFY(!QFileInfo::exists(QFileInfo(video).absolutePath()));
        QVERIFY(QFile::exists(records[0].outputs[0].path));   // the other run keeps its files
        QVERIFY(sidebar.undoableKey().isEmpty());              // the files cannot come back
        QVERIFY(messages.last().at(0).toString().contains(frees));
        async.waitForIdle();
        QVERIFY(async.get(records[1].id).result()->isDeleted());
        // The footer follows.
        QTRY_VERIFY(!usageUpdated.isEmpty() && usageUpdated.last().at(0).toLongLong() == 3000 + sidecarBytes);
        QTRY_COMPARE(usage->text(), QStringLiteral("Outputs use %1 on disk").arg(frees));
    }
};

QTEST_MAIN(TestHistoryMenu)
#include "tst_history_menu.moc"
