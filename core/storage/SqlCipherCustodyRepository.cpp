#include "SqlCipherCustodyRepository.h"

#include "common/UtcText.h"
#include "storage/Database.h"

namespace mladesk {

Status SqlCipherCustodyRepository::add(const CustodyRecord& record) {
    auto st = m_db.prepare(QStringLiteral("INSERT INTO bundle_custody (request_id, bundle_sha256, file_name, "
                                          "report, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, record.requestId)
        .bind(2, record.bundleSha256)
        .bind(3, record.fileName)
        .bind(4, QString::fromUtf8(record.report))
        .bind(5, record.importedBy)
        .bind(6, utcText(record.importedAt.isValid() ? record.importedAt : QDateTime::currentDateTimeUtc()));
    return st->run();
}

Result<QList<CustodyRecord>> SqlCipherCustodyRepository::forRequest(const QString& requestId) {
    auto st =
        m_db.prepare(QStringLiteral("SELECT request_id, bundle_sha256, file_name, report, imported_by, "
                                    "imported_at FROM bundle_custody WHERE request_id = ? ORDER BY id"));
    if (!st)
        return st.error();
    st->bind(1, requestId);
    QList<CustodyRecord> all;
    if (auto done = st->forEachRow([&](const Statement& row) {
            all << CustodyRecord{row.text(0),          row.text(1), row.text(2),
                                 row.text(3).toUtf8(), row.text(4), parseUtc(row.text(5))};
        });
        !done)
        return done.error();
    return all;
}

Result<QList<EarlierImport>> SqlCipherCustodyRepository::possiblyEarlier(const QString& sha256,
                                                                         const QString& requestSha256,
                                                                         const QString& requestId) {
    auto query = m_db.prepare(
        QStringLiteral("SELECT r.reference, c.bundle_sha256, c.report FROM bundle_custody c "
                       "JOIN requests r ON r.id = c.request_id WHERE c.bundle_sha256 = ? "
                       "OR (? <> '' AND instr(c.report, ?) > 0) OR (? <> '' AND instr(c.report, ?) > 0) "
                       "ORDER BY c.id"));
    if (!query)
        return query.error();
    query->bind(1, sha256)
        .bind(2, requestSha256)
        .bind(3, requestSha256)
        .bind(4, requestId)
        .bind(5, requestId);
    QList<EarlierImport> found;
    if (auto done = query->forEachRow([&](const Statement& row) {
            found << EarlierImport{row.text(0), row.text(1), row.text(2).toUtf8()};
        });
        !done)
        return done.error();
    return found;
}

} // namespace mladesk
