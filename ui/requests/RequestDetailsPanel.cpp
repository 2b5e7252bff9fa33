#include "ui/requests/RequestDetailsPanel.h"

#include "domain/DisplayNames.h"
#include "domain/Instrument.h"
#include "domain/RequestWorkflow.h"
#include "services/ChangeEvents.h"
#include "services/DeadlineService.h"
#include "services/ReferenceService.h"
#include "services/RequestService.h"
#include "services/Session.h"
#include "services/TrustService.h"
#include "services/Workspace.h"
#include "ui/deadlines/DueBucket.h"
#include "ui/deadlines/RequestDeadlinesTab.h"
#include "ui/requests/ApproveDialog.h"
#include "ui/requests/RequestListModel.h"
#include "ui/retention/RequestRetentionTab.h"
#include "ui/translations/RequestTranslationsTab.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace mladesk {

namespace {

QString optionNames(const QStringList& options) {
    QStringList names;
    for (const QString& option : options)
        names << displayName::requestOption(option);
    return names.join(QStringLiteral("; "));
}

QString esc(const QString& text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString dataCategoryNames(const QStringList& keys) {
    QStringList names;
    for (const QString& key : keys)
        names << displayName::dataCategory(key);
    return names.join(QStringLiteral(", "));
}

QString section(const QString& title, const QString& body) {
    return body.trimmed().isEmpty() ? QString()
                                    : QStringLiteral("<h3>%1</h3><p>%2</p>").arg(title.toHtmlEscaped(), body);
}

QString row(const QString& label, const QString& value) {
    return value.isEmpty() ? QString()
                           : QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
                                 .arg(label.toHtmlEscaped(), value);
}

} // namespace

RequestDetailsPanel::RequestDetailsPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_status(new QPushButton(tr("Change &status"), this))
    , m_approve(new QPushButton(tr("&Approve…"), this))
    , m_tabs(new QTabWidget(this))
    , m_text(new QTextBrowser(this))
    , m_history(new QTableWidget(0, 4, this))
    , m_deadlines(new RequestDeadlinesTab(this))
    , m_retention(new RequestRetentionTab(this))
    , m_translations(new RequestTranslationsTab(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_title, 1);
    top->addWidget(m_edit);
    top->addWidget(m_status);
    top->addWidget(m_approve);
    layout->addLayout(top);
    m_tabs->addTab(m_text, tr("&Request"));
    m_tabs->addTab(m_deadlines, tr("&Deadlines"));
    m_tabs->addTab(m_retention, tr("Rete&ntion"));
    m_tabs->addTab(m_translations, tr("&Translations"));
    m_tabs->addTab(m_history, tr("&History"));
    layout->addWidget(m_tabs, 1);
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Detail")});
    m_history->setAccessibleName(tr("Request history"));
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    connect(m_approve, &QPushButton::clicked, this, &RequestDetailsPanel::approve);
    connect(m_tabs, &QTabWidget::currentChanged, this, &RequestDetailsPanel::showCurrentTab);
    connect(m_deadlines, &RequestDeadlinesTab::adjusted, this, &RequestDetailsPanel::deadlinesAdjusted);
    connect(m_retention, &RequestRetentionTab::changed, this, [this](const QString& id) {
        if (id == m_request.id)
            showRequest(id); // a purge redacts the request: show what is left
        emit retentionChanged(id);
    });
    m_text->setOpenLinks(false);
    m_text->setAccessibleName(tr("Request details"));
    m_status->setMenu(new QMenu(m_status));
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_request.id); });
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("request"))
            emit requestLinkActivated(url.path());
        else if (url.scheme() == QLatin1String("case"))
            emit caseLinkActivated(url.path());
        else if (url.scheme() == QLatin1String("custody"))
            showCustodyReport(url.path());
    });
    showRequest({});
}

