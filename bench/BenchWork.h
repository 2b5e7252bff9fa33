#pragma once

#include "error/Result.h"
#include "security/KeySlots.h"
#include "services/RegisterAccess.h"

#include <QString>
#include <QTextStream>
#include <memory>

namespace mladesk {
class Workspace;
}

namespace mladesk::bench {

// Values taken from the generated register, so that every query finds
// something real: what a user would type or pick.
struct BenchSamples {
    int requests = 0;
    qint64 deadlines = 0;
    qint64 openDeadlines = 0;
    qint64 registerBytes = 0;
    QString referenceQuery; // a request's reference
    QString personQuery;    // a person's full name
    QString phraseQuery;    // words from a summary
    QString filterState;
    QString filterInstrument;
    QString filterStatus;
    QString pdfRequestId;
    QString pdfReference;
    QString pdfInstrument;
    int pdfPages = 0;
    QString pdfLanguage = QStringLiteral("en");
    QString pdfSecondLanguage = QStringLiteral("de");
    int pdfBilingualPages = 0;
};

// The benchmark's folder: its own register of N generated requests (created
// once, kept with --keep), the register's interchange file, the attachments
// for the bundle baselines and the sample values.
class BenchWork {
public:
    static constexpr int kFormatVersion = 1; // of the files below; a change rebuilds them
    static constexpr const char* kUser = "bench";
    static constexpr const char* kPassphrase = "bench passphrase, not a secret";
    static constexpr qint64 kDefaultAttachmentBytes = 200ll * 1024 * 1024;
    static constexpr int kAttachmentFiles = 4;

    explicit BenchWork(QString folder);
    QString folder() const { return m_folder; }
    QString registerFolder() const;
    QString interchangePath() const;
    QString attachmentsFolder() const;
    QString scratch(const QString& name) const;

    // Creates what is missing (or does not hold `requests` requests, or
    // attachments of another size); log says what it does.
    Status prepare(int requests, qint64 attachmentBytes, QTextStream& log);
    const BenchSamples& samples() const { return m_samples; }
    Status loadSamples();

    // The register, unlocked with the device secret: no Argon2id in the way
    // of what a scenario measures (the unlock scenario measures that).
    Result<std::unique_ptr<RegisterAccess>> openUnlocked() const;
    // The same with its user signed in: the workspace lives as long as `access`.
    struct SignedIn {
        std::unique_ptr<RegisterAccess> access;
        Workspace* workspace = nullptr;
    };
    Result<SignedIn> signedIn() const;
    // The device secret that "remembers" the bench register (kept in the
    // bench folder instead of a keychain).
    Result<SecureBytes> deviceSecret() const;
    Result<KeySlots::Unwrapped> masterKey() const;
    QStringList attachmentFiles() const;

private:
    Status createRegister(int requests, QTextStream& log);
    Status writeInterchange(QTextStream& log);
    Status writeAttachments(qint64 bytes, QTextStream& log);
    Status pickSamples(QTextStream& log);
    Status saveSamples() const;
    Result<int> pageCount(Workspace& session, const QString& id, const QString& second) const;
    Result<QString> addFourPageRequest(Workspace& session, const QString& like, QTextStream& log);
    QString samplesPath() const;
    QString deviceSecretPath() const;

    QString m_folder;
    BenchSamples m_samples;
};

} // namespace mladesk::bench
