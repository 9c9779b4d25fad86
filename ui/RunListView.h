#pragma once

#include <QHash>
#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace sdanim::session { class Run; class RunController; class RunEstimates; }

namespace sdanim::ui {

class RunRow;

// The runs of this session, newest on top, each in its own RunRow; one can be selected.
class RunListView : public QScrollArea
{
    Q_OBJECT
public:
    // `estimates` (may be null) gives every row its estimated run time and cost.
    explicit RunListView(session::RunController *controller, session::RunEstimates *estimates = nullptr,
                         QWidget *parent = nullptr);

    RunRow *rowFor(session::Run *run) const { return m_rows.value(run); }
    QList<RunRow *> rows() const;
    session::Run *selectedRun() const { return m_selected; }
    void select(session::Run *run);

signals:
    void selectionChanged(sdanim::session::Run *run);
    void showRequested(sdanim::session::Run *run);
    void loadInputsRequested(sdanim::session::Run *run);
    void reuseSeedRequested(sdanim::session::Run *run);

private:
    void addRow(session::Run *run);
    void removeRow(session::Run *run);

    session::RunController *m_controller;
    session::RunEstimates *m_estimates;
    QWidget *m_content;
    QVBoxLayout *m_layout;
    QLabel *m_empty;
    QHash<session::Run *, RunRow *> m_rows;
    session::Run *m_selected = nullptr;
};

} // namespace sdanim::ui
