// The German catalogue reaches the user: built into the :/i18n resource, picked by TranslationLoader,
// shown by the main window's widgets, used by core messages (ApiError, with plural forms) and by the
// CLI when the system locale is German.
#include "api/ApiError.h"
#include "session/InputModel.h"
#include "session/AppServices.h"
#include "session/BackendSession.h"
#include "settings/AppSettings.h"
#include "settings/TranslationLoader.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"
#include "store/PresetStore.h"
#include "support/CliHarness.h"
#include "ui/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>
#include <memory>

using namespace sdanim;

namespace {

const QString kCatalogue = QStringLiteral(SDANIM_FIXTURES "/../../translations/sdanim_de.ts");

// English source → German text of every message of the catalogue that German spells differently.
QHash<QString, QString> germanCatalogue()
{
    QHash<QString, QString> result;
    QFile file(kCatalogue);
    if (!file.open(QIODevice::ReadOnly)) return result;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement()) continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!text.isEmpty() && text != source) result.insert(source, text);
        }
    }
    return result;
}

// Every text a user reads in the window: labels, buttons, menus, actions, tool tips, placeholders.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts{root->windowTitle()};
    for (QLabel *w : root->findChildren<QLabel *>()) texts << w->text() << w->toolTip();
    for (QAbstractButton *w : root->findChildren<QAbstractButton *>()) texts << w->text() << w->toolTip();
    for (QLineEdit *w : root->findChildren<QLineEdit *>()) texts << w->placeholderText() << w->toolTip();
    for (QGroupBox *w : root->findChildren<QGroupBox *>()) texts << w->title();
    for (QDockWidget *w : root->findChildren<QDockWidget *>()) texts << w->windowTitle();
    for (QComboBox *w : root->findChildren<QComboBox *>())
        for (int i = 0; i < w->count(); ++i) texts << w->itemText(i);
    for (QMenu *w : root->findChildren<QMenu *>()) texts << w->title();
    for (QAction *a : root->findChildren<QAction *>()) texts << a->text() << a->toolTip();
    texts.removeAll(QString());
    return texts;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(":/i18n/sdanim_de.qm")), "the build did not embed the German catalogue");
        QVERIFY(settings::TranslationLoader::install(*qApp, QStringLiteral("de")));
    }

    void settingsOverrideWinsOverTheSystemLocale()
    {
        QCOMPARE(settings::TranslationLoader::uiLocale(QStringLiteral("de_DE")).language(), QLocale::German);
        QCOMPARE(settings::TranslationLoader::uiLocale(QStringLiteral("de")).language(), QLocale::German);
        QCOMPARE(settings::TranslationLoader::uiLocale(QString()), QLocale::system());
        // No catalogue for a language: nothing installed, the English sources stay.
        QVERIFY(!settings::TranslationLoader::install(*qApp, QStringLiteral("sw")));
    }

    void mainWindowSpeaksGerman()
    {
        settings::AppSettings appSettings(m_dir.filePath(QStringLiteral("settings.ini")));
        appSettings.setBackend(settings::AppSettings::BackendChoice::OfflineEmulator);
        appSettings.setValue(QStringLiteral("storage/dataDirectory"), m_dir.filePath(QStringLiteral("data")));
        appSettings.setOutputDirectory(m_dir.filePath(QStringLiteral("outputs")));
        store::AsyncHistoryStore history(appSettings.historyDatabasePath());
        QCOMPARE(history.open().result(), QString());
        store::HistoryRecorder recorder(&history);
        store::PresetStore presets(appSettings.presetsDirectory());
        session::BackendSession backends(&appSettings);
        session::AppServices services;
        services.settings = &appSettings;
        services.backends = &backends;
        services.history = &history;
        services.recorder = &recorder;
        services.presets = &presets;
        {
            ui::MainWindow window(services);
            window.resize(1400, 900);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));

            QStringList menus;
            for (QAction *a : window.menuBar()->actions()) menus << a->text();
            QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(u'|')));
            QVERIFY2(menus.contains(QStringLiteral("&Bearbeiten")), qPrintable(menus.join(u'|')));
            QVERIFY2(menus.contains(QStringLiteral("&Voreinstellungen")), qPrintable(menus.join(u'|')));
            QVERIFY2(menus.contains(QStringLiteral("&Ansicht")), qPrintable(menus.join(u'|')));

            QStringList buttons;
            for (QAbstractButton *b : window.findChildren<QAbstractButton *>()) buttons << b->text();
            QVERIFY2(buttons.contains(QStringLiteral("Ausführen")), qPrintable(buttons.join(u'|')));
            QVERIFY2(buttons.contains(QStringLiteral("Abbrechen")), qPrintable(buttons.join(u'|')));

            // Nothing the catalogue translates is left in English, and German is actually on screen.
            const QHash<QString, QString> catalogue = germanCatalogue();
            QVERIFY2(catalogue.size() > 300, qPrintable(kCatalogue));
            const QSet<QString> german(catalogue.cbegin(), catalogue.cend());
            QStringList english;
            int translated = 0;
            for (const QString &text : visibleTexts(&window)) {
                if (catalogue.contains(text)) english << text;
                if (german.contains(text)) ++translated;
            }
            QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("untranslated: ") + english.join(QStringLiteral(" | "))));
            QVERIFY2(translated >= 30, qPrintable(QString::number(translated)));
            window.close();
        }
        history.waitForIdle();
    }

    void coreMessagesUseGermanPluralForms()
    {
        api::ApiError error;
        error.httpStatus = 429;
        error.retryAfterSeconds = 1;
        QVERIFY2(error.userMessage().contains(QStringLiteral("1 Sekunde zu warten")), qPrintable(error.userMessage()));
        error.retryAfterSeconds = 30;
        QVERIFY2(error.userMessage().contains(QStringLiteral("30 Sekunden zu warten")), qPrintable(error.userMessage()));
        error.httpStatus = 401;
        QVERIFY2(error.userMessage().startsWith(QStringLiteral("Der Server hat das API-Token abgelehnt")),
                 qPrintable(error.userMessage()));
    }

    // The validator speaks gojsonschema's English (it must match the server); the form shows German.
    void fieldErrorsAreGerman()
    {
        session::InputModel model;
        model.setValue(QStringLiteral("prompt_start"), QStringLiteral("a fox"));
        model.setValue(QStringLiteral("prompt_end"), QStringLiteral("a bear"));
        model.setValue(QStringLiteral("num_inference_steps"), 501);
        QCOMPARE(model.errors(QStringLiteral("num_inference_steps")).value(0).description,
                 QStringLiteral("Must be less than or equal to 500"));
        QCOMPARE(model.blockingReason(), QStringLiteral("Inferenzschritte: Muss kleiner oder gleich 500 sein"));
        model.setValue(QStringLiteral("num_inference_steps"), 0);
        QCOMPARE(model.blockingReason(), QStringLiteral("Inferenzschritte: Muss größer oder gleich 1 sein"));
    }

    void cliFollowsTheSystemLocale_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("german") << QStringLiteral("de_DE.UTF-8")
                                << QStringLiteral("Unbekannte Aktion „frobnicate“. Siehe: sdanim presets --help");
        QTest::newRow("english") << QStringLiteral("en_US.UTF-8")
                                 << QStringLiteral("Unknown action \"frobnicate\". See: sdanim presets --help");
    }

    void cliFollowsTheSystemLocale()
    {
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        testing::CliHarness cli;
        QVERIFY2(QFile::exists(cli.binary()), "build the sdanim target first");
        QProcessEnvironment env = cli.environment();
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LANG"), lang);
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(cli.binary(), {QStringLiteral("presets"), QStringLiteral("frobnicate")});
        QVERIFY(process.waitForFinished(30000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY(process.exitCode() != 0);
        QVERIFY2(err.contains(expected), qPrintable(err));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
