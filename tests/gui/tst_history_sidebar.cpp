#include "support/HistoryFixture.h"

#include "store/AsyncHistoryStore.h"
#include "ui/HistoryItemDelegate.h"
#include "ui/HistoryListModel.h"
#include "ui/HistorySidebar.h"

#include <QAbstractButton>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using sdanim::store::AsyncHistoryStore;
using sdanim::store::HistoryStore;
using sdanim::ui::HistoryListModel;
using sdanim::ui::HistorySidebar;

class UrlRecorder : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};

class TestHistorySidebar : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listsThousandsLazily();
    void searchFiltersInTheStore();
    void statusFilter();
    void deleteAndUndo();
    void newPredictionAppearsWithoutReset();
    void thumbnailsLoadOffThread();
    void contextActionsEmitInputs();
    void ctrlFFocusesSearch();
    void emptyHistory();
    void delegateTexts();

private:
    static constexpr int Count = 3000;
    QString m_dbPath;
    QString m_pngPath;
    QString m_mp4Path;
    QTemporaryDir m_dir;
    QDateTime m_start = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
};

void TestHistorySidebar::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dbPath = m_dir.filePath(QStringLiteral("history.sqlite"));
    HistoryStore store(m_dbPath);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QVERIFY2(sdanim::testsupport::fillHistory(store, Count, m_start), qPrintable(store.lastError()));

    // The newest prediction has an intermediate PNG, the one before only an MP4.
    QDir().mkpath(m_dir.filePath(QStringLiteral("out/a")));
    QDir().mkpath(m_dir.filePath(QStringLiteral("out/b")));
    m_pngPath = m_dir.filePath(QStringLiteral("out/a/output-0.png"));
    QImage image(200, 100, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QVERIFY(image.save(m_pngPath));
    m_mp4Path = m_dir.filePath(QStringLiteral("out/b/output.mp4"));
    QFile mp4(m_mp4Path);
    QVERIFY(mp4.open(QIODevice::WriteOnly));
    mp4.write(QByteArray(1000, '\0'));
    mp4.close();
    QVERIFY(store.setOutput(QStringLiteral("pred%1").arg(Count - 1, 6, 10, QLatin1Char('0')), {0, m_pngPath, {}}));
    QVERIFY(store.setOutput(QStringLiteral("pred%1").arg(Count - 2, 6, 10, QLatin1Char('0')), {0, m_mp4Path, {}}));
}

void TestHistorySidebar::listsThousandsLazily()
{
    AsyncHistoryStore async(m_dbPath);
    HistorySidebar sidebar(&async);
    sidebar.resize(320, 600);
    sidebar.show();
    HistoryListModel *model = sidebar.model();
    QTRY_COMPARE(model->totalCount(), Count);
    QTRY_COMPARE(model->rowCount(), HistoryListModel::PageSize);  // only the first page
    QCOMPARE(model->index(0).data(HistoryListModel::PromptStartRole).toString(), QStringLiteral("a cat number 2999"));
    QCOMPARE(model->index(0).data(HistoryListModel::StatusRole).toString(), QStringLiteral("succeeded"));
    QCOMPARE(model->index(0).data(HistoryListModel::DurationRole).toDouble(), 60.0);
    QCOMPARE(model->index(0).data(HistoryListModel::CostTextRole).toString(), QStringLiteral("$0.069"));
    QVERIFY(sidebar.findChild<QLabel *>(QStringLiteral("historyCount"))->text().contains(QStringLiteral("3000")));

    // Scrolling to the end loads the next page, and so on until everything is there.
    QListView *view = sidebar.view();
    int previous = model->rowCount();
    while (model->rowCount() < Count) {
        view->scrollToBottom();
        QTRY_VERIFY2(model->rowCount() > previous, qPrintable(QString::number(previous)));
        QVERIFY(model->rowCount() - previous <= HistoryListModel::PageSize);
        previous = model->rowCount();
    }
    QCOMPARE(model->rowCount(), Count);
    QCOMPARE(model->index(Count - 1).data(HistoryListModel::PromptStartRole).toString(), QStringLiteral("a cat number 0"));
    QVERIFY(!model->canFetchMore({}));
}

