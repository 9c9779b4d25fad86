#include "ui/SettingsDialog.h"

#include "api/Backend.h"
#include "api/BackendFactory.h"
#include "api/TokenStore.h"
#include "session/BackendSession.h"
#include "settings/AppSettings.h"
#include "ui/DeploymentPicker.h"
#include "ui/StatusColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sdanim::ui {

using Choice = settings::AppSettings::BackendChoice;

SettingsDialog::SettingsDialog(settings::AppSettings *settings, session::BackendSession *backends, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_backends(backends)
    , m_backend(new QComboBox(this))
    , m_token(new QLineEdit(this))
    , m_forgetToken(new QPushButton(tr("Forget"), this))
    , m_test(new QPushButton(tr("Test Connection"), this))
    , m_testResult(new QLabel(this))
    , m_cogUrl(new QLineEdit(this))
    , m_version(new QLabel(this))
    , m_pinnedVersion(new QLineEdit(this))
    , m_refreshVersion(new QPushButton(tr("Refresh"), this))
    , m_deployments(new DeploymentPicker(this))
    , m_outputDir(new QLineEdit(this))
    , m_price(new QDoubleSpinBox(this))
    , m_notifications(new QCheckBox(tr("Notify me when a run finishes while the window is in the background"), this))
    , m_plainText(new QCheckBox(tr("Allow storing the token in a plain-text file when no keyring is available"), this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    m_backend->setObjectName(QStringLiteral("backendChoice"));
    m_backend->addItem(tr("Automatic (Replicate cloud when a token is set, else offline emulator)"), int(Choice::Automatic));
    m_backend->addItem(tr("Replicate cloud"), int(Choice::ReplicateCloud));
    m_backend->addItem(tr("Local Cog container"), int(Choice::LocalCog));
    m_backend->addItem(tr("Offline emulator (synthetic previews, no network)"), int(Choice::OfflineEmulator));
    m_backend->setCurrentIndex(m_backend->findData(int(m_settings->backend())));

    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setClearButtonEnabled(true);
    m_token->setPlaceholderText(m_backends->token().isEmpty() ? tr("r8_… (from replicate.com/account/api-tokens)")
                                                              : tr("A token is stored; type here to replace it"));
    m_forgetToken->setEnabled(!m_backends->token().isEmpty());
    m_forgetToken->setToolTip(tr("Remove the stored token from the keyring"));
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_test->setToolTip(tr("Checks the token (cloud) or that the container answers (Cog) with the values in this dialog"));
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_cogUrl->setText(m_settings->cogUrl().toString());
    m_cogUrl->setPlaceholderText(QString::fromLatin1(settings::AppSettings::DefaultCogUrl));
    m_pinnedVersion->setText(m_settings->pinnedVersion());
    m_pinnedVersion->setPlaceholderText(tr("empty: always use the model's latest version"));
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_version->setWordWrap(true);
    // The id and "(latest, just fetched)" take two lines; the text arrives after the dialog is sized.
    m_version->setMinimumHeight(2 * m_version->fontMetrics().lineSpacing());
    m_outputDir->setText(m_settings->outputDirectory());
    m_price->setObjectName(QStringLiteral("priceEdit"));
    m_price->setDecimals(6);
    m_price->setRange(0.0, 1.0);
    m_price->setSingleStep(0.00005);
    m_price->setPrefix(QStringLiteral("$"));
    m_price->setSuffix(tr(" per second"));
    m_price->setValue(m_settings->pricePerSecondUsd());
    m_price->setToolTip(tr("Replicate bills the prediction's run time (predict_time) at the price of its hardware. "
                           "Used for the run estimates and the history's cost column."));
    m_notifications->setChecked(m_settings->notificationsEnabled());
    m_plainText->setChecked(m_settings->allowPlainTextToken());
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings->language())));

    auto *backendBox = new QGroupBox(tr("Backend"), this);
    auto *backendForm = new QFormLayout(backendBox);
    backendForm->addRow(tr("Backend:"), m_backend);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_forgetToken);
    backendForm->addRow(tr("API token:"), tokenRow);
    backendForm->addRow(tr("Cog URL:"), m_cogUrl);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    backendForm->addRow(QString(), testRow);

    auto *modelBox = new QGroupBox(tr("Model"), this);
    auto *modelForm = new QFormLayout(modelBox);
    auto *versionRow = new QHBoxLayout;
    versionRow->addWidget(m_version, 1);
    versionRow->addWidget(m_refreshVersion);
    modelForm->addRow(tr("In use:"), versionRow);
    modelForm->addRow(tr("Pin version:"), m_pinnedVersion);
    modelForm->addRow(tr("Run on:"), m_deployments);

    auto *generalBox = new QGroupBox(tr("General"), this);
    auto *generalForm = new QFormLayout(generalBox);
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_outputDir, 1);
    outputRow->addWidget(browse);
    generalForm->addRow(tr("Output folder:"), outputRow);
    auto *priceDefault = new QPushButton(tr("Default"), this);
    priceDefault->setObjectName(QStringLiteral("priceDefaultButton"));
    priceDefault->setToolTip(tr("Nvidia A100 (40GB), the model's hardware: $%1 per second")
                                 .arg(QLocale().toString(settings::AppSettings::DefaultPricePerSecondUsd, 'f', 5)));
    auto *priceRow = new QHBoxLayout;
    priceRow->addWidget(m_price);
    priceRow->addWidget(priceDefault);
    priceRow->addStretch(1);
    generalForm->addRow(tr("Price:"), priceRow);
    generalForm->addRow(tr("Language:"), m_language);
    generalForm->addRow(QString(), m_notifications);
    generalForm->addRow(QString(), m_plainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(backendBox);
    layout->addWidget(modelBox);
    layout->addWidget(generalBox);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(720, sizeHint().height());

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_backend, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateEnabled);
    connect(m_backend, &QComboBox::currentIndexChanged, this, &SettingsDialog::refreshDeployments);
    connect(m_token, &QLineEdit::editingFinished, this, &SettingsDialog::refreshDeployments);
    connect(m_deployments, &DeploymentPicker::refreshRequested, this, &SettingsDialog::refreshDeployments);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_refreshVersion, &QPushButton::clicked, this, &SettingsDialog::refreshVersion);
    connect(m_forgetToken, &QPushButton::clicked, this, [this] {
        m_forget = true;
        m_token->clear();
        m_token->setPlaceholderText(tr("The stored token will be removed when you press OK"));
        m_forgetToken->setEnabled(false);
    });
    connect(priceDefault, &QPushButton::clicked, this,
            [this] { m_price->setValue(settings::AppSettings::DefaultPricePerSecondUsd); });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Output Folder"), m_outputDir->text());
        if (!dir.isEmpty()) m_outputDir->setText(dir);
    });

    if (api::Backend *backend = m_backends->backend()) {
        m_version->setText(backend->schema().versionId());
        connect(backend, &api::Backend::schemaReady, this, [this](const schema::ModelSchema &schema, bool fromNetwork) {
            m_version->setText(fromNetwork ? tr("%1 (latest, just fetched)").arg(schema.versionId())
                                           : tr("%1 (shipped version; the server could not be reached)").arg(schema.versionId()));
            m_refreshVersion->setEnabled(true);
        });
    } else {
        m_version->setText(tr("No backend"));
        m_refreshVersion->setEnabled(false);
    }
    updateEnabled();
    m_deployments->setCurrent(m_settings->deployment());
    refreshDeployments();
}

