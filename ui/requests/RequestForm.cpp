#include "ui/requests/RequestForm.h"

#include "common/UtcText.h"
#include "domain/Deadline.h"
#include "domain/DisplayNames.h"
#include "domain/Instrument.h"
#include "interchange/EntityJson.h"
#include "rules/Catalogue.h"
#include "rules/Completeness.h"
#include "services/ReferenceService.h"
#include "services/RequestService.h"
#include "services/Workspace.h"
#include "ui/requests/RequestListModel.h"
#include "ui/widgets/EditableTable.h"
#include "ui/widgets/StatePicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTableWidget>

namespace mladesk {

namespace {

QPlainTextEdit* textArea(QWidget* parent, const QString& accessibleName, const QString& placeholder) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setMinimumHeight(80);
    return edit;
}

QLineEdit* line(QWidget* parent, const QString& accessibleName) {
    auto* edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    return edit;
}

void select(QComboBox* box, const QString& data) {
    box->setCurrentIndex(qMax(0, box->findData(data)));
}

QStringList lines(const QPlainTextEdit* edit) {
    QStringList result;
    for (const QString& l : edit->toPlainText().split(QLatin1Char('\n')))
        if (!l.trimmed().isEmpty())
            result << l.trimmed();
    return result;
}

} // namespace

