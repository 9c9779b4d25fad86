#include "settings/AppSettings.h"

#include <QDir>
#include <QStandardPaths>

#include <cmath>

namespace sdanim::settings {

namespace {
const QString kBackend = QStringLiteral("backend/choice");
const QString kBaseUrl = QStringLiteral("backend/baseUrl");
const QString kCogUrl = QStringLiteral("backend/cogUrl");
const QString kModel = QStringLiteral("model/name");
const QString kPinnedVersion = QStringLiteral("model/pinnedVersion");
const QString kDeployment = QStringLiteral("model/deployment");
const QString kOutputDir = QStringLiteral("storage/outputDirectory");
const QString kDataDir = QStringLiteral("storage/dataDirectory");
const QString kPoll = QStringLiteral("network/pollIntervalMs");
const QString kMaxPoll = QStringLiteral("network/maxPollIntervalMs");
const QString kStuck = QStringLiteral("network/stuckStartingSeconds");
const QString kDeadline = QStringLiteral("network/deadlineMinutes");
const QString kTimeScale = QStringLiteral("emulator/timeScale");
const QString kNotify = QStringLiteral("ui/notifications");
const QString kPlainToken = QStringLiteral("security/allowPlainTextToken");
const QString kLanguage = QStringLiteral("ui/language");
const QString kWelcomeShown = QStringLiteral("ui/welcomeShown");
const QString kPrice = QStringLiteral("billing/pricePerSecondUsd");
const QString kSweepConfirmRuns = QStringLiteral("sweep/confirmRuns");
const QString kSweepConfirmUsd = QStringLiteral("sweep/confirmUsd");
} // namespace

AppSettings::AppSettings()
    : m_settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("SD Animator"), QStringLiteral("sdanim"))
{
}

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(iniFile, QSettings::IniFormat)
{
}

AppSettings::BackendChoice AppSettings::backend() const
{
    return backendChoiceFromName(m_settings.value(kBackend).toString()).value_or(BackendChoice::Automatic);
}

void AppSettings::setBackend(BackendChoice choice) { m_settings.setValue(kBackend, backendChoiceName(choice)); }

QString AppSettings::backendChoiceName(BackendChoice choice)
{
    switch (choice) {
    case BackendChoice::Automatic: return QStringLiteral("auto");
    case BackendChoice::ReplicateCloud: return QStringLiteral("cloud");
    case BackendChoice::LocalCog: return QStringLiteral("cog");
    case BackendChoice::OfflineEmulator: return QStringLiteral("emulator");
    }
    return QStringLiteral("auto");
}

std::optional<AppSettings::BackendChoice> AppSettings::backendChoiceFromName(const QString &name)
{
    for (auto c : {BackendChoice::Automatic, BackendChoice::ReplicateCloud, BackendChoice::LocalCog,
                   BackendChoice::OfflineEmulator})
        if (backendChoiceName(c) == name) return c;
    return std::nullopt;
}

QUrl AppSettings::baseUrl() const
{
    const QByteArray env = qgetenv("REPLICATE_BASE_URL");
    if (!env.isEmpty()) {
        QString s = QString::fromUtf8(env);
        // The Python client takes the host root and appends /v1 itself.
        if (!s.endsWith(QLatin1String("/v1")) && !s.endsWith(QLatin1String("/v1/")))
            s = s.endsWith(QLatin1Char('/')) ? s + QStringLiteral("v1") : s + QStringLiteral("/v1");
        return QUrl(s);
    }
    return QUrl(m_settings.value(kBaseUrl, QString::fromLatin1(DefaultBaseUrl)).toString());
}

void AppSettings::setBaseUrl(const QUrl &url) { m_settings.setValue(kBaseUrl, url.toString()); }
QUrl AppSettings::cogUrl() const { return QUrl(m_settings.value(kCogUrl, QString::fromLatin1(DefaultCogUrl)).toString()); }
void AppSettings::setCogUrl(const QUrl &url) { m_settings.setValue(kCogUrl, url.toString()); }
QString AppSettings::model() const { return m_settings.value(kModel, QString::fromLatin1(DefaultModel)).toString(); }
QString AppSettings::pinnedVersion() const { return m_settings.value(kPinnedVersion).toString(); }
void AppSettings::setPinnedVersion(const QString &versionId) { m_settings.setValue(kPinnedVersion, versionId); }
QString AppSettings::deployment() const { return m_settings.value(kDeployment).toString().trimmed(); }
void AppSettings::setDeployment(const QString &ownerSlashName)
{
    if (ownerSlashName.trimmed().isEmpty())
        m_settings.remove(kDeployment);
    else
        m_settings.setValue(kDeployment, ownerSlashName.trimmed());
}

