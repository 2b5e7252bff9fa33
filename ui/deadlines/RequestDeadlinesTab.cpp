#include "ui/deadlines/RequestDeadlinesTab.h"

#include "documents/DocumentTranslator.h"
#include "domain/DisplayNames.h"
#include "domain/Instrument.h"
#include "services/ChangeEvents.h"
#include "services/DeadlineService.h"
#include "services/ReferenceService.h"
#include "services/Session.h"
#include "services/Workspace.h"
#include "ui/deadlines/AdjustDeadlineDialog.h"
#include "ui/deadlines/DeadlineText.h"
#include "ui/deadlines/DueBucket.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <optional>

namespace mladesk {

namespace {

bool adjustable(const Deadline& d) {
    return d.kind != QLatin1String("retention-end") && d.kind != QLatin1String("provider-deletion");
}

// An element's label in the UI's language: the document catalogue of that
// language translates the catalogue's labels (scripts/document-strings).
QString elementLabel(const QString& label) {
    static std::optional<DocumentTranslator> words;
    const QString language = displayName::language();
    if (!words || words->language() != language)
        words.emplace(language);
    return words->text(label);
}

QString elementLine(const MissingElement& m) {
    QString line = QStringLiteral("<b>%1</b>").arg(elementLabel(m.label).toHtmlEscaped());
    if (!m.article.isEmpty())
        line += QStringLiteral(" (%1)").arg(m.article.toHtmlEscaped());
    if (!m.message.isEmpty())
        line += QStringLiteral(": %1").arg(m.message.toHtmlEscaped());
    if (!m.verified)
        line += QStringLiteral(" <i>%1</i>").arg(RequestDeadlinesTab::tr("(not verified against the text)"));
    return QStringLiteral("<li>%1</li>").arg(line);
}

} // namespace

RequestDeadlinesTab::RequestDeadlinesTab(QWidget* parent)
    : QWidget(parent)
    , m_completeness(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_trail(new QTextBrowser(this))
    , m_none(new QLabel(this))
    , m_extend(new QPushButton(tr("E&xtend…"), this))
    , m_stop(new QPushButton(tr("S&top clock…"), this))
    , m_restart(new QPushButton(tr("Res&tart clock…"), this))
    , m_earlier(new QPushButton(tr("Earlier &date…"), this)) {
    m_completeness->setWordWrap(true);
    m_completeness->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_completeness->setFrameShape(QFrame::StyledPanel);
    m_completeness->setMargin(6);
    m_completeness->setAccessibleName(tr("Completeness"));
    m_table->setHorizontalHeaderLabels({tr("Deadline"), tr("Due (your time)"), tr("State"),
                                        tr("Governing state's time"), tr("Due (UTC)"), tr("Article")});
    m_table->setAccessibleName(tr("Deadlines of the request"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              4 * m_table->verticalHeader()->defaultSectionSize() + 4);
    m_trail->setAccessibleName(tr("Deadline trail"));
    m_none->setWordWrap(true);
    m_none->setText(tr("<p>No deadlines yet. They start when the request records the event they count "
                       "from (for example <i>received</i> or <i>recognized</i>, under Procedures in the "
                       "editor).</p>"));
    m_extend->setToolTip(tr("Extend the deadline as the instrument allows, with reasons"));
    m_stop->setToolTip(tr("Stop the clock, for example while awaiting a clarification"));
    m_restart->setToolTip(tr("Restart a stopped clock"));
    m_earlier->setToolTip(tr("Record an earlier date asked by the other side"));

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_extend, m_stop, m_restart, m_earlier})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* upper = new QWidget(this);
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_table, 1);
    upperLayout->addWidget(m_none);
    upperLayout->addLayout(buttons);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(upper);
    splitter->addWidget(m_trail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_completeness);
    layout->addWidget(splitter, 1);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        showTrail();
        updateButtons();
    });
    connect(m_extend, &QPushButton::clicked, this, [this] { adjust(DeadlineAdjustment::Type::Extend); });
    connect(m_stop, &QPushButton::clicked, this, [this] { adjust(DeadlineAdjustment::Type::Stop); });
    connect(m_restart, &QPushButton::clicked, this, [this] { adjust(DeadlineAdjustment::Type::Restart); });
    connect(m_earlier, &QPushButton::clicked, this, [this] { adjust(DeadlineAdjustment::Type::Earlier); });
    showRequest({});
}

QString RequestDeadlinesTab::completenessHtml(const QString& instrument,
                                              const QList<MissingElement>& missing) {
    const QString title = instrumentTitle(instrument).isEmpty() ? instrument : instrumentTitle(instrument);
    QString required, advisory;
    for (const MissingElement& m : missing)
        (m.advisory ? advisory : required) += elementLine(m);
    QString html = required.isEmpty()
                       ? tr("<b>Complete for %1</b>: it holds every element the instrument requires.")
                             .arg(title.toHtmlEscaped())
                       : tr("<b>Incomplete for %1</b>: approval and sending are refused until it holds:")
                                 .arg(title.toHtmlEscaped()) +
                             QStringLiteral("<ul>%1</ul>").arg(required);
    if (!advisory.isEmpty())
        html += tr("<br>Where possible, also:") + QStringLiteral("<ul>%1</ul>").arg(advisory);
    return html;
}

void RequestDeadlinesTab::showRequest(const Request& request) {
    m_request = request;
    showCompleteness();
    showDeadlines();
}

