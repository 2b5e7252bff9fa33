#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace mladesk {

// Preferences kept per user (QSettings): lock after idle minutes, and the
// interface language (system language by default; takes effect at restart).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    // user: the register user whose signing certificate file is chosen here
    // (empty: none, the register is locked).
    explicit SettingsDialog(const QString& user = {}, QWidget* parent = nullptr);
    QLineEdit* signingFile() const { return m_signingFile; }
    static QString savedLanguage(); // empty: follow the system
    // The languages the interface is translated into, as locale names.
    static QStringList availableLanguages();

private:
    void save();
    QSpinBox* m_idle;
    QComboBox* m_language;
    QString m_user;
    QLineEdit* m_signingFile;
};

} // namespace mladesk
