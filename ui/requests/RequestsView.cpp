#include "ui/requests/RequestsView.h"

#include "domain/RequestWorkflow.h"
#include "services/ReferenceService.h"
#include "services/RequestService.h"
#include "services/Session.h"
#include "services/Workspace.h"
#include "ui/requests/RequestDetailsPanel.h"
#include "ui/requests/RequestEditorDialog.h"
#include "ui/requests/RequestFilterBar.h"
#include "ui/requests/RequestListModel.h"

#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace mladesk {

RequestsView::RequestsView(QWidget* parent)
    : QWidget(parent)
    , m_filters(new RequestFilterBar(this))
    , m_model(new RequestListModel(this))
    , m_table(new QTableView(this))
    , m_details(new RequestDetailsPanel(this))
    , m_empty(new QLabel(this)) {
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("requestTable"));
    m_table->setAccessibleName(tr("Requests"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RequestListModel::Reference, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(RequestListModel::Summary, QHeaderView::Stretch);
    fitColumns();
    m_table->setColumnHidden(RequestListModel::Created, true); // on offer in the header's menu
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint& at) {
                QMenu menu;
                for (int c = 0; c < RequestListModel::ColumnCount; ++c) {
                    if (c == RequestListModel::Reference || c == RequestListModel::Summary)
                        continue; // always shown
                    QAction* toggle = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
                    toggle->setCheckable(true);
                    toggle->setChecked(!m_table->isColumnHidden(c));
                    connect(toggle, &QAction::toggled, this,
                            [this, c](bool on) { m_table->setColumnHidden(c, !on); });
                }
                menu.exec(m_table->horizontalHeader()->mapToGlobal(at));
            });
    const QByteArray header = QSettings().value(QStringLiteral("requests/header")).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setVisible(false);

    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_empty, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("requestsSplitter"));
    splitter->addWidget(listSide);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({940, 320});
    m_splitter = splitter;
    splitter->restoreState(QSettings().value(QStringLiteral("requests/splitter")).toByteArray());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filters);
    layout->addWidget(splitter, 1);

    connect(m_filters, &RequestFilterBar::changed, this, &RequestsView::applyFilter);
    connect(m_model, &RequestListModel::loaded, this, [this] {
        const bool none = m_model->totalCount() == 0;
        m_table->setVisible(!none);
        m_empty->setVisible(none);
        const bool filtered = !m_filters->filter().search.isEmpty() || m_filters->filter().status.size() ||
                              m_filters->filter().state.size() || m_filters->filter().instrument.size() ||
                              m_filters->filter().urgency.size() || m_filters->filter().createdFrom.isValid();
        m_empty->setText(
            filtered ? tr("<h3>No request matches</h3><p>Change the search or the filters above.</p>")
                     : tr("<h3>No requests yet</h3><p>Press <b>Ctrl+N</b> to record the first one, or "
                          "import requests with <tt>mladesk-cli import</tt>.</p>"));
        emit countChanged(m_model->totalCount());
        if (!m_pendingSelection.isEmpty())
            showRequest(m_pendingSelection);
    });
    // A new query resets the model; the request on show stays selected.
    connect(m_model, &RequestListModel::modelAboutToBeReset, this, [this] {
        if (m_pendingSelection.isEmpty())
            m_pendingSelection = m_details->currentId();
        m_locating.clear();
    });
    connect(m_model, &RequestListModel::located, this, [this](const QString& id, int row) {
        if (id != m_pendingSelection || row >= 0)
            return; // found: its page is on its way, and dataChanged selects it
        if (m_revealing == id) {
            m_revealing.clear();
            m_filters->clear(); // the filters hide it: show the whole list
        }
    });
    connect(m_model, &RequestListModel::dataChanged, this, [this] {
        if (!m_pendingSelection.isEmpty())
            showRequest(m_pendingSelection);
        else if (m_waitingRow >= 0 && m_waitingRow == m_table->currentIndex().row())
            selectionChanged();
    });
    connect(m_model, &RequestListModel::loadFailed, this,
            [this](const QString& message) { emit problem(tr("Could not load requests"), message); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestsView::selectionChanged);
    connect(m_table, &QTableView::activated, this, [this] { editCurrent(); });
    connect(m_details, &RequestDetailsPanel::editRequested, this, &RequestsView::edit);
    connect(m_details, &RequestDetailsPanel::statusChangeRequested, this, &RequestsView::changeStatus);
    connect(m_details, &RequestDetailsPanel::approved, this, [this](const QString& id) {
        m_pendingSelection = id;
        m_model->refresh();
    });
    connect(m_details, &RequestDetailsPanel::retentionChanged, this, [this](const QString& id) {
        m_pendingSelection = id; // a purge changes the summary the list shows
        m_model->refresh();
    });
    connect(m_details, &RequestDetailsPanel::requestLinkActivated, this, [this](const QString& id) {
        m_filters->clear();
        m_pendingSelection = id;
        setScope(QString(), QString());
    });
    connect(m_details, &RequestDetailsPanel::caseLinkActivated, this, &RequestsView::caseLinkActivated);
}

