#include "TrustService.h"

#include "repositories/AuthorityRepository.h"
#include "repositories/CaseRepository.h"
#include "repositories/CustodyRepository.h"
#include "repositories/RequestRepository.h"
#include "repositories/StateRepository.h"
#include "repositories/TrustRepository.h"
#include "services/ServiceGuard.h"

namespace mladesk {

Result<QList<TrustedCertificate>> TrustService::importCertificate(const QByteArray& pemOrDer,
                                                                  const QString& authorityId) {
    return m_guard.run(Action::Import, [&](ActionScope& scope) -> Result<QList<TrustedCertificate>> {
        auto parsed = certificates::parse(pemOrDer);
        if (!parsed)
            return parsed.error();
        if (!authorityId.isEmpty())
            if (auto authority = scope.storage().authorities().find(authorityId); !authority)
                return authority.error();
        QList<TrustedCertificate> added;
        for (const CertificateInfo& info : parsed.value()) {
            TrustedCertificate trusted{info, authorityId, scope.user(), QDateTime::currentDateTimeUtc()};
            if (auto st = scope.storage().trust().add(trusted); !st)
                return st.error();
            if (auto st = scope.audit(
                    QStringLiteral("trust-added"), QStringLiteral("certificate:") + info.fingerprint,
                    QStringLiteral("%1%2").arg(
                        info.subject,
                        authorityId.isEmpty() ? QString() : QStringLiteral(", authority ") + authorityId));
                !st)
                return st.error();
            added << trusted;
        }
        scope.announce(Change::Kind::Trust);
        return added;
    });
}

Result<QList<TrustedCertificate>> TrustService::certificates() {
    if (Status import = m_guard.require(Action::Import); !import && !m_guard.require(Action::ViewContent))
        return import.error();
    return m_guard.storage().trust().all();
}

Status TrustService::removeCertificate(const QString& fingerprint) {
    const QString hex = certificates::normalizeFingerprint(fingerprint);
    return m_guard.run(Action::Import, [&](ActionScope& scope) -> Status {
        auto& store = scope.storage().trust();
        auto found = store.find(hex);
        if (!found)
            return found.error();
        if (auto st = store.remove(hex); !st)
            return st;
        if (auto st = scope.audit(QStringLiteral("trust-removed"), QStringLiteral("certificate:") + hex,
                                  found->certificate.subject);
            !st)
            return st;
        scope.announce(Change::Kind::Trust);
        return {};
    });
}

Result<QList<CustodyRecord>> TrustService::custodyRecords(const QString& idOrReference) {
    if (Status allowed = m_guard.require(Action::ViewContent); !allowed)
        return allowed.error();
    auto request = m_guard.storage().requests().find(idOrReference);
    if (!request)
        return request.error();
    return m_guard.storage().custody().forRequest(request->id);
}

} // namespace mladesk