QByteArray SettingsDialog::dialogToken() const
{
    return m_token->text().trimmed().isEmpty() ? (m_forget ? QByteArray() : m_backends->token())
                                               : m_token->text().trimmed().toUtf8();
}

void SettingsDialog::refreshDeployments()
{
    const QByteArray token = dialogToken();
    const auto choice = api::BackendFactory::resolve(Choice(m_backend->currentData().toInt()), !token.isEmpty());
    if (choice != Choice::ReplicateCloud) {
        m_deployments->setUnavailable(tr("Deployments are on the Replicate cloud: choose it as the backend (with a token) "
                                         "to list and use them."));
        return;
    }
    m_deployments->fetch(m_settings->baseUrl(), token);
}

void SettingsDialog::updateEnabled()
{
    const auto choice = Choice(m_backend->currentData().toInt());
    m_cogUrl->setEnabled(choice == Choice::LocalCog);
    m_token->setEnabled(choice != Choice::LocalCog && choice != Choice::OfflineEmulator);
    m_testResult->clear();
}

void SettingsDialog::showResult(bool ok, const QString &message)
{
    m_testResult->setText(message);
    StatusColors::applyTextColor(m_testResult, ok ? StatusColors::success(palette()) : StatusColors::error(palette()));
    m_test->setEnabled(true);
}

