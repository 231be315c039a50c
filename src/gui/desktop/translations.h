// The interface in the person's language: Unknot's own catalogue (translations/, compiled in under
// :/i18n) and Qt's for its standard dialogs (package qt6-translations-l10n), for the system locale.
#pragma once

#include <QLocale>
#include <QTranslator>

#include <string>

class QCoreApplication;

namespace unknot::gui {

struct Translators {
    QTranslator unknot;
    QTranslator qt;
};

// Loads and installs the catalogues for `locale`; false when Unknot has none for it (English).
// `translators` must outlive the application's use of them.
bool install_translations(QCoreApplication& app, Translators& translators,
                          const QLocale& locale = QLocale());

// The language of the installed catalogue as the routine files name it ("de"), or empty when
// none is installed (English): the routines' texts are shown in it where they have it.
std::string content_language(const Translators& translators);

} // namespace unknot::gui
