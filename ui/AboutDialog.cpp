#include "ui/AboutDialog.h"

#include "services/BuildInfo.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mladesk {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("About MLA Desk"));
    auto* layout = new QVBoxLayout(this);

    auto* heading = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    heading->addWidget(icon, 0, Qt::AlignTop);
    auto* title =
        new QLabel(tr("<h2>MLA Desk %1</h2><p>Cross-border requests for evidence: mutual legal "
                      "assistance, European Investigation and Production Orders, Budapest Convention "
                      "and CLOUD Act requests, in an encrypted register.</p>")
                       .arg(buildInfo::version().toHtmlEscaped()),
                   this);
    title->setWordWrap(true);
    heading->addWidget(title, 1);
    layout->addLayout(heading);

    auto* details = new QFormLayout;
    details->addRow(tr("Build:"), new QLabel(buildInfo::commit(), this));
    for (const buildInfo::Component& component : buildInfo::components())
        details->addRow(QStringLiteral("%1:").arg(component.name), new QLabel(component.version, this));
    layout->addLayout(details);
    for (int row = 0; row < details->rowCount(); ++row)
        if (auto* value = qobject_cast<QLabel*>(details->itemAt(row, QFormLayout::FieldRole)->widget()))
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* licence = new QLabel(
        tr("<p>Licence: %1. You may share and change MLA Desk under the terms of the GNU General Public "
           "License, version 3 or later; it comes with no warranty. The licences of the parts it is built "
           "on are listed in <a href=\"file:///usr/share/doc/mladesk/copyright\">its copyright file</a>.</p>")
            .arg(buildInfo::licence()),
        this);
    licence->setWordWrap(true);
    licence->setOpenExternalLinks(true);
    layout->addWidget(licence);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the version, build and libraries, for a support request"));
    connect(copy, &QPushButton::clicked, this,
            [] { QGuiApplication::clipboard()->setText(buildInfo::lines().join(QLatin1Char('\n'))); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

} // namespace mladesk
