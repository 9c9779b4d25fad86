#include "queue/QueueController.h"
#include "queue/QueueStore.h"
#include "session/BackendSession.h"
#include "session/InputModel.h"
#include "session/Run.h"
#include "session/RunController.h"
#include "store/AsyncHistoryStore.h"
#include "ui/MainWindow.h"
#include "ui/QueueDock.h"
#include "support/GuiApp.h"

#include <QAction>
#include <QLabel>
#include <QStatusBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace sdanim;
using queue::QueueJob;

class TestQueueWindow : public QObject
{
    Q_OBJECT
private slots:
    // Run › Add to Queue puts the form's input in the persistent queue; the window runs it on the
    // current backend (the offline emulator here) and the Queue dock shows each job end "done",
    // recorded in the history and shown in the run list like any run. A job another process queued for this backend runs too.
    void addToQueueRunsTheJobsThroughTheQueue()
    {
        QTemporaryDir dir;
        testing::GuiApp app(dir.path(), 0.01);
        QTRY_VERIFY_WITH_TIMEOUT(app.window->form() && !app.model()->schema().versionId().isEmpty(), 60000);
        app.setTinyInput();
        QTRY_VERIFY_WITH_TIMEOUT(app.window->runButton()->isEnabled(), 60000);
        ui::QueueDock *dock = app.window->queueDock();
        QVERIFY(dock);
        QVERIFY(!dock->isVisible());
        auto *add = app.window->findChild<QAction *>(QStringLiteral("addToQueueAction"));
        QVERIFY(add);
        add->trigger();
        add->trigger();
        QTRY_VERIFY(dock->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(dock->list()->topLevelItemCount(), 2, 60000);

        // As `sdanim queue add` would, from another process, for the same backend.
        const QString key = queue::QueueStore::backendKey(app.backends->identity());
        QJsonObject input = app.model()->input();
        input.insert(QStringLiteral("seed"), 42);
        app.history->run([key, input](store::HistoryStore &s) {
            QueueJob j;
            j.backend = key;
            j.source = QStringLiteral("cli");
            j.input = input;
            return queue::QueueStore(s).add(j);
        }).result();

        auto states = [&] {
            QStringList texts;
            for (int i = 0; i < dock->list()->topLevelItemCount(); ++i) texts << dock->list()->topLevelItem(i)->text(2);
            return texts;
        };
        QTRY_COMPARE_WITH_TIMEOUT(states(), QStringList(3, QueueJob::stateText(QueueJob::State::Done)), 120000);
        const QList<QueueJob> jobs = app.history->run([](store::HistoryStore &s) { return queue::QueueStore(s).list(); }).result();
        QCOMPARE(jobs.size(), 3);
        QSet<QString> ids;
        for (const QueueJob &j : jobs) {
            QCOMPARE(j.attempts, 1);
            const QString historyKey = j.historyKey;
            const auto row = app.history->run([historyKey](store::HistoryStore &s) { return s.get(historyKey); }).result();
            QVERIFY(row);
            QCOMPARE(row->status, QStringLiteral("succeeded"));
            QCOMPARE(row->id, j.predictionId);
            ids.insert(j.predictionId);
        }
        QCOMPARE(ids.size(), 3);
        QCOMPARE(jobs.first().source, QStringLiteral("app"));
        // Each queued run showed in the run list too, and ended there.
        QCOMPARE(app.window->runController()->runs().size(), 3);
        for (session::Run *run : app.window->runController()->runs())
            QTRY_COMPARE_WITH_TIMEOUT(run->state(), session::Run::State::Succeeded, 60000);
        const QString shot = qEnvironmentVariable("SDANIM_QUEUE_WINDOW_SCREENSHOT");
        if (!shot.isEmpty()) {
            app.window->resize(1400, 900);
            QTest::qWait(300);
            QVERIFY(app.window->grab().save(shot));
        }
    }

    // The form's Run goes through the queue too: at the front of the line, started at once when
    // the backend's concurrency limit allows; while it cannot start, the status bar says why (a
    // free slot, the pause, the budget) and the run shows in the list once it starts.
    void runGoesFirstInLineAndSaysWhyItWaits()
    {
        QTemporaryDir dir;
        testing::GuiApp app(dir.path(), 0.05);
        QTRY_VERIFY_WITH_TIMEOUT(app.window->form() && !app.model()->schema().versionId().isEmpty(), 60000);
        app.setTinyInput();
        QTRY_VERIFY_WITH_TIMEOUT(app.window->runButton()->isEnabled(), 60000);
        auto status = [&] { return app.window->statusBar()->currentMessage(); };
        auto jobs = [&] { return app.history->run([](store::HistoryStore &s) { return queue::QueueStore(s).list(); }).result(); };
        auto changeSettings = [&](const std::function<void(queue::QueueSettings &)> &change) {
            QVERIFY(app.history->run([change](store::HistoryStore &s) {
                queue::QueueStore q(s);
                queue::QueueSettings settings = q.settings();
                change(settings);
                return q.setSettings(settings);
            }).result());
        };
        session::RunController *runs = app.window->runController();

        // One at a time on this backend (a Cog container's default): a second Run waits for the first.
        const QString backendKey = queue::QueueStore::backendKey(app.backends->identity());
        changeSettings([backendKey](queue::QueueSettings &s) { s.concurrency.insert(backendKey, 1); });
        app.model()->setValue(QStringLiteral("num_inference_steps"), 500);
        app.window->startRun();
        session::Run *first = app.newRun(0);
        QVERIFY(first);
        QVERIFY(first->isActive());
        app.model()->setValue(QStringLiteral("num_inference_steps"), 20);
        app.window->startRun();
        QTRY_VERIFY_WITH_TIMEOUT(status().contains(QStringLiteral("Waiting for a free slot")), 60000);
        if (first->isActive()) QCOMPARE(runs->runs().size(), 1);
        session::Run *second = app.newRun(1, 120000);
        QVERIFY(second);
        QVERIFY(!first->isActive());
        QTRY_COMPARE_WITH_TIMEOUT(second->state(), session::Run::State::Succeeded, 120000);
        QCOMPARE(first->state(), session::Run::State::Succeeded);
        QCOMPARE(jobs().size(), 2);
        QCOMPARE(jobs().first().source, QStringLiteral("app"));

        // Paused: Add to Queue goes to the back, Run to the front, and the status bar says so.
        changeSettings([](queue::QueueSettings &s) { s.paused = true; });
        auto *add = app.window->findChild<QAction *>(QStringLiteral("addToQueueAction"));
        QVERIFY(add);
        app.model()->setValue(QStringLiteral("prompt_start"), QStringLiteral("added to the queue"));
        add->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(jobs().size(), 3, 60000);
        app.model()->setValue(QStringLiteral("prompt_start"), QStringLiteral("run from the form"));
        app.window->startRun();
        QTRY_COMPARE_WITH_TIMEOUT(jobs().size(), 4, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(status().contains(QStringLiteral("The queue is paused")), 60000);
        QStringList waiting;
        for (const QueueJob &j : jobs())
            if (j.isWaiting()) waiting << j.input.value(QStringLiteral("prompt_start")).toString();
        QCOMPARE(waiting, (QStringList{QStringLiteral("run from the form"), QStringLiteral("added to the queue")}));
        QCOMPARE(runs->runs().size(), 2);
        changeSettings([](queue::QueueSettings &s) { s.paused = false; });
        session::Run *third = app.newRun(2, 120000);
        QVERIFY(third);
        QCOMPARE(third->input().value(QStringLiteral("prompt_start")).toString(), QStringLiteral("run from the form"));
        QTRY_COMPARE_WITH_TIMEOUT(runs->runs().size(), 4, 120000);
        for (session::Run *run : runs->runs()) QTRY_COMPARE_WITH_TIMEOUT(run->state(), session::Run::State::Succeeded, 120000);

        // A budget spent: the Run waits, and the status bar and the dock say why.
        auto allFinished = [&] {
            const QList<QueueJob> all = jobs();
            return std::all_of(all.cbegin(), all.cend(), [](const QueueJob &j) { return j.isFinished(); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allFinished(), 60000);
        const double spent = app.history->run([](store::HistoryStore &s) { return queue::QueueStore(s).spentUsd(); }).result();
        QVERIFY2(spent > 0, qPrintable(QString::number(spent)));
        changeSettings([spent](queue::QueueSettings &s) { s.budgetUsd = spent; });
        app.window->startRun();
        QTRY_VERIFY_WITH_TIMEOUT(status().contains(QStringLiteral("Budget of")), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(app.window->queueDock()->messageLabel()->text().contains(QStringLiteral("Budget of")), 60000);
        QCOMPARE(runs->runs().size(), 4);
        QCOMPARE(jobs().first().state, QueueJob::State::Queued);
    }
};

QTEST_MAIN(TestQueueWindow)
#include "tst_queue_window.moc"
