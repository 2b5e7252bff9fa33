#include "SqlCipherUserRepository.h"

#include "access/Role.h"
#include "common/ListJson.h"
#include "common/UtcText.h"
#include "storage/Database.h"

namespace mladesk {

namespace {

UserRecord readUser(const Statement& row) {
    QStringList roles;
    for (const QJsonValue& v : parseJsonArray(row.text(1)))
        roles << v.toString();
    return {row.text(0), roles, row.integer(2) != 0, parseUtc(row.text(3))};
}

} // namespace

Result<QList<UserRecord>> SqlCipherUserRepository::all() {
    auto st = m_db.prepare(
        QStringLiteral("SELECT name, roles, content_access, created_at FROM users ORDER BY name"));
    if (!st)
        return st.error();
    QList<UserRecord> users;
    if (auto done = st->forEachRow([&](const Statement& row) { users.append(readUser(row)); }); !done)
        return done.error();
    return users;
}

Result<UserRecord> SqlCipherUserRepository::find(const QString& name) {
    auto users = all();
    if (!users)
        return users.error();
    for (const UserRecord& u : users.value())
        if (u.name == name)
            return u;
    return makeError(ErrorCode::NotFound,
                     QStringLiteral("There is no user \"%1\" in this register.").arg(name));
}

Status SqlCipherUserRepository::save(const UserRecord& u) {
    for (const QString& role : u.roles)
        if (!isKnownRole(role))
            return makeError(
                ErrorCode::InvalidInput,
                QStringLiteral("\"%1\" is not a role (roles: %2).").arg(role, allRoles().join(u", ")));
    for (const char* sql :
         {"UPDATE users SET roles = ?2, content_access = ?3 WHERE name = ?1",
          "INSERT INTO users (name, roles, content_access, created_at) VALUES (?1, ?2, ?3, ?4)"}) {
        auto st = m_db.prepare(QString::fromLatin1(sql));
        if (!st)
            return st.error();
        st->bind(1, u.name).bindUtf8(2, listJson(u.roles)).bind(3, qint64(u.contentAccess ? 1 : 0));
        if (QString::fromLatin1(sql).startsWith(QLatin1String("INSERT")))
            st->bind(4, utcText(u.createdAt.isValid() ? u.createdAt : QDateTime::currentDateTimeUtc()));
        if (auto done = st->run(); !done)
            return done;
        if (m_db.lastChanges() > 0)
            return {};
    }
    return {};
}

Status SqlCipherUserRepository::remove(const QString& name) {
    auto st = m_db.prepare(QStringLiteral("DELETE FROM users WHERE name = ?"));
    if (!st)
        return st.error();
    st->bind(1, name);
    return st->run();
}

Result<int> SqlCipherUserRepository::countWithRole(const QString& role) {
    auto users = all();
    if (!users)
        return users.error();
    int count = 0;
    for (const UserRecord& u : users.value())
        count += u.roles.contains(role) ? 1 : 0;
    return count;
}

} // namespace mladesk
