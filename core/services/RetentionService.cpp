#include "RetentionService.h"

#include "common/UtcText.h"
#include "repositories/AccountabilityRepository.h"
#include "repositories/AttachmentRepository.h"
#include "repositories/RequestRepository.h"
#include "repositories/RetentionRepository.h"
#include "repositories/Storage.h"
#include "services/ServiceGuard.h"
#include "services/Session.h"

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

// A retention decision moves the request's "retention-end" deadline, and
// with it the request's next due date.
void announceRetention(ActionScope& scope, const QString& requestId) {
    scope.announce(Change::Kind::Retention, requestId);
    scope.announce(Change::Kind::Deadlines, requestId);
    scope.announce(Change::Kind::Request, requestId);
}

} // namespace

Result<Attachment> RetentionService::addAttachment(const QString& idOrReference, const QString& filePath) {
    std::optional<Attachment> added;
    auto done = m_guard.run(Action::EditContent, [&](ActionScope& scope) -> Result<Attachment> {
        Storage& storage = scope.storage();
        auto request = storage.requests().find(idOrReference);
        if (!request)
            return request.error();
        auto attachment = storage.attachments().add(request->id, filePath);
        if (!attachment)
            return attachment.error();
        added = attachment.value();
        scope.announce(Change::Kind::Retention, request->id);
        // The file name may name a person: the audit entry has the id only.
        if (auto st = scope.audit(QStringLiteral("attachment-added"), requestObject(request->id),
                                  QStringLiteral("attachment %1, %2 bytes, %3")
                                      .arg(added->id)
                                      .arg(added->size)
                                      .arg(added->mediaType));
            !st)
            return st.error();
        // A file added to an approved request goes out with it: what the
        // prosecutor approved is no longer all that would be sent.
        if (request->direction != QLatin1String("outgoing") || request->status != QLatin1String("approved"))
            return *added;
        if (auto st = storage.requests().changeStatus(request->id, QStringLiteral("draft")); !st)
            return st.error();
        if (auto st = storage.accountability().withdrawApproval(request->id, m_guard.session().user(),
                                                                QDateTime::currentDateTimeUtc());
            !st)
            return st.error();
        scope.announce(Change::Kind::Request, request->id);
        if (auto st = scope.audit(QStringLiteral("approval-withdrawn"), requestObject(request->id),
                                  QStringLiteral("attachment added after approval; approved -> draft"));
            !st)
            return st.error();
        return *added;
    });
    // The encrypted file is written before its row: nothing of it may stay
    // when the row did not make it into the register.
    if (!done && added)
        m_guard.storage().attachments().discardFile(added->id);
    return done;
}

Result<QList<Attachment>> RetentionService::attachments(const QString& idOrReference) {
    if (auto st = m_guard.require(Action::ViewContent); !st)
        return st.error();
    auto request = m_guard.storage().requests().find(idOrReference);
    if (!request)
        return request.error();
    return m_guard.storage().attachments().list(request->id);
}

Status RetentionService::readAttachment(const QString& attachmentId, QIODevice& sink) {
    auto viewed = m_guard.run(Action::ViewContent, [&](ActionScope& scope) -> Result<Attachment> {
        auto attachment = scope.storage().attachments().find(attachmentId);
        if (!attachment)
            return attachment.error();
        if (auto st = scope.audit(QStringLiteral("view"), requestObject(attachment->requestId),
                                  QStringLiteral("attachment %1").arg(attachment->id));
            !st)
            return st.error();
        return attachment;
    });
    if (!viewed)
        return viewed.error();
    return m_guard.storage().attachments().read(attachmentId, sink);
}

Result<std::optional<RetentionRecord>> RetentionService::current(const QString& idOrReference) {
    if (auto st = m_guard.require(Action::ViewContent); !st)
        return st.error();
    auto request = m_guard.storage().requests().find(idOrReference);
    if (!request)
        return request.error();
    return m_guard.storage().retention().current(request->id);
}

