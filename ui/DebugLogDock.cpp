#include "ui/DebugLogDock.h"

#include "api/RequestLog.h"
#include "ui/RequestLogModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace sdanim::ui {

DebugLogDock::DebugLogDock(api::RequestLog *log, QWidget *parent)
    : QDockWidget(tr("Debug Log"), parent)
    , m_model(new RequestLogModel(log, this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("debugLogDock"));
    m_view->setObjectName(QStringLiteral("debugLogView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RequestLogModel::UrlColumn, QHeaderView::Stretch);

    auto *note = new QLabel(tr("HTTP requests of this session, newest last (the last %1 are kept); the token is "
                               "never shown.")
                                .arg(QLocale().toString(api::RequestLog::MaxEntries)),
                            this);
    note->setWordWrap(true);
    auto *clear = new QPushButton(tr("C&lear"), this);
    connect(clear, &QPushButton::clicked, log, &api::RequestLog::clear);
    // Follows the newest request unless the user scrolled up to read older ones.
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view, [this] {
        if (m_view->verticalScrollBar()->value() >= m_view->verticalScrollBar()->maximum() - 2 * m_view->verticalHeader()->defaultSectionSize())
            m_view->scrollToBottom();
    });

    auto *content = new QWidget(this);
    auto *top = new QHBoxLayout;
    top->addWidget(note, 1);
    top->addWidget(clear);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    setWidget(content);
}

} // namespace sdanim::ui
