#pragma once

#include "error/Result.h"
#include "repositories/AuditRecords.h"

#include <QByteArray>

namespace mladesk {

// An anchor of the audit trail (docs/audit.md, "Anchors"): a statement of the
// chain head (register id, seq, hash, times) signed as CMS SignedData with
// the statement inside (what `openssl cms -sign -nodetach -binary` makes, and
// what `openssl cms -verify` checks and prints), by a key the register's
// users do not hold alone, and kept outside the register by the oversight
// body. The signature itself is made and checked with core/bundle's
// CmsSigner and CmsVerifier, which work on detached signatures: encapsulate()
// and separate() move the statement into and out of the SignedData.
class AuditAnchor {
public:
    static constexpr auto kFormat = "mladesk-audit-anchor";
    static constexpr auto kLogFormat = "mladesk-audit-log"; // audit log --format json
    static constexpr int kVersion = 1;
    // A signed audit export may serve as an anchor: it can be large.
    static constexpr qint64 kMaxFileSize = qint64(64) * 1024 * 1024;

    // The statement: indented JSON with sorted keys (format, version,
    // register_id, head_seq, head_hash, head_at, anchored_at, anchored_by).
    static QByteArray statement(const AuditHead& head);
    // Reads a statement, or an audit export (its register_id, head_seq and
    // head_hash). An export must hold together: its entries one unbroken
    // chain (from the genesis, or from the first entry's prev_hash) ending
    // exactly at head_seq / head_hash, each entry matching its hash, and
    // "intact": true; an export that leaves entries out is refused. A key
    // given twice in one object is refused in either. Anything else is
    // refused with the reason (a sentence without a subject: "the file is
    // not ...", for "The anchor F is refused: ").
    static Result<AuditHead> parseStatement(const QByteArray& json);

    // A detached SignedData (DER) and the content it signs -> the same
    // SignedData carrying the content (DER). The signature is unchanged.
    static Result<QByteArray> encapsulate(const QByteArray& detachedDer, const QByteArray& content);
    struct Parts {
        QByteArray detachedDer; // the SignedData without its content
        QByteArray content;
    };
    // The reverse, for a file as given: refuses what is not SignedData
    // carrying data content, or is larger than kMaxFileSize.
    static Result<Parts> separate(const QByteArray& der);
};

} // namespace mladesk