RequestForm::RequestForm(Workspace& workspace, QWidget* parent)
    : QTabWidget(parent)
    , m_workspace(workspace) {
    // Parties
    auto* parties = new QWidget(this);
    auto* partiesForm = new QFormLayout(parties);
    m_summary = line(parties, tr("Subject"));
    m_summary->setPlaceholderText(tr("A subject line, e.g. \"Phishing: subscriber data of the sender\""));
    m_instrument = new QComboBox(parties);
    for (const InstrumentKey& i : instrumentKeys())
        m_instrument->addItem(
            QStringLiteral("%1 — %2").arg(displayName::instrument(i.key), instrumentTitle(i.key)), i.key);
    // Long titles ("Budapest art. 30 — Divulgation rapide de données…") must
    // not widen the form past the dialog: the combo shows what fits.
    m_instrument->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_instrument->setMinimumContentsLength(40);
    m_urgency = new QComboBox(parties);
    for (const QString& u : urgencies())
        m_urgency->addItem(RequestListModel::urgencyLabel(u), u);
    m_case = new QComboBox(parties);
    {
        // Built as one column: adding tens of thousands of cases one by one
        // to a combo box takes seconds.
        QList<QStandardItem*> items;
        auto* none = new QStandardItem(tr("(no case)"));
        none->setData(QString(), Qt::UserRole);
        items << none;
        if (auto cases = workspace.references().cases()) {
            for (const Case& c : cases.value()) {
                auto* item = new QStandardItem(QStringLiteral("%1 — %2").arg(c.reference, c.title));
                item->setData(c.id, Qt::UserRole);
                items << item;
            }
        }
        auto* model = new QStandardItemModel(m_case);
        model->appendColumn(items);
        m_case->setModel(model);
        m_case->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_case->setMinimumContentsLength(40);
        m_case->setMaxVisibleItems(20);
    }
    m_requestingState = new QComboBox(parties);
    m_requestingState->setAccessibleName(tr("Requesting state"));
    m_requestedState = new QComboBox(parties);
    m_requestedState->setAccessibleName(tr("Requested state"));
    if (auto states = workspace.references().states())
        for (QComboBox* box : {m_requestingState, m_requestedState})
            statePicker::fill(box, states.value(), true);
    m_requestingAuthority = new QComboBox(parties);
    m_requestedAuthority = new QComboBox(parties);
    m_serviceProvider = line(parties, tr("Service provider"));
    m_serviceProvider->setPlaceholderText(
        tr("For orders addressed to a provider directly (EPOC, 2AP Art. 7, CLOUD Act)"));
    partiesForm->addRow(tr("S&ubject:"), m_summary);
    partiesForm->addRow(tr("&Instrument:"), m_instrument);
    partiesForm->addRow(tr("U&rgency:"), m_urgency);
    m_optionsRow = new QWidget(parties);
    auto* optionsRow = new QHBoxLayout(m_optionsRow);
    optionsRow->setContentsMargins(0, 0, 0, 0);
    for (const QString& option : requestOptions()) {
        auto* box = new QCheckBox(displayName::requestOption(option), m_optionsRow);
        m_options.insert(option, box);
        optionsRow->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &RequestForm::edited);
        connect(box, &QCheckBox::toggled, this, &RequestForm::showOptionsOfInstrument);
    }
    optionsRow->addStretch();
    partiesForm->addRow(tr("The request states:"), m_optionsRow);
    connect(m_instrument, &QComboBox::currentIndexChanged, this, &RequestForm::showOptionsOfInstrument);
    showOptionsOfInstrument();
    partiesForm->addRow(tr("&Case:"), m_case);
    partiesForm->addRow(tr("Requesting s&tate:"), m_requestingState);
    partiesForm->addRow(tr("Requesting &authority:"), m_requestingAuthority);
    partiesForm->addRow(tr("Requested st&ate:"), m_requestedState);
    partiesForm->addRow(tr("Requested a&uthority:"), m_requestedAuthority);
    partiesForm->addRow(tr("Service &provider:"), m_serviceProvider);
    addTab(page(tr("Parties"), parties), tr("&Parties"));

    // Legal basis and measures
    auto* legal = new QWidget(this);
    auto* legalForm = new QFormLayout(legal);
    m_measures = textArea(legal, tr("Measures sought"), tr("One measure per line"));
    m_legalQualification = line(legal, tr("Legal qualification"));
    m_legalQualification->setPlaceholderText(tr("The provisions of law that apply, e.g. § 263a StGB"));
    legalForm->addRow(tr("&Measures sought:"), m_measures);
    legalForm->addRow(tr("&Legal qualification:"), m_legalQualification);
    addTab(page(tr("Legal basis and measures"), legal), tr("&Legal basis"));

    // Facts and offence
    auto* facts = new QWidget(this);
    auto* factsForm = new QFormLayout(facts);
    m_offence = line(facts, tr("Offence"));
    m_facts = textArea(facts, tr("Summary of the facts"),
                       tr("What happened, when, where, and how the data sought relates to it"));
    m_facts->setMinimumHeight(200);
    factsForm->addRow(tr("&Offence:"), m_offence);
    factsForm->addRow(tr("Summary of the &facts:"), m_facts);
    addTab(page(tr("Facts and offence"), facts), tr("&Facts"));

    // Data sought
    auto* data = new QWidget(this);
    auto* dataForm = new QFormLayout(data);
    m_assistance = textArea(data, tr("Assistance or data sought"), QString());
    m_identifiers = new EditableTable({tr("Kind"), tr("Value")}, tr("Identifiers"), data);
    m_identifiers->setChoices(0, identifierKinds(), &displayName::identifierKind);
    m_dateRanges = new EditableTable({tr("From (YYYY-MM-DD)"), tr("To (YYYY-MM-DD)")}, tr("Periods"), data);
    auto* categories = new QWidget(data);
    auto* categoriesRow = new QHBoxLayout(categories);
    categoriesRow->setContentsMargins(0, 0, 0, 0);
    for (const QString& c : dataCategories()) {
        auto* box = new QCheckBox(displayName::dataCategory(c), categories);
        m_categories.insert(c, box);
        categoriesRow->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &RequestForm::edited);
    }
    categoriesRow->addStretch();
    dataForm->addRow(tr("Assistance or data &sought:"), m_assistance);
    dataForm->addRow(tr("&Identifiers:"), m_identifiers);
    dataForm->addRow(tr("Pe&riods:"), m_dateRanges);
    dataForm->addRow(tr("Data categories:"), categories);
    addTab(page(tr("Data sought"), data), tr("&Data sought"));

    // Justification
    auto* justification = new QWidget(this);
    auto* justificationForm = new QFormLayout(justification);
    m_necessity = textArea(justification, tr("Necessity and proportionality"),
                           tr("Why the measure is necessary and proportionate to the offence"));
    m_purpose = textArea(justification, tr("Purpose"), tr("What the evidence will be used for"));
    justificationForm->addRow(tr("&Necessity and proportionality:"), m_necessity);
    justificationForm->addRow(tr("P&urpose:"), m_purpose);
    addTab(page(tr("Justification"), justification), tr("&Justification"));

    // Persons
    m_persons = new EditableTable(
        {tr("Name"), tr("Role"), tr("Born (YYYY-MM-DD)"), tr("Nationality"), tr("Location")},
        tr("Persons concerned"), this);
    m_persons->setChoices(1, personRoles(), &displayName::personRole);
    addTab(page(tr("Persons concerned"), m_persons), tr("P&ersons"));

    // Procedures and links
    auto* procedures = new QWidget(this);
    auto* proceduresForm = new QFormLayout(procedures);
    m_procedures =
        textArea(procedures, tr("Procedures requested"), tr("Formalities and procedures to follow"));
    m_links = new EditableTable({tr("Request reference"), tr("Kind")}, tr("Related requests"), procedures);
    m_links->setChoices(1, linkKinds(), &displayName::linkKind);
    proceduresForm->addRow(tr("Pr&ocedures requested:"), m_procedures);
    proceduresForm->addRow(tr("Related re&quests:"), m_links);
    m_events =
        new EditableTable({tr("Event"), tr("When (YYYY-MM-DD HH:MM, your time, or ending in Z for UTC)")},
                          tr("Events"), procedures);
    m_events->setChoices(0, knownEventNames(),
                         &displayName::event); // the words deadlines count from (docs/catalogue.md)
    proceduresForm->addRow(tr("E&vents:"), m_events);
    addTab(page(tr("Procedures and links"), procedures), tr("Pr&ocedures"));

    m_fields = {{QStringLiteral("summary"), m_summary},
                {QStringLiteral("instrument"), m_instrument},
                {QStringLiteral("urgency"), m_urgency},
                {QStringLiteral("case_id"), m_case},
                {QStringLiteral("requesting_state"), m_requestingState},
                {QStringLiteral("requesting_authority_id"), m_requestingAuthority},
                {QStringLiteral("requested_state"), m_requestedState},
                {QStringLiteral("requested_authority_id"), m_requestedAuthority},
                {QStringLiteral("service_provider"), m_serviceProvider},
                {QStringLiteral("measures"), m_measures},
                {QStringLiteral("legal_qualification"), m_legalQualification},
                {QStringLiteral("offence"), m_offence},
                {QStringLiteral("facts"), m_facts},
                {QStringLiteral("assistance_sought"), m_assistance},
                {QStringLiteral("identifiers"), m_identifiers->table()},
                {QStringLiteral("date_ranges"), m_dateRanges->table()},
                {QStringLiteral("data_categories"), m_categories.value(QStringLiteral("subscriber"))},
                {QStringLiteral("necessity"), m_necessity},
                {QStringLiteral("purpose"), m_purpose},
                {QStringLiteral("persons"), m_persons->table()},
                {QStringLiteral("procedures"), m_procedures},
                {QStringLiteral("links"), m_links->table()},
                {QStringLiteral("events"), m_events->table()}};

    for (QLineEdit* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textEdited, this, &RequestForm::edited);
    for (QPlainTextEdit* edit : findChildren<QPlainTextEdit*>())
        connect(edit, &QPlainTextEdit::textChanged, this, &RequestForm::edited);
    for (QComboBox* box : {m_instrument, m_urgency, m_case, m_requestingAuthority, m_requestedAuthority})
        connect(box, &QComboBox::activated, this, &RequestForm::edited);
    for (auto [state, authority] : {std::pair{m_requestingState, m_requestingAuthority},
                                    std::pair{m_requestedState, m_requestedAuthority}})
        connect(state, &QComboBox::activated, this, [this, state = state, authority = authority] {
            fillAuthorities(authority, state->currentData().toString(), authority->currentData().toString());
            emit edited();
        });
    for (EditableTable* table : {m_identifiers, m_dateRanges, m_persons, m_links, m_events})
        connect(table, &EditableTable::edited, this, &RequestForm::edited);
}

