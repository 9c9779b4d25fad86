#include "queue/JobQueue.h"
#include "queue/QueueController.h"
#include "queue/QueueStore.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"
#include "support/FakeQueueBackend.h"
#include "ui/QueueDock.h"

#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace sdanim;
using queue::QueueJob;
using queue::QueueStore;
using State = queue::QueueJob::State;

namespace {

const store::BackendIdentity kIdentity{QStringLiteral("emulator"), QStringLiteral("http://127.0.0.1:1/v1"), true};

} // namespace

class TestQueueDock : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::AsyncHistoryStore> m_history;

    qint64 add(const QString &start, double estimateUsd)
    {
        return m_history->run([start, estimateUsd](store::HistoryStore &s) {
            QueueJob j;
            j.backend = QueueStore::backendKey(kIdentity);
            j.source = "app";
            j.input = QJsonObject{{"prompt_start", start}, {"prompt_end", "a storm"}, {"seed", 1}};
            j.estimateUsd = estimateUsd;
            QueueStore(s).add(j);
            return j.id;
        }).result();
    }
    QList<QueueJob> jobs() { return m_history->run([](store::HistoryStore &s) { return QueueStore(s).list(); }).result(); }
    QStringList column(QTreeWidget *list, int c)
    {
        QStringList texts;
        for (int i = 0; i < list->topLevelItemCount(); ++i) texts << list->topLevelItem(i)->text(c);
        return texts;
    }
    void select(QTreeWidget *list, qint64 id)
    {
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == id) list->setCurrentItem(list->topLevelItem(i));
    }

private slots:
    void init()
    {
        m_history = std::make_unique<store::AsyncHistoryStore>(m_dir.filePath(QStringLiteral("h%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch())));
        QCOMPARE(m_history->open().result(), QString());
    }
    void cleanup() { m_history.reset(); }

    // The dock lists the jobs in line order; Move up/down reorder them, Pause/Resume flips the
    // queue, Remove takes the selected job out, and the buttons only offer what applies.
    void listsReordersPausesAndRemoves()
    {
        const qint64 a = add("a lighthouse", 0.01), b = add("a forest", 0.02), c = add("a city", 0.03);
        queue::QueueController controller(m_history.get());
        controller.setRefreshIntervalMs(100);
        ui::QueueDock dock(&controller);
        dock.resize(700, 300);
        dock.show();
        QTRY_COMPARE_WITH_TIMEOUT(dock.list()->topLevelItemCount(), 3, 60000);
        QCOMPARE(column(dock.list(), 0), (QStringList{"1", "2", "3"}));
        QCOMPARE(column(dock.list(), 1), (QStringList{"1", "2", "3"}));
        QCOMPARE(column(dock.list(), 2), (QStringList(3, QueueJob::stateText(State::Queued))));
        QCOMPARE(column(dock.list(), 3), (QStringList{"$0.010", "$0.020", "$0.030"}));
        QVERIFY(!dock.upButton()->isEnabled());   // nothing selected

        select(dock.list(), c);
        QVERIFY(dock.upButton()->isEnabled());
        QVERIFY(!dock.downButton()->isEnabled());   // last in line
        QTest::mouseClick(dock.upButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(column(dock.list(), 0), (QStringList{"1", "3", "2"}), 60000);
        QCOMPARE(jobs().at(1).id, c);
        QCOMPARE(dock.selectedJob(), c);   // the selection follows the job
        QTest::mouseClick(dock.upButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(column(dock.list(), 0), (QStringList{"3", "1", "2"}), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!dock.upButton()->isEnabled(), 60000);
        QTest::mouseClick(dock.downButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(column(dock.list(), 0), (QStringList{"1", "3", "2"}), 60000);

        QCOMPARE(dock.pauseButton()->text(), QStringLiteral("Pause"));
        QTest::mouseClick(dock.pauseButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dock.pauseButton()->text(), QStringLiteral("Resume"), 60000);
        QVERIFY(m_history->run([](store::HistoryStore &s) { return QueueStore(s).settings().paused; }).result());
        QVERIFY(dock.messageLabel()->isVisibleTo(&dock));
        QVERIFY2(dock.messageLabel()->text().contains("paused"), qPrintable(dock.messageLabel()->text()));
        QTest::mouseClick(dock.pauseButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dock.pauseButton()->text(), QStringLiteral("Pause"), 60000);
        QVERIFY(!m_history->run([](store::HistoryStore &s) { return QueueStore(s).settings().paused; }).result());

        select(dock.list(), b);
        QVERIFY(dock.removeButton()->isEnabled());
        QTest::mouseClick(dock.removeButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dock.list()->topLevelItem(2)->text(2), QueueJob::stateText(State::Removed), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!dock.removeButton()->isEnabled(), 60000);   // nothing left to remove on that row
        QCOMPARE(column(dock.list(), 1), (QStringList{"1", "2", "–"}));
        Q_UNUSED(a);
        // A change made by another process (the CLI) shows up on the next reload.
        m_history->run([a](store::HistoryStore &s) { return QueueStore(s).setPaused(a, true); }).result();
        QTRY_COMPARE_WITH_TIMEOUT(dock.list()->topLevelItem(0)->text(2), QueueJob::stateText(State::Paused), 60000);
    }

    // A budget stop of this process's runner is said in the dock, with the amounts.
    void showsTheBudgetStop()
    {
        add("a lighthouse", 0.10);
        add("a forest", 0.10);
        add("a city", 0.10);
        m_history->run([](store::HistoryStore &s) {
            QueueStore q(s);
            queue::QueueSettings settings = q.settings();
            settings.concurrency.insert(QueueStore::backendKey(kIdentity), 3);
            settings.budgetUsd = 0.25;
            return q.setSettings(settings);
        }).result();
        store::HistoryRecorder recorder(m_history.get());
        testing::FakeQueueBackend backend;
        queue::JobQueue runner(m_history.get(), &recorder, &backend, kIdentity);
        runner.setPollIntervalMs(50);
        queue::QueueController controller(m_history.get());
        controller.attach(&runner);
        QMainWindow window;
        auto *dock = new ui::QueueDock(&controller, &window);
        window.addDockWidget(Qt::BottomDockWidgetArea, dock);
        window.setCentralWidget(new QLabel(QStringLiteral("SD Animator"), &window));
        window.resize(820, 380);
        window.show();
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(dock->messageLabel()->isVisibleTo(&window), 60000);
        QCOMPARE(dock->messageLabel()->text(), queue::JobQueue::budgetText(false, 0.25, 0.20, 0.10));
        QTRY_COMPARE_WITH_TIMEOUT(column(dock->list(), 2),
                                  (QStringList{QueueJob::stateText(State::Running), QueueJob::stateText(State::Running),
                                               QueueJob::stateText(State::Queued)}), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(backend.running().size() == 2, 60000);
        backend.jobs.at(0)->finish();
        QTRY_COMPARE_WITH_TIMEOUT(dock->list()->topLevelItem(0)->text(4), QStringLiteral("$0.100"), 60000);
        const QString shot = qEnvironmentVariable("SDANIM_QUEUE_SCREENSHOT");
        if (!shot.isEmpty()) QVERIFY(window.grab().save(shot));
    }
};

QTEST_MAIN(TestQueueDock)
#include "tst_queue_dock.moc"
