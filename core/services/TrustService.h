#pragma once

#include "domain/Attachment.h"
#include "domain/Entities.h"
#include "domain/RequestText.h"
#include "error/Result.h"
#include "repositories/TrustRecords.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class QIODevice;

namespace mladesk {

class ServiceGuard;

// What a bundle of an outgoing request carries from the register besides its
// documents (bundle/BundleExporter::prepare).
struct OutgoingBundleRecords {
    RequestTexts texts;            // the request's text language and translations
    QList<Attachment> attachments; // those not purged
    // Decrypts one of them into sink; may be called on another thread when
    // asked for (it then holds a connection of its own).
    std::function<Status(const QString& attachmentId, QIODevice& sink)> readAttachment;
};

// A verified bundle's request as it enters this register
// (bundle/BundleImporter), for TrustService::receiveBundle.
struct IncomingBundle {
    Request request;              // with its new id and reference, incoming, received
    RequestTexts texts;           // its texts as the bundle carries them (may be empty)
    QList<State> states;          // added when the register lacks them
    QList<Authority> authorities; // the same
    CustodyRecord custody;        // digest, file name and report; who and when are set here
    QString senderReference;
    QStringList signers; // their fingerprints' first 16 hex digits, for the audit entry
    // Adds a file to the request (encrypted into the register).
    using AddFile = std::function<Result<Attachment>(QIODevice& source, const QString& name)>;
    // Stores the bundle's files through add, inside the import's transaction,
    // and returns how many; an error undoes the whole import.
    std::function<Result<int>(const AddFile& add)> storeFiles;
};

// The trust store of partner authorities' certificates, the custody records
// of imported bundles, and the register's side of signed bundles (the
// format is mladesk_bundle's). Every action passes the ServiceGuard (role,
// transaction, audit, change events); changes announce Change::Kind::Trust.
class TrustService {
public:
    explicit TrustService(ServiceGuard& guard)
        : m_guard(guard) {}

    // Adding and removing need the Import right and are audited with the
    // fingerprint; anyone who may import or read content may list them.
    // pemOrDer: one DER certificate or PEM with one or more; authorityId
    // (optional) must name an authority of the register. Returns what was added.
    Result<QList<TrustedCertificate>> importCertificate(const QByteArray& pemOrDer,
                                                        const QString& authorityId = {});
    Result<QList<TrustedCertificate>> certificates();
    // fingerprint: lower-case hex, or "AB:CD:.." as shown to people.
    Status removeCertificate(const QString& fingerprint);
    // How an incoming request came in: its bundles' digests and reports.
    Result<QList<CustodyRecord>> custodyRecords(const QString& idOrReference);

    // Signed bundles (TrustBundles.cpp). What an export of request carries
    // besides its documents (Export). onWorker: its attachments are read
    // on a connection of their own.
    Result<OutgoingBundleRecords> outgoingBundle(const Request& request, bool onWorker);
    // The "bundle-export" entry of a bundle written (Export).
    Status recordBundleExport(const QString& requestId, const QString& detail);
    // The certificates an import verifies against (Import).
    Result<QList<CertificateInfo>> trustedForImport();
    // Earlier imports that may be this bundle again (Import): see
    // CustodyRepository::possiblyEarlier.
    Result<QList<EarlierImport>> earlierImports(const QString& sha256, const QString& requestSha256,
                                                const QString& requestId);
    // Stores a verified bundle's request, its texts, files and custody
    // record, and the "bundle-import" entry, in one transaction (Import): all
    // or nothing, files included. Returns how many files were stored.
    Result<int> receiveBundle(const IncomingBundle& bundle);

private:
    ServiceGuard& m_guard;
};

} // namespace mladesk
