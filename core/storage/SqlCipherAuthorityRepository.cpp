#include "SqlCipherAuthorityRepository.h"

#include "common/ListJson.h"
#include "storage/Database.h"
#include "storage/ReferenceQueries.h"

namespace mladesk {

using namespace referencequeries;

namespace {

Authority readAuthority(const Statement& s) {
    return {s.text(0), s.text(1), s.text(2), s.text(3), stringsFromJson(s.utf8(4)),
            s.text(5), s.text(6), s.text(7), s.text(8)};
}

const QString kAuthorityColumns = QStringLiteral(
    "SELECT id, state, name, kind, languages, time_zone, email, phone, address FROM authorities");

} // namespace

Status SqlCipherAuthorityRepository::insert(const Authority& a) {
    if (const auto problems = validateAuthority(a); !problems.isEmpty())
        return invalid(QStringLiteral("Authority"), a.name, problems);
    auto st =
        m_db.prepare(QStringLiteral("INSERT INTO authorities (id, state, name, kind, languages, time_zone, "
                                    "email, phone, address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, a.id).bind(2, a.state).bind(3, a.name).bind(4, a.kind);
    st->bindUtf8(5, listJson(a.languages)).bind(6, a.timeZone);
    st->bindOptional(7, a.email).bindOptional(8, a.phone).bindOptional(9, a.address);
    return st->run();
}

Status SqlCipherAuthorityRepository::update(const Authority& a) {
    if (const auto problems = validateAuthority(a); !problems.isEmpty())
        return invalid(QStringLiteral("Authority"), a.name, problems);
    auto st = m_db.prepare(
        QStringLiteral("UPDATE authorities SET state = ?2, name = ?3, kind = ?4, languages = ?5, "
                       "time_zone = ?6, email = ?7, phone = ?8, address = ?9 WHERE id = ?1"));
    if (!st)
        return st.error();
    st->bind(1, a.id).bind(2, a.state).bind(3, a.name).bind(4, a.kind);
    st->bindUtf8(5, listJson(a.languages)).bind(6, a.timeZone);
    st->bindOptional(7, a.email).bindOptional(8, a.phone).bindOptional(9, a.address);
    return st->run();
}

Result<QList<Authority>> SqlCipherAuthorityRepository::all() {
    return queryAll<Authority>(m_db, kAuthorityColumns + QStringLiteral(" ORDER BY id"), {}, readAuthority);
}

Result<Authority> SqlCipherAuthorityRepository::find(const QString& id) {
    return single(
        queryAll<Authority>(m_db, kAuthorityColumns + QStringLiteral(" WHERE id = ?"), id, readAuthority),
        QStringLiteral("authority"), id);
}

} // namespace mladesk
