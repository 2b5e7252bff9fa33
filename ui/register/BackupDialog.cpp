#include "BackupDialog.h"

#include "repositories/Backup.h"
#include "services/BackupService.h"
#include "services/Workspace.h"
#include "ui/register/AutomaticBackup.h"
#include "ui/widgets/BackgroundTask.h"
#include "ui/widgets/ExportFolder.h"
#include "ui/widgets/WorkerProgress.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mladesk {

BackupDialog::BackupDialog(Workspace& workspace, const QString& registerName, const QString& registerId,
                           QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Bro&wse…"), this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_backUp(m_buttons->addButton(tr("&Back up"), QDialogButtonBox::AcceptRole))
    , m_registerId(registerId)
    , m_automatic(new QGroupBox(tr("Back up &automatically"), this))
    , m_automaticFolder(new QLineEdit(this))
    , m_everyDays(new QSpinBox(this))
    , m_keep(new QSpinBox(this))
    , m_cancelled(std::make_shared<std::atomic_bool>(false)) {
    setWindowTitle(tr("Back up the register"));
    auto* layout = new QVBoxLayout(this);
    // The dialog grows with the progress bar and the result (never cut off).
    layout->setSizeConstraint(QLayout::SetFixedSize);
    auto* intro =
        new QLabel(tr("A backup is one file holding the whole register, encrypted as it is: it opens "
                      "with the passphrase of any of its users. Keep it on another disk than the "
                      "register. You can keep working while it is made."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    layout->addLayout(row);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    // Automatic backups: this computer's setting for this register.
    m_automatic->setCheckable(true);
    auto* automatic = new QFormLayout(m_automatic);
    auto* folderRow = new QHBoxLayout;
    auto* chooseFolder = new QPushButton(tr("C&hoose…"), this);
    folderRow->addWidget(m_automaticFolder, 1);
    folderRow->addWidget(chooseFolder);
    auto* folderLabel = new QLabel(tr("To the &folder:"), this);
    folderLabel->setBuddy(m_automaticFolder);
    automatic->addRow(folderLabel, folderRow);
    m_everyDays->setRange(1, 365);
    automatic->addRow(tr("&Every (days):"), m_everyDays);
    m_keep->setRange(1, 1000);
    automatic->addRow(tr("Backups to &keep:"), m_keep);
    auto* automaticNote =
        new QLabel(tr("While this register is open on this computer, by a user who may back it "
                      "up. Older automatic backups in that folder are deleted."),
                   this);
    automaticNote->setWordWrap(true);
    automatic->addRow(automaticNote);
    const AutomaticBackup::Settings settings = AutomaticBackup::load(m_registerId);
    m_automatic->setChecked(settings.enabled);
    m_automaticFolder->setText(settings.folder);
    m_automaticFolder->setAccessibleName(tr("Folder for automatic backups"));
    m_everyDays->setValue(settings.everyDays);
    m_keep->setValue(settings.keep);
    layout->addWidget(m_automatic);
    layout->addWidget(m_buttons);
    connect(chooseFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for automatic backups"),
                                                                 m_automaticFolder->text());
        if (!folder.isEmpty())
            m_automaticFolder->setText(folder);
    });
    connect(m_automatic, &QGroupBox::toggled, this, &BackupDialog::saveAutomatic);
    connect(m_automaticFolder, &QLineEdit::editingFinished, this, &BackupDialog::saveAutomatic);
    connect(m_automaticFolder, &QLineEdit::textChanged, this, &BackupDialog::saveAutomatic);
    connect(m_everyDays, &QSpinBox::valueChanged, this, &BackupDialog::saveAutomatic);
    connect(m_keep, &QSpinBox::valueChanged, this, &BackupDialog::saveAutomatic);
    m_path->setAccessibleName(tr("Backup file"));
    m_path->setMinimumWidth(420);
    intro->setMinimumWidth(560);
    m_result->setMinimumWidth(560);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmm"));
    setPath(exportFolder::suggestedPath(
        QStringLiteral("%1-%2%3").arg(registerName, stamp, QLatin1String(kBackupSuffix))));
    connect(m_browse, &QPushButton::clicked, this, &BackupDialog::browse);
    connect(m_backUp, &QPushButton::clicked, this, &BackupDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BackupDialog::reject);
}

BackupDialog::~BackupDialog() {
    m_cancelled->store(true);
}

QString BackupDialog::path() const {
    return m_path->text().trimmed();
}

void BackupDialog::setPath(const QString& path) {
    m_path->setText(path);
}

void BackupDialog::browse() {
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Back up to"), path(), tr("MLA Desk backups (*%1)").arg(QLatin1String(kBackupSuffix)));
    if (!chosen.isEmpty())
        setPath(chosen.endsWith(QLatin1String(kBackupSuffix)) ? chosen
                                                              : chosen + QLatin1String(kBackupSuffix));
}

void BackupDialog::start() {
    const QString target = path();
    if (target.isEmpty() || m_running)
        return;
    if (QFileInfo::exists(target)) {
        QMessageBox::warning(this, windowTitle(),
                             tr("%1 exists already; a backup never replaces a file. Choose another name.")
                                 .arg(QFileInfo(target).fileName()));
        return;
    }
    if (!exportFolder::prepare(this, target))
        return;
    auto copier = m_workspace.backups().copier();
    if (!copier) {
        QMessageBox::warning(this, windowTitle(), copier.error().message);
        return;
    }
    std::shared_ptr<BackupCopier> shared(std::move(copier.value()));
    m_running = true;
    m_cancelled->store(false);
    m_path->setEnabled(false);
    m_browse->setEnabled(false);
    m_backUp->setEnabled(false);
    m_progress->setVisible(true);
    m_result->setText(tr("Backing up…"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Cancel the backup"));
    const auto progress = progressOnBar(m_progress, m_cancelled);
    QPointer<BackupDialog> self(this);
    Workspace* workspace = &m_workspace;
    runInBackground<Result<BackupFacts>>(
        this, [shared, target, progress] { return shared->write(target, progress); },
        [self, workspace](Result<BackupFacts> written) {
            if (!self)
                return;
            self->m_running = false;
            self->m_progress->setVisible(false);
            self->m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
            if (!written) {
                self->m_path->setEnabled(true);
                self->m_browse->setEnabled(true);
                self->m_backUp->setEnabled(true);
                self->m_result->setText(written.error().message);
                emit self->finished(false, written.error().message);
                return;
            }
            exportFolder::remember(written->file);
            const Status recorded = workspace->backups().recordBackup(written.value());
            const QString message =
                tr("Backed up to %1: %n request(s), %2 attachment(s), users %3; %4.\nSHA-256: %5", nullptr,
                   int(written->requests))
                    .arg(QFileInfo(written->file).fileName())
                    .arg(written->attachments)
                    .arg(written->users.join(QStringLiteral(", ")),
                         QLocale().formattedDataSize(written->bytes), written->sha256) +
                (recorded ? QString() : QStringLiteral("\n") + recorded.error().message);
            self->m_result->setText(message);
            self->m_buttons->removeButton(self->m_backUp);
            self->m_backUp->hide();
            emit self->finished(true, message);
        });
}

void BackupDialog::saveAutomatic() {
    AutomaticBackup::save(m_registerId, {m_automatic->isChecked(), m_automaticFolder->text().trimmed(),
                                         m_everyDays->value(), m_keep->value()});
}

void BackupDialog::reject() {
    if (m_running) {
        // Stops at the next piece; nothing is left under the file's name.
        m_cancelled->store(true);
        m_result->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace mladesk
