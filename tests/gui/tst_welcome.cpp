// The first-run welcome: a pasted token is checked with GET /v1/account (here: the emulator, which
// accepts only its own token) before it is stored; a bad one is refused with a message and stored
// nowhere; "Continue Offline" picks the emulator and loads the example preset so Run is enabled.
#include "api/Backend.h"
#include "session/BackendSession.h"
#include "session/InputModel.h"
#include "settings/AppSettings.h"
#include "store/PresetStore.h"
#include "ui/MainWindow.h"
#include "ui/WelcomeDialog.h"
#include "support/EmulatorHarness.h"
#include "support/GuiApp.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace sdanim;

namespace {
const QString kToken = QStringLiteral("r8_WelcomeToken0123456789abcdef");

QString exampleValue(const char *name)
{
    for (const store::Preset &preset : store::PresetStore::builtIns())
        if (preset.name == store::PresetStore::exampleName()) return preset.input.value(QLatin1String(name)).toString();
    return {};
}
} // namespace

class TestWelcome : public QObject
{
    Q_OBJECT
    QTemporaryDir m_runtime;

    // A fresh app against the emulator's Replicate API (automatic backend, no token yet).
    std::unique_ptr<testing::GuiApp> makeApp(const QTemporaryDir &dir, const QUrl &apiBase)
    {
        return std::make_unique<testing::GuiApp>(dir.path(), 0.01, [apiBase](settings::AppSettings &s) {
            s.setBaseUrl(apiBase);
            s.setBackend(settings::AppSettings::BackendChoice::Automatic);
            // No keyring in tests (no session bus): the opted-in file is where a token ends up.
            s.setAllowPlainTextToken(true);
            s.setWelcomeShown(false);
        });
    }

    static QString tokenFile(const testing::GuiApp &app)
    {
        return app.settings->dataDirectory() + QStringLiteral("/replicate-api-token");
    }

    static ui::WelcomeDialog *openWelcome(testing::GuiApp &app)
    {
        auto *action = app.window->findChild<QAction *>(QStringLiteral("welcomeAction"));
        if (!action) return nullptr;
        action->trigger();
        return app.window->welcomeDialog();
    }

private slots:
    void initTestCase()
    {
        // Never the user's keyring: without a session bus TokenStore does not ask it.
        QVERIFY(m_runtime.isValid());
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("XDG_RUNTIME_DIR", m_runtime.path().toLocal8Bit());
        qunsetenv("REPLICATE_API_TOKEN");
        qunsetenv("REPLICATE_BASE_URL");
    }

    void acceptedTokenIsStoredAndTheAccountNamed()
    {
        testing::EmulatorHarness emulator(0.01, kToken);
        QVERIFY(emulator.started());
        QTemporaryDir dir;
        auto app = makeApp(dir, emulator.apiBase());
        QVERIFY(!app->settings->welcomeShown());
        ui::WelcomeDialog *welcome = openWelcome(*app);
        QVERIFY(welcome);
        QTRY_VERIFY(welcome->isVisible());
        QVERIFY(app->settings->welcomeShown());   // remembered as soon as it was shown

        welcome->tokenEdit()->setText(QStringLiteral("  ") + kToken + QStringLiteral("\n"));
        QTest::mouseClick(welcome->checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(welcome->checkButton()->isEnabled(), 15000);
        QVERIFY2(welcome->resultLabel()->text().startsWith(QStringLiteral("Signed in as emulator")),
                 qPrintable(welcome->resultLabel()->text()));
        QVERIFY2(welcome->resultLabel()->text().contains(QStringLiteral("SD Animator offline emulator")),
                 qPrintable(welcome->resultLabel()->text()));
        QVERIFY(!welcome->resultLabel()->text().contains(kToken));
        QVERIFY(welcome->tokenEdit()->text().isEmpty());

        QFile stored(tokenFile(*app));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll().trimmed(), kToken.toUtf8());
        QCOMPARE(app->backends->token(), kToken.toUtf8());
        // The rebuilt backend is the cloud one (automatic with a token), on the emulator's API.
        QTRY_VERIFY(app->backends->backend() && app->backends->backend()->kind() == api::Backend::Kind::ReplicateCloud);
        QTRY_COMPARE(app->model()->value(QStringLiteral("prompt_start")).toString(), exampleValue("prompt_start"));
    }

    void refusedTokenShowsWhyAndIsNotStored()
    {
        testing::EmulatorHarness emulator(0.01, kToken);
        QVERIFY(emulator.started());
        QTemporaryDir dir;
        auto app = makeApp(dir, emulator.apiBase());
        ui::WelcomeDialog *welcome = openWelcome(*app);
        QVERIFY(welcome);

        welcome->tokenEdit()->setText(QStringLiteral("r8_NotTheRightToken000000000000"));
        QTest::mouseClick(welcome->checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(welcome->checkButton()->isEnabled() && !welcome->resultLabel()->text().isEmpty()
                                     && !welcome->resultLabel()->text().startsWith(QStringLiteral("Checking")),
                                 15000);
        const QString message = welcome->resultLabel()->text();
        QVERIFY2(message.contains(QStringLiteral("did not accept this token (HTTP 401)")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("nothing was saved")));
        QVERIFY(!message.contains(QStringLiteral("r8_NotTheRightToken")));
        QVERIFY(!QFile::exists(tokenFile(*app)));
        QVERIFY(app->backends->token().isEmpty());
        QVERIFY(welcome->isVisible());   // the user can try again or go on offline

        // Nothing reachable: a clear network message, still nothing stored.
        app->settings->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9/v1")));
        welcome->tokenEdit()->setText(kToken);
        QTest::mouseClick(welcome->checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(welcome->resultLabel()->text().startsWith(QStringLiteral("Could not reach 127.0.0.1")), 15000);
        QVERIFY(!QFile::exists(tokenFile(*app)));

        // A paste with a line break inside is not sent at all.
        welcome->tokenEdit()->setText(QStringLiteral("r8_abc def"));
        QTest::mouseClick(welcome->checkButton(), Qt::LeftButton);
        QTRY_VERIFY(welcome->resultLabel()->text().contains(QStringLiteral("no spaces")));
    }

    void offlineLoadsTheExampleAndRunIsEnabled()
    {
        QTemporaryDir dir;
        auto app = makeApp(dir, QUrl(QStringLiteral("http://127.0.0.1:9/v1")));
        QVERIFY(!app->window->runButton()->isEnabled());   // a fresh form has no prompts
        ui::WelcomeDialog *welcome = openWelcome(*app);
        QVERIFY(welcome);
        QTest::mouseClick(welcome->offlineButton(), Qt::LeftButton);
        QTRY_VERIFY(!app->window->welcomeDialog());   // closed (and deleted)
        QCOMPARE(app->settings->backend(), settings::AppSettings::BackendChoice::OfflineEmulator);
        QTRY_VERIFY(app->backends->backend() && app->backends->backend()->kind() == api::Backend::Kind::OfflineEmulator);
        QTRY_COMPARE(app->model()->value(QStringLiteral("prompt_start")).toString(), exampleValue("prompt_start"));
        QCOMPARE(app->model()->value(QStringLiteral("prompt_end")).toString(), exampleValue("prompt_end"));
        QCOMPARE(app->model()->value(QStringLiteral("width")).toInt(), 256);
        QTRY_VERIFY_WITH_TIMEOUT(app->window->runButton()->isEnabled(), 15000);
        QVERIFY(!QFile::exists(tokenFile(*app)));
    }
};

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
