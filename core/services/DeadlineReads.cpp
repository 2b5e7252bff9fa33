#include "DeadlineReads.h"

#include "interchange/DeadlineCalendar.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/RequestRepository.h"
#include "repositories/Storage.h"

namespace mladesk {

namespace {

QString governingKey(const QString& kind, const QString& variant) {
    return kind + QLatin1Char('\n') + variant;
}

} // namespace

Result<QList<Deadline>> DeadlineReads::deadlinesOf(const QString& idOrReference) {
    auto request = m_storage.requests().find(idOrReference);
    if (!request)
        return request.error();
    return m_storage.deadlines().deadlinesOf(request.value());
}

Result<QList<DueItem>> DeadlineReads::due(const DueFilter& filter) {
    return m_storage.deadlines().due(filter);
}

Result<QList<DueDeadline>> DeadlineReads::dueWithTrails(const DueFilter& filter) {
    return m_storage.deadlines().dueWithTrails(filter);
}

Result<DeadlineCounts> DeadlineReads::counts() {
    return m_storage.deadlines().counts();
}

Result<QList<DueEntry>> DeadlineReads::dueEntries(const QDateTime& now, GoverningCache& cache) {
    DueFilter filter;
    filter.now = now;
    auto due = m_storage.deadlines().due(filter);
    if (!due)
        return due.error();
    QList<DueEntry> entries;
    for (const DueItem& item : due.value()) {
        if (!item.governingState.isEmpty()) {
            entries.append({item, item.governingState, item.timeZone});
            continue;
        }
        auto found = cache.constFind(item.requestId);
        if (found == cache.constEnd()) {
            QHash<QString, GoverningState> governing;
            if (auto request = m_storage.requests().find(item.requestId))
                if (auto deadlines = m_storage.deadlines().deadlinesOf(request.value()))
                    for (const Deadline& d : deadlines.value())
                        governing.insert(governingKey(d.kind, d.variant), {d.governingState, d.timeZone});
            found = cache.insert(item.requestId, governing);
        }
        const GoverningState g = found->value(governingKey(item.kind, item.variant));
        entries.append({item, g.state, g.timeZone});
    }
    return entries;
}

Result<std::optional<Deadline>> DeadlineReads::deadline(const QString& requestId, const QString& kind,
                                                        const QString& variant) {
    auto deadlines = deadlinesOf(requestId);
    if (!deadlines)
        return deadlines.error();
    std::optional<Deadline> found;
    for (const Deadline& d : deadlines.value())
        if (d.kind == kind && d.variant == variant)
            found = d;
    return found;
}

Result<DeadlineReads::Calendar> DeadlineReads::calendar(const QDateTime& now) {
    DueFilter filter;
    filter.now = now;
    auto due = m_storage.deadlines().due(filter);
    if (!due)
        return due.error();
    auto ics = deadlinesToICalendar(due.value(), now);
    if (!ics)
        return ics.error();
    Calendar calendar{std::move(ics).value(), 0};
    for (const DueItem& item : due.value())
        if (item.due.isValid())
            ++calendar.events;
    return calendar;
}

} // namespace mladesk
