#include "ui/retention/RequestRetentionTab.h"

#include "error/FileError.h"
#include "rules/Catalogue.h"
#include "security/OwnerOnlyFile.h"
#include "services/ChangeEvents.h"
#include "services/ReferenceService.h"
#include "services/RetentionService.h"
#include "services/Session.h"
#include "services/Workspace.h"
#include "ui/deadlines/DueBucket.h"
#include "ui/retention/RetentionDialog.h"
#include "ui/widgets/ExportFolder.h"

#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mladesk {

namespace {

QString localText(const QDateTime& utc) {
    return QLocale().toString(utc.toLocalTime(), QStringLiteral("ddd yyyy-MM-dd HH:mm"));
}

// In the tables, where the pane is narrow.
QString shortText(const QDateTime& utc) {
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString utcText(const QDateTime& utc) {
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString row(const QString& label, const QString& html) {
    return QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), html);
}

// A busy cursor for work that runs on the UI thread (see docs/decisions.md).
class BusyCursor {
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

QTableWidget* makeTable(int columns, const QStringList& headers, const QString& name, QWidget* parent) {
    auto* table = new QTableWidget(0, columns, parent);
    table->setHorizontalHeaderLabels(headers);
    table->setAccessibleName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() +
                            2 * table->verticalHeader()->defaultSectionSize() + 4);
    return table;
}

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), parent);
    return label;
}

} // namespace

