#pragma once

#include "error/Result.h"
#include "interchange/InterchangeData.h"

#include <QByteArray>

class QIODevice;

namespace mladesk {

// The interchange file: {"format": "mladesk-interchange", "version": 1,
// "states": [...], "authorities": [...], "cases": [...], "requests": [...]}.
// Schema: resources/schema/interchange.schema.json.
class InterchangeFormat {
public:
    static constexpr int kVersion = 1;
    static constexpr qint64 kMaxFileSize = 1024ll * 1024 * 1024;

    // Canonical: records sorted by key, events and links sorted, keys sorted,
    // every field present; the same data always gives the same bytes (those
    // of QJsonDocument::Indented).
    static QByteArray write(InterchangeData data);
    // The same bytes, streamed record by record: memory does not hold the
    // whole document twice (a JSON tree and its text).
    static Status write(InterchangeData data, QIODevice& out);
    // Parses and checks every record on its own; on any problem returns one
    // error listing each problem by record and field.
    static Result<InterchangeData> read(const QByteArray& json);
    // read() of a file (at most kMaxFileSize), mapped rather than copied into
    // memory; the mapping goes as soon as the records are read.
    static Result<InterchangeData> readFile(const QString& path);
};

class ImportProblems;

// Formats problems as one message: "<record>.<field>: <message>" per line,
// at most the first ImportProblems::kKept and a count of the rest.
QString describeProblems(const QString& headline, const QStringList& problems);
QString describeProblems(const QString& headline, const ImportProblems& problems);

} // namespace mladesk
