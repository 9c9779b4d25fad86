#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>
#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;
class QToolButton;

namespace sdanim::settings { class AppSettings; }
namespace sdanim::store {
class AsyncHistoryStore;
}

namespace sdanim::ui {

class HistoryListModel;

// The history of predictions as a searchable list with thumbnails. It reads the store through
// AsyncHistoryStore (never on the UI thread) and asks the main window, through signals, to show a
// prediction, load its inputs or run it again. Deleting is a soft delete that can be undone; when
// the prediction has files on disk, the Delete action first asks whether to delete them too (which
// cannot be undone). The footer shows how much disk the output folder takes.
class HistorySidebar : public QWidget
{
    Q_OBJECT
public:
    explicit HistorySidebar(store::AsyncHistoryStore *store, QWidget *parent = nullptr);

    HistoryListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    // Ctrl+F (window-wide): focuses the search field.
    QAction *findAction() const { return m_findAction; }
    QString currentKey() const;
    // The key whose delete the undo bar offers to revert; empty when there is none.
    QString undoableKey() const { return m_undoKey; }

    // The output folder whose size the footer shows (AppSettings::outputDirectory(), read again on
    // every refresh so a changed setting shows). Without settings the footer shows no size.
    void setSettings(settings::AppSettings *settings);
    QLabel *diskUsageLabel() const { return m_diskLabel; }
    // The confirmation of requestDelete() while it is open, else null.
    QDialog *deleteDialog() const { return m_deleteDialog; }

    // Status groups for the filter box; the values match HistoryQuery::statuses.
    static QStringList statusesForFilter(int filterIndex);

public slots:
    void focusSearch();
    void setSearchText(const QString &text);
    void selectKey(const QString &key);

    void showPrediction(const QString &key);
    void loadInputs(const QString &key);
    void rerun(const QString &key, bool newSeed);
    void copyPredictionId(const QString &key);
    void copyWebUrl(const QString &key);
    void revealFile(const QString &key);
    // Removes the entry from the history only, with undo.
    void deletePrediction(const QString &key);
    // The Delete key and menu: looks up the entry's files (off the UI thread); with none, deletes as
    // deletePrediction(); else asks, with "Also delete its files" and the disk that frees.
    void requestDelete(const QString &key);
    // Removes the entry (no undo: its files are gone) and deletes its files on a worker thread.
    void deletePredictionAndFiles(const QString &key);
    void undoDelete();
    // Measures the output folder on a worker thread and updates the footer.
    void refreshDiskUsage();

signals:
    void showRequested(const QString &key);
    void loadInputsRequested(const QJsonObject &input);
    // "Export…": a local re-export of the entry's animation (the window opens ui::ExportDialog).
    void exportRequested(const QString &key);
    // newSeed: the main window picks a fresh seed (or drops it so the model picks one).
    void rerunRequested(const QJsonObject &input, bool newSeed);
    void deleted(const QString &key);
    void restored(const QString &key);
    // A short status line for the main window ("Copied …").
    void message(const QString &text);
    void errorOccurred(const QString &message);
    // After refreshDiskUsage() measured the output folder.
    void diskUsageUpdated(qint64 bytes);
    // After deletePredictionAndFiles() deleted what it could.
    void filesDeleted(const QString &key, int files, qint64 bytes);

private:
    void buildUi();
    void updateCountLabel();
    void withInput(const QString &key, std::function<void(const QJsonObject &)> use);
    void showContextMenu(const QPoint &viewportPos);

    store::AsyncHistoryStore *m_store;
    settings::AppSettings *m_settings = nullptr;
    HistoryListModel *m_model;
    QLineEdit *m_search = nullptr;
    QComboBox *m_filter = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_diskLabel = nullptr;
    QTimer *m_diskDelay = nullptr;
    bool m_diskPending = false;
    bool m_diskDirty = false;
    QPointer<QDialog> m_deleteDialog;
    QWidget *m_undoBar = nullptr;
    QLabel *m_undoLabel = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTimer *m_undoExpiry = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_undoAction = nullptr;
    QString m_undoKey;
};

} // namespace sdanim::ui
