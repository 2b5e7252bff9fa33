#include "ui/requests/RequestListModel.h"

#include "domain/DisplayNames.h"
#include "services/ChangeEvents.h"
#include "services/RegisterReader.h"
#include "services/Workspace.h"
#include "ui/widgets/BackgroundTask.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QTimer>

namespace mladesk {

namespace {

using RowIds = Result<QVector<qint64>>;
using Rows = Result<QList<RequestListRow>>;

RequestSortKey sortKeyFor(int column) {
    switch (column) {
    case RequestListModel::Direction:
        return RequestSortKey::Direction;
    case RequestListModel::Instrument:
        return RequestSortKey::Instrument;
    case RequestListModel::Status:
        return RequestSortKey::Status;
    case RequestListModel::Urgency:
        return RequestSortKey::Urgency;
    case RequestListModel::OtherState:
        return RequestSortKey::OtherState;
    case RequestListModel::Summary:
        return RequestSortKey::Summary;
    case RequestListModel::Created:
        return RequestSortKey::Created;
    case RequestListModel::Updated:
        return RequestSortKey::Updated;
    default:
        return RequestSortKey::Reference;
    }
}

} // namespace

RequestListModel::RequestListModel(QObject* parent)
    : QAbstractTableModel(parent) {
}
RequestListModel::~RequestListModel() = default;

QString RequestListModel::statusLabel(const QString& status) {
    return displayName::status(status);
}

QString RequestListModel::directionLabel(const QString& direction) {
    return displayName::direction(direction);
}

QString RequestListModel::urgencyLabel(const QString& urgency) {
    return displayName::urgency(urgency);
}

void RequestListModel::setWorkspace(Workspace* workspace) {
    for (const QMetaObject::Connection& c : std::exchange(m_subscriptions, {}))
        disconnect(c);
    m_reader.reset();
    if (workspace) {
        if (auto reader = workspace->openReader())
            m_reader = std::move(reader.value());
        else
            emit loadFailed(reader.error().message);
        ChangeEvents* events = &workspace->events();
        for (auto signal : {&ChangeEvents::requestChanged, &ChangeEvents::retentionChanged})
            m_subscriptions << connect(events, signal, this, &RequestListModel::refreshSoon);
        for (auto signal : {&ChangeEvents::requestsChanged, &ChangeEvents::registerReplaced})
            m_subscriptions << connect(events, signal, this, &RequestListModel::refreshSoon);
        // Only the order by next deadline depends on the deadlines.
        m_subscriptions << connect(events, &ChangeEvents::deadlinesChanged, this, [this] {
            if (m_sort.key == RequestSortKey::NextDue)
                refreshSoon();
        });
    }
    query();
}

void RequestListModel::setFilter(const RequestFilter& filter) {
    m_filter = filter;
    query();
}

void RequestListModel::refresh() {
    query();
}

void RequestListModel::refreshSoon() {
    if (m_refreshDue)
        return;
    m_refreshDue = true;
    // Later, so that a caller who refreshes by hand right after the action
    // (to select what it saved) runs the one query.
    QTimer::singleShot(0, this, [this] {
        if (m_refreshDue)
            query();
    });
}

void RequestListModel::sort(int column, Qt::SortOrder order) {
    m_sort = {sortKeyFor(column), order == Qt::DescendingOrder};
    query();
}

void RequestListModel::query() {
    m_refreshDue = false;
    const quint64 generation = ++m_generation;
    if (!m_reader) {
        beginResetModel();
        m_rowIds.clear();
        m_pages.clear();
        m_pending.clear();
        m_listGeneration = generation;
        endResetModel();
        if (m_loading) {
            m_loading = false;
            emit loadingChanged(false);
        }
        return;
    }
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }
    auto reader = m_reader;
    const RequestFilter filter = m_filter;
    const RequestSort sort = m_sort;
    runInBackground<RowIds>(
        this, [reader, filter, sort] { return reader->requestKeys(filter, sort); },
        [this, generation](RowIds ids) {
            if (generation != m_generation)
                return; // a newer query is on its way
            m_loading = false;
            emit loadingChanged(false);
            beginResetModel();
            m_pages.clear();
            m_pending.clear();
            m_listGeneration = generation;
            m_rowIds = ids ? std::move(ids.value()) : QVector<qint64>();
            endResetModel();
            if (!ids)
                emit loadFailed(ids.error().message);
            emit loaded();
        });
}

