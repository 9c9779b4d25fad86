#pragma once

#include "session/AppServices.h"
#include "store/HistoryImporter.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QToolButton;


namespace sdanim::ui {

// History ▸ Import from Replicate Account: brings the account's predictions of this model into the
// history (store::HistoryImporter, the same as `sdanim history --import`) while the window stays
// usable. Lives in the status bar, visible only while an import runs: what it has read so far and
// a Cancel button. Needs the Replicate API: the action is disabled on the offline emulator and on
// a Cog container, which keep no account history.
class HistoryImportBar : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryImportBar(const session::AppServices &services, QWidget *parent = nullptr);
    ~HistoryImportBar() override;

    QAction *importAction() const { return m_importAction; }
    bool isImporting() const { return m_importer != nullptr; }
    QToolButton *cancelButton() const { return m_cancel; }

public slots:
    void startImport();
    void cancelImport();
    // Enables the action for the backend now in use.
    void refreshAvailability();

signals:
    // Rows were added or brought up to date (after each page): views of the history reload.
    void historyChanged();
    // The final line for the status bar (how many were imported, the error, or canceled).
    void message(const QString &text);

private:
    void finish(const QString &text);

    session::AppServices m_services;
    QPointer<store::HistoryImporter> m_importer;
    QAction *m_importAction = nullptr;
    QLabel *m_label = nullptr;
    QProgressBar *m_busy = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace sdanim::ui
