#include "ui/deadlines/CalendarExportDialog.h"

#include "error/FileError.h"
#include "security/OwnerOnlyFile.h"
#include "services/RegisterReader.h"
#include "ui/widgets/ExportFolder.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace mladesk {

CalendarExportDialog::CalendarExportDialog(QWidget* parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Export deadlines to calendar"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("<p>Writes the open deadlines that have a due date as an iCalendar file "
                                "(.ics) for your calendar program, with reminders a day and an hour "
                                "before each.</p>"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* warning = new QLabel(
        tr("<p><b>The file is not encrypted.</b> Anyone who can read it sees the references of your "
           "requests, the kind of each deadline with its instrument and direction, and the dates. It "
           "holds nothing else from the register: no summaries, persons or authorities. Keep it on "
           "encrypted storage and delete it when your calendar has it.</p>"),
        this);
    warning->setWordWrap(true);
    warning->setFrameShape(QFrame::StyledPanel);
    warning->setMargin(6);
    layout->addWidget(warning);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    m_path->setAccessibleName(tr("Calendar file"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    layout->addStretch();
    layout->addWidget(m_buttons);
    m_path->setText(exportFolder::suggestedPath(QStringLiteral("mladesk-deadlines.ics")));
    connect(browse, &QPushButton::clicked, this, &CalendarExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (exportFolder::prepare(this, path()))
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
    resize(minimumWidth(), heightForWidth(minimumWidth()));
}

QString CalendarExportDialog::path() const {
    QString path = m_path->text().trimmed();
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".ics"), Qt::CaseInsensitive))
        path += QStringLiteral(".ics");
    return path;
}

void CalendarExportDialog::setPath(const QString& path) {
    m_path->setText(path);
}

void CalendarExportDialog::browse() {
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export deadlines to calendar"), path(),
                                                        tr("iCalendar files (*.ics)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

Result<int> CalendarExportDialog::write(RegisterReader& reader, const QString& path, const QDateTime& now) {
    auto calendar = reader.calendar(now);
    if (!calendar)
        return calendar.error();
    QSaveFile file(path);
    if (!openOwnerOnly(file) || file.write(calendar->ics) != calendar->ics.size() || !commitSaved(file))
        return makeError(ErrorCode::Io,
                         tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), fileProblem(file)));
    return calendar->events;
}

} // namespace mladesk
