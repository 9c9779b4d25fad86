#include "api/TokenStore.h"

#include "settings/AppSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace sdanim::api {

TokenStore::TokenStore(const QString &dataDirectory, bool allowPlainText, QObject *parent)
    : QObject(parent), m_dataDirectory(dataDirectory), m_allowPlainText(allowPlainText)
{
}

TokenStore::TokenStore(const settings::AppSettings &settings, QObject *parent)
    : TokenStore(settings.dataDirectory(), settings.allowPlainTextToken(), parent)
{
}

QString TokenStore::plainTextPath() const
{
    return QDir(m_dataDirectory).filePath(QString::fromLatin1(Key));
}

QString TokenStore::sourceName(Source source)
{
    switch (source) {
    case Source::Keychain: return tr("system keyring");
    case Source::PlainTextFile: return tr("plain-text file");
    case Source::Environment: return tr("REPLICATE_API_TOKEN environment variable");
    case Source::None: break;
    }
    return tr("not set");
}

namespace {
// QtKeychain talks to the Secret Service over the D-Bus session bus. Without one, libdbus may try
// to autolaunch a bus through X11, which can stall; so it is not asked at all.
bool sessionBusMissing(QString *why)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) return false;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/bus"))) return false;
    *why = TokenStore::tr("no D-Bus session");
    return true;
#else
    Q_UNUSED(why);
    return false;
#endif
}
} // namespace

void TokenStore::load()
{
    if (m_precedence == Precedence::EnvironmentFirst) {
        const QByteArray env = qgetenv(EnvironmentVariable).trimmed();
        if (!env.isEmpty()) {
            QTimer::singleShot(0, this, [this, env] { emit loaded(env, Source::Environment); });
            return;
        }
    }
    QString why;
    if (sessionBusMissing(&why)) {
        QTimer::singleShot(0, this, [this, why] { loadFallback(why); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(QString::fromLatin1(Key));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        const QByteArray token = job->textData().toUtf8().trimmed();
        if (job->error() == QKeychain::NoError && !token.isEmpty()) {
            emit loaded(token, Source::Keychain);
            return;
        }
        loadFallback(job->error() == QKeychain::EntryNotFound || job->error() == QKeychain::NoError
                         ? QString() : job->errorString());
    });
    job->start();
}

void TokenStore::loadFallback(const QString &keyringProblem)
{
    if (m_allowPlainText) {
        QFile file(plainTextPath());
        if (file.open(QIODevice::ReadOnly)) {
            if (file.size() > MaxPlainTextBytes) {
                emit missing(tr("%1 is larger than %2, so it is not a token file; delete it and enter the token "
                                "again.")
                                 .arg(plainTextPath(),
                                      QLocale().formattedDataSize(MaxPlainTextBytes, 0, QLocale::DataSizeIecFormat)));
                return;
            }
            const QByteArray token = file.read(MaxPlainTextBytes).trimmed();
            if (!token.isEmpty()) {
                emit loaded(token, Source::PlainTextFile);
                return;
            }
        }
    }
    const QByteArray env = qgetenv(EnvironmentVariable).trimmed();
    if (!env.isEmpty()) {
        emit loaded(env, Source::Environment);
        return;
    }
    if (!keyringProblem.isEmpty())
        emit missing(tr("No system keyring is available (%1). Enter your Replicate API token when asked, set "
                        "REPLICATE_API_TOKEN, or allow storing the token in a plain-text file in Settings.")
                         .arg(keyringProblem));
    else
        emit missing(tr("No Replicate API token is stored yet. Enter it in Settings (or set REPLICATE_API_TOKEN)."));
}

void TokenStore::save(const QString &token)
{
    const QByteArray value = token.trimmed().toUtf8();
    if (value.isEmpty()) {
        clear();
        return;
    }
    QString why;
    if (sessionBusMissing(&why)) {
        QTimer::singleShot(0, this, [this, value, why] { saveWithoutKeyring(value, why); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(QString::fromLatin1(Key));
    job->setTextData(QString::fromUtf8(value));
    connect(job, &QKeychain::Job::finished, this, [this, job, value] {
        if (job->error() == QKeychain::NoError) {
            // One copy only: a plain-text file from earlier is no longer needed.
            QFile::remove(plainTextPath());
            emit saved(true, tr("The token is stored in the system keyring."), Source::Keychain);
            return;
        }
        saveWithoutKeyring(value, job->errorString());
    });
    job->start();
}

void TokenStore::saveWithoutKeyring(const QByteArray &value, const QString &problem)
{
    if (!m_allowPlainText) {
        emit saved(false,
                   tr("Could not store the token in the system keyring (%1). Allow plain-text storage in "
                      "Settings, or set REPLICATE_API_TOKEN before starting the app.").arg(problem),
                   Source::None);
        return;
    }
    QString error;
    if (writePlainText(value, &error))
        emit saved(true, tr("No system keyring is available; the token is stored in %1 (readable only by you).")
                             .arg(plainTextPath()), Source::PlainTextFile);
    else
        emit saved(false, tr("Could not store the token: %1").arg(error), Source::None);
}

bool TokenStore::writePlainText(const QByteArray &token, QString *error) const
{
    if (!QDir().mkpath(m_dataDirectory)) {
        *error = tr("cannot create %1").arg(m_dataDirectory);
        return false;
    }
    // A new file renamed over the old one: a crash or a full disk mid-write leaves the previous
    // token, never an empty or half one. The new file is 0600 before the token is written into it
    // (QSaveFile's unnamed or 0600 temporary file), whatever the old file's permissions were.
    QSaveFile file(plainTextPath());
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnly)) {
        *error = file.errorString();
        return false;
    }
    if (file.write(token + '\n') != token.size() + 1) {
        *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void TokenStore::clear()
{
    QFile::remove(plainTextPath());
    QString why;
    if (sessionBusMissing(&why)) {
        QTimer::singleShot(0, this, [this] { emit cleared(); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(QString::fromLatin1(Key));
    connect(job, &QKeychain::Job::finished, this, [this] { emit cleared(); });
    job->start();
}

} // namespace sdanim::api