RequestRetentionTab::RequestRetentionTab(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_reviewTable(makeTable(
          ReviewColumns, {tr("Decision"), tr("On (your time)"), tr("By"), tr("Kept until"), tr("Reason")},
          tr("Retention decisions"), this))
    , m_attachmentTable(
          makeTable(AttachmentColumns,
                    {tr("Name"), tr("State"), tr("Size"), tr("Added (your time)"), tr("Type"), tr("SHA-256")},
                    tr("Attachments"), this))
    , m_set(new QPushButton(tr("Se&t retention…"), this))
    , m_extend(new QPushButton(tr("E&xtend…"), this))
    , m_purge(new QPushButton(tr("&Purge…"), this))
    , m_add(new QPushButton(tr("Add attach&ment…"), this))
    , m_save(new QPushButton(tr("Save a &copy…"), this)) {
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setFrameShape(QFrame::StyledPanel);
    m_summary->setMargin(6);
    m_summary->setAccessibleName(tr("Retention"));
    m_set->setAccessibleName(tr("Set retention"));
    m_extend->setAccessibleName(tr("Extend retention"));
    m_purge->setAccessibleName(tr("Purge data"));
    m_add->setAccessibleName(tr("Add attachment"));
    m_save->setAccessibleName(tr("Save a copy"));

    auto* retentionButtons = new QHBoxLayout;
    for (QPushButton* b : {m_set, m_extend, m_purge})
        retentionButtons->addWidget(b);
    retentionButtons->addStretch();
    auto* attachmentButtons = new QHBoxLayout;
    attachmentButtons->addWidget(heading(tr("Attachments"), this));
    attachmentButtons->addStretch();
    for (QPushButton* b : {m_add, m_save})
        attachmentButtons->addWidget(b);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addLayout(retentionButtons);
    layout->addWidget(heading(tr("Decisions"), this));
    layout->addWidget(m_reviewTable, 1);
    layout->addLayout(attachmentButtons);
    layout->addWidget(m_attachmentTable, 2);

    connect(m_set, &QPushButton::clicked, this, &RequestRetentionTab::setRetention);
    connect(m_extend, &QPushButton::clicked, this, &RequestRetentionTab::extendRetention);
    connect(m_purge, &QPushButton::clicked, this, &RequestRetentionTab::purge);
    connect(m_add, &QPushButton::clicked, this, &RequestRetentionTab::addAttachment);
    connect(m_save, &QPushButton::clicked, this, &RequestRetentionTab::saveCopy);
    connect(m_attachmentTable, &QTableWidget::currentCellChanged, this, &RequestRetentionTab::updateButtons);
    connect(m_attachmentTable, &QTableWidget::cellDoubleClicked, this, &RequestRetentionTab::saveCopy);
    showRequest({});
}

QString RequestRetentionTab::basisLabel(const QString& basis) {
    if (basis == QLatin1String("instrument"))
        return tr("The instrument's period");
    if (basis == QLatin1String("case-decision"))
        return tr("Case decision");
    if (basis == QLatin1String("extension"))
        return tr("Extension");
    return basis;
}

QString RequestRetentionTab::decisionLabel(const QString& decision) {
    if (decision == QLatin1String("set"))
        return tr("Set");
    if (decision == QLatin1String("extend"))
        return tr("Extended");
    if (decision == QLatin1String("purge"))
        return tr("Purged");
    return decision;
}

void RequestRetentionTab::showRequest(const Request& request) {
    m_request = request;
    reload();
}

void RequestRetentionTab::setSession(Workspace* session) {
    disconnect(m_subscription);
    m_workspace = session;
    if (session)
        m_subscription = connect(&session->events(), &ChangeEvents::retentionChanged, this,
                                 [this](const QString& requestId) {
                                     if (requestId == m_request.id)
                                         reload();
                                 });
}

void RequestRetentionTab::reload() {
    m_retention.reset();
    m_reviews.clear();
    m_attachments.clear();
    m_failure.clear();
    if (!m_request.id.isEmpty() && m_workspace) {
        auto reviews = m_workspace->retention().reviews(m_request.id);
        if (!reviews) {
            m_failure = reviews.error().message;
        } else {
            m_reviews = reviews.value();
            auto current = m_workspace->retention().current(m_request.id);
            if (current)
                m_retention = current.value();
            else
                m_failure = current.error().message;
            auto attachments = m_workspace->retention().attachments(m_request.id);
            if (attachments)
                m_attachments = attachments.value();
            else
                m_failure = attachments.error().message;
        }
    }
    showSummary();
    showReviews();
    showAttachments();
    updateButtons();
}

void RequestRetentionTab::showSummary() {
    m_summary->setVisible(!m_request.id.isEmpty());
    if (m_request.id.isEmpty()) {
        m_summary->clear();
        return;
    }
    if (!m_failure.isEmpty()) {
        m_summary->setText(m_failure.toHtmlEscaped());
        return;
    }
    if (!m_retention) {
        m_summary->setText(
            tr("<b>No retention decided yet.</b> The data received under this request are "
               "kept until a liaison officer or a prosecutor sets until when, and a prosecutor "
               "purges them at the end."));
        return;
    }
    const RetentionRecord& r = *m_retention;
    QString html;
    if (r.purgedAt.isValid()) {
        QString reason;
        for (const RetentionReview& review : m_reviews)
            if (review.decision == QLatin1String("purge"))
                reason = review.reason;
        html += row(tr("Purged"), tr("on %1 (%2) by %3")
                                      .arg(localText(r.purgedAt).toHtmlEscaped(),
                                           utcText(r.purgedAt).toHtmlEscaped(), r.purgedBy.toHtmlEscaped()));
        html += row(tr("Reason"), reason.toHtmlEscaped());
        html += row(tr("Destroyed"),
                    tr("%n attachment(s) can no longer be read; the request's free text was redacted.",
                       nullptr, int(m_attachments.size()))
                        .toHtmlEscaped());
        m_summary->setText(QStringLiteral("<table>%1</table>").arg(html));
        return;
    }
    html += row(
        tr("Kept until"),
        tr("%1 (your time) — %2").arg(localText(r.until).toHtmlEscaped(), utcText(r.until).toHtmlEscaped()));
    html += row(tr("Basis"), QString(basisLabel(r.basis) +
                                     (r.article.isEmpty() ? QString() : QStringLiteral(", ") + r.article))
                                 .toHtmlEscaped());
    if (!r.reason.isEmpty())
        html += row(tr("Reason"), r.reason.toHtmlEscaped());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = QDate::currentDate();
    const QDate end = r.until.toLocalTime().date();
    QString left;
    QColor colour = palette().color(QPalette::WindowText);
    if (now >= r.until) {
        const int days = int(end.daysTo(today));
        left = days == 0 ? tr("Ended today: purge the data")
                         : tr("Ended %n day(s) ago: purge the data", nullptr, days);
        colour = dueColour(DueBucket::Overdue, palette());
    } else {
        const int days = int(today.daysTo(end));
        left = days == 0 ? tr("Ends today") : tr("%n day(s) left", nullptr, days);
        if (now >= r.until.addDays(-r.reminderDays)) {
            left += QStringLiteral(" — ") +
                    tr("within the reminder period of %n day(s)", nullptr, r.reminderDays);
            colour = dueColour(DueBucket::Week, palette());
        }
    }
    html += row(
        tr("Days left"),
        QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>").arg(colour.name(), left.toHtmlEscaped()));
    m_summary->setText(QStringLiteral("<table>%1</table>").arg(html));
}

void RequestRetentionTab::showReviews() {
    m_reviewTable->setRowCount(int(m_reviews.size()));
    for (int i = 0; i < m_reviews.size(); ++i) {
        const RetentionReview& r = m_reviews[i];
        const QStringList cells{decisionLabel(r.decision), shortText(r.decidedAt), r.decidedBy,
                                r.until.isValid() ? r.until.toUTC().date().toString(Qt::ISODate) : QString(),
                                r.reason};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(c == ReviewUntil && r.until.isValid() ? utcText(r.until) : cells[c]);
            m_reviewTable->setItem(i, c, item);
        }
    }
    m_reviewTable->resizeColumnsToContents();
}

void RequestRetentionTab::showAttachments() {
    const QString selected = currentAttachment() ? currentAttachment()->id : QString();
    m_attachmentTable->setRowCount(int(m_attachments.size()));
    int current = m_attachments.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_attachments.size(); ++i) {
        const Attachment& a = m_attachments[i];
        QString state;
        if (a.purgedAt.isValid())
            state = tr("Purged on %1").arg(shortText(a.purgedAt));
        else if (!a.hasKey)
            state = tr("Cannot be read (no key)");
        else
            state = tr("Encrypted");
        const QStringList cells{
            a.name,           state, QLocale().formattedDataSize(a.size), shortText(a.addedAt), a.mediaType,
            a.sha256.left(12)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(c == AttachmentSha256 ? a.sha256
                             : c == AttachmentSize ? tr("%1 bytes").arg(a.size)
                                                   : cells[c]);
            if (!a.hasKey)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_attachmentTable->setItem(i, c, item);
        }
        if (a.id == selected)
            current = i;
    }
    m_attachmentTable->resizeColumnsToContents();
    if (current >= 0)
        m_attachmentTable->setCurrentCell(current, 0);
}