void TestHistorySidebar::searchFiltersInTheStore()
{
    AsyncHistoryStore async(m_dbPath);
    HistorySidebar sidebar(&async);
    HistoryListModel *model = sidebar.model();
    QTRY_COMPARE(model->totalCount(), Count);

    // Typing goes through the debounce timer into an SQL query.
    QTest::keyClicks(sidebar.searchField(), QStringLiteral("number 42"));
    int expected = 0;
    for (int n = 0; n < Count; ++n)
        expected += QString::number(n).startsWith(QStringLiteral("42")) ? 1 : 0;
    QTRY_COMPARE(model->totalCount(), expected);
    QTRY_COMPARE(model->rowCount(), expected);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row).data(HistoryListModel::PromptStartRole).toString().contains(QStringLiteral("number 42")));

    sidebar.setSearchText(QStringLiteral("pred002999"));
    QTRY_COMPARE(model->totalCount(), 1);
    QTRY_COMPARE(model->rowCount(), 1);

    sidebar.setSearchText(QStringLiteral("no such prompt"));
    QTRY_COMPARE(model->totalCount(), 0);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(sidebar.findChild<QLabel *>(QStringLiteral("historyCount"))->text().contains(QStringLiteral("No prediction")));

    sidebar.setSearchText(QString());
    QTRY_COMPARE(model->totalCount(), Count);
}

void TestHistorySidebar::statusFilter()
{
    AsyncHistoryStore async(m_dbPath);
    HistorySidebar sidebar(&async);
    HistoryListModel *model = sidebar.model();
    QTRY_COMPARE(model->totalCount(), Count);
    sidebar.findChild<QComboBox *>(QStringLiteral("historyFilter"))->setCurrentIndex(2);  // failed
    QTRY_COMPARE(model->totalCount(), Count / 10);
    QTRY_COMPARE(model->rowCount(), HistoryListModel::PageSize);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row).data(HistoryListModel::StatusRole).toString(), QStringLiteral("failed"));
}

void TestHistorySidebar::deleteAndUndo()
{
    AsyncHistoryStore async(m_dbPath);
    HistorySidebar sidebar(&async);
    HistoryListModel *model = sidebar.model();
    QTRY_COMPARE(model->rowCount(), HistoryListModel::PageSize);
    const QString key = model->index(1).data(HistoryListModel::KeyRole).toString();
    QSignalSpy deleted(&sidebar, &HistorySidebar::deleted);
    QSignalSpy restored(&sidebar, &HistorySidebar::restored);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    // In the order they happen: the store's change must be followed by the model's refresh.
    QStringList order;
    QObject recorder;   // destroyed before `order`: ends both connections
    connect(&async, &AsyncHistoryStore::changed, &recorder, [&order] { order << QStringLiteral("changed"); });
    connect(model, &HistoryListModel::settled, &recorder, [&order] { order << QStringLiteral("settled"); });

    sidebar.selectKey(key);
    QCOMPARE(sidebar.currentKey(), key);
    sidebar.deletePrediction(key);
    QCOMPARE(deleted.count(), 1);
    QCOMPARE(model->rowOfKey(key), -1);  // gone at once, before the store answered
    QCOMPARE(sidebar.undoableKey(), key);
    QVERIFY(sidebar.findChild<QWidget *>(QStringLiteral("undoBar"))->isVisibleTo(&sidebar));
    async.waitForIdle();
    QCOMPARE(async.count({}).result(), Count - 1);
    QVERIFY(async.get(key).result()->isDeleted());  // soft delete: still in the database
    // The refresh after the store's change keeps the row away.
    QTRY_VERIFY(order.contains(QStringLiteral("changed"))
                && order.lastIndexOf(QStringLiteral("settled")) > order.indexOf(QStringLiteral("changed")));
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(model->rowOfKey(key), -1);
    QCOMPARE(model->totalCount(), Count - 1);

    sidebar.undoDelete();
    QTRY_COMPARE(restored.count(), 1);
    QTRY_COMPARE(model->rowOfKey(key), 1);  // back in its place
    QTRY_COMPARE(model->totalCount(), Count);
    QVERIFY(!async.get(key).result()->isDeleted());
    QVERIFY(!sidebar.findChild<QWidget *>(QStringLiteral("undoBar"))->isVisibleTo(&sidebar));
    QCOMPARE(resets.count(), 0);  // row-level updates only: the view keeps its place

    // The Delete key on the list does the same, after asking whether to delete the row's file too
    // (it has one; tst_history_menu covers the choices).
    sidebar.show();
    QVERIFY(QTest::qWaitForWindowActive(&sidebar));
    sidebar.view()->setFocus();
    sidebar.selectKey(key);
    QTest::keyClick(sidebar.view(), Qt::Key_Delete);
    QTRY_VERIFY(sidebar.deleteDialog());
    sidebar.deleteDialog()->findChild<QAbstractButton *>(QStringLiteral("deleteButton"))->click();
    QCOMPARE(deleted.count(), 2);
    QCOMPARE(model->rowOfKey(key), -1);
    sidebar.undoDelete();
    QTRY_COMPARE(model->rowOfKey(key), 1);
}

