#include "gui/desktop/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace unknot::gui {

bool install_translations(QCoreApplication& app, Translators& translators, const QLocale& locale)
{
    if (!translators.unknot.load(locale, QStringLiteral("unknot"), QStringLiteral("_"),
                                 QStringLiteral(":/i18n")))
        return false;
    app.installTranslator(&translators.unknot);
    if (translators.qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&translators.qt);
    return true;
}

std::string content_language(const Translators& translators)
{
    const QString language = translators.unknot.language();
    if (translators.unknot.isEmpty() || language.isEmpty())
        return {};
    return language.section(QLatin1Char('_'), 0, 0)
        .section(QLatin1Char('-'), 0, 0)
        .toLower()
        .toStdString();
}

} // namespace unknot::gui