void RequestDeadlinesTab::setSession(Workspace* session) {
    disconnect(m_subscription);
    m_workspace = session;
    if (session)
        m_subscription = connect(
            &session->events(), &ChangeEvents::deadlinesChanged, this, [this](const QString& requestId) {
                if (!m_request.id.isEmpty() && (requestId.isEmpty() || requestId == m_request.id))
                    showDeadlines();
            });
}

void RequestDeadlinesTab::showCompleteness() {
    if (m_request.id.isEmpty() || !m_workspace) {
        m_completeness->clear();
        m_completeness->setVisible(false);
        return;
    }
    m_completeness->setVisible(true);
    auto missing = m_workspace->deadlines().completeness(m_request.id);
    if (!missing) {
        m_completeness->setText(missing.error().message.toHtmlEscaped());
        return;
    }
    const bool complete = isComplete(missing.value());
    const QColor colour =
        complete ? palette().color(QPalette::WindowText) : dueColour(DueBucket::Overdue, palette());
    m_completeness->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                                .arg(colour.name(), completenessHtml(m_request.instrument, missing.value())));
}

void RequestDeadlinesTab::showDeadlines() {
    // The same request again (after an adjustment): the same row; another:
    // its first open deadline.
    // (A change re-shows the request; the panel may clear it in between.)
    int previous = m_request.id == m_tableRequestId ? m_lastRow : -1;
    if (!m_request.id.isEmpty())
        m_tableRequestId = m_request.id;
    m_deadlines.clear();
    m_table->setRowCount(0);
    if (!m_request.id.isEmpty() && m_workspace) {
        auto deadlines = m_workspace->deadlines().deadlinesOf(m_request.id);
        if (deadlines)
            m_deadlines = deadlines.value();
        else
            m_none->setText(deadlines.error().message.toHtmlEscaped());
    }
    m_table->setRowCount(int(m_deadlines.size()));
    for (int i = 0; i < m_deadlines.size(); ++i) {
        const Deadline& d = m_deadlines[i];
        const QStringList cells{DeadlineText::kindLabel(d.kind, d.variant),
                                d.due.isValid() ? DeadlineText::local(d.due) : tr("clock stopped"),
                                DeadlineText::stateLabel(d.state),
                                DeadlineText::there(d.due, d.timeZone),
                                DeadlineText::utc(d.due),
                                d.article};
        DueItem asDue;
        asDue.due = d.due;
        asDue.state =
            d.state == Deadline::State::Stopped ? QStringLiteral("stopped") : QStringLiteral("open");
        const DueBucket bucket = dueBucket(asDue, QDateTime::currentDateTimeUtc());
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (d.state == Deadline::State::Open && c == DueLocal && bucket != DueBucket::Later)
                item->setForeground(dueColour(bucket, palette()));
            m_table->setItem(i, c, item);
        }
        if (previous < 0 && (d.state == Deadline::State::Open || d.state == Deadline::State::Stopped))
            previous = i;
    }
    m_table->resizeColumnsToContents();
    m_table->setVisible(!m_deadlines.isEmpty());
    m_none->setVisible(m_deadlines.isEmpty() && !m_request.id.isEmpty());
    if (!m_deadlines.isEmpty())
        m_table->setCurrentCell(qBound(0, previous, int(m_deadlines.size()) - 1), 0);
    showTrail();
    updateButtons();
}

const Deadline* RequestDeadlinesTab::current() const {
    const int row = m_table->currentRow();
    return row >= 0 && row < m_deadlines.size() ? &m_deadlines[row] : nullptr;
}

void RequestDeadlinesTab::showTrail() {
    const Deadline* d = current();
    if (d)
        m_lastRow = m_table->currentRow();
    if (d)
        m_trail->setHtml(DeadlineText::trailHtml(*d, QString()));
    else
        m_trail->clear();
}

void RequestDeadlinesTab::updateButtons() {
    const Deadline* d = current();
    const bool may = d && m_workspace && m_workspace->session().can(Action::ChangeStatus) && adjustable(*d);
    const bool open = may && d->state == Deadline::State::Open;
    m_extend->setEnabled(open);
    m_stop->setEnabled(open);
    m_earlier->setEnabled(open);
    m_restart->setEnabled(may && d->state == Deadline::State::Stopped);
    for (QPushButton* b : {m_extend, m_stop, m_restart, m_earlier})
        b->setVisible(m_workspace && m_workspace->session().can(Action::ChangeStatus));
}

void RequestDeadlinesTab::adjust(DeadlineAdjustment::Type type) {
    const Deadline* d = current();
    if (!d || !m_workspace)
        return;
    const QString requestId = m_request.id;
    Workspace* session = m_workspace;
    // The rule tells the period's unit and the extension the instrument provides.
    std::optional<DeadlineRule> rule;
    if (auto catalogue = m_workspace->references().catalogue())
        if (const InstrumentRules* instrument = catalogue->instrument(d->instrument))
            for (const DeadlineRule& r : instrument->deadlines)
                if (r.kind == d->kind && r.variant == d->variant)
                    rule = r;
    AdjustDeadlineDialog dialog(
        *d, type,
        [session, requestId](const DeadlineAdjustment& a) {
            return session->deadlines().adjust(requestId, a);
        },
        this);
    if (rule)
        dialog.setRule(*rule);
    if (dialog.exec() != QDialog::Accepted)
        return; // shown again on the service's deadlinesChanged
    emit adjusted(requestId);
}

} // namespace mladesk
