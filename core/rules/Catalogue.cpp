#include "Catalogue.h"

#include "domain/Instrument.h"
#include "error/CoreText.h"
#include "rules/CatalogueJson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace mladesk {

namespace {

Result<QByteArray> readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Damaged,
                         text::Rules::tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    return file.readAll();
}

// Reads every NAME.json of a folder with `parse`, adds it to the hash, and
// checks that the record's key (`keyOf`) is the file name.
template <typename T, typename Parse, typename KeyOf>
Status readFolder(const QString& folder, const char* keyField, Parse parse, KeyOf keyOf,
                  QCryptographicHash& hash, QMap<QString, T>& into) {
    const QDir dir(folder);
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const auto bytes = readFile(dir.filePath(name));
        if (!bytes)
            return bytes.error();
        hash.addData(QByteArray(name.toUtf8() + '\0' + *bytes + '\0'));
        auto record = parse(*bytes, name);
        if (!record)
            return record.error();
        const QString key = keyOf(record.value());
        if (key + QStringLiteral(".json") != name)
            return makeError(ErrorCode::Damaged,
                             text::Rules::tr("%1: %2: \"%3\" does not match the file name")
                                 .arg(name, QLatin1String(keyField), key));
        into.insert(key, std::move(record).value());
    }
    return {};
}

} // namespace

Result<Catalogue> Catalogue::load(const QString& instrumentsDir, const QString& statesDir) {
    Catalogue catalogue;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (auto st = readFolder(
            instrumentsDir, "key", instrumentRulesFromJson, [](const InstrumentRules& r) { return r.key; },
            hash, catalogue.m_instruments);
        !st)
        return st.error();
    for (const InstrumentKey& key : instrumentKeys())
        if (!catalogue.m_instruments.contains(key.key))
            return makeError(
                ErrorCode::Damaged,
                text::Rules::tr("%1: no catalogue file for the instrument \"%2\"")
                    .arg(QDir(instrumentsDir).filePath(key.key + QStringLiteral(".json")), key.key));
    if (auto st = readFolder(
            statesDir, "code", stateProfileFromJson, [](const StateProfile& s) { return s.code; }, hash,
            catalogue.m_states);
        !st)
        return st.error();
    catalogue.m_fingerprint = QString::fromLatin1(hash.result().toHex());
    return catalogue;
}

const Result<Catalogue>& Catalogue::shipped() {
    static const Result<Catalogue> catalogue =
        load(QStringLiteral(":/instruments"), QStringLiteral(":/states"));
    return catalogue;
}

const InstrumentRules* Catalogue::instrument(const QString& key) const {
    const auto it = m_instruments.constFind(key);
    return it == m_instruments.constEnd() ? nullptr : &*it;
}

const StateProfile* Catalogue::state(const QString& code) const {
    const auto it = m_states.constFind(code);
    return it == m_states.constEnd() ? nullptr : &*it;
}

} // namespace mladesk
