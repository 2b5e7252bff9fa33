#include "ui/cases/StateProfileDialog.h"

#include "domain/Instrument.h"
#include "rules/HolidayCalendar.h"
#include "rules/HolidayRuleText.h"
#include "services/ReferenceService.h"
#include "services/Workspace.h"
#include "ui/widgets/EditableTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace mladesk {

namespace {

QStringList splitList(const QString& text) {
    QStringList items;
    for (const QString& item : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        items << item.trimmed();
    return items;
}

QString observedText(HolidayRule::Observed observed) {
    switch (observed) {
    case HolidayRule::Observed::NextWeekday:
        return QStringLiteral("next-weekday");
    case HolidayRule::Observed::NearestWeekday:
        return QStringLiteral("nearest-weekday");
    case HolidayRule::Observed::No:
        break;
    }
    return {};
}

QLineEdit* line(const QString& value, const QString& accessibleName, QWidget* parent) {
    auto* edit = new QLineEdit(value, parent);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

StateProfileDialog::StateProfileDialog(Workspace& session, const StateProfile& profile, QWidget* parent)
    : QDialog(parent)
    , m_workspace(session)
    , m_profile(profile) {
    setWindowTitle(tr("State profile: %1 (%2)").arg(profile.name, profile.code));
    auto* layout = new QVBoxLayout(this);
    auto* origin =
        new QLabel(profile.edited ? tr("Edited in this register; the shipped version can be restored.")
                                  : tr("As shipped with MLA Desk."),
                   this);
    layout->addWidget(origin);
    const QString unverified = unverifiedText();
    if (!unverified.isEmpty()) {
        auto* warning = new QLabel(unverified, this);
        warning->setWordWrap(true);
        warning->setAccessibleName(tr("Unverified data"));
        warning->setStyleSheet(QStringLiteral("QLabel { border: 1px solid palette(mid); padding: 6px; }"));
        layout->addWidget(warning);
    }
    auto* tabs = new QTabWidget(this);
    tabs->addTab(generalPage(), tr("&General and languages"));
    tabs->addTab(contactsPage(), tr("&Contacts and reservations"));
    tabs->addTab(holidaysPage(), tr("&Public holidays"));
    layout->addWidget(tabs);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setVisible(false);
    m_problems->setAccessibleName(tr("Problems"));
    layout->addWidget(m_problems);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* reset = buttons->addButton(tr("&Restore shipped version"), QDialogButtonBox::ResetRole);
    reset->setEnabled(profile.edited);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &StateProfileDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(reset, &QPushButton::clicked, this, &StateProfileDialog::resetToShipped);
    resize(760, 620);
}

QString StateProfileDialog::unverifiedText() const {
    QStringList parts;
    if (!m_profile.languagesVerified)
        parts << tr("accepted languages");
    if (!m_profile.instrumentsVerified)
        parts << tr("instruments in force");
    if (m_profile.hasHolidayCalendar && !m_profile.holidaysVerified)
        parts << tr("public holidays");
    if (!m_profile.centralAuthority.isEmpty() && !m_profile.centralAuthority.verified)
        parts << tr("central authority");
    if (!m_profile.contact24x7.isEmpty() && !m_profile.contact24x7.verified)
        parts << tr("24/7 contact");
    QString text;
    if (!parts.isEmpty())
        text = tr("Unverified: %1. These could not be confirmed from an official source; check them before "
                  "relying on them.")
                   .arg(parts.join(QStringLiteral(", ")));
    if (!m_profile.hasHolidayCalendar)
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) +
                tr("No public holidays are known for this state: deadlines roll over weekends only.");
    return text;
}

QWidget* StateProfileDialog::generalPage() {
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_name = line(m_profile.name, tr("Name"), page);
    form->addRow(tr("&Name:"), m_name);
    m_timeZone = new QComboBox(page);
    m_timeZone->setEditable(true);
    m_timeZone->setAccessibleName(tr("Time zone"));
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id));
    m_timeZone->setCurrentText(m_profile.timeZone);
    form->addRow(tr("&Time zone:"), m_timeZone);
    m_officialLanguages =
        line(m_profile.officialLanguages.join(QStringLiteral(", ")), tr("Official languages"), page);
    form->addRow(tr("&Official languages:"), m_officialLanguages);
    m_rollover = new QCheckBox(tr("National law rolls every period over weekends and public holidays"), page);
    m_rollover->setChecked(m_profile.periodRule == QLatin1String("eu-1182-71"));
    form->addRow(QString(), m_rollover);
    m_languages = new EditableTable({tr("Instrument"), tr("Languages accepted, preferred first")},
                                    tr("Languages accepted"), page);
    QStringList instruments{QStringLiteral("default")};
    for (const InstrumentKey& key : instrumentKeys())
        instruments << key.key;
    m_languages->setChoices(0, instruments);
    QList<QStringList> rows;
    for (auto it = m_profile.languages.begin(); it != m_profile.languages.end(); ++it)
        rows.append({it.key(), it.value().join(QStringLiteral(", "))});
    m_languages->setRows(rows);
    form->addRow(tr("&Languages:"), m_languages);
    auto* hint =
        new QLabel(tr("\"default\" applies to every instrument not listed (EIO Art. 5(2), UNTOC Art. "
                      "18(14) declarations). The first language is the default document language."),
                   page);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    if (!m_profile.languagesNote.isEmpty()) {
        auto* note = new QLabel(m_profile.languagesNote, page);
        note->setWordWrap(true);
        form->addRow(tr("Note:"), note);
    }
    return page;
}