QWidget* RequestForm::page(const QString& title, QWidget* content) {
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(title);
    return scroll;
}

void RequestForm::fillAuthorities(QComboBox* box, const QString& state, const QString& current) {
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(tr("(none)"), QString());
    if (auto all = m_workspace.references().authorities())
        for (const Authority& a : all.value())
            if (a.state == state)
                box->addItem(a.name, a.id);
    select(box, current);
}

void RequestForm::load(const Request& r) {
    m_loaded = r;
    const QSignalBlocker block(this); // loading is not an edit
    m_summary->setText(r.summary);
    select(m_instrument, r.instrument);
    select(m_urgency, r.urgency);
    for (auto it = m_options.begin(); it != m_options.end(); ++it)
        it.value()->setChecked(r.options.contains(it.key()));
    showOptionsOfInstrument();
    select(m_case, r.caseId);
    select(m_requestingState, r.requestingState);
    select(m_requestedState, r.requestedState);
    fillAuthorities(m_requestingAuthority, r.requestingState, r.requestingAuthorityId);
    fillAuthorities(m_requestedAuthority, r.requestedState, r.requestedAuthorityId);
    m_serviceProvider->setText(r.serviceProvider);
    m_measures->setPlainText(r.measures.join(QLatin1Char('\n')));
    m_legalQualification->setText(r.legalQualification);
    m_offence->setText(r.offence);
    m_facts->setPlainText(r.facts);
    m_assistance->setPlainText(r.assistanceSought);
    QList<QStringList> rows;
    for (const Identifier& i : r.identifiers)
        rows << QStringList{i.kind, i.value};
    m_identifiers->setRows(rows);
    rows.clear();
    for (const DateRange& d : r.dateRanges)
        rows << QStringList{d.from.toString(Qt::ISODate), d.to.toString(Qt::ISODate)};
    m_dateRanges->setRows(rows);
    for (auto it = m_categories.begin(); it != m_categories.end(); ++it)
        it.value()->setChecked(r.dataCategories.contains(it.key()));
    m_necessity->setPlainText(r.necessity);
    m_purpose->setPlainText(r.purpose);
    rows.clear();
    for (const Person& p : r.persons)
        rows << QStringList{p.name, p.role, p.birthDate.toString(Qt::ISODate), p.nationality, p.location};
    m_persons->setRows(rows);
    m_procedures->setPlainText(r.procedures);
    rows.clear();
    for (const RequestLink& l : r.links) {
        auto target = m_workspace.requests().find(l.toId);
        rows << QStringList{target ? target->reference : l.toId, l.kind};
    }
    m_links->setRows(rows);
    rows.clear();
    for (const RequestEvent& e : r.events)
        rows << QStringList{e.name, e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))};
    m_events->setRows(rows);
}

