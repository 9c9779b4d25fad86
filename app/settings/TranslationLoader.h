#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace sdanim::settings {

// Installs the translations of the user's language into an application object: Qt's own (standard
// buttons, file dialogs) from the Qt installation and SD Animator's from the :/i18n resource. Both the
// GUI and the headless CLI call it right after their application object exists, before any text is made.
class TranslationLoader
{
public:
    // The language the UI should speak: the override from the settings ("de", "de_DE") when there is
    // one, the system locale (LANG, LC_ALL, LANGUAGE) otherwise.
    static QLocale uiLocale(const QString &languageOverride);

    // Returns true when an SD Animator translation was installed. English needs none, and a language
    // without a catalogue falls back to the English source texts, so false is not an error.
    // The translators are children of app and live as long as it does.
    static bool install(QCoreApplication &app, const QString &languageOverride);
};

} // namespace sdanim::settings
