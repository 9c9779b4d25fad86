#pragma once

#include "api/Backend.h"
#include "api/BackendFactory.h"
#include "schema/ModelSchema.h"
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

    static QList<QCommandLineOption> options();
    static void addOptions(QCommandLineParser &parser) { parser.addOptions(options()); }
    // Reads the common options; false (and a message) when one is malformed.
    bool configure(const QCommandLineParser &parser, QString *error);

    settings::AppSettings &settings() { return *m_settings; }
    QString outputDirectory() const { return m_overrides.outputDirectory; }
    QUrl baseUrlOverride() const { return m_overrides.baseUrl; }

    // api::TokenStore with Precedence::EnvironmentFirst: REPLICATE_API_TOKEN (an explicit choice
    // for this call, as in scripts), then the keyring, then the opted-in plain-text file; calls
    // `done` either way.
    void loadToken(std::function<void()> done);
    bool hasToken() const { return !m_token.isEmpty(); }
    QByteArray token() const { return m_token; }

    // api::BackendFactory with the command-line overrides; null with a message on failure.
    api::Backend *createBackend(QString *error);
    // createBackend() for a command that runs predictions: says on stderr why there is none, or
    // that the offline emulator stands in for Replicate (its outputs are synthetic); null if none.
    api::Backend *createRunBackend();
    api::Backend *backend() const { return m_backend; }
    // On stderr when the backend could not give the schema and the one shipped with the app is used.
    static void reportSchemaSource(const schema::ModelSchema &schema, bool fromNetwork);
    // The backend createBackend() would build (after loadToken()), without building it.
    api::BackendFactory::Choice resolvedBackend() const;
    store::BackendIdentity backendIdentity() const { return m_identity; }

    // Opened on first use at AppSettings::historyDatabasePath().
    store::AsyncHistoryStore *history();
    store::HistoryRecorder *recorder();

private:
    std::unique_ptr<settings::AppSettings> m_settings;
    api::BackendFactory::Overrides m_overrides;
    QByteArray m_token;
    api::Backend *m_backend = nullptr;
    store::BackendIdentity m_identity;
    store::AsyncHistoryStore *m_history = nullptr;
    store::HistoryRecorder *m_recorder = nullptr;
};

} // namespace sdanim::cli