const Attachment* RequestRetentionTab::currentAttachment() const {
    const int r = m_attachmentTable->currentRow();
    return r >= 0 && r < m_attachments.size() ? &m_attachments[r] : nullptr;
}

int RequestRetentionTab::readableAttachments() const {
    int n = 0;
    for (const Attachment& a : m_attachments)
        n += a.hasKey ? 1 : 0;
    return n;
}

void RequestRetentionTab::updateButtons() {
    const bool has = m_workspace && !m_request.id.isEmpty() && m_failure.isEmpty();
    const bool purged = m_retention && m_retention->purgedAt.isValid();
    const bool decide = has && m_workspace->session().can(Action::DecideRetention);
    const bool mayPurge = has && m_workspace->session().can(Action::PurgeData);
    m_set->setEnabled(decide && !purged);
    m_extend->setEnabled(decide && !purged && m_retention.has_value());
    m_purge->setEnabled(mayPurge && !purged);
    m_add->setEnabled(has && m_workspace->session().can(Action::EditContent) && !purged);
    const Attachment* a = currentAttachment();
    m_save->setEnabled(has && m_workspace->session().can(Action::ViewContent) && a && a->hasKey);
    // Say why an action is not there, rather than leave a grey button.
    const QString purgedText = tr("The data of this request were purged.");
    m_set->setToolTip(purged   ? purgedText
                      : decide ? tr("Decide until when the received data are kept")
                               : tr("Only a liaison officer or a prosecutor decides the retention."));
    m_extend->setToolTip(purged         ? purgedText
                         : !decide      ? tr("Only a liaison officer or a prosecutor decides the retention.")
                         : !m_retention ? tr("Set the retention first.")
                                        : tr("Keep the data longer: a later date and the reason"));
    m_purge->setToolTip(purged     ? purgedText
                        : mayPurge ? tr("Destroy the received data and redact the request's free text")
                                   : tr("Only a prosecutor may purge the data."));
    m_add->setToolTip(purged ? purgedText
                             : tr("Add a file received under this request; it is kept encrypted"));
    m_save->setToolTip(a && !a->hasKey ? tr("This attachment was purged: it cannot be read.")
                                       : tr("Save a decrypted copy of the selected attachment"));
}

void RequestRetentionTab::showError(const QString& title, const QString& message) {
    QMessageBox::warning(this, title, message);
}

