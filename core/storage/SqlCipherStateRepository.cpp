#include "SqlCipherStateRepository.h"

#include "common/ListJson.h"
#include "storage/Database.h"
#include "storage/ReferenceQueries.h"

namespace mladesk {

using namespace referencequeries;

namespace {

State readState(const Statement& s) {
    return {s.text(0), s.text(1), stringsFromJson(s.utf8(2)), s.text(3), s.text(4)};
}

const QString kStateColumns = QStringLiteral("SELECT code, name, languages, time_zone, contact FROM states");

} // namespace

Status SqlCipherStateRepository::save(const State& s) {
    if (const auto problems = validateState(s); !problems.isEmpty())
        return invalid(QStringLiteral("State"), s.code, problems);
    // An UPDATE first: INSERT OR REPLACE would delete the row its authorities refer to.
    for (const char* sql :
         {"UPDATE states SET name = ?2, languages = ?3, time_zone = ?4, contact = ?5 WHERE code = ?1",
          "INSERT INTO states (code, name, languages, time_zone, contact) VALUES (?1, ?2, ?3, ?4, ?5)"}) {
        auto st = m_db.prepare(QString::fromLatin1(sql));
        if (!st)
            return st.error();
        st->bind(1, s.code).bind(2, s.name).bindUtf8(3, listJson(s.languages)).bind(4, s.timeZone);
        st->bindOptional(5, s.contact);
        if (auto done = st->run(); !done)
            return done;
        if (m_db.lastChanges() > 0)
            return {};
    }
    return {};
}

Result<QList<State>> SqlCipherStateRepository::all() {
    return queryAll<State>(m_db, kStateColumns + QStringLiteral(" ORDER BY code"), {}, readState);
}

Result<State> SqlCipherStateRepository::find(const QString& code) {
    return single(queryAll<State>(m_db, kStateColumns + QStringLiteral(" WHERE code = ?"), code, readState),
                  QStringLiteral("state"), code);
}

} // namespace mladesk
