#pragma once

#include "error/Result.h"
#include "repositories/TrustRecords.h"

#include <QList>
#include <QString>

namespace mladesk {

// Chain-of-custody records of imported bundles.
class CustodyRepository {
public:
    virtual ~CustodyRepository() = default;

    virtual Status add(const CustodyRecord& record) = 0;
    virtual Result<QList<CustodyRecord>> forRequest(const QString& requestId) = 0;
    // Earlier imports that may be this one again, oldest first: the same
    // bundle file (sha256), or a report that names the same signed
    // request.json (requestSha256) or the sender's request id (empty: not
    // looked for). The caller decides from the reports.
    virtual Result<QList<EarlierImport>> possiblyEarlier(const QString& sha256, const QString& requestSha256,
                                                         const QString& requestId) = 0;
};

} // namespace mladesk
