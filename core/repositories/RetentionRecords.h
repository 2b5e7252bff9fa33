#pragma once

#include "domain/Attachment.h"
#include "domain/Deadline.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace mladesk {

// A decision on how long the data received under a request are kept.
struct RetentionDecision {
    QDateTime until;       // UTC; invalid: the instrument's default period, where it sets one
    QString basis;         // instrument | case-decision; empty: case-decision when until is given
    QString article;       // empty: the instrument's retention article
    QString reason;        // why (free text, kept in retention_reviews)
    int reminderDays = -1; // -1: the instrument's reminder
};

// One entry of retention_reviews: every decision, kept after a purge.
struct RetentionReview {
    QString decision; // set | extend | purge
    QDateTime until;  // invalid for a purge
    QString reason;
    QString decidedBy;
    QDateTime decidedAt;
};

// A request whose data's retention ends, or whose reminder is due.
struct Sunset {
    QString requestId;
    QString reference;
    QString instrument;
    QString direction;
    QDateTime until;      // UTC
    QDateTime remindFrom; // until - reminderDays
    QString basis;
    QString article;
    int reminderDays = 30;
    int attachments = 0; // still readable (their key is present)
};

// What a purge destroyed inside the register's records; the rest (files,
// write-ahead log, backups) follows after the transaction commits:
// Storage::destroyRemains().
struct PurgePlan {
    QString requestId;
    QString reference;
    QStringList attachmentIds;
    QDateTime at; // UTC
    QString user;
    QString reason;
    bool beforeUntil = false; // purged before the retention date
};

struct PurgeReport {
    QString requestId;
    QDateTime at;
    int attachments = 0;     // keys destroyed
    int filesRemoved = 0;    // encrypted files overwritten and removed
    QStringList backups;     // backups/NAME folders cleaned as well
    QStringList problems;    // what could not be done, in words a user can act on
    bool walEmptied = false; // the write-ahead log was checkpointed and truncated
};

} // namespace mladesk
