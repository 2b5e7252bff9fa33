#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace mladesk::test {

// Test certificates made at test time with the OpenSSL API (EC P-256), in a
// temporary folder; nothing secret is committed. For each name N: N.crt.pem,
// N.key.pem and N.p12 (password kPkiPassword), and N.pass holding it.
class TestPki {
public:
    static constexpr const char* kPassword = "test-p12-password";

    TestPki();
    QString folder() const { return m_dir.path(); }
    QString path(const QString& file) const { return m_dir.filePath(file); }

    // A self-signed root CA.
    bool makeRoot(const QString& name, const QString& commonName);
    // A certificate issued by issuer (a name made before). keyUsage: OpenSSL's
    // names, e.g. "digitalSignature,nonRepudiation"; empty: no extension.
    bool makeLeaf(const QString& name, const QString& commonName, const QString& issuer,
                  const QString& keyUsage = QStringLiteral("digitalSignature,nonRepudiation"),
                  const QDateTime& notBefore = QDateTime::currentDateTimeUtc().addDays(-1),
                  const QDateTime& notAfter = QDateTime::currentDateTimeUtc().addDays(365), bool ca = false);

    QString cert(const QString& name) const { return path(name + QStringLiteral(".crt.pem")); }
    QString key(const QString& name) const { return path(name + QStringLiteral(".key.pem")); }
    QString p12(const QString& name) const { return path(name + QStringLiteral(".p12")); }
    QString passFile() const { return path(QStringLiteral("p12.pass")); }

    // The standard set: "root" (CA), "officer" and "prosecutor" (signers issued by
    // root), "expired" (valid 2020-2021), "encipher" (keyEncipherment only),
    // "stranger" (issued by the untrusted "otherroot"), "recipient" (for envelopes).
    bool makeStandardSet();

private:
    QTemporaryDir m_dir;
};

} // namespace mladesk::test
