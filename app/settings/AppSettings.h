#pragma once

#include <QSettings>
#include <QString>
#include <QUrl>
#include <optional>

namespace sdanim::settings {

// Every user-tunable value with its default, in one place. Backed by QSettings (organisation
// "SD Animator", application "sdanim"); tests point it at a temporary file with setFile().
class AppSettings
{
public:
    enum class BackendChoice { Automatic, ReplicateCloud, LocalCog, OfflineEmulator };

    AppSettings();                                   // the user's settings
    explicit AppSettings(const QString &iniFile);    // an explicit file (tests, --settings)

    // Defaults, also used by the CLI's --help.
    static constexpr const char *DefaultBaseUrl = "https://api.replicate.com/v1";
    static constexpr const char *DefaultCogUrl = "http://localhost:5000";
    static constexpr const char *DefaultModel = "andreasjansson/stable-diffusion-animation";
    static constexpr int DefaultPollIntervalMs = 1000;
    static constexpr int DefaultMaxPollIntervalMs = 5000;
    static constexpr int DefaultStuckStartingSeconds = 300;
    static constexpr int DefaultDeadlineMinutes = 40;   // the server stops runs at 30 min
    static constexpr double DefaultEmulatorTimeScale = 1.0;
    // Replicate's price for the model's hardware, Nvidia A100 (40GB): $0.001150 per second of
    // predict_time (replicate.com/pricing, 2023-2024; spec §9.5). The default of pricePerSecondUsd().
    static constexpr double DefaultPricePerSecondUsd = 0.00115;
    // A sweep asks before it starts when it has more runs than this, or costs more (estimated):
    // a 3 × 4 grid of runs with the model's defaults (about 55 s and $0.063 each on the
    // documented rates, $0.76 in all) starts without a question.
    static constexpr int DefaultSweepConfirmRuns = 12;
    static constexpr double DefaultSweepConfirmUsd = 2.0;

    BackendChoice backend() const;
    void setBackend(BackendChoice choice);
    static QString backendChoiceName(BackendChoice choice);        // "auto", "cloud", "cog", "emulator"
    static std::optional<BackendChoice> backendChoiceFromName(const QString &name);

    // REPLICATE_BASE_URL wins over the stored value, as in the official Python client.
    QUrl baseUrl() const;
    void setBaseUrl(const QUrl &url);
    QUrl cogUrl() const;
    void setCogUrl(const QUrl &url);
    QString model() const;                      // owner/name
    QString pinnedVersion() const;              // empty: use the model's latest version
    void setPinnedVersion(const QString &versionId);
    // The Replicate deployment (owner/name) creates go to instead of the model version; empty:
    // the model version. Only the Replicate backend uses it (the offline emulator has none).
    QString deployment() const;
    void setDeployment(const QString &ownerSlashName);

    QString outputDirectory() const;
    void setOutputDirectory(const QString &dir);
    QString dataDirectory() const;              // history database, presets, token fallback
    QString historyDatabasePath() const;
    QString presetsDirectory() const;

    int pollIntervalMs() const;
    int maxPollIntervalMs() const;
    int stuckStartingSeconds() const;
    int deadlineMinutes() const;
    double emulatorTimeScale() const;
    void setEmulatorTimeScale(double scale);

    // USD per second of predict_time on Replicate: the history's cost column and the run estimates.
    // A stored value that is not a finite number ≥ 0 reads as the default; so does a negative setter
    // argument (it removes the stored value).
    double pricePerSecondUsd() const;
    void setPricePerSecondUsd(double usd);
    // The sweep confirmation threshold (sweep::SweepEstimate::needsConfirmation). A stored value
    // that is not a number ≥ 0 reads as the default.
    int sweepConfirmRuns() const;
    void setSweepConfirmRuns(int runs);
    double sweepConfirmUsd() const;
    void setSweepConfirmUsd(double usd);

    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool on);
    // The token is only ever written to disk in plain text when the user asked for it.
    bool allowPlainTextToken() const;
    void setAllowPlainTextToken(bool on);

    QString language() const;                    // empty: follow the system locale
    void setLanguage(const QString &code);

    // The first-run welcome was shown once; later starts open it only from Help → Welcome.
    bool welcomeShown() const;
    void setWelcomeShown(bool shown);

    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    void setValue(const QString &key, const QVariant &value);
    QSettings &raw() { return m_settings; }

private:
    QSettings m_settings;
};

} // namespace sdanim::settings
