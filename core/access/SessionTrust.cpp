// Session: the trust store and bundle custody records (declared in Session.h).
#include "Session.h"
#include "storage/Database.h"
#include "storage/ReferenceRepositories.h"
#include "storage/RequestRepository.h"

namespace mladesk {

Result<QList<TrustedCertificate>> Session::importTrustedCertificate(const QByteArray& pemOrDer,
                                                                    const QString& authorityId) {
    if (auto st = require(Action::Import); !st)
        return st.error();
    auto parsed = certificates::parse(pemOrDer);
    if (!parsed)
        return parsed.error();
    if (!authorityId.isEmpty())
        if (auto authority = AuthorityRepository(database()).find(authorityId); !authority)
            return authority.error();
    QList<TrustedCertificate> added;
    const Status done = inTransaction([&]() -> Status {
        TrustStore store(database());
        for (const CertificateInfo& info : parsed.value()) {
            TrustedCertificate trusted{info, authorityId, user(), QDateTime::currentDateTimeUtc()};
            if (auto st = store.add(trusted); !st)
                return st;
            if (auto st = record(
                    QStringLiteral("trust-added"), QStringLiteral("certificate:") + info.fingerprint,
                    QStringLiteral("%1%2").arg(
                        info.subject,
                        authorityId.isEmpty() ? QString() : QStringLiteral(", authority ") + authorityId));
                !st)
                return st;
            added << trusted;
        }
        return {};
    });
    if (!done)
        return done.error();
    return added;
}

Result<QList<TrustedCertificate>> Session::trustedCertificates() {
    if (!can(Action::Import) && !can(Action::ViewContent))
        return require(Action::Import).error();
    return TrustStore(database()).all();
}

Status Session::removeTrustedCertificate(const QString& fingerprint) {
    if (auto st = require(Action::Import); !st)
        return st;
    const QString hex = certificates::normalizeFingerprint(fingerprint);
    return inTransaction([&]() -> Status {
        TrustStore store(database());
        auto found = store.find(hex);
        if (!found)
            return found.error();
        if (auto st = store.remove(hex); !st)
            return st;
        return record(QStringLiteral("trust-removed"), QStringLiteral("certificate:") + hex,
                      found->certificate.subject);
    });
}

Result<QList<CustodyRecord>> Session::custodyRecords(const QString& idOrReference) {
    if (auto st = require(Action::ViewContent); !st)
        return st.error();
    auto request = RequestRepository(database()).find(idOrReference);
    if (!request)
        return request.error();
    return CustodyStore(database()).forRequest(request->id);
}

} // namespace mladesk
