#pragma once

#include <QDateTime>
#include <QString>

namespace mladesk {

// The one text form of an instant, in the register's columns, the audit
// trail and the interchange format: UTC to the second, with a Z
// ("2026-03-01T09:30:00Z"). An invalid instant is empty text.
QString utcText(const QDateTime& instant);
// Reads what utcText writes, or any ISO 8601 instant with a zone (Z or an
// offset), as UTC; a bare local time (ambiguous) or anything else is an
// invalid QDateTime.
QDateTime parseUtc(const QString& text);

} // namespace mladesk
