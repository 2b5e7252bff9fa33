#pragma once

#include "interchange/InterchangeData.h"

#include <QString>
#include <QStringList>

namespace mladesk {

// What an import may keep of a file's workflow (four eyes; docs/interchange.md,
// "Restore or new work"). An import never creates an approval that no
// prosecutor gave in a register:
// - Restore: an administrator moves or restores a whole register into an
//   empty one. Statuses, drafters and approvals are kept as the file records
//   them (each approval is written to the audit trail as imported), so that
//   export -> import -> export is byte-identical. A request the file calls
//   "approved" without a current approval comes in as a draft.
// - New work: any other import. Outgoing requests enter as drafts (one in
//   review stays in review), drafted by the user who imports them; the
//   file's approvals are set aside.
enum class ImportKind { Restore, NewWork };

struct ImportAdjustments {
    int toDraft = 0;           // outgoing requests whose status the file gave could not be kept
    int approvalsSetAside = 0; // approvals in the file that were not taken
    QStringList examples;      // the first references moved to draft, for the message
    QStringList statesKept;    // states whose version in the register was kept (the file's differs)
};

class ImportPolicy {
public:
    // Restore when the importer administers the register and it holds no
    // request, case or authority; otherwise new work.
    static ImportKind kindFor(bool isAdministrator, bool registerIsEmpty);
    // Adjusts data in place for the kind; user is the importing user. The
    // register's states: a restore takes the file's version of each; new
    // work keeps the register's where the file's differs (reported in
    // statesKept), and a state that is there with the same content is no
    // change either way.
    static ImportAdjustments apply(InterchangeData& data, ImportKind kind, const QString& user,
                                   const QList<State>& registerStates = {});
    // One sentence for the user and the audit trail; empty when nothing changed.
    static QString describe(const ImportAdjustments& adjustments);
};

} // namespace mladesk
