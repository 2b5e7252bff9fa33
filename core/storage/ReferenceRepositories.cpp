#include "ReferenceRepositories.h"

#include "interchange/EntityJson.h"
#include "storage/Database.h"

namespace mladesk {

namespace {

QStringList stringList(const QString& json) {
    QStringList result;
    for (const QJsonValue& v : parseJsonArray(json))
        result << v.toString();
    return result;
}

template <typename T, typename Read>
Result<QList<T>> queryAll(Database& db, const QString& sql, const QString& key, Read read) {
    auto statement = db.prepare(sql);
    if (!statement)
        return statement.error();
    if (!key.isNull())
        statement->bind(1, key);
    QList<T> result;
    while (true) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        result.append(read(statement.value()));
    }
    return result;
}

template <typename T> Result<T> single(Result<QList<T>> rows, const QString& what, const QString& key) {
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("There is no %1 \"%2\" in this register.").arg(what, key));
    return rows->first();
}

State readState(const Statement& s) {
    return {s.text(0), s.text(1), stringList(s.text(2)), s.text(3), s.text(4)};
}

Authority readAuthority(const Statement& s) {
    return {s.text(0), s.text(1), s.text(2), s.text(3), stringList(s.text(4)),
            s.text(5), s.text(6), s.text(7), s.text(8)};
}

Case readCase(const Statement& s) {
    return {s.text(0), s.text(1), s.text(2), stringList(s.text(3)), s.text(4), parseUtc(s.text(5))};
}

const QString kStateColumns = QStringLiteral("SELECT code, name, languages, time_zone, contact FROM states");
const QString kAuthorityColumns = QStringLiteral(
    "SELECT id, state, name, kind, languages, time_zone, email, phone, address FROM authorities");
const QString kCaseColumns =
    QStringLiteral("SELECT id, reference, title, offences, prosecutor, created_at FROM cases");

} // namespace

Status StateRepository::save(const State& s) {
    auto st = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO states (code, name, languages, time_zone, "
                                          "contact) VALUES (?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, s.code).bind(2, s.name).bind(3, compactJson(toJson(s.languages))).bind(4, s.timeZone);
    st->bindOptional(5, s.contact);
    return st->run();
}

Result<QList<State>> StateRepository::all() {
    return queryAll<State>(m_db, kStateColumns + QStringLiteral(" ORDER BY code"), {}, readState);
}

Result<State> StateRepository::find(const QString& code) {
    return single(queryAll<State>(m_db, kStateColumns + QStringLiteral(" WHERE code = ?"), code, readState),
                  QStringLiteral("state"), code);
}

Status AuthorityRepository::insert(const Authority& a) {
    auto st =
        m_db.prepare(QStringLiteral("INSERT INTO authorities (id, state, name, kind, languages, time_zone, "
                                    "email, phone, address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, a.id).bind(2, a.state).bind(3, a.name).bind(4, a.kind);
    st->bind(5, compactJson(toJson(a.languages))).bind(6, a.timeZone);
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
    auto st = m_db.prepare(QStringLiteral("INSERT INTO cases (id, reference, title, offences, prosecutor, "
                                          "created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, c.id).bind(2, c.reference).bind(3, c.title).bind(4, compactJson(toJson(c.offences)));
    st->bindOptional(5, c.prosecutor).bind(6, utcText(c.createdAt));
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
