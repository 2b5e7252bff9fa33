#include "Catalogue.h"

#include "domain/Instrument.h"
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
                         QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString()));
    return file.readAll();
}

} // namespace

Result<Catalogue> Catalogue::load(const QString& instrumentsDir, const QString& statesDir) {
    Catalogue catalogue;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QDir instruments(instrumentsDir);
    for (const QString& name : instruments.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const auto bytes = readFile(instruments.filePath(name));
        if (!bytes)
            return bytes.error();
        hash.addData(QByteArray(name.toUtf8() + '\0' + *bytes + '\0'));
        auto rules = instrumentRulesFromJson(*bytes, name);
        if (!rules)
            return rules.error();
        if (rules->key + QStringLiteral(".json") != name)
            return makeError(
                ErrorCode::Damaged,
                QStringLiteral("%1: key: \"%2\" does not match the file name").arg(name, rules->key));
        const QString key = rules->key;
        catalogue.m_instruments.insert(key, std::move(rules).value());
    }
    for (const InstrumentKey& key : instrumentKeys())
        if (!catalogue.m_instruments.contains(key.key))
            return makeError(ErrorCode::Damaged,
                             QStringLiteral("%1: no catalogue file for the instrument \"%2\"")
                                 .arg(instruments.filePath(key.key + QStringLiteral(".json")), key.key));
    const QDir states(statesDir);
    for (const QString& name : states.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const auto bytes = readFile(states.filePath(name));
        if (!bytes)
            return bytes.error();
        hash.addData(QByteArray(name.toUtf8() + '\0' + *bytes + '\0'));
        auto state = stateProfileFromJson(*bytes, name);
        if (!state)
            return state.error();
        if (state->code + QStringLiteral(".json") != name)
            return makeError(
                ErrorCode::Damaged,
                QStringLiteral("%1: code: \"%2\" does not match the file name").arg(name, state->code));
        const QString code = state->code;
        catalogue.m_states.insert(code, std::move(state).value());
    }
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
