#include "ui/HistorySidebar.h"
#include "ui/DeferredIcon.h"

#include "concurrent/FutureCallbacks.h"
#include "settings/AppSettings.h"
#include "store/AsyncHistoryStore.h"
#include "store/OutputFiles.h"
#include "ui/HistoryItemDelegate.h"
#include "ui/HistoryListModel.h"
#include "ui/PreviewFileActions.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <memory>
#include <utility>
#include <QtConcurrent/QtConcurrentRun>

namespace sdanim::ui {

HistorySidebar::HistorySidebar(store::AsyncHistoryStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new HistoryListModel(store, this))
{
    buildUi();
    connect(m_model, &HistoryListModel::totalCountChanged, this, &HistorySidebar::updateCountLabel);
    connect(m_model, &HistoryListModel::reloaded, this, &HistorySidebar::updateCountLabel);
    updateCountLabel();
    // Runs write outputs, imports and deletes change them: measure again a moment later, at most
    // once a second however busy the store is (hence no restart of a running timer).
    if (m_store)
        connect(m_store, &store::AsyncHistoryStore::changed, this, [this] {
            if (!m_diskDelay->isActive()) m_diskDelay->start();
        });
}

namespace {
QString dataSize(qint64 bytes) { return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat); }
} // namespace

void HistorySidebar::setSettings(settings::AppSettings *settings)
{
    m_settings = settings;
    refreshDiskUsage();
}

void HistorySidebar::refreshDiskUsage()
{
    if (!m_settings) return;
    if (m_diskPending) {
        m_diskDirty = true;   // measure once more when the walk in progress is done
        return;
    }
    m_diskPending = true;
    const QString dir = m_settings->outputDirectory();
    m_diskLabel->setToolTip(tr("Files in %1").arg(QDir::toNativeSeparators(dir)));
    concurrent::FutureCallbacks::onResult(QtConcurrent::run([dir] { return store::OutputFiles::ofDirectory(dir); }), this,
                                          [this](const store::OutputFiles::Usage &usage) {
                                              m_diskPending = false;
                                              m_diskLabel->setText(tr("Outputs use %1 on disk").arg(dataSize(usage.bytes)));
                                              m_diskLabel->setVisible(true);
                                              emit diskUsageUpdated(usage.bytes);
                                              if (std::exchange(m_diskDirty, false)) refreshDiskUsage();
                                          });
}

