#pragma once

#include "domain/Deadline.h"
#include "error/Result.h"
#include "repositories/RetentionRecords.h"

#include <optional>

class QIODevice;

namespace mladesk {

class ServiceGuard;

// Retention sunsets and decisions, the data received under a request (attachments, each encrypted with its
// own key), and purges. Every action passes the ServiceGuard (role, transaction, audit, change events).
class RetentionService {
public:
    explicit RetentionService(ServiceGuard& guard)
        : m_guard(guard) {}

    // Attachments are the data received under a request, each file encrypted
    // with its own key; a purge destroys the keys (crypto-shredding).
    // A file added to an approved outgoing request withdraws the approval.
    Result<Attachment> addAttachment(const QString& idOrReference, const QString& filePath);
    Result<QList<Attachment>> attachments(const QString& idOrReference);
    Status readAttachment(const QString& attachmentId, QIODevice& sink); // records the view

    // The retention in force; none while no decision was taken.
    Result<std::optional<RetentionRecord>> current(const QString& idOrReference);
    Result<RetentionRecord> set(const QString& idOrReference, const RetentionDecision& decision);
    Result<RetentionRecord> extend(const QString& idOrReference, const QDateTime& until,
                                   const QString& reason);
    // Destroys the keys and the free text; then reaches the attachment files
    // and the backups: the report lists what could not be done there.
    Result<PurgeReport> purge(const QString& idOrReference, const QString& reason);
    // Whose reminder falls within withinDays of now (< 0: all). Recorded as a list.
    Result<QList<Sunset>> sunsets(int withinDays);
    // Every decision on the request's retention, kept after a purge.
    Result<QList<RetentionReview>> reviews(const QString& idOrReference);

private:
    ServiceGuard& m_guard;
};

} // namespace mladesk
