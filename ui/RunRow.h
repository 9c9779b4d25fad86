#pragma once

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace sdanim::session { class Run; class RunEstimates; }

namespace sdanim::ui {

// The progress row of one run: prompts, state, its estimated run time and cost, progress with time
// to go, the live log, a "stuck in starting" notice and the error in place.
class RunRow : public QFrame
{
    Q_OBJECT
public:
    // Lines the log view keeps (the newest).
    static constexpr int MaxLogLines = 5000;

    // `estimates` may be null: then the row shows no estimate. `localBackend`: the run costs nothing
    // per second (a Cog container on the user's own hardware).
    explicit RunRow(session::Run *run, session::RunEstimates *estimates = nullptr, bool localBackend = false,
                    QWidget *parent = nullptr);

    session::Run *run() const { return m_run; }
    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }

    QProgressBar *progressBar() const { return m_progress; }
    QPlainTextEdit *logView() const { return m_log; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *stuckLabel() const { return m_stuck; }
    QLabel *estimateLabel() const { return m_estimate; }
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
    void refreshEstimate();
    static QString formatDuration(qint64 ms);

    session::Run *m_run;
    session::RunEstimates *m_estimates;
    bool m_localBackend;
    bool m_selected = false;
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_meta;
    QLabel *m_estimate;
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
