#include "api/Backend.h"
#include "api/BackendFactory.h"
#include "api/CogBackend.h"
#include "api/OfflineEmulatorBackend.h"
#include "api/ReplicateBackend.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace sdanim;
using namespace sdanim::api;
using Choice = settings::AppSettings::BackendChoice;

class TestBackendFactory : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    std::unique_ptr<settings::AppSettings> settingsWith(Choice choice)
    {
        auto s = std::make_unique<settings::AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        s->setBackend(choice);
        s->setBaseUrl(QUrl(QStringLiteral("https://api.example.test/v1")));
        return s;
    }

private slots:
    void init() { qunsetenv("REPLICATE_BASE_URL"); }

    void automaticDependsOnTheToken()
    {
        QCOMPARE(BackendFactory::resolve(Choice::Automatic, true), Choice::ReplicateCloud);
        QCOMPARE(BackendFactory::resolve(Choice::Automatic, false), Choice::OfflineEmulator);
        QCOMPARE(BackendFactory::resolve(Choice::LocalCog, true), Choice::LocalCog);
        QCOMPARE(BackendFactory::resolve(Choice::ReplicateCloud, false), Choice::ReplicateCloud);

        auto s = settingsWith(Choice::Automatic);
        std::unique_ptr<Backend> cloud(BackendFactory::create(*s, "r8_x"));
        QCOMPARE(cloud->kind(), Backend::Kind::ReplicateCloud);
        QCOMPARE(static_cast<ReplicateBackend *>(cloud.get())->apiBase(), QUrl(QStringLiteral("https://api.example.test/v1")));

        std::unique_ptr<Backend> offline(BackendFactory::create(*s, "  "));
        QCOMPARE(offline->kind(), Backend::Kind::OfflineEmulator);
        auto *emu = static_cast<OfflineEmulatorBackend *>(offline.get());
        QVERIFY2(emu->isServerRunning(), qPrintable(emu->startError()));
        QCOMPARE(emu->apiBase().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(emu->apiBase().port() > 0);
    }

    void baseUrlPrecedence()
    {
        auto s = settingsWith(Choice::ReplicateCloud);
        qputenv("REPLICATE_BASE_URL", "http://127.0.0.1:7777");
        std::unique_ptr<Backend> fromEnv(BackendFactory::create(*s, "r8_x"));
        QCOMPARE(static_cast<ReplicateBackend *>(fromEnv.get())->apiBase(), QUrl(QStringLiteral("http://127.0.0.1:7777/v1")));
        std::unique_ptr<Backend> overridden(
            BackendFactory::create(*s, "r8_x", nullptr, QUrl(QStringLiteral("http://127.0.0.1:8888/v1"))));
        QCOMPARE(static_cast<ReplicateBackend *>(overridden.get())->apiBase(), QUrl(QStringLiteral("http://127.0.0.1:8888/v1")));
    }

    // The CLI's --backend/--base-url/--out/--time-scale: they win for one call and are not saved.
    void overridesWinWithoutBeingSaved()
    {
        auto s = settingsWith(Choice::Automatic);
        s->setOutputDirectory(m_dir.filePath(QStringLiteral("settings-out")));
        const QUrl server(QStringLiteral("http://127.0.0.1:8888/v1"));
        BackendFactory::Overrides explicitServer;
        explicitServer.baseUrl = server;
        explicitServer.outputDirectory = m_dir.filePath(QStringLiteral("cli-out"));
        // Naming a server means the Replicate protocol, even without a token.
        QCOMPARE(BackendFactory::resolve(Choice::Automatic, false, true), Choice::ReplicateCloud);
        std::unique_ptr<Backend> named(BackendFactory::create(*s, {}, explicitServer));
        QCOMPARE(named->kind(), Backend::Kind::ReplicateCloud);
        QCOMPARE(static_cast<ReplicateBackend *>(named.get())->apiBase(), server);

        BackendFactory::Overrides cog = explicitServer;
        cog.backend = Choice::LocalCog;
        cog.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:5005"));
        std::unique_ptr<Backend> container(BackendFactory::create(*s, "r8_x", cog));
        QCOMPARE(container->kind(), Backend::Kind::LocalCog);
        auto *cogBackend = static_cast<CogBackend *>(container.get());
        QCOMPARE(cogBackend->baseUrl(), cog.baseUrl);
        QCOMPARE(cogBackend->outputDirectory(), cog.outputDirectory);

        BackendFactory::Overrides emulator;
        emulator.backend = Choice::OfflineEmulator;
        emulator.emulatorTimeScale = 0.01;
        std::unique_ptr<Backend> offline(BackendFactory::create(*s, "r8_x", emulator));
        QCOMPARE(offline->kind(), Backend::Kind::OfflineEmulator);

        QCOMPARE(s->backend(), Choice::Automatic);
        QCOMPARE(s->outputDirectory(), m_dir.filePath(QStringLiteral("settings-out")));
        QCOMPARE(s->emulatorTimeScale(), settings::AppSettings::DefaultEmulatorTimeScale);
    }

    void otherChoices()
    {
        auto cog = settingsWith(Choice::LocalCog);
        std::unique_ptr<Backend> c(BackendFactory::create(*cog, "r8_x"));
        QCOMPARE(c->kind(), Backend::Kind::LocalCog);
        auto emu = settingsWith(Choice::OfflineEmulator);
        std::unique_ptr<Backend> e(BackendFactory::create(*emu, "r8_x"));
        QCOMPARE(e->kind(), Backend::Kind::OfflineEmulator);
        QCOMPARE(e->displayName(), QStringLiteral("Offline emulator (synthetic previews)"));
    }
};

QTEST_MAIN(TestBackendFactory)
#include "tst_backendfactory.moc"
