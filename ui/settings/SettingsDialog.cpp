#include "ui/settings/SettingsDialog.h"

#include "ui/bundles/SigningIdentityDialog.h"
#include "ui/register/IdleLock.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mladesk {

SettingsDialog::SettingsDialog(const QString& user, QWidget* parent)
    : QDialog(parent)
    , m_idle(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_user(user)
    , m_signingFile(new QLineEdit(this)) {
    setWindowTitle(tr("Settings"));
    m_idle->setRange(0, 240);
    m_idle->setSuffix(tr(" min"));
    m_idle->setSpecialValueText(tr("Never"));
    m_idle->setValue(IdleLock::savedMinutes());
    m_idle->setAccessibleName(tr("Lock after idle minutes"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString& name : availableLanguages()) {
        const QLocale locale(name);
        m_language->addItem(locale.nativeLanguageName(), name);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(savedLanguage())));
    m_language->setAccessibleName(tr("Interface language"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Lock the register after:"), m_idle);
    form->addRow(tr("Interface &language:"), m_language);
    if (!m_user.isEmpty()) {
        // One certificate file per user of the register, on this computer.
        m_signingFile->setText(SigningIdentityDialog::signingFile(m_user));
        m_signingFile->setPlaceholderText(tr("Your .p12 or .pfx file, for signing bundles"));
        m_signingFile->setAccessibleName(tr("Signing certificate file"));
        auto* browse = new QPushButton(tr("&Browse…"), this);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString path =
                QFileDialog::getOpenFileName(this, tr("Signing certificate"), m_signingFile->text(),
                                             tr("PKCS#12 files (*.p12 *.pfx);;All files (*)"));
            if (!path.isEmpty())
                m_signingFile->setText(path);
        });
        auto* row = new QHBoxLayout;
        row->addWidget(m_signingFile, 1);
        row->addWidget(browse);
        auto* label = new QLabel(tr("&Signing certificate of %1:").arg(m_user), this);
        label->setBuddy(m_signingFile);
        form->addRow(label, row);
    } else {
        m_signingFile->hide();
    }
    auto* note = new QLabel(tr("A new language takes effect when MLA Desk starts again."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString SettingsDialog::savedLanguage() {
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

QStringList SettingsDialog::availableLanguages() {
    QStringList names;
    for (const QString& file : QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("mladesk_*.qm")}))
        names << file.mid(8, file.size() - 11);
    return names;
}

void SettingsDialog::save() {
    IdleLock::saveMinutes(m_idle->value());
    QSettings().setValue(QStringLiteral("ui/language"), m_language->currentData().toString());
    if (!m_user.isEmpty())
        SigningIdentityDialog::setSigningFile(m_user, m_signingFile->text().trimmed());
}

} // namespace mladesk
