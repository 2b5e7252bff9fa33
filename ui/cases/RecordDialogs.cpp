#include "ui/cases/RecordDialogs.h"

#include "domain/Validation.h"
#include "services/ReferenceService.h"
#include "services/Workspace.h"
#include "ui/widgets/StatePicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace mladesk {

namespace {
QStringList commaList(const QLineEdit* edit) {
    QStringList items;
    for (const QString& item : edit->text().split(QRegularExpression(QStringLiteral("[,;]"))))
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    return items;
}
} // namespace

RecordDialog::RecordDialog(const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_form(new QFormLayout) {
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    setMinimumWidth(480);
}

QLineEdit* RecordDialog::addLine(const QString& label, const QString& value, const QString& accessibleName) {
    auto* edit = new QLineEdit(value, this);
    edit->setAccessibleName(accessibleName);
    m_form->addRow(label, edit);
    return edit;
}

void RecordDialog::finish() {
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setVisible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    static_cast<QVBoxLayout*>(layout())->addWidget(m_problems);
    static_cast<QVBoxLayout*>(layout())->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool RecordDialog::showProblems(const QList<FieldProblem>& problems, const QString& error) {
    QStringList lines;
    for (const FieldProblem& p : problems)
        lines << QStringLiteral("%1: %2").arg(p.field, p.message);
    if (!error.isEmpty())
        lines << error;
    m_problems->setText(tr("Not saved.") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
    return lines.isEmpty();
}

CaseDialog::CaseDialog(Workspace& session, const Case& kase, bool isNew, QWidget* parent)
    : RecordDialog(isNew ? tr("New case") : tr("Edit case %1").arg(kase.reference), parent)
    , m_workspace(session)
    , m_case(kase)
    , m_isNew(isNew) {
    m_reference = addLine(tr("National &reference:"), kase.reference, tr("National reference"));
    m_title = addLine(tr("&Title:"), kase.title, tr("Title"));
    m_offences =
        addLine(tr("&Offences (comma-separated):"), kase.offences.join(QStringLiteral(", ")), tr("Offences"));
    m_prosecutor = addLine(tr("Responsible &prosecutor:"), kase.prosecutor, tr("Responsible prosecutor"));
    finish();
}

Case CaseDialog::value() const {
    Case c = m_case;
    c.reference = m_reference->text().trimmed();
    c.title = m_title->text().trimmed();
    c.offences = commaList(m_offences);
    c.prosecutor = m_prosecutor->text().trimmed();
    return c;
}

bool CaseDialog::save() {
    const Case c = value();
    if (!showProblems(validateCase(c)))
        return false;
    const Status st = m_workspace.references().saveCase(c, m_isNew);
    return showProblems({}, st ? QString() : st.error().message);
}

StateDialog::StateDialog(Workspace& session, const State& state, bool isNew, QWidget* parent)
    : RecordDialog(isNew ? tr("New state") : tr("Edit %1").arg(state.name), parent)
    , m_workspace(session) {
    m_code = addLine(tr("ISO 3166 &code:"), state.code, tr("Country code"));
    m_code->setReadOnly(!isNew);
    m_name = addLine(tr("&Name:"), state.name, tr("Name"));
    m_languages = addLine(tr("&Languages accepted (ISO 639-1, comma-separated):"),
                          state.languages.join(QStringLiteral(", ")), tr("Languages accepted"));
    m_timeZone = addLine(tr("&Time zone (IANA):"), state.timeZone, tr("Time zone"));
    m_contact = addLine(tr("Central authority &contact:"), state.contact, tr("Central authority contact"));
    finish();
}

bool StateDialog::save() {
    State s{m_code->text().trimmed().toUpper(), m_name->text().trimmed(), commaList(m_languages),
            m_timeZone->text().trimmed(), m_contact->text().trimmed()};
    if (!showProblems(validateState(s)))
        return false;
    const Status st = m_workspace.references().saveState(s);
    return showProblems({}, st ? QString() : st.error().message);
}

AuthorityDialog::AuthorityDialog(Workspace& session, const Authority& authority, bool isNew, QWidget* parent)
    : RecordDialog(isNew ? tr("New authority") : tr("Edit %1").arg(authority.name), parent)
    , m_workspace(session)
    , m_authority(authority)
    , m_isNew(isNew) {
    m_name = addLine(tr("&Name:"), authority.name, tr("Name"));
    m_kind = new QComboBox(this);
    for (const QString& kind : authorityKinds())
        m_kind->addItem(kind, kind);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(authority.kind)));
    m_kind->setAccessibleName(tr("Kind"));
    m_form->addRow(tr("&Kind:"), m_kind);
    m_state = new QComboBox(this);
    if (auto states = session.references().states())
        statePicker::fill(m_state, states.value(), true);
    statePicker::select(m_state, authority.state);
    m_state->setAccessibleName(tr("State"));
    m_form->addRow(tr("&State:"), m_state);
    m_languages = addLine(tr("&Languages (ISO 639-1, comma-separated):"),
                          authority.languages.join(QStringLiteral(", ")), tr("Languages"));
    m_timeZone = addLine(tr("&Time zone (IANA):"), authority.timeZone, tr("Time zone"));
    m_email = addLine(tr("&E-mail:"), authority.email, tr("E-mail"));
    m_phone = addLine(tr("&Phone:"), authority.phone, tr("Phone"));
    m_address = addLine(tr("&Address:"), authority.address, tr("Address"));
    finish();
}

bool AuthorityDialog::save() {
    Authority a = m_authority;
    a.name = m_name->text().trimmed();
    a.kind = m_kind->currentData().toString();
    a.state = statePicker::code(m_state);
    a.languages = commaList(m_languages);
    a.timeZone = m_timeZone->text().trimmed();
    a.email = m_email->text().trimmed();
    a.phone = m_phone->text().trimmed();
    a.address = m_address->text().trimmed();
    if (!showProblems(validateAuthority(a)))
        return false;
    const Status st = m_workspace.references().saveAuthority(a, m_isNew);
    return showProblems({}, st ? QString() : st.error().message);
}

} // namespace mladesk