void RequestsView::fitColumns() {
    // Wide enough for the longest value in bold (emergencies are bold) in the
    // interface language; the summary takes the rest.
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int padding = 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 16;
    const auto widest = [&](const QStringList& values) {
        int width = 0;
        for (const QString& v : values)
            width = qMax(width, metrics.horizontalAdvance(v));
        return width + padding;
    };
    QStringList statuses, urgencyLabels;
    for (const QString& direction : directions())
        for (const QString& status : RequestWorkflow::statuses(direction))
            statuses << RequestListModel::statusLabel(status);
    for (const QString& urgency : urgencies())
        urgencyLabels << RequestListModel::urgencyLabel(urgency);
    const QDateTime sample(QDate(2026, 12, 28), QTime(23, 59));
    const QStringList columns[] = {
        {QStringLiteral("OUT-2026-000000")},
        {RequestListModel::directionLabel(QStringLiteral("outgoing")),
         RequestListModel::directionLabel(QStringLiteral("incoming"))},
        {QStringLiteral("budapest-31")},
        statuses,
        urgencyLabels,
        {QStringLiteral("MM")},
        {},
        {QLocale().toString(sample.date(), QLocale::ShortFormat)},
        {QLocale().toString(sample.date(), QLocale::ShortFormat) + QStringLiteral(" 23:59")},
    };
    for (int c = 0; c < RequestListModel::ColumnCount; ++c) {
        QStringList values = columns[c];
        values << m_model->headerData(c, Qt::Horizontal).toString();
        if (c != RequestListModel::Summary)
            m_table->setColumnWidth(c, widest(values));
    }
}

bool RequestsView::isOpen() const {
    return m_workspace && m_workspace->isOpen();
}

void RequestsView::setSession(Workspace* session) {
    m_workspace = session;
    m_details->setSession(session);
    refreshFilterChoices();
    m_model->setFilter(currentFilter()); // without a connection yet: no query
    m_model->setWorkspace(session);
    m_details->showRequest({});
}

void RequestsView::refreshFilterChoices() {
    QStringList states;
    if (m_workspace)
        if (auto all = m_workspace->references().states())
            for (const State& s : all.value())
                states << s.code;
    m_filters->setChoices(m_direction, states);
}

RequestFilter RequestsView::currentFilter() const {
    RequestFilter filter = m_filters->filter();
    filter.caseId = m_caseId;
    return filter;
}

void RequestsView::setScope(const QString& direction, const QString& caseId) {
    m_direction = direction;
    m_caseId = caseId;
    // The direction column says nothing when the view shows one direction.
    m_table->setColumnHidden(RequestListModel::Direction, !direction.isEmpty());
    refreshFilterChoices();
    applyFilter();
}

void RequestsView::applyFilter() {
    m_model->setFilter(currentFilter());
}

void RequestsView::selectionChanged() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return; // a reset of the list: the request on show stays until another is chosen
    const QString id = m_model->idAt(current.row());
    if (id.isEmpty()) {
        m_waitingRow = current.row(); // its page is on the way
        return;
    }
    m_waitingRow = -1;
    m_details->showRequest(id);
}