QString RequestDetailsPanel::toHtml(const Request& r, const QString& caseLine,
                                    const QList<std::pair<QString, QString>>& links) {
    QString html;
    QString facts =
        row(tr("Instrument"), esc(instrumentTitle(r.instrument))) +
        row(tr("Direction"), RequestListModel::directionLabel(r.direction)) +
        row(tr("Status"), esc(RequestListModel::statusLabel(r.status))) +
        row(tr("Urgency"), esc(RequestListModel::urgencyLabel(r.urgency))) +
        row(tr("The request states"), esc(optionNames(r.options))) +
        row(tr("Requesting state"), esc(r.requestingState)) +
        row(tr("Requested state"), esc(r.requestedState)) +
        row(tr("Service provider"), esc(r.serviceProvider)) + row(tr("Case"), caseLine) +
        row(tr("Created"), esc(QLocale().toString(r.createdAt.toLocalTime(), QLocale::LongFormat))) +
        row(tr("Updated"), esc(QLocale().toString(r.updatedAt.toLocalTime(), QLocale::LongFormat)));
    html += QStringLiteral("<table>%1</table>").arg(facts);
    html += section(tr("Summary of the facts"), esc(r.facts));
    html += section(tr("Offence"),
                    esc(r.offence) + (r.legalQualification.isEmpty()
                                          ? QString()
                                          : QStringLiteral("<br><i>%1</i>").arg(esc(r.legalQualification))));
    html += section(tr("Measures sought"), esc(r.measures.join(QLatin1Char('\n'))));
    html += section(tr("Assistance or data sought"), esc(r.assistanceSought));
    QStringList identifiers;
    for (const Identifier& i : r.identifiers)
        identifiers
            << QStringLiteral("%1: <tt>%2</tt>").arg(esc(displayName::identifierKind(i.kind)), esc(i.value));
    html += section(tr("Identifiers"), identifiers.join(QStringLiteral("<br>")));
    QStringList ranges;
    for (const DateRange& d : r.dateRanges)
        ranges << QStringLiteral("%1 – %2").arg(d.from.toString(Qt::ISODate), d.to.toString(Qt::ISODate));
    html += section(tr("Period"), ranges.join(QStringLiteral("<br>")));
    html += section(tr("Data categories"), esc(dataCategoryNames(r.dataCategories)));
    html += section(tr("Necessity and proportionality"), esc(r.necessity));
    QStringList persons;
    for (const Person& p : r.persons)
        persons << QStringLiteral("%1 (%2%3)")
                       .arg(esc(p.name), esc(p.role),
                            p.birthDate.isValid() ? QStringLiteral(", *") + p.birthDate.toString(Qt::ISODate)
                                                  : QString());
    html += section(tr("Persons concerned"), persons.join(QStringLiteral("<br>")));
    html += section(tr("Procedures requested"), esc(r.procedures));
    html += section(tr("Purpose"), esc(r.purpose));
    QStringList linkLines;
    for (const auto& [id, label] : links)
        linkLines << QStringLiteral("<a href=\"request:%1\">%2</a>").arg(id, esc(label));
    html += section(tr("Related requests"), linkLines.join(QStringLiteral("<br>")));
    QStringList events;
    for (const RequestEvent& e : r.events)
        events << QStringLiteral("%1 — %2").arg(
            esc(QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat)), esc(e.name));
    html += section(tr("Events"), events.join(QStringLiteral("<br>")));
    return html;
}

