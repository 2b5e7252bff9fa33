#include "BundleReport.h"

#include "error/CoreText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mladesk::bundle {

namespace {

QJsonValue instant(const QDateTime& t) {
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

bool BundleReport::verified() const {
    if (signers.isEmpty() || checks.isEmpty())
        return false;
    for (const BundleCheck& c : checks)
        if (!c.passed)
            return false;
    return true;
}

QList<BundleCheck> BundleReport::failures() const {
    QList<BundleCheck> failed;
    for (const BundleCheck& c : checks)
        if (!c.passed)
            failed << c;
    return failed;
}

void BundleReport::add(const QString& kind, const QString& subject, bool passed, const QString& reason) {
    checks << BundleCheck{kind, subject, passed, reason};
}

QByteArray BundleReport::toJson() const {
    QJsonArray checkArray;
    for (const BundleCheck& c : checks)
        checkArray.append(QJsonObject{{QStringLiteral("kind"), c.kind},
                                      {QStringLiteral("subject"), c.subject},
                                      {QStringLiteral("passed"), c.passed},
                                      {QStringLiteral("reason"), c.reason}});
    QJsonArray signerArray;
    for (const SignerReport& s : signers)
        signerArray.append(QJsonObject{{QStringLiteral("subject"), s.certificate.subject},
                                       {QStringLiteral("issuer"), s.certificate.issuer},
                                       {QStringLiteral("fingerprint"), s.certificate.fingerprint},
                                       {QStringLiteral("not_before"), instant(s.certificate.notBefore)},
                                       {QStringLiteral("not_after"), instant(s.certificate.notAfter)},
                                       {QStringLiteral("signing_time"), instant(s.signingTime)},
                                       {QStringLiteral("trust_anchor"),
                                        s.trustAnchor.isEmpty() ? QJsonValue() : QJsonValue(s.trustAnchor)},
                                       {QStringLiteral("passed"), s.passed}});
    const QJsonObject root{
        {QStringLiteral("file"), file},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("enveloped"), enveloped},
        {QStringLiteral("verified"), verified()},
        {QStringLiteral("request_id"), requestId.isEmpty() ? QJsonValue() : QJsonValue(requestId)},
        {QStringLiteral("reference"), reference.isEmpty() ? QJsonValue() : QJsonValue(reference)},
        {QStringLiteral("request_sha256"),
         requestSha256.isEmpty() ? QJsonValue() : QJsonValue(requestSha256)},
        {QStringLiteral("verified_at"), instant(verifiedAt)},
        {QStringLiteral("signers"), signerArray},
        {QStringLiteral("checks"), checkArray},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString BundleReport::toText() const {
    QString text;
    for (const BundleCheck& c : checks)
        text += QStringLiteral("%1  %2%3: %4\n")
                    .arg(c.passed ? QStringLiteral("PASS") : QStringLiteral("FAIL"), c.kind,
                         c.subject.isEmpty() ? QString() : QStringLiteral(" ") + c.subject, c.reason);
    for (const SignerReport& s : signers)
        text += QStringLiteral("signer: %1 (issued by %2; SHA-256 %3), signed %4\n")
                    .arg(s.certificate.subject, s.certificate.issuer, s.certificate.fingerprintForPeople(),
                         s.signingTime.isValid() ? s.signingTime.toString(Qt::ISODate)
                                                 : QStringLiteral("at an unknown time"));
    text += verified() ? QStringLiteral("VERIFIED: %1 (SHA-256 %2)\n").arg(file, sha256)
                       : QStringLiteral("NOT VERIFIED: %1 (SHA-256 %2)\n").arg(file, sha256);
    return text;
}

QString BundleReport::failureSummary() const {
    QStringList reasons;
    for (const BundleCheck& c : failures())
        reasons << c.reason;
    if (reasons.isEmpty() && signers.isEmpty())
        reasons << text::BundleReport::tr("it has no signature");
    return text::BundleReport::tr("The bundle %1 did not verify: %2")
        .arg(file, reasons.join(QStringLiteral("; ")));
}

} // namespace mladesk::bundle