void TestHistorySidebar::newPredictionAppearsWithoutReset()
{
    AsyncHistoryStore async(m_dbPath);
    HistorySidebar sidebar(&async);
    HistoryListModel *model = sidebar.model();
    QTRY_COMPARE(model->rowCount(), HistoryListModel::PageSize);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    sdanim::store::HistoryRecord record = sdanim::testsupport::syntheticRecord(Count + 5, m_start);
    record.status = QStringLiteral("processing");
    async.write(record.id, [record](HistoryStore &store) mutable { return store.insert(record); });
    QTRY_COMPARE(model->index(0).data(HistoryListModel::KeyRole).toString(), record.id);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(resets.count(), 0);
    QTRY_COMPARE(model->totalCount(), Count + 1);

    // A status change updates the row in place.
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    record.status = QStringLiteral("succeeded");
    async.write(record.id, [record](HistoryStore &store) { return store.update(record); });
    QTRY_COMPARE(model->index(0).data(HistoryListModel::StatusRole).toString(), QStringLiteral("succeeded"));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(resets.count(), 0);

    async.write(record.id, [id = record.id](HistoryStore &store) { return store.erase(id); });
    QTRY_COMPARE(model->totalCount(), Count);
    QTRY_VERIFY(model->index(0).data(HistoryListModel::KeyRole).toString() != record.id);
}

void TestHistorySidebar::thumbnailsLoadOffThread()
{
    AsyncHistoryStore async(m_dbPath);
    HistorySidebar sidebar(&async);
    HistoryListModel *model = sidebar.model();
    QTRY_COMPARE(model->rowCount(), HistoryListModel::PageSize);
    const QModelIndex png = model->index(0);
    const QModelIndex mp4 = model->index(1);
    QCOMPARE(png.data(HistoryListModel::OutputPathRole).toString(), m_pngPath);
    QCOMPARE(mp4.data(HistoryListModel::OutputPathRole).toString(), m_mp4Path);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    // The first request only schedules the decode.
    QVERIFY(png.data(HistoryListModel::ThumbnailRole).value<QImage>().isNull());
    mp4.data(HistoryListModel::ThumbnailRole);
    QTRY_VERIFY(!png.data(HistoryListModel::ThumbnailRole).value<QImage>().isNull());
    const QImage thumb = png.data(HistoryListModel::ThumbnailRole).value<QImage>();
    QVERIFY(thumb.width() <= model->thumbnailSize().width() * qGuiApp->devicePixelRatio());
    QCOMPARE(thumb.width(), 2 * thumb.height());  // aspect ratio kept
    QVERIFY(!png.data(HistoryListModel::ThumbnailFailedRole).toBool());
    // An MP4 with no frame image next to it gets the format icon instead.
    QTRY_VERIFY(mp4.data(HistoryListModel::ThumbnailFailedRole).toBool());
    QVERIFY(changed.count() >= 2);
    // Rows without files need no thumbnail at all.
    QVERIFY(model->index(5).data(HistoryListModel::ThumbnailFailedRole).toBool());

    UrlRecorder recorder;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &recorder, "open");
    sidebar.revealFile(png.data(HistoryListModel::KeyRole).toString());
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(recorder.urls, QList<QUrl>{QUrl::fromLocalFile(QFileInfo(m_pngPath).absolutePath())});
}

