#pragma once

#include "queue/QueueController.h"

#include <QDockWidget>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace sdanim::ui {

// The persistent queue in the window: every job with its place in line, state, estimate and
// cost; Pause/Resume for the whole queue, Move up/down and Remove for the selected job, and the
// budget stop (or the pause) said above the list. Reads and writes through a
// queue::QueueController, so nothing here touches the database.
class QueueDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit QueueDock(queue::QueueController *controller, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *messageLabel() const { return m_message; }
    // The id of the job on the selected row; 0 when none.
    qint64 selectedJob() const;

private:
    void showSnapshot(const queue::QueueSnapshot &snapshot);
    void updateButtons();
    void updateMessage();
    void moveSelected(int delta);

    QPointer<queue::QueueController> m_controller;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_summary = nullptr;
    queue::QueueSnapshot m_snapshot;
    QString m_error;
};

} // namespace sdanim::ui
