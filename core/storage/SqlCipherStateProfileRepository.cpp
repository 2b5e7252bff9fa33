#include "SqlCipherStateProfileRepository.h"

#include "common/UtcText.h"
#include "domain/Validation.h"
#include "rules/CatalogueJson.h"
#include "storage/Database.h"

#include <QJsonDocument>

namespace mladesk {

Result<Catalogue> SqlCipherStateProfileRepository::catalogue() {
    const auto& shipped = Catalogue::shipped();
    if (!shipped)
        return shipped.error();
    Catalogue catalogue = shipped.value();
    auto known = m_db.prepare(QStringLiteral("SELECT code, name, time_zone FROM states"));
    if (!known)
        return known.error();
    if (auto st = known->forEachRow([&](const Statement& row) {
            if (catalogue.state(row.text(0)))
                return;
            StateProfile minimal;
            minimal.code = row.text(0);
            minimal.name = row.text(1);
            minimal.timeZone = isTimeZone(row.text(2)) ? row.text(2) : QStringLiteral("UTC");
            catalogue.putState(minimal);
        });
        !st)
        return st.error();
    auto edited = m_db.prepare(QStringLiteral("SELECT code, profile FROM state_profiles"));
    if (!edited)
        return edited.error();
    std::optional<Error> problem;
    if (auto st = edited->forEachRow([&](const Statement& row) {
            auto profile = stateProfileFromJson(row.text(1).toUtf8(),
                                                QStringLiteral("state_profiles[%1]").arg(row.text(0)));
            if (!profile && !problem)
                problem = profile.error();
            else if (profile)
                catalogue.putState(profile.value());
        });
        !st)
        return st.error();
    if (problem)
        return *problem;
    return catalogue;
}

Status SqlCipherStateProfileRepository::save(StateProfile profile) {
    profile.edited = true;
    const QByteArray json = QJsonDocument(stateProfileToJson(profile)).toJson(QJsonDocument::Compact);
    if (auto check = stateProfileFromJson(json, profile.code); !check)
        return makeError(ErrorCode::InvalidInput, check.error().message);
    auto st = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO state_profiles (code, profile, updated_at) "
                                          "VALUES (?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, profile.code)
        .bind(2, QString::fromUtf8(json))
        .bind(3, utcText(QDateTime::currentDateTimeUtc()));
    return st->run();
}

Status SqlCipherStateProfileRepository::reset(const QString& code) {
    auto st = m_db.prepare(QStringLiteral("DELETE FROM state_profiles WHERE code = ?"));
    if (!st)
        return st.error();
    st->bind(1, code);
    return st->run();
}

} // namespace mladesk
