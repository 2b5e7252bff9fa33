#include "ui/deadlines/AdjustDeadlineDialog.h"

#include "ui/deadlines/DeadlineText.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace mladesk {

AdjustDeadlineDialog::AdjustDeadlineDialog(const Deadline& deadline, DeadlineAdjustment::Type type,
                                           Apply apply, QWidget* parent)
    : QDialog(parent)
    , m_deadline(deadline)
    , m_type(type)
    , m_apply(std::move(apply))
    , m_at(new QDateTimeEdit(this))
    , m_zone(new QComboBox(this))
    , m_reason(new QPlainTextEdit(this))
    , m_article(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(DeadlineText::adjustmentLabel(type));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("<b>%1</b><br>Due %2")
                       .arg(DeadlineText::kindLabel(deadline.kind, deadline.variant).toHtmlEscaped(),
                            deadline.due.isValid() ? DeadlineText::local(deadline.due).toHtmlEscaped()
                                                   : tr("— clock stopped")),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    QString atLabel;
    switch (type) {
    case DeadlineAdjustment::Type::Extend:
        atLabel = tr("Extended &on:");
        break;
    case DeadlineAdjustment::Type::Stop:
        atLabel = tr("Clock stopped &at:");
        break;
    case DeadlineAdjustment::Type::Restart:
        atLabel = tr("Clock restarted &at:");
        break;
    case DeadlineAdjustment::Type::Earlier:
        atLabel = tr("New due date and &time:");
        break;
    }
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_at->setCalendarPopup(true);
    m_at->setAccessibleName(tr("Date and time"));
    form->addRow(atLabel, m_at);
    m_zone->setAccessibleName(tr("Time zone of the date"));
    m_zone->addItem(tr("Your time (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())),
                    QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    if (!deadline.timeZone.isEmpty() && deadline.timeZone.toUtf8() != QTimeZone::systemTimeZoneId())
        m_zone->addItem(tr("%1's time (%2)").arg(deadline.governingState, deadline.timeZone),
                        deadline.timeZone);
    m_zone->addItem(tr("UTC"), QStringLiteral("UTC"));
    form->addRow(tr("&In:"), m_zone);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime initial =
        type == DeadlineAdjustment::Type::Earlier && deadline.due.isValid()
            ? deadline.due.addDays(-1)
            : QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), Qt::UTC);
    m_at->setDateTime(initial.toLocalTime());
    if (type == DeadlineAdjustment::Type::Extend) {
        m_amount = new QSpinBox(this);
        m_amount->setRange(0, 365);
        m_amount->setSpecialValueText(tr("as the instrument provides"));
        m_amount->setAccessibleName(tr("Extension"));
        form->addRow(tr("&Extension:"), m_amount);
    }
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(80);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(type == DeadlineAdjustment::Type::Earlier
                                     ? tr("Optional: what the other side asked, and when")
                                     : tr("Required: the clarification awaited, the reasons given…"));
    form->addRow(type == DeadlineAdjustment::Type::Earlier ? tr("&Reason (optional):") : tr("&Reason:"),
                 m_reason);
    m_article->setPlaceholderText(tr("e.g. Art. 12(5)"));
    m_article->setAccessibleName(tr("Article"));
    form->addRow(tr("Ar&ticle (optional):"), m_article);
    layout->addLayout(form);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    layout->addWidget(m_buttons);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &AdjustDeadlineDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AdjustDeadlineDialog::tryApply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
    setMinimumWidth(460);
}

DeadlineAdjustment AdjustDeadlineDialog::adjustment() const {
    DeadlineAdjustment a;
    a.kind = m_deadline.kind;
    a.type = m_type;
    const QDateTime typed = m_at->dateTime();
    const QByteArray zone = m_zone->currentData().toString().toUtf8();
    a.at = QDateTime(typed.date(), typed.time(), QTimeZone(zone)).toUTC();
    a.amount = m_amount ? m_amount->value() : 0;
    a.reason = m_reason->toPlainText().trimmed();
    a.article = m_article->text().trimmed();
    return a;
}

QString AdjustDeadlineDialog::periodText(const Period& period) {
    switch (period.unit) {
    case Period::Unit::Hours:
        return tr("%1 hours").arg(period.amount);
    case Period::Unit::Days:
        return tr("%1 days").arg(period.amount);
    case Period::Unit::Weeks:
        return tr("%1 weeks").arg(period.amount);
    case Period::Unit::WorkingDays:
        return tr("%1 working days").arg(period.amount);
    }
    return {};
}

void AdjustDeadlineDialog::setRule(const DeadlineRule& rule) {
    if (!m_amount)
        return;
    const QString unit = rule.period.unit == Period::Unit::Hours         ? tr("hours")
                         : rule.period.unit == Period::Unit::Weeks       ? tr("weeks")
                         : rule.period.unit == Period::Unit::WorkingDays ? tr("working days")
                                                                         : tr("days");
    m_amount->setSuffix(QLatin1Char(' ') + unit);
    if (rule.extension.isValid()) {
        m_amount->setMinimum(0);
        m_amount->setSpecialValueText(
            tr("%1, as the instrument provides (%2)").arg(periodText(rule.extension), rule.extensionArticle));
    } else {
        // Nothing provided: the user says how long, or nothing would change.
        m_amount->setSpecialValueText(QString());
        m_amount->setMinimum(1);
        m_amount->setToolTip(tr("The instrument provides no extension of its own: give its length."));
    }
}

void AdjustDeadlineDialog::updateOk() {
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_type == DeadlineAdjustment::Type::Earlier ||
                     !m_reason->toPlainText().trimmed().isEmpty());
}

void AdjustDeadlineDialog::tryApply() {
    const Status st = m_apply ? m_apply(adjustment()) : Status();
    if (st) {
        accept();
        return;
    }
    m_message->setText(st.error().message);
    m_message->setVisible(true);
}

} // namespace mladesk
