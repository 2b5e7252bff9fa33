#pragma once

#include <QString>
#include <QStringList>

namespace mladesk {

// What a user may do. Checked in core (access/Session), not only in the UI.
enum class Action {
    ViewContent,      // read a request's, case's or authority's content
    EditContent,      // create and change requests, cases, authorities, states
    ChangeStatus,     // move a request along its workflow (not approval)
    Approve,          // approve an outgoing request (four eyes)
    EditTranslations, // edit the translations of a request's free text
    Import,
    Export,
    ReadAudit, // the audit trail and statistics
    ManageUsers,
    DecideRetention, // set or extend how long received data is kept
    PurgeData,       // destroy received data at its retention sunset
    BackUp,          // copy the whole register into an encrypted backup file
};

// The roles of DESIGN.md ("Who uses it"), as stored keys.
namespace roles {
inline const QString kLiaisonOfficer = QStringLiteral("liaison-officer");
inline const QString kProsecutor = QStringLiteral("prosecutor");
inline const QString kTranslator = QStringLiteral("translator");
inline const QString kAuditor = QStringLiteral("auditor");
inline const QString kAdministrator = QStringLiteral("administrator");
} // namespace roles

QStringList allRoles();
bool isKnownRole(const QString& role);
// Whether any of the roles allows the action. contentGranted lets an auditor
// read case content when an administrator has granted it.
bool allows(const QStringList& roles, Action action, bool contentGranted = false);
QString actionName(Action action);

} // namespace mladesk
