#include "SqlCipherTrustRepository.h"

#include "common/UtcText.h"
#include "error/CoreText.h"
#include "storage/Database.h"

#include <sqlcipher/sqlite3.h>

namespace mladesk {

namespace {

// Statement binds no BLOBs; the DER of a certificate is one.
class BlobInsert {
public:
    BlobInsert(Database& db, const char* sql)
        : m_db(db) {
        m_rc = sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr);
    }
    ~BlobInsert() { sqlite3_finalize(m_stmt); }
    BlobInsert(const BlobInsert&) = delete;
    BlobInsert& operator=(const BlobInsert&) = delete;
    bool prepared() const { return m_rc == SQLITE_OK; }
    void text(int index, const QString& value) {
        if (value.isEmpty()) {
            sqlite3_bind_null(m_stmt, index);
            return;
        }
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void blob(int index, const QByteArray& value) {
        sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    }
    int step() { return sqlite3_step(m_stmt); }
    sqlite3_stmt* get() { return m_stmt; }
    Error error(const QString& doing) const { return m_db.error(doing); }

private:
    Database& m_db;
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = SQLITE_ERROR;
};

QString columnText(sqlite3_stmt* stmt, int column) {
    const auto* text = sqlite3_column_text(stmt, column);
    return text ? QString::fromUtf8(reinterpret_cast<const char*>(text), sqlite3_column_bytes(stmt, column))
                : QString();
}

QByteArray columnBlob(sqlite3_stmt* stmt, int column) {
    const void* data = sqlite3_column_blob(stmt, column);
    return data ? QByteArray(static_cast<const char*>(data), sqlite3_column_bytes(stmt, column))
                : QByteArray();
}

Result<QList<TrustedCertificate>> select(Database& db, const char* sql, const QString& fingerprint) {
    BlobInsert query(db, sql);
    if (!query.prepared())
        return query.error(text::Storage::tr("reading the trust store"));
    if (!fingerprint.isEmpty())
        query.text(1, fingerprint);
    QList<TrustedCertificate> all;
    while (true) {
        const int rc = query.step();
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW)
            return query.error(text::Storage::tr("reading the trust store"));
        auto info = certificates::fromDer(columnBlob(query.get(), 0));
        if (!info)
            return makeError(ErrorCode::Damaged,
                             text::Storage::tr("A certificate in the trust store is damaged: %1")
                                 .arg(info.error().message));
        TrustedCertificate t;
        t.certificate = info.value();
        t.authorityId = columnText(query.get(), 1);
        t.addedBy = columnText(query.get(), 2);
        t.addedAt = parseUtc(columnText(query.get(), 3));
        all << t;
    }
    return all;
}

} // namespace

Status SqlCipherTrustRepository::add(const TrustedCertificate& trusted) {
    const CertificateInfo& c = trusted.certificate;
    if (auto existing = find(c.fingerprint); existing)
        return makeError(ErrorCode::Conflict,
                         text::Storage::tr("The certificate %1 (%2) is in the trust store already.")
                             .arg(c.fingerprintForPeople(), c.subject));
    BlobInsert insert(m_db,
                      "INSERT INTO trusted_certificates (fingerprint, der, subject, issuer, not_before, "
                      "not_after, authority_id, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert.prepared())
        return insert.error(text::Storage::tr("adding a trusted certificate"));
    insert.text(1, c.fingerprint);
    insert.blob(2, c.der);
    insert.text(3, c.subject);
    insert.text(4, c.issuer);
    insert.text(5, utcText(c.notBefore));
    insert.text(6, utcText(c.notAfter));
    insert.text(7, trusted.authorityId);
    insert.text(8, trusted.addedBy);
    insert.text(9, utcText(trusted.addedAt.isValid() ? trusted.addedAt : QDateTime::currentDateTimeUtc()));
    if (insert.step() != SQLITE_DONE)
        return insert.error(text::Storage::tr("adding a trusted certificate"));
    return {};
}

Result<QList<TrustedCertificate>> SqlCipherTrustRepository::all() {
    return select(m_db,
                  "SELECT der, authority_id, added_by, added_at FROM trusted_certificates ORDER BY subject, "
                  "fingerprint",
                  {});
}

Result<TrustedCertificate> SqlCipherTrustRepository::find(const QString& fingerprint) {
    auto found = select(m_db,
                        "SELECT der, authority_id, added_by, added_at FROM trusted_certificates WHERE "
                        "fingerprint = ?",
                        fingerprint);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound,
                         text::Storage::tr("No certificate in the trust store has the fingerprint %1; "
                                           "\"trust list\" shows them.")
                             .arg(fingerprint));
    return found->first();
}

Status SqlCipherTrustRepository::remove(const QString& fingerprint) {
    if (auto found = find(fingerprint); !found)
        return found.error();
    auto st = m_db.prepare(QStringLiteral("DELETE FROM trusted_certificates WHERE fingerprint = ?"));
    if (!st)
        return st.error();
    st->bind(1, fingerprint);
    return st->run();
}

} // namespace mladesk
