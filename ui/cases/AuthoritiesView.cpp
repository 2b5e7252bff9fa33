#include "ui/cases/AuthoritiesView.h"

#include "services/ChangeEvents.h"
#include "services/ReferenceService.h"
#include "services/Session.h"
#include "services/Workspace.h"
#include "ui/cases/RecordDialogs.h"
#include "ui/cases/StateProfileDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace mladesk {

namespace {
QTableWidget* table(const QStringList& headers, const QString& name, QWidget* parent) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setAccessibleName(name);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QWidget* titled(const QString& title, QWidget* content, const QList<QPushButton*>& buttons, QWidget* parent) {
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box), 1);
    for (QPushButton* b : buttons)
        row->addWidget(b);
    layout->addLayout(row);
    layout->addWidget(content, 1);
    return box;
}
} // namespace

AuthoritiesView::AuthoritiesView(QWidget* parent)
    : QWidget(parent)
    , m_states(
          table({tr("Code"), tr("Name"), tr("Languages"), tr("Time zone"), tr("Central authority contact")},
                tr("States"), this))
    , m_authorities(table({tr("Name"), tr("Kind"), tr("Languages"), tr("E-mail"), tr("Phone")},
                          tr("Authorities"), this)) {
    auto* newState = new QPushButton(tr("New state…"), this);
    auto* editState = new QPushButton(tr("Edit state…"), this);
    auto* profile = new QPushButton(tr("Holidays, languages and contacts…"), this);
    profile->setToolTip(
        tr("The state's profile that deadlines and documents use: public holidays, time zone, "
           "languages accepted per instrument, central authority, 24/7 contact, reservations"));
    auto* newAuthority = new QPushButton(tr("New authority…"), this);
    auto* editAuthority = new QPushButton(tr("Edit authority…"), this);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(titled(tr("States"), m_states, {newState, editState, profile}, this));
    splitter->addWidget(
        titled(tr("Authorities of the selected state"), m_authorities, {newAuthority, editAuthority}, this));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
    connect(newState, &QPushButton::clicked, this, [this] { this->editState(true); });
    connect(editState, &QPushButton::clicked, this, [this] { this->editState(false); });
    connect(profile, &QPushButton::clicked, this, &AuthoritiesView::editStateProfile);
    connect(m_states, &QTableWidget::cellActivated, this, [this] { this->editState(false); });
    connect(newAuthority, &QPushButton::clicked, this, [this] { this->editAuthority(true); });
    connect(editAuthority, &QPushButton::clicked, this, [this] { this->editAuthority(false); });
    connect(m_authorities, &QTableWidget::cellActivated, this, [this] { this->editAuthority(false); });
    connect(m_states, &QTableWidget::currentCellChanged, this,
            [this] { showAuthoritiesOf(selectedState()); });
}

bool AuthoritiesView::isOpen() const {
    return m_workspace && m_workspace->isOpen();
}

void AuthoritiesView::setSession(Workspace* session) {
    m_workspace = session;
    disconnect(m_referencesChanged);
    // States and authorities saved anywhere (here, an import) show at once.
    if (session)
        m_referencesChanged =
            connect(&session->events(), &ChangeEvents::referencesChanged, this, &AuthoritiesView::reload);
    reload();
}

QString AuthoritiesView::selectedState() const {
    const int row = m_states->currentRow();
    return row >= 0 && m_states->item(row, 0) ? m_states->item(row, 0)->text() : QString();
}

void AuthoritiesView::reload() {
    const QString keep = selectedState();
    m_states->setRowCount(0);
    m_authorities->setRowCount(0);
    if (!isOpen())
        return;
    auto states = m_workspace->references().states();
    if (!states)
        return;
    m_states->setRowCount(static_cast<int>(states->size()));
    for (int i = 0; i < states->size(); ++i) {
        const State& s = states.value()[i];
        const QStringList cells{s.code, s.name, s.languages.join(QStringLiteral(", ")), s.timeZone,
                                s.contact};
        for (int c = 0; c < cells.size(); ++c)
            m_states->setItem(i, c, new QTableWidgetItem(cells[c]));
        if (s.code == keep)
            m_states->setCurrentCell(i, 0);
    }
    m_states->resizeColumnsToContents();
    if (m_states->currentRow() < 0 && m_states->rowCount() > 0)
        m_states->setCurrentCell(0, 0); // never an empty lower half without a hint
    showAuthoritiesOf(selectedState());
}

void AuthoritiesView::showAuthoritiesOf(const QString& state) {
    m_authorities->setRowCount(0);
    if (!isOpen() || state.isEmpty())
        return;
    auto all = m_workspace->references().authorities();
    if (!all)
        return;
    for (const Authority& a : all.value()) {
        if (a.state != state)
            continue;
        const int row = m_authorities->rowCount();
        m_authorities->insertRow(row);
        const QStringList cells{a.name, a.kind, a.languages.join(QStringLiteral(", ")), a.email, a.phone};
        for (int c = 0; c < cells.size(); ++c)
            m_authorities->setItem(row, c, new QTableWidgetItem(cells[c]));
        m_authorities->item(row, 0)->setData(Qt::UserRole, a.id);
    }
    m_authorities->resizeColumnsToContents();
}

void AuthoritiesView::editState(bool isNew) {
    if (!isOpen())
        return;
    State state;
    if (!isNew) {
        auto found = m_workspace->references().findState(selectedState());
        if (!found)
            return;
        state = found.value();
    }
    StateDialog dialog(*m_workspace, state, isNew, this);
    dialog.exec(); // a saved state is shown by referencesChanged
}

void AuthoritiesView::editStateProfile() {
    if (!isOpen() || selectedState().isEmpty())
        return;
    auto catalogue = m_workspace->references().catalogue();
    if (!catalogue) {
        QMessageBox::warning(this, tr("State profile"), catalogue.error().message);
        return;
    }
    const StateProfile* profile = catalogue->state(selectedState());
    if (!profile)
        return;
    StateProfileDialog dialog(*m_workspace, *profile, this);
    dialog.exec();
}

void AuthoritiesView::editAuthority(bool isNew) {
    if (!isOpen())
        return;
    Authority authority;
    if (isNew) {
        authority.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        authority.state = selectedState();
        authority.kind = QStringLiteral("central-authority");
        if (auto s = m_workspace->references().findState(authority.state)) {
            authority.languages = s->languages;
            authority.timeZone = s->timeZone;
        }
    } else {
        const int row = m_authorities->currentRow();
        if (row < 0)
            return;
        auto found = m_workspace->references().findAuthority(
            m_authorities->item(row, 0)->data(Qt::UserRole).toString());
        if (!found)
            return;
        authority = found.value();
    }
    AuthorityDialog dialog(*m_workspace, authority, isNew, this);
    dialog.exec(); // a saved authority is shown by referencesChanged
}

} // namespace mladesk
