#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace sdanim::settings { class AppSettings; }

namespace sdanim::api {

// Where the Replicate API token lives. Every operation is asynchronous (QtKeychain jobs), so the
// UI thread never waits for the Secret Service.
//
// load(): the system keyring (service "sdanim", key "replicate-api-token"); then, only when the
// user allowed plain-text storage, the file <dataDirectory>/replicate-api-token; then the
// REPLICATE_API_TOKEN environment variable; otherwise `missing` says it must be asked for.
// With Precedence::EnvironmentFirst (the CLI) a set REPLICATE_API_TOKEN is taken before the
// keyring, so a script can choose the account per call as with Replicate's own clients.
// save(): the keyring; if none is available, the 0600 plain-text file ONLY when allowed, written
// atomically (a new file renamed over the old one).
// The token itself is never logged.
class TokenStore : public QObject
{
    Q_OBJECT
public:
    enum class Source { None, Keychain, PlainTextFile, Environment };
    Q_ENUM(Source)
    // KeyringFirst: the app, where the token saved in Settings is the one the user chose.
    // EnvironmentFirst: the CLI, where an explicitly exported variable states this call's intent.
    enum class Precedence { KeyringFirst, EnvironmentFirst };

    static constexpr const char *DefaultService = "sdanim";
    static constexpr const char *Key = "replicate-api-token";
    static constexpr const char *EnvironmentVariable = "REPLICATE_API_TOKEN";
    // Replicate tokens are ~40 characters; a bigger "token file" is something else.
    static constexpr qint64 MaxPlainTextBytes = 4096;

    TokenStore(const QString &dataDirectory, bool allowPlainText, QObject *parent = nullptr);
    explicit TokenStore(const settings::AppSettings &settings, QObject *parent = nullptr);

    // Tests use their own service name so they never touch the user's entry.
    void setService(const QString &service) { m_service = service; }
    QString service() const { return m_service; }
    QString plainTextPath() const;
    bool plainTextAllowed() const { return m_allowPlainText; }
    void setPrecedence(Precedence precedence) { m_precedence = precedence; }
    Precedence precedence() const { return m_precedence; }

    void load();
    void save(const QString &token);
    void clear();

    static QString sourceName(Source source);   // translated, for the settings dialog

signals:
    void loaded(const QByteArray &token, sdanim::api::TokenStore::Source source);
    void missing(const QString &message);
    void saved(bool ok, const QString &message, sdanim::api::TokenStore::Source where);
    void cleared();

private:
    void loadFallback(const QString &keyringProblem);
    void saveWithoutKeyring(const QByteArray &token, const QString &problem);
    bool writePlainText(const QByteArray &token, QString *error) const;

    QString m_dataDirectory;
    bool m_allowPlainText = false;
    Precedence m_precedence = Precedence::KeyringFirst;
    QString m_service = QString::fromLatin1(DefaultService);
};

} // namespace sdanim::api