// By value: callers pass m_pendingSelection, which this clears.
void RequestsView::showRequest(const QString id) {
    const int row = m_model->rowOfId(id);
    if (row < 0) {
        m_pendingSelection = id;
        m_details->showRequest(id);
        // Its page is not loaded (or the list does not hold it): find where it is.
        if (!m_model->isLoading() && m_locating != id && m_details->currentId() == id) {
            m_locating = id;
            m_model->locate(id, m_details->currentReference());
        }
        return;
    }
    m_pendingSelection.clear();
    m_revealing.clear();
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    m_details->showRequest(id);
}

void RequestsView::revealRequest(const QString& id) {
    m_revealing = id;
    showRequest(id);
}

void RequestsView::focusSearch() {
    m_filters->focusSearch();
}

void RequestsView::newRequest() {
    if (!m_workspace || !m_workspace->session().can(Action::EditContent))
        return;
    const QString direction = m_direction.isEmpty() ? QStringLiteral("outgoing") : m_direction;
    Request draft = m_workspace->requests().draft(direction);
    draft.caseId = m_caseId;
    RequestEditorDialog dialog(*m_workspace, draft, true, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.savedId().isEmpty()) {
        m_pendingSelection = dialog.savedId();
        m_model->refresh();
    }
}

void RequestsView::editCurrent() {
    edit(m_details->currentId());
}

void RequestsView::edit(const QString& id) {
    if (id.isEmpty() || !m_workspace || !m_workspace->session().can(Action::EditContent))
        return;
    auto request = m_workspace->requests().find(id);
    if (!request) {
        emit problem(tr("Cannot edit"), request.error().message);
        return;
    }
    RequestEditorDialog dialog(*m_workspace, request.value(), false, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.savedId().isEmpty()) {
        m_pendingSelection = id;
        m_model->refresh(); // the details follow the service's requestChanged
    }
}

QDateTime RequestsView::askWhenSent() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Sent"));
    auto* layout = new QFormLayout(&dialog);
    auto* when = new QDateTimeEdit(QDateTime::currentDateTime(), &dialog);
    when->setCalendarPopup(true);
    when->setMaximumDateTime(QDateTime::currentDateTime());
    when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm")); // as the deadline adjustment's field
    auto* question =
        new QLabel(tr("When did the request leave? The deadlines that run from its sending count "
                      "from this moment (your time)."),
                   &dialog);
    question->setWordWrap(true);
    layout->addRow(question);
    layout->addRow(tr("&Sent on:"), when);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addRow(buttons);
    return dialog.exec() == QDialog::Accepted ? when->dateTime().toUTC() : QDateTime();
}

void RequestsView::changeStatus(const QString& id, const QString& status) {
    QDateTime sentAt;
    if (status == QLatin1String("sent") && m_workspace) {
        // Asked only when the move can happen and nothing says yet when it was sent.
        const auto current = m_workspace->requests().find(id);
        const bool asks = current && current->direction == QLatin1String("outgoing") &&
                          RequestWorkflow::canMove(current->direction, current->status, status) &&
                          std::none_of(current->events.begin(), current->events.end(),
                                       [](const RequestEvent& e) { return e.name == QLatin1String("sent"); });
        if (asks) {
            sentAt = askWhenSent();
            if (!sentAt.isValid())
                return; // cancelled
        }
    }
    const Status st = m_workspace ? m_workspace->requests().changeStatus(id, status, sentAt)
                                  : Status(makeError(ErrorCode::Locked, tr("The register is locked.")));
    if (!st) {
        emit problem(tr("Status not changed"), st.error().message);
        return;
    }
    m_pendingSelection = id;
    m_model->refresh(); // the details follow the service's requestChanged
}

void RequestsView::saveLayout() const {
    QSettings().setValue(QStringLiteral("requests/header"), m_table->horizontalHeader()->saveState());
    QSettings().setValue(QStringLiteral("requests/splitter"), m_splitter->saveState());
}

} // namespace mladesk
