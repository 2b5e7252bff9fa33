#pragma once

#include "repositories/DeadlineRecords.h"
#include "ui/deadlines/DueBucket.h"

#include <QAbstractItemModel>
#include <QPalette>
#include <array>

namespace mladesk {

// The deadlines dashboard: the open deadlines grouped by how soon they are
// due (overdue, today, within a week, later, clocks stopped). Groups are the
// top-level rows, each with its count; the deadlines are their children.
class DeadlinesModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Due, DueThere, Reference, Kind, Instrument, Direction, ColumnCount };
    enum Role { RequestIdRole = Qt::UserRole + 1, KindRole, VariantRole, DirectionRole, BucketRole };

    explicit DeadlinesModel(QObject* parent = nullptr);

    // Sorts the entries into their groups as of now.
    void setEntries(const QList<DueEntry>& entries, const QDateTime& now);
    void setPalette(const QPalette& palette);
    QList<DueEntry> entries() const;
    int count(DueBucket bucket) const { return int(m_groups[size_t(bucket)].size()); }
    const DueEntry* entryAt(const QModelIndex& index) const;
    QModelIndex indexOf(const QString& requestId, const QString& kind, const QString& variant) const;
    QModelIndex groupIndex(DueBucket bucket) const;
    static QString groupTitle(DueBucket bucket);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    // The groups shown, in order: the four of time always, stopped clocks when there are some.
    QList<DueBucket> shownGroups() const;
    QVariant groupData(DueBucket bucket, int column, int role) const;
    QVariant entryData(const DueEntry& entry, DueBucket bucket, int column, int role) const;

    std::array<QList<DueEntry>, kDueBucketCount> m_groups;
    QList<DueBucket> m_shown;
    QPalette m_palette;
};

} // namespace mladesk
