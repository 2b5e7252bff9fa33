#pragma once

#include "repositories/RequestListing.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <memory>

namespace mladesk {

class RegisterReader;
class Workspace;

// The request list over the register. A filter or sort change asks a worker
// thread, through the workspace's read side (its own connection, checked
// against the user's roles), for the matching row ids in order; rows are then
// read a page at a time, also off the UI thread, when the view first shows
// them. The window never waits for the database. Reads again by itself when
// the workspace announces that requests changed.
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
        Created,
        Updated,
        ColumnCount
    };
    static constexpr int kPageSize = 100;
    static constexpr int kIdRole = Qt::UserRole + 1;

    explicit RequestListModel(QObject* parent = nullptr);
    ~RequestListModel() override;

    // Shows the workspace's requests; nullptr (locked) shows nothing.
    void setWorkspace(Workspace* workspace);
    void setFilter(const RequestFilter& filter);
    RequestFilter filter() const { return m_filter; }
    // Runs the query again (after an edit, an import).
    void refresh();
    bool isLoading() const { return m_loading; }
    qint64 totalCount() const { return m_rowIds.size(); }
    // The request id of a row, or an empty string while its page loads.
    QString idAt(int row) const;
    int rowOfId(const QString& id) const;
    // Finds the row of a request whose page is not loaded yet (by its
    // reference, off the UI thread) and loads that page; located() tells
    // the row, or -1 when the current list does not hold the request.
    void locate(const QString& id, const QString& reference);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString statusLabel(const QString& status);
    static QString urgencyLabel(const QString& urgency);
    static QString directionLabel(const QString& direction);

signals:
    void loadingChanged(bool loading);
    void loaded(); // the row ids of the current query are in
    void loadFailed(const QString& message);
    void located(const QString& id, int row);

private:
    void query();
    // After a change announced: once, however many changes one commit announced.
    void refreshSoon();
    void requestPage(int page) const;
    const RequestListRow* rowAt(int row) const;

    std::shared_ptr<RegisterReader> m_reader;
    QList<QMetaObject::Connection> m_subscriptions;
    bool m_refreshDue = false;
    RequestFilter m_filter;
    RequestSort m_sort;
    QVector<qint64> m_rowIds;
    mutable QHash<int, QList<RequestListRow>> m_pages;
    mutable QSet<int> m_pending;
    quint64 m_generation = 0;     // of the latest query
    quint64 m_listGeneration = 0; // of the query whose row ids are on show
    bool m_loading = false;
};

} // namespace mladesk
