#pragma once

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace sdanim::session { class Run; }

namespace sdanim::ui {

// The progress row of one run: prompts, state, progress with time to go, the live log, a
// "stuck in starting" notice and the error in place.
class RunRow : public QFrame
{
    Q_OBJECT
public:
    explicit RunRow(session::Run *run, QWidget *parent = nullptr);

    session::Run *run() const { return m_run; }
    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }

    QProgressBar *progressBar() const { return m_progress; }
    QPlainTextEdit *logView() const { return m_log; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *stuckLabel() const { return m_stuck; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    void selectRequested(sdanim::ui::RunRow *row);
    void showRequested(sdanim::session::Run *run);
    void loadInputsRequested(sdanim::session::Run *run);
    void reuseSeedRequested(sdanim::session::Run *run);
    void dismissRequested(sdanim::session::Run *run);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void applyColors();
    static QString formatDuration(qint64 ms);

    session::Run *m_run;
    bool m_selected = false;
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_meta;
    QProgressBar *m_progress;
    QLabel *m_stuck;
    QPushButton *m_stuckCancel;
    QLabel *m_notice;
    QLabel *m_error;
    QToolButton *m_logToggle;
    QPlainTextEdit *m_log;
    QPushButton *m_cancel;
    QToolButton *m_more;
    QToolButton *m_dismiss;
};

} // namespace sdanim::ui
