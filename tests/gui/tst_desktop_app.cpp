// What the packaged desktop entry relies on: Help → About shows the one project version (CMake's
// project(VERSION), as `sdanim --version` and the package), and `sdanim FILE` (the entry's
// `Exec=sdanim %F`, i.e. "Open with SD Animator") restores the inputs from the file's sidecar.
#include "cli/CliApp.h"
#include "session/AppServices.h"
#include "settings/AppSettings.h"
#include "store/Sidecar.h"
#include "support/CliHarness.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace sdanim;

class TestDesktopApp : public QObject
{
    Q_OBJECT

private slots:
    void aboutBoxShowsTheProjectVersion()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        settings::AppSettings appSettings(dir.filePath(QStringLiteral("settings.ini")));
        session::AppServices services;
        services.settings = &appSettings;
        ui::MainWindow window(services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QStringList menus;
        for (QAction *a : window.menuBar()->actions()) menus << a->text();
        QVERIFY2(menus.contains(QStringLiteral("&Help")), qPrintable(menus.join(u'|')));
        auto *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
        QVERIFY(about);
        QCOMPARE(about->menuRole(), QAction::AboutRole);

        // QMessageBox::about runs its own event loop: read and close the box from inside that loop.
        QString title;
        QString text;
        bool seen = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) return;
            seen = true;
            title = box->windowTitle();
            text = box->text();
            box->accept();
        });
        poll.start();
        about->trigger();
        poll.stop();

        QVERIFY(seen);
        QCOMPARE(title, QStringLiteral("About SD Animator"));
        QVERIFY(!cli::CliApp::version().isEmpty());
        QVERIFY2(text.contains(QStringLiteral("SD Animator ") + cli::CliApp::version()), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String(settings::AppSettings::DefaultModel)), qPrintable(text));
    }

    // The real executable, as the desktop starts it: the form (saved to the user's settings as it
    // changes) ends up holding the sidecar's inputs.
    void fileArgumentRestoresTheInputsFromItsSidecar()
    {
        testing::CliHarness user;
        QVERIFY(user.home.isValid());
        const QString gif = user.home.filePath(QStringLiteral("fox.gif"));
        QFile file(gif);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("GIF89a");
        file.close();
        store::SidecarInfo info;
        info.predictionId = QStringLiteral("openwith0001");
        info.backend = QStringLiteral("emulator");
        info.model = QLatin1String(settings::AppSettings::DefaultModel);
        info.input = QJsonObject{{QStringLiteral("prompt_start"), QStringLiteral("an otter opened from the file manager")},
                                 {QStringLiteral("prompt_end"), QStringLiteral("a heron")},
                                 {QStringLiteral("num_animation_frames"), 7}};
        info.fileName = QStringLiteral("fox.gif");
        QString error;
        QVERIFY2(store::Sidecar::write(info, gif, &error), qPrintable(error));

        const QString settingsFile = user.home.filePath(QStringLiteral("config/SD Animator/sdanim.ini"));
        auto savedForm = [&] {
            QSettings saved(settingsFile, QSettings::IniFormat);
            return saved.value(QStringLiteral("form/input")).toString();
        };
        QProcess app;
        user.start(app, {gif});
        QVERIFY2(app.waitForStarted(), qPrintable(app.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(savedForm().contains(QStringLiteral("an otter opened from the file manager"))
                                     || app.state() == QProcess::NotRunning,
                                 60000);
        const bool running = app.state() == QProcess::Running;
        app.kill();
        app.waitForFinished();
        QVERIFY2(running, qPrintable(QString::fromLocal8Bit(app.readAllStandardError())));
        const QJsonObject form = QJsonDocument::fromJson(savedForm().toUtf8()).object();
        QCOMPARE(form.value(QStringLiteral("prompt_end")).toString(), QStringLiteral("a heron"));
        QCOMPARE(form.value(QStringLiteral("num_animation_frames")).toInt(), 7);
    }
};

QTEST_MAIN(TestDesktopApp)
#include "tst_desktop_app.moc"
