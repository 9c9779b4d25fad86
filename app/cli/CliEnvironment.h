#pragma once

#include "api/Backend.h"
#include "settings/AppSettings.h"
#include "store/BackendIdentity.h"

#include <QCommandLineParser>
#include <QObject>
#include <functional>
#include <memory>

namespace sdanim::store {
class AsyncHistoryStore;
class HistoryRecorder;
}

namespace sdanim::cli {

// What every `sdanim` command shares: settings, the token, the chosen backend, the history and
// the options that select them (--backend, --base-url, --out, --time-scale, --settings).
class CliEnvironment : public QObject
{
    Q_OBJECT
public:
    explicit CliEnvironment(QObject *parent = nullptr);
    ~CliEnvironment() override;

    static void addOptions(QCommandLineParser &parser);
    // Reads the common options; false (and a message) when one is malformed.
    bool configure(const QCommandLineParser &parser, QString *error);

    settings::AppSettings &settings() { return *m_settings; }
    QString outputDirectory() const { return m_outputDirectory; }
    QUrl baseUrlOverride() const { return m_baseUrl; }

    // REPLICATE_API_TOKEN first (explicit wins), then the system keyring; calls `done` either way.
    void loadToken(std::function<void()> done);
    bool hasToken() const { return !m_token.isEmpty(); }
    QByteArray token() const { return m_token; }

    // Builds the backend the options and the token select; null with a message on failure.
    api::Backend *createBackend(QString *error);
    api::Backend *backend() const { return m_backend; }
    store::BackendIdentity backendIdentity() const { return m_identity; }

    // Opened on first use at AppSettings::historyDatabasePath().
    store::AsyncHistoryStore *history();
    store::HistoryRecorder *recorder();

private:
    std::unique_ptr<settings::AppSettings> m_settings;
    settings::AppSettings::BackendChoice m_choice = settings::AppSettings::BackendChoice::Automatic;
    QUrl m_baseUrl;
    QString m_outputDirectory;
    double m_timeScale = -1;
    QByteArray m_token;
    api::Backend *m_backend = nullptr;
    store::BackendIdentity m_identity;
    store::AsyncHistoryStore *m_history = nullptr;
    store::HistoryRecorder *m_recorder = nullptr;
};

} // namespace sdanim::cli