void HistorySidebar::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Search prompts or prediction ids"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search history"));
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("historyFilter"));
    m_filter->addItems({tr("All"), tr("Succeeded"), tr("Failed"), tr("Running"), tr("Canceled")});
    m_filter->setToolTip(tr("Show only predictions with this status"));
    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(4);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_filter);
    layout->addLayout(searchRow);

    // Typing fast must not start a query per key press.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text().trimmed()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        m_model->setSearch(m_search->text().trimmed());
    });
    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_model->setStatuses(statusesForFilter(index)); });

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("historyList"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new HistoryItemDelegate(m_view));
    // Uniform sizes: the view never asks the delegate about rows it does not show.
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Prediction history"));
    connect(m_view, &QListView::customContextMenuRequested, this, &HistorySidebar::showContextMenu);
    connect(m_view, &QListView::clicked, this,
            [this](const QModelIndex &index) { showPrediction(index.data(HistoryListModel::KeyRole).toString()); });
    connect(m_view, &QListView::activated, this,
            [this](const QModelIndex &index) { showPrediction(index.data(HistoryListModel::KeyRole).toString()); });
    layout->addWidget(m_view, 1);

    m_undoBar = new QWidget(this);
    m_undoBar->setObjectName(QStringLiteral("undoBar"));
    m_undoBar->setAutoFillBackground(true);
    m_undoBar->setBackgroundRole(QPalette::ToolTipBase);
    m_undoBar->setForegroundRole(QPalette::ToolTipText);
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(6, 2, 2, 2);
    m_undoLabel = new QLabel(m_undoBar);
    m_undoLabel->setForegroundRole(QPalette::ToolTipText);
    auto *undoButton = new QToolButton(m_undoBar);
    undoButton->setObjectName(QStringLiteral("undoButton"));
    undoLayout->addWidget(m_undoLabel, 1);
    undoLayout->addWidget(undoButton);
    m_undoBar->setVisible(false);
    layout->addWidget(m_undoBar);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("historyCount"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);
    m_diskLabel = new QLabel(this);
    m_diskLabel->setObjectName(QStringLiteral("historyDiskUsage"));
    m_diskLabel->setForegroundRole(QPalette::PlaceholderText);
    m_diskLabel->setVisible(false);   // until there is a folder to measure
    // Both wrap: side by side on one line they would otherwise set the dock's (and so the
    // window's) minimum width.
    m_countLabel->setWordWrap(true);
    m_diskLabel->setWordWrap(true);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_countLabel, 1);
    footer->addWidget(m_diskLabel);
    layout->addLayout(footer);
    m_diskDelay = new QTimer(this);
    m_diskDelay->setSingleShot(true);
    m_diskDelay->setInterval(1000);
    connect(m_diskDelay, &QTimer::timeout, this, &HistorySidebar::refreshDiskUsage);

    m_undoExpiry = new QTimer(this);
    m_undoExpiry->setSingleShot(true);
    m_undoExpiry->setInterval(15000);
    connect(m_undoExpiry, &QTimer::timeout, this, [this] {
        m_undoKey.clear();
        m_undoBar->setVisible(false);
    });

    m_findAction = new QAction(tr("Search history"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_findAction, &QAction::triggered, this, &HistorySidebar::focusSearch);
    addAction(m_findAction);

    m_deleteAction = new QAction(DeferredIcon::standard(QStyle::SP_TrashIcon), tr("Delete"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        if (!currentKey().isEmpty())
            requestDelete(currentKey());
    });
    m_view->addAction(m_deleteAction);

    m_undoAction = new QAction(tr("Undo delete"), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_undoAction, &QAction::triggered, this, &HistorySidebar::undoDelete);
    addAction(m_undoAction);
    undoButton->setDefaultAction(m_undoAction);
    undoButton->setText(tr("Undo"));
}

QStringList HistorySidebar::statusesForFilter(int filterIndex)
{
    switch (filterIndex) {
    case 1:
        return {QStringLiteral("succeeded")};
    case 2:
        return {QStringLiteral("failed"), QStringLiteral("aborted"), QStringLiteral("interrupted")};
    case 3:
        return {QStringLiteral("creating"), QStringLiteral("starting"), QStringLiteral("processing")};
    case 4:
        return {QStringLiteral("canceled")};
    default:
        return {};
    }
}

QString HistorySidebar::currentKey() const
{
    return m_view->currentIndex().data(HistoryListModel::KeyRole).toString();
}

void HistorySidebar::updateCountLabel()
{
    const int total = m_model->totalCount();
    if (total < 0)
        m_countLabel->setText(tr("Loading history…"));
    else if (total == 0 && (!m_model->search().isEmpty() || !m_model->statuses().isEmpty()))
        m_countLabel->setText(tr("No prediction matches."));
    else if (total == 0)
        m_countLabel->setText(tr("No predictions yet."));
    else
        m_countLabel->setText(tr("%n prediction(s)", nullptr, total));
}

void HistorySidebar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void HistorySidebar::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_searchDelay->stop();
    m_model->setSearch(text.trimmed());
}

