#include "ui/cases/CasesView.h"

#include "services/ChangeEvents.h"
#include "services/ReferenceService.h"
#include "services/Session.h"
#include "services/Workspace.h"
#include "ui/cases/RecordDialogs.h"
#include "ui/requests/RequestsView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace mladesk {

CasesView::CasesView(QWidget* parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_cases(new QTableWidget(0, 3, this))
    , m_requests(new RequestsView(this)) {
    m_cases->setHorizontalHeaderLabels({tr("Reference"), tr("Title"), tr("Prosecutor")});
    m_cases->setAccessibleName(tr("Cases"));
    m_cases->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cases->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cases->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cases->verticalHeader()->hide();
    m_cases->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_cases->setSortingEnabled(true);
    m_filter->setPlaceholderText(tr("Filter cases"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter cases"));
    auto* add = new QPushButton(tr("New &case…"), this);
    auto* edit = new QPushButton(tr("Edit case…"), this);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_filter, 1);
    buttons->addWidget(add);
    buttons->addWidget(edit);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_cases, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(left);
    splitter->addWidget(m_requests);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    m_requests->setScope(QString(), QStringLiteral("-")); // nothing until a case is chosen
    connect(add, &QPushButton::clicked, this, &CasesView::newCase);
    connect(edit, &QPushButton::clicked, this, &CasesView::editSelected);
    connect(m_cases, &QTableWidget::cellActivated, this, &CasesView::editSelected);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int r = 0; r < m_cases->rowCount(); ++r) {
            bool match = text.isEmpty();
            for (int c = 0; c < m_cases->columnCount() && !match; ++c)
                match = m_cases->item(r, c)->text().contains(text, Qt::CaseInsensitive);
            m_cases->setRowHidden(r, !match);
        }
    });
    connect(m_cases, &QTableWidget::currentCellChanged, this, [this](int row) {
        const QTableWidgetItem* item = row >= 0 ? m_cases->item(row, 0) : nullptr;
        m_requests->setScope(QString(), item ? item->data(Qt::UserRole).toString() : QStringLiteral("-"));
    });
    connect(m_requests, &RequestsView::problem, this, &CasesView::problem);
}

bool CasesView::isOpen() const {
    return m_workspace && m_workspace->isOpen();
}

void CasesView::setSession(Workspace* session) {
    m_workspace = session;
    m_requests->setSession(session);
    disconnect(m_referencesChanged);
    // Cases saved anywhere (here, an import) are shown when next seen.
    if (session)
        m_referencesChanged = connect(&session->events(), &ChangeEvents::referencesChanged, this, [this] {
            const QTableWidgetItem* item =
                m_cases->currentRow() >= 0 ? m_cases->item(m_cases->currentRow(), 0) : nullptr;
            m_stale = true;
            if (isVisible())
                reload(item ? item->data(Qt::UserRole).toString() : QString());
        });
    // Read the cases when the view is first shown, not at every unlock.
    m_stale = true;
    if (isVisible() || !session)
        reload();
}

void CasesView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void CasesView::reload(const QString& select) {
    m_stale = false;
    m_cases->setSortingEnabled(false);
    m_cases->setRowCount(0);
    if (!isOpen())
        return;
    auto cases = m_workspace->references().cases();
    if (!cases) {
        emit problem(tr("Could not load cases"), cases.error().message);
        return;
    }
    m_cases->setRowCount(static_cast<int>(cases->size()));
    for (int i = 0; i < cases->size(); ++i) {
        const Case& c = cases.value()[i];
        auto* reference = new QTableWidgetItem(c.reference);
        reference->setData(Qt::UserRole, c.id);
        m_cases->setItem(i, 0, reference);
        m_cases->setItem(i, 1, new QTableWidgetItem(c.title));
        m_cases->setItem(i, 2, new QTableWidgetItem(c.prosecutor));
    }
    m_cases->setSortingEnabled(true);
    m_cases->sortByColumn(0, Qt::AscendingOrder);
    if (!select.isEmpty())
        showCase(select);
}

void CasesView::showCase(const QString& caseId) {
    if (m_stale)
        reload();
    for (int r = 0; r < m_cases->rowCount(); ++r)
        if (m_cases->item(r, 0)->data(Qt::UserRole).toString() == caseId) {
            m_filter->clear();
            m_cases->setCurrentCell(r, 0);
            m_cases->scrollToItem(m_cases->item(r, 0));
            return;
        }
}

void CasesView::newCase() {
    if (!isOpen())
        return;
    Case c;
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.createdAt = QDateTime::currentDateTimeUtc();
    c.createdAt = c.createdAt.addMSecs(-c.createdAt.time().msec());
    CaseDialog dialog(*m_workspace, c, true, this);
    if (dialog.exec() == QDialog::Accepted)
        showCase(c.id); // the list was reloaded when the case was saved
}

void CasesView::editSelected() {
    const QTableWidgetItem* item =
        m_cases->currentRow() >= 0 ? m_cases->item(m_cases->currentRow(), 0) : nullptr;
    if (!item || !isOpen())
        return;
    auto kase = m_workspace->references().findCase(item->data(Qt::UserRole).toString());
    if (!kase)
        return;
    CaseDialog dialog(*m_workspace, kase.value(), false, this);
    if (dialog.exec() == QDialog::Accepted)
        showCase(kase->id); // the list was reloaded when the case was saved
}

} // namespace mladesk