void SettingsDialog::testConnection()
{
    // A throw-away backend built from the values in the dialog, so nothing is saved by testing.
    settings::AppSettings probeSettings(m_scratch.filePath(QStringLiteral("probe.ini")));
    probeSettings.setBackend(Choice(m_backend->currentData().toInt()));
    probeSettings.setBaseUrl(m_settings->baseUrl());
    probeSettings.setCogUrl(QUrl::fromUserInput(m_cogUrl->text().trimmed()));
    probeSettings.setOutputDirectory(m_scratch.path());
    probeSettings.setEmulatorTimeScale(m_settings->emulatorTimeScale());
    const QByteArray token = dialogToken();
    session::BackendHandle handle = m_backends->make(probeSettings, token);
    if (!handle.backend) {
        showResult(false, handle.error);
        return;
    }
    delete m_probe;
    m_probe = handle.backend.release();
    m_probe->setParent(this);
    m_test->setEnabled(false);
    m_testResult->setText(tr("Checking…"));
    StatusColors::applyTextColor(m_testResult, palette().color(QPalette::WindowText));
    connect(m_probe, &api::Backend::connectionChecked, this, &SettingsDialog::showResult);
    m_probe->checkConnection();
}

void SettingsDialog::refreshVersion()
{
    if (api::Backend *backend = m_backends->backend()) {
        m_refreshVersion->setEnabled(false);
        m_version->setText(tr("Fetching the model's latest version…"));
        backend->loadSchema();
    }
}

void SettingsDialog::accept()
{
    if (!m_deployments->problem().isEmpty()) {
        m_deployments->showProblem();
        m_deployments->table()->setFocus();
        return;
    }
    m_settings->setDeployment(m_deployments->current());
    m_settings->setBackend(Choice(m_backend->currentData().toInt()));
    m_settings->setCogUrl(QUrl::fromUserInput(m_cogUrl->text().trimmed()));
    m_settings->setPinnedVersion(m_pinnedVersion->text().trimmed());
    m_settings->setOutputDirectory(m_outputDir->text().trimmed());
    m_settings->setPricePerSecondUsd(m_price->value());
    m_settings->setNotificationsEnabled(m_notifications->isChecked());
    m_settings->setAllowPlainTextToken(m_plainText->isChecked());
    const QString language = m_language->currentData().toString();
    if (language != m_settings->language()) {
        m_settings->setLanguage(language);
        QMessageBox::information(this, tr("Language"), tr("The new language is used after a restart."));
    }
    m_settings->raw().sync();

    const QString newToken = m_token->text().trimmed();
    session::BackendSession *backends = m_backends;
    if (!newToken.isEmpty() || m_forget) {
        // The store outlives this dialog: the keyring answers asynchronously.
        auto *store = new api::TokenStore(*m_settings, backends);
        QWidget *window = parentWidget();
        connect(store, &api::TokenStore::saved, backends, [store, window](bool ok, const QString &message) {
            if (!ok && window)
                QMessageBox::warning(window, tr("Token not saved"), message);
            store->deleteLater();
        });
        connect(store, &api::TokenStore::cleared, store, &QObject::deleteLater);
        if (m_forget && newToken.isEmpty())
            store->clear();
        else
            store->save(newToken);
        backends->setToken(newToken.toUtf8());
    }
    backends->rebuild();
    QDialog::accept();
}

} // namespace sdanim::ui
