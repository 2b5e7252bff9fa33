#pragma once

#include <QString>
#include <QStringList>

namespace mladesk {

// The life of a request, per direction. Statuses are stable keys used in the
// register, the CLI and the interchange format.
//
// Outgoing: draft -> in-review -> approved -> sent -> acknowledged ->
//           in-execution -> executed -> closed; refused and withdrawn end early.
// Incoming: received -> acknowledged -> recognized -> in-execution -> executed
//           -> closed; refused (grounds for non-recognition, e.g. EIO Art. 11)
//           and postponed (EIO Art. 15) on the way.
class RequestWorkflow {
public:
    static QStringList statuses(const QString& direction);
    static QString initialStatus(const QString& direction);
    static bool isKnownStatus(const QString& direction, const QString& status);
    static QStringList allowedNext(const QString& direction, const QString& status);
    static bool canMove(const QString& direction, const QString& from, const QString& to);
};

} // namespace mladesk
