// TrustService: the register's side of signed bundles (declared in
// TrustService.h; the format, signing and verification are mladesk_bundle's).
#include "TrustService.h"
#include "repositories/AttachmentRepository.h"
#include "repositories/AuthorityRepository.h"
#include "repositories/CaseRepository.h"
#include "repositories/CustodyRepository.h"
#include "repositories/RequestRepository.h"
#include "repositories/RequestTextRepository.h"
#include "repositories/StateRepository.h"
#include "repositories/TrustRepository.h"
#include "services/ServiceGuard.h"

#include <memory>

namespace mladesk {

Result<OutgoingBundleRecords> TrustService::outgoingBundle(const Request& request, bool onWorker) {
    if (Status allowed = m_guard.require(Action::Export); !allowed)
        return allowed.error();
    Storage& storage = m_guard.storage();
    OutgoingBundleRecords records;
    auto texts = storage.requestTexts().find(request);
    if (!texts)
        return texts.error();
    records.texts = texts.value();
    auto attachments = storage.attachments().list(request.id);
    if (!attachments)
        return attachments.error();
    for (const Attachment& a : attachments.value())
        if (a.hasKey) // purged: nothing left to send
            records.attachments << a;
    if (onWorker) {
        // The bundle is written on a worker while this connection stays
        // with the window: the files are decrypted on a reader of their own.
        // (When the register cannot be opened again, they are read on this
        // one, as before there were readers.)
        if (auto reader = storage.openReader()) {
            records.readAttachment = [reader = std::shared_ptr<Storage>(std::move(reader.value()))](
                                         const QString& id, QIODevice& sink) {
                return reader->attachments().read(id, sink);
            };
            return records;
        }
    }
    records.readAttachment = [&storage](const QString& id, QIODevice& sink) {
        return storage.attachments().read(id, sink);
    };
    return records;
}

Status TrustService::recordBundleExport(const QString& requestId, const QString& detail) {
    return m_guard.run(Action::Export, [&](ActionScope& scope) -> Status {
        return scope.audit(QStringLiteral("bundle-export"), QStringLiteral("request:") + requestId, detail);
    });
}

Result<QList<CertificateInfo>> TrustService::trustedForImport() {
    if (Status allowed = m_guard.require(Action::Import); !allowed)
        return allowed.error();
    auto stored = m_guard.storage().trust().all();
    if (!stored)
        return stored.error();
    QList<CertificateInfo> trusted;
    for (const TrustedCertificate& t : stored.value())
        trusted << t.certificate;
    return trusted;
}

Result<QList<EarlierImport>> TrustService::earlierImports(const QString& sha256, const QString& requestSha256,
                                                          const QString& requestId) {
    if (Status allowed = m_guard.require(Action::Import); !allowed)
        return allowed.error();
    return m_guard.storage().custody().possiblyEarlier(sha256, requestSha256, requestId);
}

Result<int> TrustService::receiveBundle(const IncomingBundle& bundle) {
    QStringList addedFiles;
    Result<int> stored = m_guard.run(Action::Import, [&](ActionScope& scope) -> Result<int> {
        Storage& storage = scope.storage();
        for (const State& state : bundle.states)
            if (!storage.states().find(state.code))
                if (auto st = storage.states().save(state); !st)
                    return st.error();
        for (const Authority& authority : bundle.authorities)
            if (!storage.authorities().find(authority.id))
                if (auto st = storage.authorities().insert(authority); !st)
                    return st.error();
        const Request& incoming = bundle.request;
        if (auto st = storage.requests().insert(incoming); !st)
            return st.error();
        if (!bundle.texts.isEmpty())
            if (auto st = storage.requestTexts().importTexts(incoming, bundle.texts, incoming.createdAt); !st)
                return st.error();
        auto files = bundle.storeFiles([&](QIODevice& source, const QString& name) -> Result<Attachment> {
            auto added = storage.attachments().add(incoming.id, source, name);
            if (added)
                addedFiles << added->id;
            return added;
        });
        if (!files)
            return files.error();
        CustodyRecord custody = bundle.custody;
        custody.requestId = incoming.id;
        custody.importedBy = scope.user();
        custody.importedAt = incoming.createdAt;
        if (auto st = storage.custody().add(custody); !st)
            return st.error();
        if (auto st = scope.audit(
                QStringLiteral("bundle-import"), QStringLiteral("request:") + incoming.id,
                QStringLiteral("reference %1, sender's reference %2, sha256 %3, %4 file(s), signers %5")
                    .arg(incoming.reference, bundle.senderReference, custody.bundleSha256)
                    .arg(files.value())
                    .arg(bundle.signers.join(u',')));
            !st)
            return st.error();
        scope.announce(Change::Kind::Requests);
        scope.announce(Change::Kind::References);
        scope.announce(Change::Kind::Trust);
        return files.value();
    });
    // Rolled back: the encrypted files written meanwhile go too.
    if (!stored)
        for (const QString& id : addedFiles)
            m_guard.storage().attachments().discardFile(id);
    return stored;
}

} // namespace mladesk
