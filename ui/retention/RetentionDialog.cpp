#include "ui/retention/RetentionDialog.h"

#include "ui/deadlines/DueBucket.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mladesk {

namespace {

QString day(const QDate& date) {
    return QLocale().toString(date, QStringLiteral("ddd yyyy-MM-dd"));
}

} // namespace

QDate RetentionDialog::instrumentEnd(const Request& request, const RetentionRule* rule) {
    if (!rule || rule->defaultDays <= 0)
        return {};
    QDateTime from;
    for (const RequestEvent& event : request.events)
        if ((event.name == QLatin1String("produced") || event.name == QLatin1String("executed")) &&
            (!from.isValid() || event.at > from))
            from = event.at;
    return from.isValid() ? from.toUTC().addDays(rule->defaultDays).date() : QDate();
}

RetentionDialog::RetentionDialog(Mode mode, const Request& request,
                                 const std::optional<RetentionRecord>& current, const RetentionRule* rule,
                                 int attachments, Apply apply, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_apply(std::move(apply))
    , m_reason(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    const QString reference = request.reference.toHtmlEscaped();
    const QDate today = QDate::currentDate();

    if (mode != Mode::Purge) {
        m_date = new QDateEdit(this);
        m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        m_date->setCalendarPopup(true);
        m_date->setAccessibleName(tr("Kept until"));
        m_date->setToolTip(tr("The data are kept until the start of this day (00:00 UTC)."));
    }
    switch (mode) {
    case Mode::Set: {
        setWindowTitle(tr("Set the retention of %1").arg(request.reference));
        QString text = tr("Decide until when the data received under <b>%1</b> are kept.").arg(reference);
        if (current && current->until.isValid())
            text += QStringLiteral("<br>") +
                    tr("They are kept until %1 now: an earlier date shortens that. To keep them longer, "
                       "extend the retention.")
                        .arg(day(current->until.toUTC().date()));
        intro->setText(text);
        // The date edit cannot be empty: one day before today stands for "no date yet".
        m_unset = today.addDays(-1);
        m_date->setMinimumDate(m_unset);
        m_date->setSpecialValueText(tr("Choose a date"));
        m_date->setDate(m_unset);
        form->addRow(tr("&Kept until:"), m_date);
        m_basis = new QComboBox(this);
        m_basis->setAccessibleName(tr("Basis"));
        m_basis->addItem(tr("Case decision"), QStringLiteral("case-decision"));
        const QDate fromInstrument = instrumentEnd(request, rule);
        if (rule && rule->defaultDays > 0) {
            m_basis->addItem(
                rule->article.isEmpty()
                    ? tr("Instrument (%1 days)").arg(rule->defaultDays)
                    : tr("Instrument (%1 days, %2)").arg(QString::number(rule->defaultDays), rule->article),
                QStringLiteral("instrument"));
            m_basis->setCurrentIndex(1);
            if (fromInstrument.isValid())
                m_date->setDate(fromInstrument);
        }
        form->addRow(tr("&Basis:"), m_basis);
        if (!rule || rule->defaultDays <= 0) {
            auto* note = new QLabel(
                rule && !rule->article.isEmpty()
                    ? tr("The instrument sets no retention period (%1): the case decision sets the date.")
                          .arg(rule->article)
                    : tr("The instrument sets no retention period: the case decision sets the date."),
                this);
            note->setWordWrap(true);
            form->addRow(QString(), note);
        } else if (!fromInstrument.isValid()) {
            auto* note = new QLabel(tr("The instrument's period counts from the request's “produced” or "
                                       "“executed” event, which it does not have yet."),
                                    this);
            note->setWordWrap(true);
            form->addRow(QString(), note);
        }
        connect(m_basis, &QComboBox::currentIndexChanged, this, [this, fromInstrument] {
            const bool instrument = m_basis->currentData().toString() == QLatin1String("instrument");
            if (instrument)
                m_date->setDate(fromInstrument.isValid() ? fromInstrument : m_unset);
            m_date->setEnabled(!instrument);
            updateOk();
        });
        m_date->setEnabled(m_basis->currentData().toString() != QLatin1String("instrument"));
        m_article = new QLineEdit(this);
        m_article->setAccessibleName(tr("Article"));
        m_article->setPlaceholderText(tr("e.g. the national provision the decision rests on"));
        form->addRow(tr("Ar&ticle (optional):"), m_article);
        m_reason->setPlaceholderText(tr("The decision in the case: who decided, when, its reference…"));
        form->addRow(tr("&Reason:"), m_reason);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
        break;
    }
    case Mode::Extend: {
        setWindowTitle(tr("Extend the retention of %1").arg(request.reference));
        const QDate end = current ? current->until.toUTC().date() : today;
        intro->setText(tr("The data received under <b>%1</b> are kept until %2. To keep them longer, give a "
                          "later date and the reason.")
                           .arg(reference, day(end)));
        m_unset = end; // a later date is required: the current end stands for "no date yet"
        m_date->setMinimumDate(m_unset);
        m_date->setSpecialValueText(tr("Choose a date after %1").arg(end.toString(Qt::ISODate)));
        m_date->setDate(m_unset);
        form->addRow(tr("&Kept until:"), m_date);
        m_reason->setPlaceholderText(tr("Required: why the data are needed longer"));
        form->addRow(tr("&Reason:"), m_reason);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("E&xtend"));
        break;
    }
    case Mode::Purge: {
        setWindowTitle(tr("Purge the data of %1").arg(request.reference));
        m_warning = new QLabel(this);
        m_warning->setWordWrap(true);
        m_warning->setAccessibleName(tr("What the purge destroys"));
        QString text =
            QStringLiteral("<b>%1</b><ul><li>%2</li><li>%3</li></ul>%4")
                .arg(tr("This destroys the data received under %1. It cannot be undone.").arg(reference),
                     tr("%n attachment(s): their keys are destroyed, so no copy of them, in this register "
                        "or in its backups, can be read again.",
                        nullptr, attachments),
                     tr("The free text of the request (summary, facts, offence, persons, identifiers…) is "
                        "replaced by “[purged]”."),
                     tr("The reference, instrument, states, status, events and dates stay, with the record "
                        "of every retention decision."));
        if (current && current->until.isValid() && QDateTime::currentDateTimeUtc() < current->until)
            text += QStringLiteral("<p>%1</p>")
                        .arg(tr("The retention decided runs until %1: this purge comes before its end.")
                                 .arg(day(current->until.toUTC().date())));
        m_warning->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                               .arg(dueColour(DueBucket::Overdue, palette()).name(), text));
        layout->addWidget(m_warning);
        intro->setVisible(false);
        m_reason->setPlaceholderText(
            tr("Required: for example the end of the retention decided in the case"));
        form->addRow(tr("&Reason:"), m_reason);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Purge"));
        // Enter must not destroy data: Cancel is the default.
        m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
        m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
        break;
    }
    }
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(80);
    m_reason->setAccessibleName(tr("Reason"));
    layout->addLayout(form);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Why it was refused"));
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &RetentionDialog::updateOk);
    if (m_date)
        connect(m_date, &QDateEdit::dateChanged, this, &RetentionDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RetentionDialog::tryApply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
    setMinimumWidth(480);
}

