#include "ui/bundles/CertificateText.h"

#include <QLocale>

namespace mladesk {

namespace {

QString row(const QString& label, const QString& value) {
    return QStringLiteral("<tr><td valign=\"top\"><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value);
}

QString when(const QDateTime& utc) {
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped();
}

} // namespace

QString CertificateText::name(const QString& subject) {
    for (const QString& part : subject.split(QLatin1Char(',')))
        if (part.trimmed().startsWith(QLatin1String("CN=")))
            return part.trimmed().mid(3);
    return subject;
}

QString CertificateText::html(const CertificateInfo& c) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString validity = tr("%1 to %2").arg(when(c.notBefore), when(c.notAfter));
    if (now > c.notAfter)
        validity += QStringLiteral(" <b style=\"color:#b00000\">%1</b>").arg(tr("expired").toHtmlEscaped());
    else if (now < c.notBefore)
        validity +=
            QStringLiteral(" <b style=\"color:#b00000\">%1</b>").arg(tr("not yet valid").toHtmlEscaped());
    QString usage = c.keyUsage.isEmpty() ? tr("not restricted") : c.keyUsage.join(QStringLiteral(", "));
    if (!c.canSign && !c.isCa) // a CA signs certificates, not documents
        usage += QStringLiteral(" <b style=\"color:#b00000\">%1</b>")
                     .arg(tr("(not for signatures)").toHtmlEscaped());
    QString kind;
    if (c.isCa)
        kind = tr("certification authority");
    if (c.selfSigned)
        kind += (kind.isEmpty() ? QString() : QStringLiteral(", ")) + tr("self-signed");
    return QStringLiteral("<table>") + row(tr("Subject"), c.subject.toHtmlEscaped()) +
           row(tr("Issuer"), c.issuer.toHtmlEscaped()) + row(tr("Valid"), validity) +
           row(tr("Key usage"), usage) +
           (kind.isEmpty() ? QString() : row(tr("Kind"), kind.toHtmlEscaped())) +
           row(tr("Serial number"), c.serial.toHtmlEscaped()) +
           row(tr("SHA-256 fingerprint"),
               QStringLiteral("<tt>%1</tt>").arg(c.fingerprintForPeople().toHtmlEscaped())) +
           QStringLiteral("</table>");
}

} // namespace mladesk
