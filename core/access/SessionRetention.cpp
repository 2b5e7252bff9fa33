// Session: attachments and retention sunsets (declared in Session.h).
#include "Session.h"
#include "interchange/EntityJson.h"
#include "storage/Database.h"
#include "storage/Register.h"
#include "storage/RequestRepository.h"

namespace mladesk {

namespace {

QString requestObject(const QString& id) {
    return QStringLiteral("request:") + id;
}

// Audit details name dates, bases and articles, never the reasons: those
// are free text and may name people (they are kept in retention_reviews).
QString retentionDetail(const RetentionRecord& r) {
    return QStringLiteral("until %1, basis %2%3, reminder %4 days")
        .arg(utcText(r.until), r.basis, r.article.isEmpty() ? QString() : QStringLiteral(", ") + r.article)
        .arg(r.reminderDays);
}

} // namespace

Result<Attachment> Session::addAttachment(const QString& idOrReference, const QString& filePath) {
    if (auto st = require(Action::EditContent); !st)
        return st.error();
    auto request = RequestRepository(database()).find(idOrReference);
    if (!request)
        return request.error();
    AttachmentStore store(database(), m_register.attachmentsPath());
    std::optional<Attachment> added;
    const Status done = inTransaction([&]() -> Status {
        auto attachment = store.add(request->id, filePath);
        if (!attachment)
            return attachment.error();
        added = attachment.value();
        // The file name may name a person: the audit entry has the id only.
        if (auto st = record(QStringLiteral("attachment-added"), requestObject(request->id),
                             QStringLiteral("attachment %1, %2 bytes, %3")
                                 .arg(added->id)
                                 .arg(added->size)
                                 .arg(added->mediaType));
            !st)
            return st;
        // A file added to an approved request goes out with it: what the
        // prosecutor approved is no longer all that would be sent.
        if (request->direction != QLatin1String("outgoing") || request->status != QLatin1String("approved"))
            return {};
        if (auto st = RequestRepository(database()).changeStatus(request->id, QStringLiteral("draft")); !st)
            return st;
        if (auto st = withdrawApproval(request->id); !st)
            return st;
        return record(QStringLiteral("approval-withdrawn"), requestObject(request->id),
                      QStringLiteral("attachment added after approval; approved -> draft"));
    });
    if (!done) {
        if (added)
            store.discardFile(added->id);
        return done.error();
    }
    return *added;
}

Result<QList<Attachment>> Session::attachments(const QString& idOrReference) {
    if (auto st = require(Action::ViewContent); !st)
        return st.error();
    auto request = RequestRepository(database()).find(idOrReference);
    if (!request)
        return request.error();
    return AttachmentStore(database(), m_register.attachmentsPath()).list(request->id);
}

Status Session::readAttachment(const QString& attachmentId, QIODevice& sink) {
    if (auto st = require(Action::ViewContent); !st)
        return st;
    AttachmentStore store(database(), m_register.attachmentsPath());
    auto attachment = store.find(attachmentId);
    if (!attachment)
        return attachment.error();
    if (auto st = record(QStringLiteral("view"), requestObject(attachment->requestId),
                         QStringLiteral("attachment %1").arg(attachment->id));
        !st)
        return st;
    return store.read(attachmentId, sink);
}

Result<RetentionRecord> Session::setRetention(const QString& idOrReference,
                                              const RetentionDecision& decision) {
    if (auto st = require(Action::DecideRetention); !st)
        return st.error();
    auto request = RequestRepository(database()).find(idOrReference);
    if (!request)
        return request.error();
    std::optional<RetentionRecord> stored;
    const Status done = inTransaction([&]() -> Status {
        auto set = RetentionStore(database()).set(request.value(), decision, user());
        if (!set)
            return set.error();
        stored = set.value();
        return record(QStringLiteral("retention-set"), requestObject(request->id), retentionDetail(*stored));
    });
    if (!done)
        return done.error();
    return *stored;
}

Result<RetentionRecord> Session::extendRetention(const QString& idOrReference, const QDateTime& until,
                                                 const QString& reason) {
    if (auto st = require(Action::DecideRetention); !st)
        return st.error();
    auto request = RequestRepository(database()).find(idOrReference);
    if (!request)
        return request.error();
    std::optional<RetentionRecord> stored;
    const Status done = inTransaction([&]() -> Status {
        auto extended = RetentionStore(database()).extend(request.value(), until, reason, user());
        if (!extended)
            return extended.error();
        stored = extended.value();
        return record(QStringLiteral("retention-extended"), requestObject(request->id),
                      retentionDetail(*stored));
    });
    if (!done)
        return done.error();
    return *stored;
}

Result<PurgeReport> Session::purge(const QString& idOrReference, const QString& reason) {
    if (auto st = require(Action::PurgeData); !st)
        return st.error();
    auto request = RequestRepository(database()).find(idOrReference);
    if (!request)
        return request.error();
    std::optional<PurgePlan> plan;
    const Status done = inTransaction([&]() -> Status {
        auto purged = RetentionStore(database()).purge(request.value(), reason, user());
        if (!purged)
            return purged.error();
        plan = purged.value();
        return record(
            QStringLiteral("purged"), requestObject(request->id),
            QStringLiteral("%1 attachment key(s) destroyed, free text redacted%2")
                .arg(plan->attachmentIds.size())
                .arg(plan->beforeUntil ? QStringLiteral(", before the end of its retention") : QString()));
    });
    if (!done)
        return done.error();
    // The keys are gone and the transaction is durable: now the files, the
    // write-ahead log and the backups.
    PurgeReport report = RetentionStore::destroyRemains(m_register, *plan);
    if (!report.problems.isEmpty())
        if (auto st = record(QStringLiteral("purge-incomplete"), requestObject(request->id),
                             QStringLiteral("%1 file(s) removed of %2, %3 backup(s) cleaned, %4 problem(s)")
                                 .arg(report.filesRemoved)
                                 .arg(report.attachments)
                                 .arg(report.backups.size())
                                 .arg(report.problems.size()));
            !st)
            report.problems << st.error().message;
    return report;
}

Result<QList<Sunset>> Session::sunsets(int withinDays) {
    if (auto st = require(Action::ViewContent); !st)
        return st.error();
    auto list = RetentionStore(database()).sunsets(withinDays);
    if (!list)
        return list;
    if (auto st = record(QStringLiteral("list"), QStringLiteral("retention"),
                         QStringLiteral("%1 sunsets").arg(list->size()));
        !st)
        return st.error();
    return list;
}

Result<QList<RetentionReview>> Session::retentionReviews(const QString& idOrReference) {
    if (auto st = require(Action::ViewContent); !st)
        return st.error();
    auto request = RequestRepository(database()).find(idOrReference);
    if (!request)
        return request.error();
    return RetentionStore(database()).reviews(request->id);
}

} // namespace mladesk
