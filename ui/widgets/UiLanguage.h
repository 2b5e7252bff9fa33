#pragma once

#include <QTranslator>

namespace mladesk {

// The window's language: Qt's own words (the standard buttons, the file
// dialog) from Debian's qt6-translations-l10n and MLA Desk's catalogue, for
// the user's locale (LANG). Installed once by each program that shows the
// window; kept alive as long as the application.
class UiLanguage {
public:
    void install();

private:
    QTranslator m_qt;
    QTranslator m_ui;
};

} // namespace mladesk
