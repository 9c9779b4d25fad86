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
};

QTEST_MAIN(TestQueueWindow)
#include "tst_queue_window.moc"