Result<RetentionRecord> RetentionService::set(const QString& idOrReference,
                                              const RetentionDecision& decision) {
    return m_guard.run(Action::DecideRetention, [&](ActionScope& scope) -> Result<RetentionRecord> {
        auto request = scope.storage().requests().find(idOrReference);
        if (!request)
            return request.error();
        auto set = scope.storage().retention().set(request.value(), decision, m_guard.session().user());
        if (!set)
            return set.error();
        announceRetention(scope, request->id);
        if (auto st = scope.audit(QStringLiteral("retention-set"), requestObject(request->id),
                                  retentionDetail(set.value()));
            !st)
            return st.error();
        return set;
    });
}

Result<RetentionRecord> RetentionService::extend(const QString& idOrReference, const QDateTime& until,
                                                 const QString& reason) {
    return m_guard.run(Action::DecideRetention, [&](ActionScope& scope) -> Result<RetentionRecord> {
        auto request = scope.storage().requests().find(idOrReference);
        if (!request)
            return request.error();
        auto extended =
            scope.storage().retention().extend(request.value(), until, reason, m_guard.session().user());
        if (!extended)
            return extended.error();
        announceRetention(scope, request->id);
        if (auto st = scope.audit(QStringLiteral("retention-extended"), requestObject(request->id),
                                  retentionDetail(extended.value()));
            !st)
            return st.error();
        return extended;
    });
}

Result<PurgeReport> RetentionService::purge(const QString& idOrReference, const QString& reason) {
    auto plan = m_guard.run(Action::PurgeData, [&](ActionScope& scope) -> Result<PurgePlan> {
        auto request = scope.storage().requests().find(idOrReference);
        if (!request)
            return request.error();
        auto purged = scope.storage().retention().purge(request.value(), reason, m_guard.session().user());
        if (!purged)
            return purged.error();
        // The free texts are redacted: the request, its translations and
        // its deadlines (retention-end) all change.
        announceRetention(scope, request->id);
        scope.announce(Change::Kind::Translations, request->id);
        if (auto st =
                scope.audit(QStringLiteral("purged"), requestObject(request->id),
                            QStringLiteral("%1 attachment key(s) destroyed, free text redacted%2")
                                .arg(purged->attachmentIds.size())
                                .arg(purged->beforeUntil ? QStringLiteral(", before the end of its retention")
                                                         : QString()));
            !st)
            return st.error();
        return purged;
    });
    if (!plan)
        return plan.error();
    // The keys are gone and the transaction is durable: now the files, the
    // write-ahead log and the backups.
    PurgeReport report = m_guard.storage().destroyRemains(plan.value());
    if (report.problems.isEmpty())
        return report;
    const Status recorded = m_guard.inTransaction([&](ActionScope& scope) -> Status {
        return scope.audit(QStringLiteral("purge-incomplete"), requestObject(plan->requestId),
                           QStringLiteral("%1 file(s) removed of %2, %3 backup(s) cleaned, %4 problem(s)")
                               .arg(report.filesRemoved)
                               .arg(report.attachments)
                               .arg(report.backups.size())
                               .arg(report.problems.size()));
    });
    if (!recorded)
        report.problems << recorded.error().message;
    return report;
}

Result<QList<Sunset>> RetentionService::sunsets(int withinDays) {
    return m_guard.run(Action::ViewContent, [&](ActionScope& scope) -> Result<QList<Sunset>> {
        auto list = scope.storage().retention().sunsets(withinDays);
        if (!list)
            return list;
        if (auto st = scope.audit(QStringLiteral("list"), QStringLiteral("retention"),
                                  QStringLiteral("%1 sunsets").arg(list->size()));
            !st)
            return st.error();
        return list;
    });
}

Result<QList<RetentionReview>> RetentionService::reviews(const QString& idOrReference) {
    if (auto st = m_guard.require(Action::ViewContent); !st)
        return st.error();
    auto request = m_guard.storage().requests().find(idOrReference);
    if (!request)
        return request.error();
    return m_guard.storage().retention().reviews(request->id);
}

} // namespace mladesk
