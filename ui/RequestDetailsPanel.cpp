#include "RequestDetailsPanel.h"

#include "domain/Instrument.h"
#include "domain/RequestWorkflow.h"
#include "storage/Database.h"
#include "storage/ReferenceRepositories.h"
#include "storage/Register.h"
#include "storage/RequestRepository.h"
#include "ui/RequestListModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace mladesk {

namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
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
    , m_text(new QTextBrowser(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_title, 1);
    top->addWidget(m_edit);
    top->addWidget(m_status);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
    m_text->setOpenLinks(false);
    m_text->setAccessibleName(tr("Request details"));
    m_status->setMenu(new QMenu(m_status));
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_request.id); });
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("request"))
            emit requestLinkActivated(url.path());
        else if (url.scheme() == QLatin1String("case"))
            emit caseLinkActivated(url.path());
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
        identifiers << QStringLiteral("%1: <tt>%2</tt>").arg(esc(i.kind), esc(i.value));
    html += section(tr("Identifiers"), identifiers.join(QStringLiteral("<br>")));
    QStringList ranges;
    for (const DateRange& d : r.dateRanges)
        ranges << QStringLiteral("%1 – %2").arg(d.from.toString(Qt::ISODate), d.to.toString(Qt::ISODate));
    html += section(tr("Period"), ranges.join(QStringLiteral("<br>")));
    html += section(tr("Data categories"), esc(r.dataCategories.join(QStringLiteral(", "))));
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
    m_request = Request();
    m_status->menu()->clear();
    if (!id.isEmpty() && m_register && m_register->isUnlocked()) {
        auto found = RequestRepository(m_register->database()).find(id);
        if (found)
            m_request = found.value();
    }
    const bool has = !m_request.id.isEmpty();
    m_edit->setEnabled(has);
    m_status->setEnabled(has);
    if (!has) {
        m_title->setText(tr("<b>No request selected</b>"));
        m_text->setHtml(
            tr("<p>Select a request in the list to see it here.</p><p>Press <b>Ctrl+N</b> for a new "
               "request, <b>Ctrl+F</b> to search.</p>"));
        return;
    }
    m_title->setText(QStringLiteral("<b>%1</b><br>%2").arg(esc(m_request.reference), esc(m_request.summary)));
    QString caseLine;
    Database& db = m_register->database();
    if (!m_request.caseId.isEmpty()) {
        auto kase = CaseRepository(db).find(m_request.caseId);
        if (kase)
            caseLine = QStringLiteral("<a href=\"case:%1\">%2</a> — %3")
                           .arg(kase->id, esc(kase->reference), esc(kase->title));
    }
    QList<std::pair<QString, QString>> links;
    for (const RequestLink& link : m_request.links) {
        auto target = RequestRepository(db).find(link.toId);
        links.append(
            {link.toId, QStringLiteral("%1 (%2)").arg(target ? target->reference : link.toId, link.kind)});
    }
    m_text->setHtml(toHtml(m_request, caseLine, links));
    const QStringList next = RequestWorkflow::allowedNext(m_request.direction, m_request.status);
    for (const QString& status : next) {
        QAction* action =
            m_status->menu()->addAction(tr("Move to “%1”").arg(RequestListModel::statusLabel(status)));
        // Queued: the change rebuilds this menu, which must not happen inside its own action.
        connect(
            action, &QAction::triggered, this,
            [this, status] { emit statusChangeRequested(m_request.id, status); }, Qt::QueuedConnection);
    }
    m_status->setEnabled(!next.isEmpty());
    m_status->setToolTip(next.isEmpty() ? tr("A closed request has no further status.") : QString());
}

} // namespace mladesk
