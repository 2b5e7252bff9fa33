#include "ImportPolicy.h"

#include <QHash>

namespace mladesk {

namespace {

constexpr int kExamples = 5;

} // namespace

ImportKind ImportPolicy::kindFor(bool isAdministrator, bool registerIsEmpty) {
    return isAdministrator && registerIsEmpty ? ImportKind::Restore : ImportKind::NewWork;
}

ImportAdjustments ImportPolicy::apply(InterchangeData& data, ImportKind kind, const QString& user,
                                      const QList<State>& registerStates) {
    ImportAdjustments done;
    QHash<QString, State> there;
    for (const State& s : registerStates)
        there.insert(s.code, s);
    // What is there already is not written again; on new work, neither is a
    // different version of it.
    data.states.removeIf([&](const State& s) {
        const auto found = there.constFind(s.code);
        if (found == there.constEnd())
            return false;
        if (found.value() == s)
            return true;
        if (kind == ImportKind::Restore)
            return false;
        done.statesKept << s.code;
        return true;
    });
    for (Request& r : data.requests) {
        const auto found = data.accountability.find(r.id);
        RequestAccountability* accountable = found == data.accountability.end() ? nullptr : &found.value();
        if (kind == ImportKind::NewWork && accountable) {
            done.approvalsSetAside += int(accountable->approvals.size());
            accountable->approvals.clear();
        }
        const bool outgoing = r.direction == QLatin1String("outgoing");
        const bool keep =
            !outgoing || approvalrule::isBeforeApproval(r.status) ||
            (kind == ImportKind::Restore &&
             (r.status != QLatin1String("approved") || (accountable && accountable->hasCurrentApproval())));
        if (!keep) {
            r.status = QStringLiteral("draft");
            if (done.examples.size() < kExamples)
                done.examples << r.reference;
            ++done.toDraft;
        }
        // Whoever imports drafts what the file names no drafter for, and
        // all of a new work import: they cannot also approve it.
        if (kind == ImportKind::NewWork || !accountable || accountable->draftedBy.isEmpty())
            data.accountability[r.id].draftedBy = user;
    }
    return done;
}

QString ImportPolicy::describe(const ImportAdjustments& a) {
    QStringList parts;
    if (a.toDraft > 0)
        parts << QStringLiteral("%1 outgoing request(s) came in as drafts (%2%3): approval is given in "
                                "this register, by a prosecutor who did not draft them")
                     .arg(a.toDraft)
                     .arg(a.examples.join(u", "),
                          a.toDraft > a.examples.size() ? QStringLiteral(", ...") : QString());
    if (a.approvalsSetAside > 0)
        parts << QStringLiteral("%1 approval(s) in the file were not taken").arg(a.approvalsSetAside);
    if (!a.statesKept.isEmpty())
        parts << QStringLiteral(
                     "this register's own version of %1 state(s) was kept (%2): the file's differs; "
                     "change them under Authorities and states if the file is right")
                     .arg(a.statesKept.size())
                     .arg(a.statesKept.join(u", "));
    return parts.join(QStringLiteral("; "));
}

} // namespace mladesk
