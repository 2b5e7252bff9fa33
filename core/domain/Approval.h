#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <algorithm>

namespace mladesk {

// A prosecutor's approval of an outgoing request (four eyes: docs/audit.md).
// contentHash is RequestService::contentHash() of the request as approved; a later
// change of content withdraws the approval (withdrawnAt, withdrawnBy).
struct Approval {
    QString approver;
    QDateTime at;
    QString comment;
    QString contentHash;
    QDateTime withdrawnAt;
    QString withdrawnBy;
    bool isCurrent() const { return !withdrawnAt.isValid(); }
    bool operator==(const Approval&) const = default;
};

// Who drafted a request and who approved it: what a restore of a whole
// register carries ("drafted_by" and "approvals" in the interchange format,
// docs/interchange.md). Any other import takes none of it.
struct RequestAccountability {
    QString draftedBy;
    QList<Approval> approvals; // by time
    bool isEmpty() const { return draftedBy.isEmpty() && approvals.isEmpty(); }
    bool hasCurrentApproval() const {
        return std::any_of(approvals.cbegin(), approvals.cend(),
                           [](const Approval& a) { return a.isCurrent(); });
    }
};

namespace approvalrule {
// The outgoing statuses a request reaches only after a prosecutor approved
// it: stored with one of them, it has an approval on record (schema v10's
// triggers hold this for every path that writes the register).
inline QStringList approvedStatuses() {
    return {QStringLiteral("approved"),     QStringLiteral("sent"),     QStringLiteral("acknowledged"),
            QStringLiteral("in-execution"), QStringLiteral("executed"), QStringLiteral("refused")};
}
// The outgoing statuses an import that is not a restore keeps.
inline bool isBeforeApproval(const QString& status) {
    return status == QLatin1String("draft") || status == QLatin1String("in-review");
}
} // namespace approvalrule

} // namespace mladesk
