#include "IntegrityCheck.h"

#include "error/CoreText.h"
#include "storage/Database.h"

namespace mladesk {

Status checkIntegrity(Database& db) {
    auto integrity = db.prepare(QStringLiteral("PRAGMA quick_check"));
    if (!integrity)
        return integrity.error();
    auto row = integrity->step();
    if (!row)
        return row.error();
    if (!row.value() || integrity->text(0) != QLatin1String("ok"))
        return makeError(
            ErrorCode::Damaged,
            text::Storage::tr("The register's database is damaged: its integrity check failed (%1). "
                              "Open a backup of the register.")
                .arg(integrity->text(0)));
    return {};
}

} // namespace mladesk
