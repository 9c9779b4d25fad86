#include "ui/DeploymentPicker.h"

#include "api/DeploymentList.h"
#include "ui/StatusColors.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sdanim::ui {

DeploymentPicker::DeploymentPicker(QWidget *parent)
    : QWidget(parent)
    , m_version(new QRadioButton(tr("The model version (default)"), this))
    , m_deployment(new QRadioButton(tr("A deployment of my account:"), this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_status(new QLabel(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
{
    setObjectName(QStringLiteral("deploymentPicker"));
    m_version->setObjectName(QStringLiteral("runOnVersion"));
    m_deployment->setObjectName(QStringLiteral("runOnDeployment"));
    m_deployment->setToolTip(tr("Creates go to the deployment's own instances (POST /v1/deployments/…/predictions); "
                                "the rest of the run is the same."));
    auto *group = new QButtonGroup(this);
    group->addButton(m_version);
    group->addButton(m_deployment);
    m_version->setChecked(true);

    m_table->setObjectName(QStringLiteral("deploymentTable"));
    m_table->setHorizontalHeaderLabels({tr("Deployment"), tr("Hardware"), tr("Min instances"), tr("Max instances")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int c : {HardwareColumn, MinColumn, MaxColumn})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(110);
    m_status->setObjectName(QStringLiteral("deploymentStatus"));
    m_status->setWordWrap(true);
    m_refresh->setObjectName(QStringLiteral("deploymentRefresh"));
    m_refresh->setToolTip(tr("List the account's deployments again"));

    auto *choice = new QHBoxLayout;
    choice->addWidget(m_version);
    choice->addWidget(m_deployment);
    choice->addStretch(1);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_refresh, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choice);
    layout->addWidget(m_table);
    layout->addLayout(statusRow);

    connect(m_refresh, &QPushButton::clicked, this, &DeploymentPicker::refreshRequested);
    connect(m_deployment, &QRadioButton::toggled, this, [this] {
        showText(m_statusText, m_statusError);
        updateEnabled();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        if (!m_table->selectedItems().isEmpty())
            m_deployment->setChecked(true);
        showText(m_statusText, m_statusError);
    });
    updateEnabled();
}

DeploymentPicker::~DeploymentPicker() = default;

void DeploymentPicker::setCurrent(const QString &deployment)
{
    m_saved = deployment;
    (deployment.isEmpty() ? m_version : m_deployment)->setChecked(true);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->text() == deployment)
            m_table->selectRow(row);
    }
}

QString DeploymentPicker::current() const
{
    if (!m_deployment->isChecked())
        return {};
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    for (QTableWidgetItem *item : selected) {
        if (item->column() == NameColumn)
            return item->text();
    }
    // Not listed (yet, or the list failed): what was saved stays.
    return m_saved;
}

QString DeploymentPicker::problem() const
{
    if (m_deployment->isChecked() && current().isEmpty())
        return tr("Pick one of the deployments in the list, or run on the model version.");
    return {};
}

bool DeploymentPicker::isFetching() const
{
    return m_list && m_list->isRunning();
}

void DeploymentPicker::fetch(const QUrl &apiBase, const QByteArray &token)
{
    m_available = true;
    delete m_list;
    m_list = new api::DeploymentList(apiBase, token, nullptr, this);
    connect(m_list, &api::DeploymentList::finished, this, &DeploymentPicker::showList);
    connect(m_list, &api::DeploymentList::failed, this, [this](const QString &message, int) { showError(message); });
    showStatus(tr("Fetching the account's deployments…"), false);
    m_refresh->setEnabled(false);
    m_list->fetch();
    updateEnabled();
}

void DeploymentPicker::setUnavailable(const QString &why)
{
    delete m_list;
    m_available = false;
    m_table->setRowCount(0);
    showStatus(why, false);
    updateEnabled();
}

void DeploymentPicker::showList(const QList<api::DeploymentInfo> &deployments)
{
    const QString keep = current().isEmpty() ? m_saved : current();
    m_table->setRowCount(0);
    m_table->setRowCount(int(deployments.size()));
    for (int row = 0; row < deployments.size(); ++row) {
        const api::DeploymentInfo &d = deployments.at(row);
        auto *name = new QTableWidgetItem(d.fullName());
        name->setToolTip(tr("%1, version %2 (release %3)").arg(d.model, d.version.left(12)).arg(d.release));
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, HardwareColumn, new QTableWidgetItem(d.hardware));
        for (const auto &[column, value] : {std::pair{int(MinColumn), d.minInstances}, std::pair{int(MaxColumn), d.maxInstances}}) {
            auto *item = new QTableWidgetItem(QString::number(value));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    const bool wasChecked = m_deployment->isChecked();
    bool found = false;
    for (int row = 0; row < m_table->rowCount() && !keep.isEmpty(); ++row) {
        if (m_table->item(row, NameColumn)->text() == keep) {
            m_table->selectRow(row);
            found = true;
        }
    }
    m_deployment->setChecked(wasChecked);
    m_version->setChecked(!wasChecked);
    if (deployments.isEmpty())
        showStatus(tr("This account has no deployments; create one on replicate.com/deployments."), false);
    else if (!keep.isEmpty() && !found)
        showStatus(tr("%1 is not among the account's deployments.").arg(keep), true);
    else
        showStatus(tr("%n deployment(s) on this account.", nullptr, int(deployments.size())), false);
    m_refresh->setEnabled(true);
    updateEnabled();
}

void DeploymentPicker::showError(const QString &message)
{
    m_table->setRowCount(0);
    showStatus(message, true);
    m_refresh->setEnabled(true);
    updateEnabled();
}

void DeploymentPicker::showProblem()
{
    showText(problem(), true);
}

void DeploymentPicker::showStatus(const QString &text, bool error)
{
    m_statusText = text;
    m_statusError = error;
    showText(text, error);
}

void DeploymentPicker::showText(const QString &text, bool error)
{
    m_status->setText(text);
    StatusColors::applyTextColor(m_status, error ? StatusColors::error(palette()) : palette().color(QPalette::WindowText));
}

void DeploymentPicker::updateEnabled()
{
    m_deployment->setEnabled(m_available || m_deployment->isChecked());
    m_table->setEnabled(m_available);
    m_refresh->setEnabled(m_available && !isFetching());
}

} // namespace sdanim::ui
