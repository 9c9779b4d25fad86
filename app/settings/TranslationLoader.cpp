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
    const QLocale locale = uiLocale(languageOverride);
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
