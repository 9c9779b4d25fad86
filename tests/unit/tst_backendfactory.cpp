#include "api/Backend.h"
#include "api/BackendFactory.h"
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
