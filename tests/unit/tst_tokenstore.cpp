// TokenStore: the system keyring first (a private gnome-keyring on the test runner's D-Bus
// session), REPLICATE_API_TOKEN when there is none, and a 0600 plain-text file only on opt-in;
// with Precedence::EnvironmentFirst (the CLI) a set REPLICATE_API_TOKEN comes first.
// The "no Secret Service" cases run in a child process whose D-Bus address points nowhere, since
// QtKeychain keeps its bus connection for the whole process.
#include "api/TokenStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace sdanim::api;

namespace {
const char *kChildVariable = "SDANIM_TOKENSTORE_NO_KEYRING";
bool inChild() { return qEnvironmentVariableIsSet(kChildVariable); }

struct LoadResult
{
    bool loaded = false;
    QByteArray token;
    TokenStore::Source source = TokenStore::Source::None;
    QString missing;
};

LoadResult load(TokenStore &store)
{
    LoadResult r;
    QSignalSpy loaded(&store, &TokenStore::loaded);
    QSignalSpy missing(&store, &TokenStore::missing);
    store.load();
    if (!QTest::qWaitFor([&] { return loaded.count() + missing.count() > 0; }, 15000)) return r;
    if (loaded.count()) {
        r.loaded = true;
        r.token = loaded.first().at(0).toByteArray();
        r.source = loaded.first().at(1).value<TokenStore::Source>();
    } else {
        r.missing = missing.first().at(0).toString();
    }
    return r;
}

QList<QVariant> save(TokenStore &store, const QString &token)
{
    QSignalSpy saved(&store, &TokenStore::saved);
    store.save(token);
    if (!QTest::qWaitFor([&] { return saved.count() > 0; }, 15000)) return {};
    return saved.first();
}

bool keyringWorks()
{
    QTemporaryDir dir;
    TokenStore probe(dir.path(), false);
    probe.setService(QStringLiteral("sdanim-test-probe"));
    const QList<QVariant> r = save(probe, QStringLiteral("probe"));
    const bool works = !r.isEmpty() && r.at(0).toBool()
                       && r.at(2).value<TokenStore::Source>() == TokenStore::Source::Keychain;
    QSignalSpy cleared(&probe, &TokenStore::cleared);
    probe.clear();
    cleared.wait(5000);
    return works;
}
} // namespace

class TestTokenStore : public QObject
{
    Q_OBJECT
private slots:
    void keyringRoundTrip()
    {
        // The child processes of withoutKeyring run only their own function, never this one.
        if (!keyringWorks()) {
            // CI (and scripts/run-tests.sh) always provide a Secret Service: there, its absence is a failure.
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("no Secret Service answered on this D-Bus session, but CI=true requires the keyring path");
            QSKIP("no Secret Service on this D-Bus session; run through scripts/run-tests.sh");
        }
        qunsetenv("REPLICATE_API_TOKEN");
        QTemporaryDir dir;
        TokenStore store(dir.path(), true);
        store.setService(QStringLiteral("sdanim-test"));
        const QList<QVariant> saved = save(store, QStringLiteral("  r8_keyring_token  "));
        QVERIFY(saved.at(0).toBool());
        QCOMPARE(saved.at(2).value<TokenStore::Source>(), TokenStore::Source::Keychain);
        QVERIFY(!QFile::exists(store.plainTextPath()));  // the keyring worked: no plain-text copy
        const LoadResult r = load(store);
        QVERIFY(r.loaded);
        QCOMPARE(r.token, QByteArray("r8_keyring_token"));
        QCOMPARE(r.source, TokenStore::Source::Keychain);

        // The keyring wins over the environment, unless the CLI asks for the environment first;
        // after clearing, the environment is the fallback.
        qputenv("REPLICATE_API_TOKEN", "r8_from_env");
        QCOMPARE(load(store).source, TokenStore::Source::Keychain);
        store.setPrecedence(TokenStore::Precedence::EnvironmentFirst);
        QCOMPARE(load(store).source, TokenStore::Source::Environment);
        store.setPrecedence(TokenStore::Precedence::KeyringFirst);
        QSignalSpy cleared(&store, &TokenStore::cleared);
        store.clear();
        QVERIFY(cleared.wait(10000));
        const LoadResult afterClear = load(store);
        QCOMPARE(afterClear.source, TokenStore::Source::Environment);
        QCOMPARE(afterClear.token, QByteArray("r8_from_env"));
        qunsetenv("REPLICATE_API_TOKEN");
        const LoadResult none = load(store);
        QVERIFY(!none.loaded);
        QVERIFY(none.missing.contains(QLatin1String("Settings")));
    }

    void withoutKeyring_data()
    {
        QTest::addColumn<QString>("busAddress");
        QTest::newRow("bus unreachable") << QStringLiteral("unix:path=/nonexistent/sdanim-bus");
        QTest::newRow("no bus at all") << QString();
    }

