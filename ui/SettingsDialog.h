#pragma once

#include <QDialog>
#include <QPointer>
#include <QTemporaryDir>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sdanim::api { class Backend; }
namespace sdanim::session { class BackendSession; }
namespace sdanim::settings { class AppSettings; }

namespace sdanim::ui {

class DeploymentPicker;

// Backend, token (kept in the system keyring), model version or deployment, output folder, the price per second
// (estimates and the history's cost), notifications.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(settings::AppSettings *settings, session::BackendSession *backends, QWidget *parent = nullptr);

    QComboBox *backendBox() const { return m_backend; }
    QLineEdit *tokenEdit() const { return m_token; }
    QPushButton *testButton() const { return m_test; }
    QLabel *testResult() const { return m_testResult; }
    QDoubleSpinBox *priceEdit() const { return m_price; }
    DeploymentPicker *deploymentPicker() const { return m_deployments; }

    void accept() override;

private:
    void testConnection();
    void refreshVersion();
    // Lists the account's deployments with the backend and token in the dialog (not the saved ones).
    void refreshDeployments();
    QByteArray dialogToken() const;
    void updateEnabled();
    void showResult(bool ok, const QString &message);

    settings::AppSettings *m_settings;
    session::BackendSession *m_backends;
    QComboBox *m_backend;
    QLineEdit *m_token;
    QPushButton *m_forgetToken;
    QPushButton *m_test;
    QLabel *m_testResult;
    QLineEdit *m_cogUrl;
    QLabel *m_version;
    QLineEdit *m_pinnedVersion;
    QPushButton *m_refreshVersion;
    DeploymentPicker *m_deployments;
    QLineEdit *m_outputDir;
    QDoubleSpinBox *m_price;
    QCheckBox *m_notifications;
    QCheckBox *m_plainText;
    QComboBox *m_language;
    QTemporaryDir m_scratch;
    QPointer<api::Backend> m_probe;
    bool m_forget = false;
};

} // namespace sdanim::ui
