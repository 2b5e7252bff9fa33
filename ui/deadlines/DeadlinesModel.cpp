#include "ui/deadlines/DeadlinesModel.h"

#include "domain/DisplayNames.h"
#include "domain/Instrument.h"
#include "ui/deadlines/DeadlineText.h"
#include "ui/requests/RequestListModel.h"

#include <QFont>
#include <QPainter>
#include <QPixmap>

namespace mladesk {

namespace {

constexpr quintptr kGroupId = 0;

QPixmap swatch(const QColor& colour) {
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return pixmap;
}

} // namespace

DeadlinesModel::DeadlinesModel(QObject* parent)
    : QAbstractItemModel(parent) {
    m_shown = shownGroups();
}

QString DeadlinesModel::groupTitle(DueBucket bucket) {
    switch (bucket) {
    case DueBucket::Overdue:
        return tr("Overdue");
    case DueBucket::Today:
        return tr("Due today");
    case DueBucket::Week:
        return tr("Within 7 days");
    case DueBucket::Later:
        return tr("Later");
    case DueBucket::Stopped:
        return tr("Clocks stopped");
    }
    return {};
}

QList<DueBucket> DeadlinesModel::shownGroups() const {
    QList<DueBucket> shown{DueBucket::Overdue, DueBucket::Today, DueBucket::Week, DueBucket::Later};
    if (!m_groups[size_t(DueBucket::Stopped)].isEmpty())
        shown << DueBucket::Stopped;
    return shown;
}

void DeadlinesModel::setEntries(const QList<DueEntry>& entries, const QDateTime& now) {
    beginResetModel();
    for (auto& group : m_groups)
        group.clear();
    for (const DueEntry& entry : entries) // in due order, as the store gives them
        m_groups[size_t(dueBucket(entry.item, now))].append(entry);
    m_shown = shownGroups();
    endResetModel();
}

void DeadlinesModel::setPalette(const QPalette& palette) {
    m_palette = palette;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QList<DueEntry> DeadlinesModel::entries() const {
    QList<DueEntry> all;
    for (const auto& group : m_groups)
        all += group;
    return all;
}

const DueEntry* DeadlinesModel::entryAt(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() == kGroupId)
        return nullptr;
    const auto& group = m_groups[size_t(index.internalId() - 1)];
    return index.row() < group.size() ? &group[index.row()] : nullptr;
}

QModelIndex DeadlinesModel::indexOf(const QString& requestId, const QString& kind,
                                    const QString& variant) const {
    for (DueBucket bucket : m_shown) {
        const auto& group = m_groups[size_t(bucket)];
        for (int i = 0; i < group.size(); ++i)
            if (group[i].item.requestId == requestId && group[i].item.kind == kind &&
                group[i].item.variant == variant)
                return index(i, 0, groupIndex(bucket));
    }
    return {};
}

QModelIndex DeadlinesModel::groupIndex(DueBucket bucket) const {
    const int row = int(m_shown.indexOf(bucket));
    return row < 0 ? QModelIndex() : createIndex(row, 0, kGroupId);
}

QModelIndex DeadlinesModel::index(int row, int column, const QModelIndex& parent) const {
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_shown.size() ? createIndex(row, column, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.row() >= m_shown.size())
        return {};
    const DueBucket bucket = m_shown[parent.row()];
    if (row >= m_groups[size_t(bucket)].size())
        return {};
    return createIndex(row, column, quintptr(bucket) + 1);
}

QModelIndex DeadlinesModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return groupIndex(DueBucket(child.internalId() - 1));
}

int DeadlinesModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_shown.size());
    if (parent.internalId() != kGroupId || parent.column() != 0 || parent.row() >= m_shown.size())
        return 0;
    return int(m_groups[size_t(m_shown[parent.row()])].size());
}

int DeadlinesModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

Qt::ItemFlags DeadlinesModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kGroupId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant DeadlinesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupId)
        return index.row() < m_shown.size() ? groupData(m_shown[index.row()], index.column(), role)
                                            : QVariant();
    const DueBucket bucket = DueBucket(index.internalId() - 1);
    const DueEntry* entry = entryAt(index);
    return entry ? entryData(*entry, bucket, index.column(), role) : QVariant();
}

QVariant DeadlinesModel::groupData(DueBucket bucket, int column, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        return column == 0 ? tr("%1 (%2)").arg(groupTitle(bucket)).arg(count(bucket)) : QVariant();
    case Qt::ForegroundRole:
        return dueColour(bucket, m_palette);
    case Qt::BackgroundRole:
        return dueBackground(bucket, m_palette);
    case Qt::DecorationRole:
        return column == 0 ? QVariant(swatch(dueColour(bucket, m_palette))) : QVariant();
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case BucketRole:
        return int(bucket);
    default:
        return {};
    }
}

QVariant DeadlinesModel::entryData(const DueEntry& entry, DueBucket bucket, int column, int role) const {
    const DueItem& item = entry.item;
    switch (role) {
    case RequestIdRole:
        return item.requestId;
    case KindRole:
        return item.kind;
    case VariantRole:
        return item.variant;
    case DirectionRole:
        return item.direction;
    case BucketRole:
        return int(bucket);
    case Qt::ForegroundRole:
        return column == Due && bucket != DueBucket::Later ? QVariant(dueColour(bucket, m_palette))
                                                           : QVariant();
    case Qt::ToolTipRole:
        if (column == Instrument)
            return instrumentTitle(item.instrument);
        if (column == DueThere && !entry.governingState.isEmpty())
            return tr("%1 in %2, whose calendar and time zone (%3) govern this deadline")
                .arg(DeadlineText::there(item.due, entry.timeZone), entry.governingState, entry.timeZone);
        if (column == Reference)
            return item.summary;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case Due:
        return item.due.isValid() ? DeadlineText::local(item.due) : tr("Clock stopped");
    case DueThere:
        return DeadlineText::there(item.due, entry.timeZone, true);
    case Reference:
        return item.reference;
    case Kind:
        return DeadlineText::kindLabel(item.kind, item.variant);
    case Instrument:
        return displayName::instrument(item.instrument);
    case Direction:
        return RequestListModel::directionLabel(item.direction);
    }
    return {};
}

QVariant DeadlinesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Due:
        return tr("Due (your time)");
    case DueThere:
        return tr("Governing state's time");
    case Reference:
        return tr("Reference");
    case Kind:
        return tr("Deadline");
    case Instrument:
        return tr("Instrument");
    case Direction:
        return tr("Direction");
    }
    return {};
}

} // namespace mladesk
