#include "TestRegister.h"

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>

namespace mladesk::test {

SecureBytes passphrase(const char* text) {
    QByteArray bytes(text);
    return SecureBytes::takeFrom(bytes);
}

TestRegister::TestRegister(int schemaVersion) {
    auto created = Register::create(folder(), QStringLiteral("tester"), passphrase(), KdfCost::interactive(),
                                    schemaVersion);
    if (!created)
        qFatal("Could not create a test register: %s", qPrintable(created.error().message));
    m_register = std::move(created.value());
    QFile file(passphraseFile());
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray(kPassphrase) + '\n') < 0)
        qFatal("Could not write the passphrase file");
}

std::unique_ptr<RegisterAccess> TestRegister::access() {
    return std::make_unique<RegisterAccess>(std::move(m_register));
}

QString TestRegister::passphraseFile() const {
    return m_dir.filePath(QStringLiteral("passphrase"));
}

QList<std::pair<QString, QByteArray>> filesBelow(const QString& folder) {
    QList<std::pair<QString, QByteArray>> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.append({path, file.readAll()});
    }
    return files;
}

bool damageWhereOnlyTheIntegrityCheckReads(Register& reg) {
    if (!reg.database().exec(QStringLiteral("CREATE TABLE untouched (filler BLOB)")) ||
        !reg.database().exec(QStringLiteral("INSERT INTO untouched VALUES (zeroblob(65536))")))
        return false;
    reg.lock(); // checkpoints the WAL into the database file
    QFile file(reg.databasePath());
    if (!file.open(QIODevice::ReadWrite) || !file.seek(file.size() - 4096 + 100))
        return false;
    return file.write(QByteArray(64, '\x5a')) == 64;
}

QMap<QString, QByteArray> fingerprint(const QString& folder) {
    QMap<QString, QByteArray> result;
    for (const auto& [path, bytes] : filesBelow(folder))
        result.insert(path, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return result;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool copyTree(const QString& from, const QString& to) {
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    if (!QDir().mkpath(to))
        return false;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + path.mid(from.size());
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target))
                return false;
        } else if (!QFile::copy(path, target)) {
            return false;
        }
    }
    return true;
}

} // namespace mladesk::test
