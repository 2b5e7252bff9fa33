#pragma once

#include "domain/Entities.h"
#include "storage/RequestFilter.h"

#include <QAbstractTableModel>

namespace mladesk {

class Database;

// The request list over the register, fetched in pages as the view scrolls;
// never all rows at once.
class RequestListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Reference,
        Direction,
        Instrument,
        Status,
        Urgency,
        OtherState,
        Summary,
        Updated,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    explicit RequestListModel(QObject* parent = nullptr);
    // Shows the register's requests (nullptr: nothing, e.g. while locked).
    void setDatabase(Database* db, const RequestFilter& filter = {});
    qint64 totalCount() const { return m_total; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loadFailed(const QString& message);

private:
    Database* m_db = nullptr;
    RequestFilter m_filter;
    QList<Request> m_rows;
    qint64 m_total = 0;
    bool m_fetching = false;
};

} // namespace mladesk