void RequestListModel::requestPage(int page) const {
    if (m_pending.contains(page) || !m_reader)
        return;
    m_pending.insert(page);
    const int first = page * kPageSize;
    const QVector<qint64> ids = m_rowIds.mid(first, kPageSize);
    auto reader = m_reader;
    // The list on show, which may be older than a query on its way: its
    // pages must not land in the list that query brings.
    const quint64 generation = m_listGeneration;
    auto* self = const_cast<RequestListModel*>(this);
    runInBackground<Rows>(
        self, [reader, ids] { return reader->requestRows(ids); },
        [self, page, first, generation, count = ids.size()](Rows rows) {
            if (generation != self->m_listGeneration)
                return;
            self->m_pending.remove(page);
            if (!rows) {
                emit self->loadFailed(rows.error().message);
                return;
            }
            self->m_pages.insert(page, rows.value());
            emit self->dataChanged(self->index(first, 0),
                                   self->index(first + int(count) - 1, ColumnCount - 1));
        });
}

void RequestListModel::locate(const QString& id, const QString& reference) {
    if (!m_reader || reference.isEmpty()) {
        emit located(id, -1);
        return;
    }
    auto reader = m_reader;
    const quint64 generation = m_listGeneration;
    runInBackground<Result<qint64>>(
        this, [reader, id, reference] { return reader->requestKey(id, reference); },
        [this, generation, id](Result<qint64> rowId) {
            if (generation != m_listGeneration)
                return; // the list changed meanwhile: the caller asks again
            const int row = rowId && rowId.value() >= 0 ? int(m_rowIds.indexOf(rowId.value())) : -1;
            if (row >= 0)
                requestPage(row / kPageSize);
            emit located(id, row);
        });
}

const RequestListRow* RequestListModel::rowAt(int row) const {
    if (row < 0 || row >= m_rowIds.size())
        return nullptr;
    const int page = row / kPageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        requestPage(page);
        return nullptr;
    }
    const int offset = row % kPageSize;
    // A request deleted since the ids were read leaves its page short.
    if (offset >= it->size() || it->at(offset).key != m_rowIds[row])
        return nullptr;
    return &it->at(offset);
}

QString RequestListModel::idAt(int row) const {
    const RequestListRow* r = rowAt(row);
    return r ? r->id : QString();
}

int RequestListModel::rowOfId(const QString& id) const {
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it)
        for (int i = 0; i < it->size(); ++i)
            if (it->at(i).id == id)
                return it.key() * kPageSize + i;
    return -1;
}

int RequestListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rowIds.size());
}

int RequestListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const RequestListRow* r = rowAt(index.row());
    if (!r)
        return role == Qt::DisplayRole && index.column() == Reference ? QVariant(tr("Loading…")) : QVariant();
    if (role == kIdRole)
        return r->id;
    if (role == Qt::ToolTipRole && index.column() == Summary)
        return r->summary;
    if (role == Qt::FontRole && r->urgency == QLatin1String("emergency")) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Reference:
        return r->reference;
    case Direction:
        return directionLabel(r->direction);
    case Instrument:
        return displayName::instrument(r->instrument);
    case Status:
        return statusLabel(r->status);
    case Urgency:
        return urgencyLabel(r->urgency);
    case OtherState:
        return r->otherState;
    case Summary:
        return r->summary;
    case Created:
        return QLocale().toString(r->createdAt.toLocalTime().date(), QLocale::ShortFormat);
    case Updated: {
        const QDateTime local = r->updatedAt.toLocalTime();
        return QString(QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
                       local.time().toString(QStringLiteral("HH:mm")));
    }
    }
    return {};
}

QVariant RequestListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Reference:
        return tr("Reference");
    case Direction:
        return tr("Direction");
    case Instrument:
        return tr("Instrument");
    case Status:
        return tr("Status");
    case Urgency:
        return tr("Urgency");
    case OtherState:
        return tr("State");
    case Summary:
        return tr("Summary");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    }
    return {};
}

} // namespace mladesk