void RequestRetentionTab::setRetention() {
    if (!m_workspace || m_request.id.isEmpty())
        return;
    Workspace* session = m_workspace;
    const QString id = m_request.id;
    std::optional<RetentionRule> rule;
    if (auto catalogue = session->references().catalogue())
        if (const InstrumentRules* instrument = catalogue->instrument(m_request.instrument))
            rule = instrument->retention;
    RetentionDialog dialog(
        RetentionDialog::Mode::Set, m_request, m_retention, rule ? &*rule : nullptr, readableAttachments(),
        [session, id](const RetentionDecision& d) -> Status {
            auto set = session->retention().set(id, d);
            if (!set)
                return set.error();
            return {};
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return; // shown again on the service's retentionChanged
    emit changed(id);
}

void RequestRetentionTab::extendRetention() {
    if (!m_workspace || m_request.id.isEmpty() || !m_retention)
        return;
    Workspace* session = m_workspace;
    const QString id = m_request.id;
    RetentionDialog dialog(
        RetentionDialog::Mode::Extend, m_request, m_retention, nullptr, readableAttachments(),
        [session, id](const RetentionDecision& d) -> Status {
            auto extended = session->retention().extend(id, d.until, d.reason);
            if (!extended)
                return extended.error();
            return {};
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return; // shown again on the service's retentionChanged
    emit changed(id);
}

void RequestRetentionTab::purge() {
    if (!m_workspace || m_request.id.isEmpty())
        return;
    Workspace* session = m_workspace;
    const QString id = m_request.id;
    const QString reference = m_request.reference;
    std::optional<PurgeReport> report;
    RetentionDialog dialog(
        RetentionDialog::Mode::Purge, m_request, m_retention, nullptr, readableAttachments(),
        [session, id, &report](const RetentionDecision& d) -> Status {
            BusyCursor busy;
            auto purged = session->retention().purge(id, d.reason);
            if (!purged)
                return purged.error();
            report = purged.value();
            return {};
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return; // shown again on the service's retentionChanged
    emit changed(id);
    // The keys are gone; what could not be reached afterwards (a file, a
    // backup) is for the user to remove by hand.
    if (report && !report->problems.isEmpty())
        QMessageBox::warning(
            this, tr("Purge incomplete"),
            tr("The data of %1 were purged in the register, but not everywhere. Remove these "
               "by hand:\n\n%2")
                .arg(reference, report->problems.join(QLatin1Char('\n'))));
}

void RequestRetentionTab::addAttachment() {
    if (!m_workspace || m_request.id.isEmpty())
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Add an attachment to %1").arg(m_request.reference),
                                     QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    if (!path.isEmpty())
        addAttachmentFrom(path);
}

bool RequestRetentionTab::addAttachmentFrom(const QString& path) {
    if (!m_workspace || m_request.id.isEmpty())
        return false;
    const QString id = m_request.id;
    // On the UI thread, in the session's transaction (docs/decisions.md).
    auto added = [&] {
        BusyCursor busy;
        return m_workspace->retention().addAttachment(id, path);
    }();
    if (!added) {
        showError(tr("Add attachment"), added.error().message);
        return false;
    }
    // Shown again on the service's retentionChanged: select the new file.
    for (int i = 0; i < m_attachments.size(); ++i)
        if (m_attachments[i].id == added->id)
            m_attachmentTable->setCurrentCell(i, 0);
    emit changed(id);
    return true;
}

void RequestRetentionTab::saveCopy() {
    const Attachment* a = currentAttachment();
    if (!m_workspace || !a || !a->hasKey)
        return;
    const Attachment attachment = *a;
    QMessageBox box(QMessageBox::Warning, tr("Save a copy"),
                    tr("The copy of “%1” will not be encrypted: anyone who can read the folder you save it "
                       "in can read it. Keep it where the case files are protected, and delete it when it "
                       "is no longer needed. The copy is recorded in the audit trail.")
                        .arg(attachment.name),
                    QMessageBox::Cancel, this);
    QPushButton* go = box.addButton(tr("Choose where…"), QMessageBox::AcceptRole);
    box.setDefaultButton(go);
    box.exec();
    if (box.clickedButton() != go)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy of %1").arg(attachment.name),
                                                      exportFolder::suggestedPath(attachment.name));
    if (path.isEmpty())
        return;
    exportFolder::remember(path);
    saveCopyTo(attachment.id, path);
}

bool RequestRetentionTab::saveCopyTo(const QString& attachmentId, const QString& path) {
    if (!m_workspace)
        return false;
    QSaveFile file(path);
    // Readable by its owner only, from its creation: it is case data, out of the register.
    if (!openOwnerOnly(file)) {
        showError(tr("Save a copy"), tr("Cannot write %1: %2").arg(path, fileProblem(file)));
        return false;
    }
    const Status read = [&] {
        BusyCursor busy;
        return m_workspace->retention().readAttachment(attachmentId, file);
    }();
    if (!read) {
        file.cancelWriting(); // nothing half-decrypted is left behind
        showError(tr("Save a copy"), read.error().message);
        return false;
    }
    if (!commitSaved(file)) {
        showError(tr("Save a copy"), tr("Cannot write %1: %2").arg(path, fileProblem(file)));
        return false;
    }
    return true;
}

} // namespace mladesk
