#include "ui/register/WelcomeDialog.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

namespace mladesk {

WelcomeDialog::WelcomeDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Welcome to MLA Desk"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("<h2>Welcome to MLA Desk</h2><p>MLA Desk keeps your outgoing and incoming requests "
                      "for evidence in an encrypted register on this computer.</p>"),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const struct {
        QString title;
        QString detail;
        Choice choice;
    } options[] = {
        {tr("&Create a register"), tr("Start a new, empty register protected by your passphrase."), Create},
        {tr("&Open a register…"), tr("Open a register folder (NAME.mladesk) that already exists."), Open},
        {tr("Open the &sandbox (sample data)"), tr("Try MLA Desk on fictitious requests; nothing is kept."),
         Sandbox},
    };
    for (const auto& option : options) {
        auto* button = new QCommandLinkButton(option.title, option.detail, this);
        layout->addWidget(button);
        connect(button, &QCommandLinkButton::clicked, this, [this, choice = option.choice] { done(choice); });
    }
    setMinimumWidth(520);
}

} // namespace mladesk