void RequestDetailsPanel::showRequest(const QString& id) {
    const bool sameRequest = id == m_request.id;
    QString failure;
    m_request = Request();
    m_status->menu()->clear();
    if (!id.isEmpty() && m_workspace && m_workspace->isOpen()) {
        // Showing a request is a view of its content, recorded once per
        // request shown (not again when the list merely refreshes).
        auto found = sameRequest ? m_workspace->requests().find(id) : m_workspace->requests().view(id);
        if (found)
            m_request = found.value();
        else
            failure = found.error().message;
    }
    const bool has = !m_request.id.isEmpty();
    m_edit->setEnabled(has && m_workspace->session().can(Action::EditContent));
    m_status->setEnabled(has && m_workspace->session().can(Action::ChangeStatus));
    m_approve->setVisible(has && m_workspace->session().can(Action::Approve) &&
                          m_request.status == QLatin1String("in-review") &&
                          m_request.direction == QLatin1String("outgoing"));
    m_history->setRowCount(0);
    m_deadlines->showRequest({});
    m_retention->showRequest({});
    if (!has && !failure.isEmpty()) {
        m_title->setText(QStringLiteral("<b>%1</b>").arg(failure.toHtmlEscaped())); // say why, never nothing
        m_text->clear();
        return;
    }
    if (!has) {
        m_title->setText(tr("<b>No request selected</b>"));
        m_text->setHtml(
            tr("<p>Select a request in the list to see it here.</p><p>Press <b>Ctrl+N</b> for a new "
               "request, <b>Ctrl+F</b> to search.</p>"));
        return;
    }
    m_title->setText(QStringLiteral("<b>%1</b><br>%2").arg(esc(m_request.reference), esc(m_request.summary)));
    QString caseLine;
    if (!m_request.caseId.isEmpty()) {
        auto kase = m_workspace->references().findCase(m_request.caseId);
        if (kase)
            caseLine = QStringLiteral("<a href=\"case:%1\">%2</a> — %3")
                           .arg(kase->id, esc(kase->reference), esc(kase->title));
    }
    QList<std::pair<QString, QString>> links;
    for (const RequestLink& link : m_request.links) {
        auto target = m_workspace->requests().find(link.toId);
        links.append(
            {link.toId, QStringLiteral("%1 (%2)").arg(target ? target->reference : link.toId, link.kind)});
    }
    m_text->setHtml(toHtml(m_request, caseLine, links) + custodyHtml());
    const QStringList next = RequestWorkflow::allowedNext(m_request.direction, m_request.status);
    for (const QString& status : next) {
        if (status == QLatin1String("approved"))
            continue; // approval is its own action, for prosecutors (four eyes)
        QAction* action =
            m_status->menu()->addAction(tr("Move to “%1”").arg(RequestListModel::statusLabel(status)));
        // Queued: the change rebuilds this menu, which must not happen inside its own action.
        connect(
            action, &QAction::triggered, this,
            [this, status] { emit statusChangeRequested(m_request.id, status); }, Qt::QueuedConnection);
    }
    m_status->setEnabled(!m_status->menu()->isEmpty() && m_workspace->session().can(Action::ChangeStatus));
    auto approval = m_workspace->requests().currentApproval(m_request.id);
    if (approval && approval->has_value()) {
        const Approval& a = approval->value();
        QString line =
            a.withdrawnAt.isValid()
                ? tr("Approval by %1 on %2 withdrawn on %3 (the content changed)")
                      .arg(a.approver, QLocale().toString(a.at.toLocalTime(), QLocale::ShortFormat),
                           QLocale().toString(a.withdrawnAt.toLocalTime(), QLocale::ShortFormat))
                : tr("Approved by %1 on %2")
                      .arg(a.approver, QLocale().toString(a.at.toLocalTime(), QLocale::ShortFormat));
        if (!a.comment.isEmpty() && !a.withdrawnAt.isValid())
            line += QStringLiteral(": ") + a.comment;
        m_title->setText(m_title->text() + QStringLiteral("<br><i>%1</i>").arg(line.toHtmlEscaped()));
    }
    const QString completeness = completenessLine();
    m_approve->setToolTip(completeness.isEmpty()
                              ? tr("Approve this request as the reviewing prosecutor (four eyes)")
                              : completeness);
    if (!completeness.isEmpty())
        m_title->setText(m_title->text() + QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                                               .arg(dueColour(DueBucket::Overdue, palette()).name(),
                                                    completeness.toHtmlEscaped()));
    showCurrentTab();
    m_status->setToolTip(next.isEmpty() ? tr("A closed request has no further status.") : QString());
}

void RequestDetailsPanel::setSession(Workspace* session) {
    m_workspace = session;
    disconnect(m_requestChanged);
    // The request on show changed (here, in a tab, by an import): show it as it is now.
    if (session)
        m_requestChanged =
            connect(&session->events(), &ChangeEvents::requestChanged, this, [this](const QString& id) {
                if (!m_request.id.isEmpty() && id == m_request.id)
                    showRequest(id);
            });
    m_deadlines->setSession(session);
    m_retention->setSession(session);
    m_translations->setSession(session);
}