QWidget* StateProfileDialog::contactsPage() {
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    const ContactPoint& central = m_profile.centralAuthority;
    m_centralName = line(central.name, tr("Central authority"), page);
    m_centralAddress = line(central.address, tr("Central authority address"), page);
    m_centralEmail = line(central.email, tr("Central authority e-mail"), page);
    m_centralPhone = line(central.phone, tr("Central authority phone"), page);
    form->addRow(tr("Central &authority:"), m_centralName);
    form->addRow(tr("Address:"), m_centralAddress);
    form->addRow(tr("E-mail:"), m_centralEmail);
    form->addRow(tr("Phone:"), m_centralPhone);
    const ContactPoint& contact = m_profile.contact24x7;
    m_contactName = line(contact.name, tr("24/7 contact point"), page);
    m_contactEmail = line(contact.email, tr("24/7 contact e-mail"), page);
    m_contactPhone = line(contact.phone, tr("24/7 contact phone"), page);
    form->addRow(tr("&24/7 contact point:"), m_contactName);
    form->addRow(tr("E-mail:"), m_contactEmail);
    form->addRow(tr("Phone:"), m_contactPhone);
    m_reservations =
        new EditableTable({tr("Instrument"), tr("Article"), tr("Reservation or declaration"), tr("Source")},
                          tr("Reservations"), page);
    QStringList instruments;
    for (const InstrumentKey& key : instrumentKeys())
        instruments << key.key;
    m_reservations->setChoices(0, instruments);
    QList<QStringList> rows;
    for (const Reservation& r : m_profile.reservations)
        rows.append({r.instrument, r.article, r.text, r.source});
    m_reservations->setRows(rows);
    form->addRow(tr("&Reservations:"), m_reservations);
    return page;
}

