#include "SqlCipherCaseRepository.h"

#include "common/ListJson.h"
#include "common/UtcText.h"
#include "storage/Database.h"
#include "storage/ReferenceQueries.h"

namespace mladesk {

using namespace referencequeries;

namespace {

Case readCase(const Statement& s) {
    return {s.text(0), s.text(1), s.text(2), stringsFromJson(s.utf8(3)), s.text(4), parseUtc(s.text(5))};
}

const QString kCaseColumns =
    QStringLiteral("SELECT id, reference, title, offences, prosecutor, created_at FROM cases");

} // namespace

Status SqlCipherCaseRepository::insert(const Case& c) {
    if (const auto problems = validateCase(c); !problems.isEmpty())
        return invalid(QStringLiteral("Case"), c.reference, problems);
    auto st = m_db.prepare(QStringLiteral("INSERT INTO cases (id, reference, title, offences, prosecutor, "
                                          "created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, c.id).bind(2, c.reference).bind(3, c.title).bindUtf8(4, listJson(c.offences));
    st->bindOptional(5, c.prosecutor).bind(6, utcText(c.createdAt));
    return st->run();
}

Status SqlCipherCaseRepository::update(const Case& c) {
    if (const auto problems = validateCase(c); !problems.isEmpty())
        return invalid(QStringLiteral("Case"), c.reference, problems);
    auto st = m_db.prepare(
        QStringLiteral("UPDATE cases SET reference = ?2, title = ?3, offences = ?4, prosecutor = ?5 "
                       "WHERE id = ?1"));
    if (!st)
        return st.error();
    st->bind(1, c.id).bind(2, c.reference).bind(3, c.title).bindUtf8(4, listJson(c.offences));
    st->bindOptional(5, c.prosecutor);
    return st->run();
}

Result<QList<Case>> SqlCipherCaseRepository::all() {
    return queryAll<Case>(m_db, kCaseColumns + QStringLiteral(" ORDER BY id"), {}, readCase);
}

Result<Case> SqlCipherCaseRepository::find(const QString& idOrReference) {
    return single(queryAll<Case>(m_db, kCaseColumns + QStringLiteral(" WHERE id = ?1 OR reference = ?1"),
                                 idOrReference, readCase),
                  QStringLiteral("case"), idOrReference);
}

} // namespace mladesk
