#include "RequestListModel.h"

#include "storage/RequestRepository.h"

#include <QScopedValueRollback>

namespace mladesk {

RequestListModel::RequestListModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void RequestListModel::setDatabase(Database* db, const RequestFilter& filter) {
    beginResetModel();
    m_db = db;
    m_filter = filter;
    m_rows.clear();
    m_total = 0;
    if (m_db) {
        auto count = RequestRepository(*m_db).count(m_filter);
        if (count)
            m_total = count.value();
        else
            emit loadFailed(count.error().message);
    }
    endResetModel();
    if (canFetchMore({}))
        fetchMore({});
}

int RequestListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RequestListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool RequestListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_db && m_rows.size() < m_total;
}

void RequestListModel::fetchMore(const QModelIndex& parent) {
    if (m_fetching || !canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    auto page = RequestRepository(*m_db).list(m_filter, kPageSize, static_cast<int>(m_rows.size()));
    if (!page) {
        m_total = m_rows.size();
        emit loadFailed(page.error().message);
        return;
    }
    if (page->isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + page->size() - 1));
    m_rows.append(page.value());
    endInsertRows();
}

QVariant RequestListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Request& r = m_rows.at(index.row());
    const bool outgoing = r.direction == QLatin1String("outgoing");
    if (role == Qt::ToolTipRole && index.column() == Summary)
        return r.summary;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Reference:
        return r.reference;
    case Direction:
        return outgoing ? tr("Outgoing") : tr("Incoming");
    case Instrument:
        return r.instrument;
    case Status:
        return r.status;
    case Urgency:
        return r.urgency;
    case OtherState:
        return outgoing ? r.requestedState : r.requestingState;
    case Summary:
        return r.summary;
    case Updated:
        return QLocale().toString(r.updatedAt.toLocalTime(), QLocale::ShortFormat);
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
    case Updated:
        return tr("Updated");
    }
    return {};
}

} // namespace mladesk