QWidget* StateProfileDialog::holidaysPage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* hint =
        new QLabel(tr("Write a rule as a date (12-25), a day relative to Easter (Easter+1, Easter-2, "
                      "Orthodox Easter+1) or a weekday of a month (4th Thu Nov, last Mon May). "
                      "Observed: next-weekday or nearest-weekday for substitute days."),
                   page);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_holidays =
        new EditableTable({tr("Name"), tr("Rule"), tr("Observed"), tr("From year"), tr("Until year")},
                          tr("Public holidays"), page);
    m_holidays->setChoices(2, {QString(), QStringLiteral("next-weekday"), QStringLiteral("nearest-weekday")});
    QList<QStringList> rows;
    for (const HolidayRule& h : m_profile.holidays)
        rows.append({h.name, holidayRuleText(h), observedText(h.observed),
                     h.fromYear ? QString::number(h.fromYear) : QString(),
                     h.toYear ? QString::number(h.toYear) : QString()});
    m_holidays->setRows(rows);
    layout->addWidget(m_holidays, 2);
    if (!m_profile.holidaysNote.isEmpty()) {
        auto* note = new QLabel(m_profile.holidaysNote, page);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto* yearRow = new QHBoxLayout;
    yearRow->addWidget(new QLabel(tr("Public holidays in"), page));
    m_year = new QSpinBox(page);
    m_year->setRange(1990, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_year->setAccessibleName(tr("Year"));
    yearRow->addWidget(m_year);
    yearRow->addStretch();
    layout->addLayout(yearRow);
    m_holidayDates = new QListWidget(page);
    m_holidayDates->setAccessibleName(tr("Public holidays of the year"));
    layout->addWidget(m_holidayDates, 1);
    connect(m_year, &QSpinBox::valueChanged, this, &StateProfileDialog::showHolidays);
    connect(m_holidays, &EditableTable::edited, this, &StateProfileDialog::showHolidays);
    showHolidays();
    return page;
}

bool StateProfileDialog::read(StateProfile* profile, QStringList* problems) const {
    *profile = m_profile;
    profile->name = m_name->text().trimmed();
    profile->timeZone = m_timeZone->currentText().trimmed();
    profile->officialLanguages = splitList(m_officialLanguages->text());
    profile->periodRule = m_rollover->isChecked() ? QStringLiteral("eu-1182-71") : QString();
    profile->languages.clear();
    for (const QStringList& row : m_languages->rows())
        profile->languages.insert(row.value(0).trimmed(), splitList(row.value(1)));
    profile->centralAuthority.name = m_centralName->text().trimmed();
    profile->centralAuthority.address = m_centralAddress->text().trimmed();
    profile->centralAuthority.email = m_centralEmail->text().trimmed();
    profile->centralAuthority.phone = m_centralPhone->text().trimmed();
    profile->contact24x7.name = m_contactName->text().trimmed();
    profile->contact24x7.email = m_contactEmail->text().trimmed();
    profile->contact24x7.phone = m_contactPhone->text().trimmed();
    profile->reservations.clear();
    for (const QStringList& row : m_reservations->rows())
        profile->reservations.append({row.value(0), row.value(1), row.value(2), row.value(3), false});
    profile->holidays.clear();
    const QList<QStringList> rows = m_holidays->rows();
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList& row = rows[i];
        HolidayRule rule;
        rule.name = row.value(0).trimmed();
        if (rule.name.isEmpty())
            *problems << tr("Holiday %1: give it a name.").arg(i + 1);
        if (auto st = parseHolidayRule(row.value(1), &rule); !st)
            *problems << tr("Holiday %1: %2").arg(i + 1).arg(st.error().message);
        const QString observed = row.value(2).trimmed();
        rule.observed = observed == QLatin1String("next-weekday")      ? HolidayRule::Observed::NextWeekday
                        : observed == QLatin1String("nearest-weekday") ? HolidayRule::Observed::NearestWeekday
                                                                       : HolidayRule::Observed::No;
        rule.fromYear = row.value(3).toInt();
        rule.toYear = row.value(4).toInt();
        profile->holidays.append(rule);
    }
    profile->hasHolidayCalendar = m_profile.hasHolidayCalendar || !profile->holidays.isEmpty();
    return problems->isEmpty();
}

void StateProfileDialog::showHolidays() {
    m_holidayDates->clear();
    StateProfile profile;
    QStringList problems;
    read(&profile, &problems);
    const HolidayCalendar calendar(profile);
    auto days = calendar.holidaysOf(m_year->value()).asKeyValueRange();
    QList<std::pair<QDate, QString>> sorted(days.begin(), days.end());
    std::sort(sorted.begin(), sorted.end());
    for (const auto& [date, name] : sorted)
        m_holidayDates->addItem(QLocale().toString(date, QLocale::LongFormat) + QStringLiteral(" — ") + name);
    if (sorted.isEmpty())
        m_holidayDates->addItem(tr("No public holidays: only weekends are taken into account."));
}

void StateProfileDialog::save() {
    StateProfile profile;
    QStringList problems;
    if (read(&profile, &problems)) {
        if (const Status st = m_workspace.references().saveStateProfile(profile); st) {
            accept();
            return;
        } else {
            problems << st.error().message;
        }
    }
    m_problems->setText(tr("Not saved.") + QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
    m_problems->setVisible(true);
}

void StateProfileDialog::resetToShipped() {
    if (QMessageBox::question(this, windowTitle(),
                              tr("Restore the shipped profile of %1? Your changes to it are discarded and "
                                 "deadlines counted in %1 are recomputed.")
                                  .arg(m_profile.name)) != QMessageBox::Yes)
        return;
    if (const Status st = m_workspace.references().resetStateProfile(m_profile.code); !st) {
        m_problems->setText(st.error().message);
        m_problems->setVisible(true);
        return;
    }
    accept();
}

} // namespace mladesk
