#include "RequestListModel.h"

#include "domain/DisplayNames.h"

#include "storage/Database.h"
#include "storage/Register.h"
#include "ui/BackgroundTask.h"
#include "ui/ReaderConnection.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QMutex>
#include <QPalette>

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

void RequestListModel::setRegister(Register* reg) {
    QString failure;
    m_connection = openReader(reg, &failure);
    if (!failure.isEmpty())
        emit loadFailed(failure);
    query();
}

void RequestListModel::setFilter(const RequestFilter& filter) {
    m_filter = filter;
    query();
}

void RequestListModel::refresh() {
    query();
}

void RequestListModel::sort(int column, Qt::SortOrder order) {
    m_sort = {sortKeyFor(column), order == Qt::DescendingOrder};
    query();
}

void RequestListModel::query() {
    const quint64 generation = ++m_generation;
    if (!m_connection) {
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
    auto connection = m_connection;
    const RequestFilter filter = m_filter;
    const RequestSort sort = m_sort;
    runInBackground<RowIds>(
        this,
        [connection, filter, sort] {
            QMutexLocker lock(&connection->mutex);
            return RequestListQuery(*connection->db).rowIds(filter, sort);
        },
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
    if (m_pending.contains(page) || !m_connection)
        return;
    m_pending.insert(page);
    const int first = page * kPageSize;
    const QVector<qint64> ids = m_rowIds.mid(first, kPageSize);
    auto connection = m_connection;
    // The list on show, which may be older than a query on its way: its
    // pages must not land in the list that query brings.
    const quint64 generation = m_listGeneration;
    auto* self = const_cast<RequestListModel*>(this);
    runInBackground<Rows>(
        self,
        [connection, ids] {
            QMutexLocker lock(&connection->mutex);
            return RequestListQuery(*connection->db).rows(ids);
        },
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
    if (!m_connection || reference.isEmpty()) {
        emit located(id, -1);
        return;
    }
    auto connection = m_connection;
    const quint64 generation = m_listGeneration;
    RequestFilter byReference;
    byReference.search = reference;
    runInBackground<Result<qint64>>(
        this,
        [connection, byReference, id]() -> Result<qint64> {
            QMutexLocker lock(&connection->mutex);
            RequestListQuery query(*connection->db);
            auto candidates = query.rowIds(byReference, {});
            if (!candidates)
                return candidates.error();
            auto rows = query.rows(candidates.value());
            if (!rows)
                return rows.error();
            for (const RequestListRow& row : rows.value())
                if (row.id == id)
                    return row.rowId;
            return qint64(-1);
        },
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
    if (offset >= it->size() || it->at(offset).rowId != m_rowIds[row])
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
