#include "support/GuiApp.h"
#include "support/VideoProbe.h"

#include "export/ContactSheet.h"
#include "queue/QueueStore.h"
#include "session/Run.h"
#include "session/RunController.h"
#include "session/InputModel.h"
#include "store/SweepStore.h"
#include "sweep/GridClock.h"
#include "sweep/SweepSession.h"
#include "ui/CompareGridCell.h"
#include "ui/CompareGridDock.h"
#include "ui/HistorySidebar.h"
#include "ui/SweepDialog.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace sdanim;

class CompareGridTest : public QObject
{
    Q_OBJECT

private:
    // Opens Sweep… from the window, fills the dialog for a 3 × 2 sweep (seeds as columns, animation
    // frames as rows: cells of different lengths) and starts it.
    static void startSweep(testing::GuiApp &app)
    {
        QPushButton *sweep = app.window->sweepButton();
        QVERIFY(sweep);
        QTRY_VERIFY(sweep->isEnabled());
        QTest::mouseClick(sweep, Qt::LeftButton);
        ui::SweepDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = app.window->findChild<ui::SweepDialog *>()) != nullptr);
        dialog->setAxis(0, QStringLiteral("seed"), QStringLiteral("1,2,3"));
        dialog->setAxis(1, QStringLiteral("num_animation_frames"), QStringLiteral("2:3:1"), true);
        dialog->setConcurrency(3);
        QVERIFY2(dialog->plan().has_value(), qPrintable(dialog->errors().join(QLatin1Char('\n'))));
        QCOMPARE(dialog->varies(), (QStringList{QStringLiteral("seed=1,2,3"), QStringLiteral("num_animation_frames=2:3:1")}));
        QCOMPARE(dialog->plan()->cells.size(), 6);
        // The runs and the estimate before it starts (SweepEstimate's line).
        QVERIFY2(dialog->summaryLabel()->text().contains(QStringLiteral("6 run")), qPrintable(dialog->summaryLabel()->text()));
        QVERIFY2(dialog->summaryLabel()->text().contains(QStringLiteral("$")), qPrintable(dialog->summaryLabel()->text()));
        dialog->accept();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("ffprobe")).isEmpty(), "ffprobe is not installed (scripts/setup.sh installs ffmpeg)");
    }

    void sweepFillsGridPlaysInStepLoadsStarsExportsAndReopens()
    {
        QTemporaryDir dir;
        qint64 sweepId = 0;
        QString cellKey;   // the history key of one of the sweep's runs
        {
            testing::GuiApp app(dir.path(), 0.01);
            QTRY_VERIFY_WITH_TIMEOUT(!app.model()->schema().versionId().isEmpty(), 15000);
            app.model()->setValue(QStringLiteral("prompt_start"), QStringLiteral("a lighthouse"));
            app.model()->setValue(QStringLiteral("prompt_end"), QStringLiteral("a storm"));
            app.model()->setValue(QStringLiteral("width"), 128);
            app.model()->setValue(QStringLiteral("height"), 128);
            app.model()->setValue(QStringLiteral("num_interpolation_steps"), 2);
            startSweep(app);
            if (QTest::currentTestFailed()) return;

            ui::CompareGridDock *grid = app.window->compareGrid();
            QVERIFY(grid->isVisible());
            QCOMPARE(grid->columnLabels(), (QStringList{QStringLiteral("seed=1"), QStringLiteral("seed=2"), QStringLiteral("seed=3")}));
            QCOMPARE(grid->rowLabels(), (QStringList{QStringLiteral("num_animation_frames=2"), QStringLiteral("num_animation_frames=3")}));
            QCOMPARE(grid->cells().size(), 6);
            QTRY_COMPARE_WITH_TIMEOUT(grid->decodedCount(), 6, 60000);
            QTRY_VERIFY(!grid->session()->isRunning());
            sweepId = grid->session()->sweepId();
            QVERIFY(sweepId > 0);
            cellKey = grid->session()->cells().at(4).historyKey;
            QVERIFY(!cellKey.isEmpty());
            for (int i = 0; i < 6; ++i) QCOMPARE(grid->session()->cells().at(i).status, QStringLiteral("succeeded"));
            // Each cell ran as a queue job tagged with its sweep and cell, under the sweep's
            // concurrency as the backend's limit; the grid shows them, not the run list.
            const QList<queue::QueueJob> jobs = app.history->run([](store::HistoryStore &s) { return queue::QueueStore(s).list(); }).result();
            QCOMPARE(jobs.size(), 6);
            for (int i = 0; i < 6; ++i) {
                QCOMPARE(jobs.at(i).source, queue::QueueJob::sweepSource(sweepId, i / 3, i % 3));
                QCOMPARE(jobs.at(i).state, queue::QueueJob::State::Done);
                QCOMPARE(jobs.at(i).historyKey, grid->session()->cells().at(i).historyKey);
            }
            const QString backendKey = queue::QueueStore::backendKey(app.backends->identity());
            QCOMPARE(app.history->run([](store::HistoryStore &s) { return queue::QueueStore(s).settings(); }).result().concurrencyFor(backendKey), 3);
            QVERIFY(app.window->runController()->runs().isEmpty());
            // Each cell's tooltip holds its inputs.
            QVERIFY(grid->cell(1, 2)->toolTip().contains(QStringLiteral("seed: 3")));
            QVERIFY(grid->cell(1, 2)->toolTip().contains(QStringLiteral("num_animation_frames: 3")));

            // One clock: after every tick each cell is at the grid's index, showing index mod its length.
            const int shortLength = grid->cell(0, 0)->frameCount(), longLength = grid->cell(1, 0)->frameCount();
            QVERIFY2(shortLength > 1 && longLength > shortLength, qPrintable(QStringLiteral("%1 %2").arg(shortLength).arg(longLength)));
            grid->clock()->stop();
            const qint64 start = grid->clock()->frameIndex();
            for (int tick = 1; tick <= longLength + 3; ++tick) {
                grid->clock()->advance();
                QCOMPARE(grid->clock()->frameIndex(), start + tick);
                for (ui::CompareGridCell *cell : grid->cells()) {
                    QCOMPARE(cell->frameIndex(), start + tick);
                    QCOMPARE(cell->shownFrame(), int((start + tick) % cell->frameCount()));
                }
            }

            // A click loads that run's inputs into the form.
            QTest::mouseClick(grid->cell(1, 2), Qt::LeftButton, {}, QPoint(20, grid->cell(1, 2)->height() - 20));
            QCOMPARE(app.model()->value(QStringLiteral("seed")).toInteger(), 3);
            QCOMPARE(app.model()->value(QStringLiteral("num_animation_frames")).toInt(), 3);
            QCOMPARE(app.model()->value(QStringLiteral("prompt_start")).toString(), QStringLiteral("a lighthouse"));

            // A star, kept in the history.
            QSignalSpy written(app.history.get(), &store::AsyncHistoryStore::changed);
            QTest::mouseClick(grid->cell(0, 1)->starButton(), Qt::LeftButton);
            QVERIFY(grid->cell(0, 1)->isStarred());
            QVERIFY(grid->session()->cells().at(1).starred);
            QVERIFY(written.wait(10000));

            // Contact sheet: one frame per cell with the labels, at the layout's size.
            QSignalSpy exported(grid, &ui::CompareGridDock::exportFinished);
            const QString png = dir.filePath(QStringLiteral("sheet.png"));
            grid->exportContactSheet(png);
            QVERIFY(exported.wait(20000));
            QCOMPARE(exported.last().at(1).toString(), QString());
            const QImage sheet(png);
            QVERIFY(!sheet.isNull());
            QVERIFY(sheet.width() > 3 * 64 && sheet.height() > 2 * 64);
            QVERIFY(!QFileInfo::exists(png + QStringLiteral(".part")));

            // The video: the same tiling, as many frames as the longest cell.
            const QString mp4 = dir.filePath(QStringLiteral("grid.mp4"));
            grid->exportVideo(mp4);
            QVERIFY(exported.wait(60000));
            QCOMPARE(exported.last().at(1).toString(), QString());
            const QJsonObject stream = testing::probeVideo(mp4);
            QCOMPARE(stream.value(QStringLiteral("width")).toInt(), sheet.width());
            QCOMPARE(stream.value(QStringLiteral("height")).toInt(), sheet.height());
            QCOMPARE(stream.value(QStringLiteral("nb_read_frames")).toString().toInt(), longLength);

            // A cancelled export leaves no file.
            const QString canceled = dir.filePath(QStringLiteral("canceled.mp4"));
            grid->exportVideo(canceled);
            grid->cancelExport();
            QVERIFY(exported.wait(60000));
            QVERIFY(!exported.last().at(1).toString().isEmpty());
            QVERIFY(!QFileInfo::exists(canceled));
            QVERIFY(!QFileInfo::exists(canceled + QStringLiteral(".part")));
        }

        // After a restart, opening one of its runs from the history brings the sweep's grid back,
        // with its star.
        testing::GuiApp again(dir.path(), 0.01);
        QTRY_VERIFY_WITH_TIMEOUT(!again.model()->schema().versionId().isEmpty(), 15000);
        ui::CompareGridDock *grid = again.window->compareGrid();
        QVERIFY(grid->cells().isEmpty());   // the dock may be restored visible, but empty
        emit again.window->historySidebar()->showRequested(cellKey);
        QTRY_COMPARE(grid->cells().size(), 6);
        QVERIFY(grid->isVisible());
        QCOMPARE(grid->session()->sweepId(), sweepId);
        QCOMPARE(grid->columnLabels(), (QStringList{QStringLiteral("seed=1"), QStringLiteral("seed=2"), QStringLiteral("seed=3")}));
        QCOMPARE(grid->rowLabels(), (QStringList{QStringLiteral("num_animation_frames=2"), QStringLiteral("num_animation_frames=3")}));
        QTRY_COMPARE_WITH_TIMEOUT(grid->decodedCount(), 6, 30000);
        QVERIFY(grid->cell(0, 1)->isStarred());
        QVERIFY(!grid->cell(0, 0)->isStarred());
        QCOMPARE(grid->session()->cells().at(5).input.value(QStringLiteral("seed")).toInteger(), 3);
    }

    // A sweep waits in the queue like any job: paused, its cells say why; canceled, its jobs
    // leave the line and the cells end "Not run".
    void queuedSweepWaitsAndCancels()
    {
        QTemporaryDir dir;
        testing::GuiApp app(dir.path(), 0.01);
        QTRY_VERIFY_WITH_TIMEOUT(!app.model()->schema().versionId().isEmpty(), 15000);
        app.setTinyInput();
        QVERIFY(app.history->run([](store::HistoryStore &s) {
            queue::QueueStore q(s);
            queue::QueueSettings settings = q.settings();
            settings.paused = true;
            return q.setSettings(settings);
        }).result());
        startSweep(app);
        if (QTest::currentTestFailed()) return;
        ui::CompareGridDock *grid = app.window->compareGrid();
        auto jobs = [&] { return app.history->run([](store::HistoryStore &s) { return queue::QueueStore(s).list(); }).result(); };
        QTRY_COMPARE_WITH_TIMEOUT(jobs().size(), 6, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(grid->session()->cells().at(0).error.contains(QStringLiteral("paused")), 60000);
        QVERIFY(grid->session()->isRunning());
        for (const queue::QueueJob &j : jobs()) QCOMPARE(j.state, queue::QueueJob::State::Queued);
        QTest::mouseClick(app.window->findChild<QPushButton *>(QStringLiteral("cancelSweepButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!grid->session()->isRunning(), 60000);
        for (const queue::QueueJob &j : jobs()) QCOMPARE(j.state, queue::QueueJob::State::Removed);
        for (const sweep::SweepSession::Cell &c : grid->session()->cells()) QCOMPARE(c.status, QStringLiteral("skipped"));
        QVERIFY(app.window->runController()->runs().isEmpty());
    }

    // The dialog prices the sweep as its values change, refuses values the schema refuses, and asks
    // before a sweep above the confirmation threshold (AppSettings).
    void dialogEstimatesRefusesBadValuesAndConfirms()
    {
        QTemporaryDir dir;
        testing::GuiApp app(dir.path(), 0.01, [](settings::AppSettings &s) { s.setSweepConfirmRuns(2); });
        QTRY_VERIFY_WITH_TIMEOUT(!app.model()->schema().versionId().isEmpty(), 15000);
        app.model()->setValue(QStringLiteral("prompt_start"), QStringLiteral("a lighthouse"));
        app.model()->setValue(QStringLiteral("prompt_end"), QStringLiteral("a storm|a calm sea"));
        ui::SweepDialog dialog(app.model()->schema(), app.model()->input(), app.window->runEstimates(), app.settings.get(), false);
        dialog.setAxis(0, QStringLiteral("guidance_scale"), QStringLiteral("5:9:2"), true);
        QVERIFY2(dialog.plan().has_value(), qPrintable(dialog.varies().join(QLatin1Char(' ')) + QLatin1Char(' ') + dialog.errors().join(QLatin1Char(' '))));
        QCOMPARE(dialog.plan()->columnLabels,
                 (QStringList{QStringLiteral("guidance_scale=5"), QStringLiteral("guidance_scale=7"), QStringLiteral("guidance_scale=9")}));
        QCOMPARE(dialog.estimate().runs.size(), 3);
        dialog.setAxis(0, QStringLiteral("guidance_scale"), QStringLiteral("5,99"));
        QVERIFY(!dialog.plan().has_value());
        QVERIFY(!dialog.errors().isEmpty());
        QCOMPARE(dialog.summaryLabel()->text(), dialog.errors().join(QLatin1Char('\n')));

        // One end prompt of the two, and the whole pair.
        dialog.setAxis(0, QStringLiteral("prompt_end[2]"), QStringLiteral("rain,snow"));
        QVERIFY2(dialog.plan().has_value(), qPrintable(dialog.errors().join(QLatin1Char(' '))));
        QCOMPARE(dialog.plan()->cells.at(1).input.value(QStringLiteral("prompt_end")).toString(), QStringLiteral("a storm | snow"));
        dialog.setAxis(0, QStringLiteral("prompts"), QStringLiteral("a cat => a dog,x => y"));
        QVERIFY2(dialog.plan().has_value(), qPrintable(dialog.errors().join(QLatin1Char(' '))));
        QCOMPARE(dialog.plan()->cells.at(1).input.value(QStringLiteral("prompt_start")).toString(), QStringLiteral("x"));

        // 3 runs > 2: a question first; No keeps the dialog open, Yes starts.
        dialog.setAxis(0, QStringLiteral("seed"), QStringLiteral("1,2,3"));
        QVERIFY(dialog.estimate().needsConfirmation(*app.settings));
        dialog.show();
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        for (const auto button : {QMessageBox::No, QMessageBox::Yes}) {
            QTimer::singleShot(0, &dialog, [button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (box) box->button(button)->click();
            });
            dialog.accept();
            QCOMPARE(accepted.count(), button == QMessageBox::Yes ? 1 : 0);
        }
    }
};

QTEST_MAIN(CompareGridTest)
#include "tst_compare_grid.moc"
