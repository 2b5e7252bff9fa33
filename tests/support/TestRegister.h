#pragma once

#include "security/SecureBytes.h"
#include "services/RegisterAccess.h"
#include "storage/Register.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace mladesk::test {

// The passphrase every test register uses.
inline constexpr const char* kPassphrase = "correct horse battery staple";

SecureBytes passphrase(const char* text = kPassphrase);

// A register in its own temporary folder, created with the fast
// ("interactive") Argon2id cost, unlocked.
class TestRegister {
public:
    explicit TestRegister(int schemaVersion = -1);
    Register& reg() { return *m_register; }
    std::unique_ptr<Register>& handle() { return m_register; }
    // The register behind its front door, for the window: takes it from
    // handle() (keep a Register* first to reach it afterwards).
    std::unique_ptr<RegisterAccess> access();
    QString folder() const { return m_dir.filePath(QStringLiteral("test.mladesk")); }
    QString scratch(const QString& name) const { return m_dir.filePath(name); }
    QString passphraseFile() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Register> m_register;
};

// Locks the register and damages a page that only the integrity check reads
// (the last page of a table nothing else uses), so that unlocking without the
// check and using the register work, and the check fails.
bool damageWhereOnlyTheIntegrityCheckReads(Register& reg);

// Every file below folder, with its bytes.
QList<std::pair<QString, QByteArray>> filesBelow(const QString& folder);
// SHA-256 of every file below folder, for "nothing changed" checks.
QMap<QString, QByteArray> fingerprint(const QString& folder);
// Copies a folder tree (fixtures into a temporary place).
bool copyTree(const QString& from, const QString& to);
// Writes bytes to a file, replacing it: whether all were written.
bool writeFile(const QString& path, const QByteArray& bytes);
// A file's bytes, or none if it cannot be read.
QByteArray readFile(const QString& path);

} // namespace mladesk::test