    void withoutKeyring()
    {
        QFETCH(QString, busAddress);
        if (!inChild()) {
            // Re-run just this test in a child that cannot reach any Secret Service.
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QString::fromLatin1(kChildVariable), QStringLiteral("1"));
            if (busAddress.isEmpty()) {
                env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
                env.insert(QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("/nonexistent"));
            } else {
                env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
            }
            env.remove(QStringLiteral("REPLICATE_API_TOKEN"));
            child.setProcessEnvironment(env);
            child.setProcessChannelMode(QProcess::MergedChannels);
            const QString row = QString::fromUtf8(QTest::currentDataTag());
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("withoutKeyring:") + row});
            QVERIFY(child.waitForFinished(60000));
            const QByteArray output = child.readAll();
            QVERIFY2(child.exitCode() == 0, output.constData());
            QVERIFY2(output.contains("PASS   : TestTokenStore::withoutKeyring(" + row.toUtf8() + ")"), output.constData());
            return;
        }
        QTemporaryDir dir;
        // Not allowed to write plain text: saving fails with advice, nothing lands on disk.
        TokenStore strict(dir.path(), false);
        strict.setService(QStringLiteral("sdanim-test"));
        const QList<QVariant> refused = save(strict, QStringLiteral("r8_secret_strict"));
        QVERIFY(!refused.isEmpty());
        QVERIFY(!refused.at(0).toBool());
        QVERIFY(refused.at(1).toString().contains(QLatin1String("plain-text")));
        QVERIFY(!QFile::exists(strict.plainTextPath()));
        QVERIFY(!refused.at(1).toString().contains(QLatin1String("r8_secret_strict")));
        const LoadResult nothing = load(strict);
        QVERIFY(!nothing.loaded);
        QVERIFY(nothing.missing.contains(QLatin1String("No system keyring")));

        // The environment variable is the fallback.
        qputenv("REPLICATE_API_TOKEN", "r8_env_token");
        const LoadResult env = load(strict);
        QCOMPARE(env.source, TokenStore::Source::Environment);
        QCOMPARE(env.token, QByteArray("r8_env_token"));
        qunsetenv("REPLICATE_API_TOKEN");

        // Opted in: a file readable only by the owner.
        TokenStore lax(dir.path(), true);
        lax.setService(QStringLiteral("sdanim-test"));
        const QList<QVariant> stored = save(lax, QStringLiteral("r8_plain_token"));
        QVERIFY(stored.at(0).toBool());
        QCOMPARE(stored.at(2).value<TokenStore::Source>(), TokenStore::Source::PlainTextFile);
        QFile file(lax.plainTextPath());
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const LoadResult plain = load(lax);
        QCOMPARE(plain.source, TokenStore::Source::PlainTextFile);
        QCOMPARE(plain.token, QByteArray("r8_plain_token"));
        // The same file is ignored once plain-text storage is switched off again.
        QVERIFY(!load(strict).loaded);

        // Replacing the token writes a new file and renames it over the old one, so a crash or a
        // full disk mid-write never leaves an empty or half token file, and permissions that were
        // loosened by hand are back to 0600.
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                    | QFileDevice::ReadOther));
        struct stat before{};
        QCOMPARE(::stat(QFile::encodeName(lax.plainTextPath()).constData(), &before), 0);
        const QList<QVariant> replaced = save(lax, QStringLiteral("r8_second_token"));
        QVERIFY(!replaced.isEmpty() && replaced.at(0).toBool());
        struct stat after{};
        QCOMPARE(::stat(QFile::encodeName(lax.plainTextPath()).constData(), &after), 0);
        QVERIFY2(after.st_ino != before.st_ino, "the token file was rewritten in place, not replaced atomically");
        QCOMPARE(int(after.st_mode & 0777), 0600);
        QCOMPARE(load(lax).token, QByteArray("r8_second_token"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QString::fromLatin1(TokenStore::Key)});
        QVERIFY(save(lax, QStringLiteral("r8_plain_token")).value(0).toBool());

        // The app prefers what the user stored; the CLI (EnvironmentFirst) a variable set for the call.
        qputenv("REPLICATE_API_TOKEN", "r8_env_token");
        QCOMPARE(load(lax).source, TokenStore::Source::PlainTextFile);
        lax.setPrecedence(TokenStore::Precedence::EnvironmentFirst);
        const LoadResult scripted = load(lax);
        QCOMPARE(scripted.source, TokenStore::Source::Environment);
        QCOMPARE(scripted.token, QByteArray("r8_env_token"));
        qunsetenv("REPLICATE_API_TOKEN");
        QCOMPARE(load(lax).source, TokenStore::Source::PlainTextFile);
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
