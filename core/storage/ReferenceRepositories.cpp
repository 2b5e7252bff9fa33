#include "ReferenceRepositories.h"

#include "common/ListJson.h"
#include "common/UtcText.h"
#include "domain/Validation.h"
#include "error/CoreText.h"
#include "storage/Database.h"

namespace mladesk {

namespace {

template <typename T, typename Read>
Result<QList<T>> queryAll(Database& db, const QString& sql, const QString& key, Read read) {
    auto statement = db.prepare(sql);
    if (!statement)
        return statement.error();
    if (!key.isNull())
        statement->bind(1, key);
    QList<T> result;
    if (auto done = statement->forEachRow([&](const Statement& row) { result.append(read(row)); }); !done)
        return done.error();
    return result;
}

template <typename T> Result<T> single(Result<QList<T>> rows, const QString& what, const QString& key) {
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(ErrorCode::NotFound,
                         text::Storage::tr("There is no %1 \"%2\" in this register.").arg(what, key));
    return rows->first();
}

Status invalid(const QString& what, const QString& name, const QList<FieldProblem>& problems) {
    QStringList lines;
    for (const FieldProblem& p : problems)
        lines << QStringLiteral("%1: %2").arg(p.field, p.message);
    return makeError(
        ErrorCode::InvalidInput,
        text::Storage::tr("%1 \"%2\" is not valid:\n  %3").arg(what, name, lines.join(QStringLiteral("\n  "))));
}

State readState(const Statement& s) {
    return {s.text(0), s.text(1), stringsFromJson(s.utf8(2)), s.text(3), s.text(4)};
}

Authority readAuthority(const Statement& s) {
    return {s.text(0), s.text(1), s.text(2), s.text(3), stringsFromJson(s.utf8(4)),
            s.text(5), s.text(6), s.text(7), s.text(8)};
}

Case readCase(const Statement& s) {
    return {s.text(0), s.text(1), s.text(2), stringsFromJson(s.utf8(3)), s.text(4), parseUtc(s.text(5))};
}

const QString kStateColumns = QStringLiteral("SELECT code, name, languages, time_zone, contact FROM states");
const QString kAuthorityColumns = QStringLiteral(
    "SELECT id, state, name, kind, languages, time_zone, email, phone, address FROM authorities");
const QString kCaseColumns =
    QStringLiteral("SELECT id, reference, title, offences, prosecutor, created_at FROM cases");

} // namespace

Status StateRepository::save(const State& s) {
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

Result<QList<State>> StateRepository::all() {
    return queryAll<State>(m_db, kStateColumns + QStringLiteral(" ORDER BY code"), {}, readState);
}

Result<State> StateRepository::find(const QString& code) {
    return single(queryAll<State>(m_db, kStateColumns + QStringLiteral(" WHERE code = ?"), code, readState),
                  QStringLiteral("state"), code);
}

Status AuthorityRepository::insert(const Authority& a) {
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

Status AuthorityRepository::update(const Authority& a) {
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

Result<QList<Authority>> AuthorityRepository::all() {
    return queryAll<Authority>(m_db, kAuthorityColumns + QStringLiteral(" ORDER BY id"), {}, readAuthority);
}

Result<Authority> AuthorityRepository::find(const QString& id) {
    return single(
        queryAll<Authority>(m_db, kAuthorityColumns + QStringLiteral(" WHERE id = ?"), id, readAuthority),
        QStringLiteral("authority"), id);
}

Status CaseRepository::insert(const Case& c) {
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

Status CaseRepository::update(const Case& c) {
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

Result<QList<Case>> CaseRepository::all() {
    return queryAll<Case>(m_db, kCaseColumns + QStringLiteral(" ORDER BY id"), {}, readCase);
}

Result<Case> CaseRepository::find(const QString& idOrReference) {
    return single(queryAll<Case>(m_db, kCaseColumns + QStringLiteral(" WHERE id = ?1 OR reference = ?1"),
                                 idOrReference, readCase),
                  QStringLiteral("case"), idOrReference);
}

} // namespace mladesk
