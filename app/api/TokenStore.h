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
// save(): the keyring; if none is available, the 0600 plain-text file ONLY when allowed.
// The token itself is never logged.
class TokenStore : public QObject
{
    Q_OBJECT
public:
    enum class Source { None, Keychain, PlainTextFile, Environment };
    Q_ENUM(Source)

    static constexpr const char *DefaultService = "sdanim";
    static constexpr const char *Key = "replicate-api-token";
    static constexpr const char *EnvironmentVariable = "REPLICATE_API_TOKEN";

    TokenStore(const QString &dataDirectory, bool allowPlainText, QObject *parent = nullptr);
    explicit TokenStore(const settings::AppSettings &settings, QObject *parent = nullptr);

    // Tests use their own service name so they never touch the user's entry.
    void setService(const QString &service) { m_service = service; }
    QString service() const { return m_service; }
    QString plainTextPath() const;
    bool plainTextAllowed() const { return m_allowPlainText; }

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
    QString m_service = QString::fromLatin1(DefaultService);
};

} // namespace sdanim::api