QString AppSettings::outputDirectory() const
{
    const QString fallback = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)
                             + QStringLiteral("/SD Animator");
    return m_settings.value(kOutputDir, fallback).toString();
}

void AppSettings::setOutputDirectory(const QString &dir) { m_settings.setValue(kOutputDir, dir); }

QString AppSettings::dataDirectory() const
{
    const QString fallback = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                             + QStringLiteral("/sdanim");
    return m_settings.value(kDataDir, fallback).toString();
}

QString AppSettings::historyDatabasePath() const { return dataDirectory() + QStringLiteral("/history.sqlite"); }
QString AppSettings::presetsDirectory() const { return dataDirectory() + QStringLiteral("/presets"); }
int AppSettings::pollIntervalMs() const { return m_settings.value(kPoll, DefaultPollIntervalMs).toInt(); }
int AppSettings::maxPollIntervalMs() const { return m_settings.value(kMaxPoll, DefaultMaxPollIntervalMs).toInt(); }
int AppSettings::stuckStartingSeconds() const { return m_settings.value(kStuck, DefaultStuckStartingSeconds).toInt(); }
int AppSettings::deadlineMinutes() const { return m_settings.value(kDeadline, DefaultDeadlineMinutes).toInt(); }
double AppSettings::emulatorTimeScale() const { return m_settings.value(kTimeScale, DefaultEmulatorTimeScale).toDouble(); }
void AppSettings::setEmulatorTimeScale(double scale) { m_settings.setValue(kTimeScale, scale); }
double AppSettings::pricePerSecondUsd() const
{
    bool ok = false;
    const double usd = m_settings.value(kPrice).toDouble(&ok);
    return ok && std::isfinite(usd) && usd >= 0 ? usd : DefaultPricePerSecondUsd;
}

int AppSettings::sweepConfirmRuns() const
{
    bool ok = false;
    const int runs = m_settings.value(kSweepConfirmRuns).toInt(&ok);
    return ok && runs >= 0 ? runs : DefaultSweepConfirmRuns;
}

void AppSettings::setSweepConfirmRuns(int runs) { m_settings.setValue(kSweepConfirmRuns, runs); }

double AppSettings::sweepConfirmUsd() const
{
    bool ok = false;
    const double usd = m_settings.value(kSweepConfirmUsd).toDouble(&ok);
    return ok && std::isfinite(usd) && usd >= 0 ? usd : DefaultSweepConfirmUsd;
}

void AppSettings::setSweepConfirmUsd(double usd) { m_settings.setValue(kSweepConfirmUsd, usd); }

void AppSettings::setPricePerSecondUsd(double usd)
{
    if (std::isfinite(usd) && usd >= 0)
        m_settings.setValue(kPrice, usd);
    else
        m_settings.remove(kPrice);
}

bool AppSettings::notificationsEnabled() const { return m_settings.value(kNotify, true).toBool(); }
void AppSettings::setNotificationsEnabled(bool on) { m_settings.setValue(kNotify, on); }
bool AppSettings::allowPlainTextToken() const { return m_settings.value(kPlainToken, false).toBool(); }
void AppSettings::setAllowPlainTextToken(bool on) { m_settings.setValue(kPlainToken, on); }
QString AppSettings::language() const { return m_settings.value(kLanguage).toString(); }
void AppSettings::setLanguage(const QString &code) { m_settings.setValue(kLanguage, code); }

bool AppSettings::welcomeShown() const { return m_settings.value(kWelcomeShown, false).toBool(); }
void AppSettings::setWelcomeShown(bool shown) { m_settings.setValue(kWelcomeShown, shown); }
QVariant AppSettings::value(const QString &key, const QVariant &fallback) const { return m_settings.value(key, fallback); }
void AppSettings::setValue(const QString &key, const QVariant &value) { m_settings.setValue(key, value); }

} // namespace sdanim::settings
