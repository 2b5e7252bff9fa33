#include "RegisterReader.h"

#include "error/CoreText.h"
#include "repositories/RequestListRepository.h"
#include "repositories/Storage.h"

namespace mladesk {

RegisterReader::RegisterReader(std::unique_ptr<Storage> storage, User user)
    : m_storage(std::move(storage))
    , m_user(std::move(user))
    , m_registerId(m_storage->registerId()) {
}

RegisterReader::~RegisterReader() = default;

bool RegisterReader::can(Action action) const {
    return allows(m_user.roles, action, m_user.contentGranted);
}

Status RegisterReader::require(Action action) const {
    if (can(action))
        return {};
    // The words of Session::require, so a refusal reads the same on either side.
    return makeError(ErrorCode::Forbidden, text::Services::tr("%1 (%2) may not %3.")
                                               .arg(m_user.name,
                                                    m_user.roles.isEmpty() ? text::Services::tr("no role")
                                                                           : m_user.roles.join(u", "),
                                                    actionName(action)));
}

Result<QVector<qint64>> RegisterReader::requestKeys(const RequestFilter& filter, const RequestSort& sort) {
    if (Status allowed = require(Action::ViewContent); !allowed)
        return allowed.error();
    QMutexLocker turn(&m_turn);
    return m_storage->requestList().keys(filter, sort);
}

Result<QList<RequestListRow>> RegisterReader::requestRows(const QVector<qint64>& keys) {
    if (Status allowed = require(Action::ViewContent); !allowed)
        return allowed.error();
    QMutexLocker turn(&m_turn);
    return m_storage->requestList().rows(keys);
}

Result<qint64> RegisterReader::requestKey(const QString& id, const QString& reference) {
    if (Status allowed = require(Action::ViewContent); !allowed)
        return allowed.error();
    QMutexLocker turn(&m_turn);
    RequestFilter byReference;
    byReference.search = reference;
    auto candidates = m_storage->requestList().keys(byReference, {});
    if (!candidates)
        return candidates.error();
    auto rows = m_storage->requestList().rows(candidates.value());
    if (!rows)
        return rows.error();
    for (const RequestListRow& row : rows.value())
        if (row.id == id)
            return row.key;
    return qint64(-1);
}

Result<QList<DueItem>> RegisterReader::due(const DueFilter& filter) {
    if (Status allowed = require(Action::ViewContent); !allowed)
        return allowed.error();
    QMutexLocker turn(&m_turn);
    return DeadlineReads(*m_storage).due(filter);
}

Result<QList<DueEntry>> RegisterReader::dueEntries(const QDateTime& now, GoverningCache& cache) {
    if (Status allowed = require(Action::ViewContent); !allowed)
        return allowed.error();
    QMutexLocker turn(&m_turn);
    return DeadlineReads(*m_storage).dueEntries(now, cache);
}

Result<std::optional<Deadline>> RegisterReader::deadline(const QString& requestId, const QString& kind,
                                                         const QString& variant) {
    if (Status allowed = require(Action::ViewContent); !allowed)
        return allowed.error();
    QMutexLocker turn(&m_turn);
    return DeadlineReads(*m_storage).deadline(requestId, kind, variant);
}

Result<DeadlineReads::Calendar> RegisterReader::calendar(const QDateTime& now) {
    for (Action needed : {Action::ViewContent, Action::Export})
        if (Status allowed = require(needed); !allowed)
            return allowed.error();
    QMutexLocker turn(&m_turn);
    return DeadlineReads(*m_storage).calendar(now);
}

Status RegisterReader::checkIntegrity() {
    QMutexLocker turn(&m_turn);
    return m_storage->checkIntegrity();
}

void RegisterReader::interrupt() {
    m_storage->interrupt();
}

} // namespace mladesk