void TestHistorySidebar::contextActionsEmitInputs()
{
    AsyncHistoryStore async(m_dbPath);
    HistorySidebar sidebar(&async);
    HistoryListModel *model = sidebar.model();
    QTRY_COMPARE(model->rowCount(), HistoryListModel::PageSize);
    const QString key = model->index(3).data(HistoryListModel::KeyRole).toString();
    QCOMPARE(key, QStringLiteral("pred002996"));

    QSignalSpy load(&sidebar, &HistorySidebar::loadInputsRequested);
    QSignalSpy rerun(&sidebar, &HistorySidebar::rerunRequested);
    QSignalSpy show(&sidebar, &HistorySidebar::showRequested);
    sidebar.loadInputs(key);
    QTRY_COMPARE(load.count(), 1);
    const QJsonObject input = load.at(0).at(0).toJsonObject();
    QCOMPARE(input.value(QStringLiteral("prompt_start")).toString(), QStringLiteral("a cat number 2996"));
    QCOMPARE(input.value(QStringLiteral("seed")).toInt(), 2996);

    sidebar.rerun(key, true);
    QTRY_COMPARE(rerun.count(), 1);
    QCOMPARE(rerun.at(0).at(0).toJsonObject(), input);
    QCOMPARE(rerun.at(0).at(1).toBool(), true);
    sidebar.rerun(key, false);
    QTRY_COMPARE(rerun.count(), 2);
    QCOMPARE(rerun.at(1).at(1).toBool(), false);

    sidebar.show();
    QTest::mouseClick(sidebar.view()->viewport(), Qt::LeftButton, {},
                      sidebar.view()->visualRect(model->index(3)).center());
    QCOMPARE(show.count(), 1);
    QCOMPARE(show.at(0).at(0).toString(), key);

    sidebar.copyPredictionId(key);
    QCOMPARE(QGuiApplication::clipboard()->text(), key);
    sidebar.copyWebUrl(key);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("https://replicate.com/p/pred002996"));

    QSignalSpy errors(&sidebar, &HistorySidebar::errorOccurred);
    sidebar.loadInputs(QStringLiteral("no-such-prediction"));
    QTRY_COMPARE(errors.count(), 1);
    QCOMPARE(load.count(), 1);
}

void TestHistorySidebar::ctrlFFocusesSearch()
{
    AsyncHistoryStore async(m_dbPath);
    HistorySidebar sidebar(&async);
    sidebar.show();
    QVERIFY(QTest::qWaitForWindowActive(&sidebar));
    sidebar.view()->setFocus();
    QVERIFY(!sidebar.searchField()->hasFocus());
    QTest::keyClick(sidebar.view(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(sidebar.searchField()->hasFocus());
}

void TestHistorySidebar::emptyHistory()
{
    AsyncHistoryStore async(m_dir.filePath(QStringLiteral("empty.sqlite")));
    HistorySidebar sidebar(&async);
    QTRY_COMPARE(sidebar.model()->totalCount(), 0);
    QCOMPARE(sidebar.model()->rowCount(), 0);
    QVERIFY(!sidebar.model()->canFetchMore({}));
    QTRY_COMPARE(sidebar.findChild<QLabel *>(QStringLiteral("historyCount"))->text(), QStringLiteral("No predictions yet."));
}

void TestHistorySidebar::delegateTexts()
{
    using sdanim::ui::HistoryItemDelegate;
    QCOMPARE(HistoryItemDelegate::durationText(-1), QString());
    QCOMPARE(HistoryItemDelegate::durationText(42), QStringLiteral("42 s"));
    QCOMPARE(HistoryItemDelegate::durationText(185), QStringLiteral("3 min 5 s"));
    QCOMPARE(HistoryItemDelegate::statusText(QStringLiteral("succeeded")), QStringLiteral("Succeeded"));
    const QDateTime now = QDateTime::currentDateTime();
    QCOMPARE(HistoryItemDelegate::timeText(now.addSecs(-5), now), QStringLiteral("just now"));
    QVERIFY(!HistoryItemDelegate::timeText(now.addDays(-30), now).isEmpty());
}

QTEST_MAIN(TestHistorySidebar)
#include "tst_history_sidebar.moc"