void HistorySidebar::selectKey(const QString &key)
{
    const QModelIndex index = m_model->indexOfKey(key);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void HistorySidebar::showPrediction(const QString &key)
{
    if (!key.isEmpty())
        emit showRequested(key);
}

void HistorySidebar::withInput(const QString &key, std::function<void(const QJsonObject &)> use)
{
    if (key.isEmpty() || !m_store)
        return;
    concurrent::FutureCallbacks::onResult(m_store->get(key), this, [this, use = std::move(use)](const std::optional<store::HistoryRecord> &record) {
        if (!record) {
            emit errorOccurred(tr("This prediction is no longer in the history."));
            return;
        }
        if (record->input.isEmpty()) {
            emit errorOccurred(tr("The inputs of this prediction were not kept (the server removed its data)."));
            return;
        }
        use(record->input);
    });
}

void HistorySidebar::loadInputs(const QString &key)
{
    withInput(key, [this](const QJsonObject &input) { emit loadInputsRequested(input); });
}

void HistorySidebar::rerun(const QString &key, bool newSeed)
{
    withInput(key, [this, newSeed](const QJsonObject &input) { emit rerunRequested(input, newSeed); });
}

void HistorySidebar::copyPredictionId(const QString &key)
{
    const int row = m_model->rowOfKey(key);
    const QString id = m_model->rowAt(row).id;
    if (id.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(id);
    emit message(tr("Copied prediction id %1").arg(id));
}

void HistorySidebar::copyWebUrl(const QString &key)
{
    if (key.isEmpty() || !m_store)
        return;
    concurrent::FutureCallbacks::onResult(m_store->get(key), this, [this](const std::optional<store::HistoryRecord> &record) {
        if (!record || record->webUrl.isEmpty()) {
            emit errorOccurred(tr("This prediction has no web page."));
            return;
        }
        QGuiApplication::clipboard()->setText(record->webUrl);
        emit message(tr("Copied %1").arg(record->webUrl));
    });
}

void HistorySidebar::revealFile(const QString &key)
{
    const QString path = m_model->rowAt(m_model->rowOfKey(key)).thumbnailPath;
    if (path.isEmpty()) {
        emit errorOccurred(tr("No file of this prediction was saved."));
        return;
    }
    if (!PreviewFileActions::revealInFolder(path))
        emit errorOccurred(tr("Could not open the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
}

void HistorySidebar::deletePrediction(const QString &key)
{
    if (key.isEmpty() || !m_store)
        return;
    const store::HistoryRow row = m_model->rowAt(m_model->rowOfKey(key));
    m_model->removeKey(key);
    concurrent::FutureCallbacks::onResult(m_store->remove(key), this, [this, key](bool ok) {
        if (!ok) {
            emit errorOccurred(tr("Could not delete the prediction from the history."));
            m_model->refresh();
        }
    });
    m_undoKey = key;
    const QString prompt = row.promptStart.isEmpty() ? key : row.promptStart;
    m_undoLabel->setText(tr("Deleted “%1”.").arg(m_undoLabel->fontMetrics().elidedText(prompt, Qt::ElideRight, 180)));
    m_undoBar->setVisible(true);
    m_undoExpiry->start();
    emit deleted(key);
}

void HistorySidebar::requestDelete(const QString &key)
{
    if (key.isEmpty() || !m_store || m_deleteDialog)
        return;
    using Found = std::pair<QList<store::OutputFile>, store::OutputFiles::Usage>;
    concurrent::FutureCallbacks::onResult(m_store->run([key](store::HistoryStore &s) {
        const QList<store::OutputFile> outputs = s.outputs(key);
        return Found(outputs, store::OutputFiles::measure(outputs));
    }), this, [this, key](const Found &found) {
        if (found.second.files == 0) {
            deletePrediction(key);   // nothing on disk to ask about
            return;
        }
        const store::HistoryRow row = m_model->rowAt(m_model->rowOfKey(key));
        const QString prompt = row.promptStart.isEmpty() ? key : row.promptStart;
        auto *box = new QMessageBox(QMessageBox::Question, tr("Delete from History"),
                                    tr("Delete “%1” from the history?")
                                        .arg(fontMetrics().elidedText(prompt, Qt::ElideRight, 320)),
                                    QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("deleteDialog"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(tr("Without its files, the entry can be restored with Undo for a while. "
                                   "Deleted files cannot be restored."));
        QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::AcceptRole);
        remove->setObjectName(QStringLiteral("deleteButton"));
        box->setDefaultButton(remove);
        auto *alsoFiles = new QCheckBox(tr("Also delete its %n file(s) from disk (frees %1)", nullptr, found.second.files)
                                            .arg(dataSize(found.second.bytes)), box);
        alsoFiles->setObjectName(QStringLiteral("deleteFilesCheck"));
        box->setCheckBox(alsoFiles);
        connect(box, &QMessageBox::buttonClicked, this, [this, remove, alsoFiles, key](QAbstractButton *clicked) {
            if (clicked != remove) return;
            if (alsoFiles->isChecked())
                deletePredictionAndFiles(key);
            else
                deletePrediction(key);
        });
        m_deleteDialog = box;
        box->open();
    });
}

void HistorySidebar::deletePredictionAndFiles(const QString &key)
{
    if (key.isEmpty() || !m_store)
        return;
    m_model->removeKey(key);
    // The outputs are read in the write that deletes the row, so the files deleted are the ones it
    // had. write() (not run()) so every view of the store hears of the change.
    auto outputs = std::make_shared<QList<store::OutputFile>>();
    const auto removed = m_store->write(key, [key, outputs](store::HistoryStore &s) {
        *outputs = s.outputs(key);
        return s.remove(key);
    });
    concurrent::FutureCallbacks::onResult(removed, this, [this, key, outputs](bool ok) {
        if (!ok) {
            emit errorOccurred(tr("Could not delete the prediction from the history."));
            m_model->refresh();
            return;
        }
        const QList<store::OutputFile> files = *outputs;
        concurrent::FutureCallbacks::onResult(QtConcurrent::run([files] {
            QStringList failed;
            const store::OutputFiles::Usage freed = store::OutputFiles::remove(files, &failed);
            return std::make_pair(freed, failed);
        }), this, [this, key](const std::pair<store::OutputFiles::Usage, QStringList> &done) {
            if (!done.second.isEmpty())
                emit errorOccurred(tr("Could not delete %1.").arg(QDir::toNativeSeparators(done.second.first())));
            else
                emit message(tr("Deleted the prediction and %n file(s), %1 freed.", nullptr, done.first.files)
                                 .arg(dataSize(done.first.bytes)));
            emit filesDeleted(key, done.first.files, done.first.bytes);
            refreshDiskUsage();
        });
    });
    // Undo could bring back the entry but not its files.
    if (m_undoKey == key) {
        m_undoKey.clear();
        m_undoBar->setVisible(false);
    }
    emit deleted(key);
}

void HistorySidebar::undoDelete()
{
    if (m_undoKey.isEmpty() || !m_store)
        return;
    const QString key = m_undoKey;
    m_undoKey.clear();
    m_undoBar->setVisible(false);
    m_undoExpiry->stop();
    concurrent::FutureCallbacks::onResult(m_store->restore(key), this, [this, key](bool ok) {
        if (ok)
            emit restored(key);
        else
            emit errorOccurred(tr("Could not restore the prediction."));
    });
}

void HistorySidebar::showContextMenu(const QPoint &viewportPos)
{
    const QModelIndex index = m_view->indexAt(viewportPos);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    const QString key = index.data(HistoryListModel::KeyRole).toString();
    const QString id = index.data(HistoryListModel::PredictionIdRole).toString();
    const QString backend = index.data(HistoryListModel::BackendRole).toString();
    const bool hasFile = !index.data(HistoryListModel::OutputPathRole).toString().isEmpty();

    QMenu menu(this);
    QAction *show = menu.addAction(tr("Show"), this, [this, key] { showPrediction(key); });
    menu.setDefaultAction(show);
    menu.addAction(tr("Load inputs into the form"), this, [this, key] { loadInputs(key); });
    menu.addAction(tr("Run again"), this, [this, key] { rerun(key, false); });
    menu.addAction(tr("Run again with a new seed"), this, [this, key] { rerun(key, true); });
    menu.addSeparator();
    menu.addAction(tr("Copy prediction id"), this, [this, key] { copyPredictionId(key); })->setEnabled(!id.isEmpty());
    // Cog containers keep no predictions, so there is no page to link to.
    menu.addAction(tr("Copy web URL"), this, [this, key] { copyWebUrl(key); })
        ->setEnabled(!id.isEmpty() && backend != QLatin1String("cog"));
    menu.addAction(DeferredIcon::standard(QStyle::SP_DirOpenIcon), tr("Open containing folder"), this,
                   [this, key] { revealFile(key); })
        ->setEnabled(hasFile);
    QAction *exportAction = menu.addAction(tr("Export…"), this, [this, key] { emit exportRequested(key); });
    exportAction->setObjectName(QStringLiteral("historyExportAction"));
    exportAction->setEnabled(hasFile);
    menu.addSeparator();
    QAction *remove = menu.addAction(m_deleteAction->icon(), tr("Delete…"), this, [this, key] { requestDelete(key); });
    remove->setShortcut(m_deleteAction->shortcut());
    menu.exec(m_view->viewport()->mapToGlobal(viewportPos));
}

} // namespace sdanim::ui
