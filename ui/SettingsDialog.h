#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace mladesk {

// Preferences kept per user (QSettings): lock after idle minutes, and the
// interface language (system language by default; takes effect at restart).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    static QString savedLanguage(); // empty: follow the system
    // The languages the interface is translated into, as locale names.
    static QStringList availableLanguages();

private:
    void save();
    QSpinBox* m_idle;
    QComboBox* m_language;
};

} // namespace mladesk
