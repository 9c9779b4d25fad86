#pragma once

#include <QDockWidget>

class QTableView;

namespace sdanim::api { class RequestLog; }

namespace sdanim::ui {

class RequestLogModel;

// View → Debug Log: every HTTP request the app made (method, URL, status, time), from
// api::RequestLog, with the token masked. Hidden until asked for.
class DebugLogDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit DebugLogDock(api::RequestLog *log, QWidget *parent = nullptr);

    RequestLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    RequestLogModel *m_model;
    QTableView *m_view;
};

} // namespace sdanim::ui
