#pragma once

#include "api/DeploymentInfo.h"

#include <QList>
#include <QPointer>
#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace sdanim::api { class DeploymentList; }

namespace sdanim::ui {

// Where runs are created: the model version (default) or one of the account's Replicate
// deployments, picked from a table of them (hardware, min/max instances) that is fetched in the
// background (api::DeploymentList); a failed fetch says why under the table.
class DeploymentPicker : public QWidget
{
    Q_OBJECT
public:
    enum Column { NameColumn, HardwareColumn, MinColumn, MaxColumn, ColumnCount };

    explicit DeploymentPicker(QWidget *parent = nullptr);
    ~DeploymentPicker() override;

    // The saved choice: owner/name, or empty for the model version.
    void setCurrent(const QString &deployment);
    // The choice in the widget: empty for the model version, else the picked deployment.
    QString current() const;
    // Empty when current() may be saved; otherwise what is missing (a deployment chosen, none picked).
    QString problem() const;

    // Lists the deployments of the account behind `token` at `apiBase`; an earlier fetch is dropped.
    void fetch(const QUrl &apiBase, const QByteArray &token);
    // The backend has no deployments (Cog, offline emulator): the choice is kept but not offered.
    void setUnavailable(const QString &why);
    bool isFetching() const;
    // Shows problem() in the error colour under the table until the choice changes.
    void showProblem();

    QRadioButton *versionButton() const { return m_version; }
    QRadioButton *deploymentButton() const { return m_deployment; }
    QTableWidget *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *refreshButton() const { return m_refresh; }

signals:
    void refreshRequested();

private:
    void showList(const QList<api::DeploymentInfo> &deployments);
    void showError(const QString &message);
    void showStatus(const QString &text, bool error);
    void showText(const QString &text, bool error);
    void updateEnabled();

    QRadioButton *m_version;
    QRadioButton *m_deployment;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_refresh;
    QPointer<api::DeploymentList> m_list;
    QString m_saved;
    QString m_statusText;    // what the list said, shown again once a problem is resolved
    bool m_statusError = false;
    bool m_available = true;
};

} // namespace sdanim::ui