bool RetentionDialog::hasDate() const {
    return m_date && m_date->date() != m_unset;
}

RetentionDecision RetentionDialog::decision() const {
    RetentionDecision d;
    d.reason = m_reason->toPlainText().trimmed();
    if (m_basis)
        d.basis = m_basis->currentData().toString();
    if (m_article)
        d.article = m_article->text().trimmed();
    // The instrument's period is counted in core, from the request's events.
    const bool instrument = d.basis == QLatin1String("instrument");
    if (hasDate() && !instrument)
        d.until = QDateTime(m_date->date(), QTime(0, 0), Qt::UTC);
    return d;
}

void RetentionDialog::updateOk() {
    const bool reason = !m_reason->toPlainText().trimmed().isEmpty();
    bool ok = false;
    switch (m_mode) {
    case Mode::Set:
        ok = hasDate() || m_basis->currentData().toString() == QLatin1String("instrument");
        break;
    case Mode::Extend:
        ok = hasDate() && reason;
        break;
    case Mode::Purge:
        ok = reason;
        break;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void RetentionDialog::tryApply() {
    const Status st = m_apply ? m_apply(decision()) : Status();
    if (st) {
        accept();
        return;
    }
    m_message->setText(st.error().message);
    m_message->setVisible(true);
}

} // namespace mladesk
