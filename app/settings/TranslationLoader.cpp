#include "settings/TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace sdanim::settings {

QLocale TranslationLoader::uiLocale(const QString &languageOverride)
{
    return languageOverride.trimmed().isEmpty() ? QLocale::system() : QLocale(languageOverride.trimmed());
}

bool TranslationLoader::install(QCoreApplication &app, const QString &languageOverride)
{
    QLocale locale = uiLocale(languageOverride);
    // The C/POSIX locale (LANG=C.UTF-8, common on servers and in containers) means English; without
    // this the English plural forms in sdanim_en would not load and texts would read "1 keyframe(s)".
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English);
    // QTranslator::load(QLocale, ...) walks locale.uiLanguages() ("de-DE", "de", ...), so a German
    // system with any region picks sdanim_de.qm.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, QStringLiteral("sdanim"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(appTranslator);
        return true;
    }
    delete appTranslator;
    return false;
}

} // namespace sdanim::settings