Request RequestForm::value(QList<FieldProblem>* problems) const {
    QList<FieldProblem> ignored;
    QList<FieldProblem>& found = problems ? *problems : ignored;
    Request r = m_loaded;
    r.summary = m_summary->text().trimmed();
    r.instrument = m_instrument->currentData().toString();
    r.urgency = m_urgency->currentData().toString();
    r.caseId = m_case->currentData().toString();
    r.requestingState = m_requestingState->currentData().toString();
    r.requestedState = m_requestedState->currentData().toString();
    r.requestingAuthorityId = m_requestingAuthority->currentData().toString();
    r.requestedAuthorityId = m_requestedAuthority->currentData().toString();
    r.serviceProvider = m_serviceProvider->text().trimmed();
    r.measures = lines(m_measures);
    r.legalQualification = m_legalQualification->text().trimmed();
    r.offence = m_offence->text().trimmed();
    r.facts = m_facts->toPlainText().trimmed();
    r.assistanceSought = m_assistance->toPlainText().trimmed();
    r.identifiers.clear();
    for (const QStringList& row : m_identifiers->rows())
        r.identifiers.append({row[0], row[1]});
    r.dateRanges.clear();
    const QList<QStringList> ranges = m_dateRanges->rows();
    for (int i = 0; i < ranges.size(); ++i) {
        const DateRange range{QDate::fromString(ranges[i][0], Qt::ISODate),
                              QDate::fromString(ranges[i][1], Qt::ISODate)};
        r.dateRanges.append(range); // invalid dates are reported by validateRequest
    }
    r.options.clear();
    for (const QString& option : requestOptions())
        if (m_options.value(option)->isChecked())
            r.options << option;
    r.dataCategories.clear();
    for (const QString& c : dataCategories())
        if (m_categories.value(c)->isChecked())
            r.dataCategories << c;
    r.necessity = m_necessity->toPlainText().trimmed();
    r.purpose = m_purpose->toPlainText().trimmed();
    r.persons.clear();
    const QList<QStringList> persons = m_persons->rows();
    for (int i = 0; i < persons.size(); ++i) {
        const QStringList& p = persons[i];
        const QDate born = QDate::fromString(p[2], Qt::ISODate);
        if (!p[2].isEmpty() && !born.isValid())
            found.append({QStringLiteral("persons[%1].birth_date").arg(i),
                          tr("\"%1\" is not a date (YYYY-MM-DD)").arg(p[2])});
        r.persons.append({p[0], p[1], born, p[3].toUpper(), p[4]});
    }
    r.procedures = m_procedures->toPlainText().trimmed();
    r.events.clear();
    const QList<QStringList> events = m_events->rows();
    for (int i = 0; i < events.size(); ++i) {
        // Typed in the user's own time unless it says otherwise; stored in UTC.
        QDateTime at = parseUtc(events[i][1]);
        if (!at.isValid())
            at = QDateTime::fromString(events[i][1], QStringLiteral("yyyy-MM-dd HH:mm")).toUTC();
        if (!at.isValid())
            found.append({QStringLiteral("events[%1].at").arg(i),
                          tr("\"%1\" is not a date and time (YYYY-MM-DD HH:MM)").arg(events[i][1])});
        else
            r.events.append({events[i][0], at});
    }
    r.links.clear();
    const QList<QStringList> links = m_links->rows();
    for (int i = 0; i < links.size(); ++i) {
        auto target = m_workspace.requests().find(links[i][0]);
        if (!target) {
            found.append({QStringLiteral("links[%1].to").arg(i),
                          tr("there is no request \"%1\" in this register").arg(links[i][0])});
            continue;
        }
        r.links.append({target->id, links[i][1]});
    }
    return r;
}

void RequestForm::reveal(const QString& field) {
    static const QRegularExpression end(QStringLiteral("[\\[.]"));
    const qsizetype cut = field.indexOf(end);
    QWidget* widget = m_fields.value(cut < 0 ? field : field.left(cut));
    if (!widget)
        return;
    for (int i = 0; i < count(); ++i)
        if (this->widget(i)->isAncestorOf(widget))
            setCurrentIndex(i);
    widget->setFocus();
}

void RequestForm::showOptionsOfInstrument() {
    const auto& catalogue = Catalogue::shipped();
    const InstrumentRules* rules =
        catalogue ? catalogue->instrument(m_instrument->currentData().toString()) : nullptr;
    const QStringList known = rules ? optionsOf(*rules) : QStringList();
    bool any = false;
    for (auto it = m_options.begin(); it != m_options.end(); ++it) {
        const bool shown = known.contains(it.key()) || it.value()->isChecked();
        it.value()->setVisible(shown);
        any = any || shown;
    }
    if (auto* form = qobject_cast<QFormLayout*>(m_optionsRow->parentWidget()->layout()))
        form->setRowVisible(m_optionsRow, any);
}

} // namespace mladesk