void RequestDetailsPanel::showCurrentTab() {
    if (m_tabs->currentWidget() == m_history)
        showHistory();
    else if (m_tabs->currentWidget() == m_deadlines)
        m_deadlines->showRequest(m_request);
    else if (m_tabs->currentWidget() == m_retention)
        m_retention->showRequest(m_request);
    else if (m_tabs->currentWidget() == m_translations)
        m_translations->showRequest(m_request);
}

void RequestDetailsPanel::showDeadlinesTab() {
    m_tabs->setCurrentWidget(m_deadlines);
}

void RequestDetailsPanel::showRetentionTab() {
    m_tabs->setCurrentWidget(m_retention);
}

void RequestDetailsPanel::showTranslationsTab() {
    m_tabs->setCurrentWidget(m_translations);
}

// Approval and sending are refused while an outgoing request lacks what its
// instrument requires: say so beside the actions, with the details one tab away.
QString RequestDetailsPanel::completenessLine() {
    if (m_request.direction != QLatin1String("outgoing") || !m_workspace)
        return {};
    const QStringList before{QStringLiteral("draft"), QStringLiteral("in-review"),
                             QStringLiteral("approved")};
    if (!before.contains(m_request.status))
        return {};
    auto missing = m_workspace->deadlines().completeness(m_request.id);
    if (!missing || isComplete(missing.value()))
        return {};
    int required = 0;
    for (const MissingElement& m : missing.value())
        required += m.advisory ? 0 : 1;
    return tr("Incomplete: required elements missing: %1 (see the Deadlines tab)").arg(required);
}

// How an incoming request came in, when it came as a signed bundle: the
// bundle's digest, who imported it when, and its verification report.
QString RequestDetailsPanel::custodyHtml() {
    if (!m_workspace || m_request.direction != QLatin1String("incoming"))
        return {};
    auto records = m_workspace->trust().custodyRecords(m_request.id);
    if (!records || records->isEmpty())
        return {};
    QString lines;
    for (const CustodyRecord& r : records.value())
        lines +=
            tr("Signed bundle %1, imported by %2 on %3 after every check passed.<br>SHA-256 "
               "<tt>%4</tt> · <a href=\"custody:%4\">Verification report</a><br>")
                .arg(r.fileName.toHtmlEscaped(), r.importedBy.toHtmlEscaped(),
                     QLocale().toString(r.importedAt.toLocalTime(), QLocale::ShortFormat), r.bundleSha256);
    return section(tr("Chain of custody"), lines);
}

void RequestDetailsPanel::showCustodyReport(const QString& sha256) {
    auto records = m_workspace ? m_workspace->trust().custodyRecords(m_request.id)
                               : Result<QList<CustodyRecord>>(QList<CustodyRecord>());
    if (!records)
        return;
    for (const CustodyRecord& r : records.value())
        if (r.bundleSha256 == sha256) {
            QMessageBox box(QMessageBox::Information, tr("Verification report"),
                            tr("The report made when %1 was imported.").arg(r.fileName), QMessageBox::Close,
                            this);
            box.setDetailedText(QString::fromUtf8(r.report));
            box.exec();
        }
}

void RequestDetailsPanel::showHistory() {
    m_history->setRowCount(0);
    if (!m_workspace || m_request.id.isEmpty())
        return;
    auto entries = m_workspace->requests().history(m_request.id);
    if (!entries)
        return;
    m_history->setRowCount(static_cast<int>(entries->size()));
    for (int i = 0; i < entries->size(); ++i) {
        const AuditEntry& e = entries.value()[i];
        const QStringList cells{QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat), e.user,
                                displayName::auditAction(e.action), e.detail};
        for (int c = 0; c < cells.size(); ++c)
            m_history->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_history->resizeColumnsToContents();
}

void RequestDetailsPanel::approve() {
    if (!m_workspace || m_request.id.isEmpty())
        return;
    const QString id = m_request.id; // the panel may change while the dialog is open
    ApproveDialog dialog(*m_workspace, m_request, this);
    if (dialog.exec() == QDialog::Accepted)
        emit approved(id);
}

} // namespace mladesk
