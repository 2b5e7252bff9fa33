#include "PdfAChecklist.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace mladesk::test {

namespace {

// Runs qpdf; its exit code 0 is clean, 3 warnings, 2 errors.
int qpdf(const QStringList& arguments, QString* output) {
    QProcess process;
    process.start(QStringLiteral("qpdf"), arguments);
    if (!process.waitForFinished(60000))
        return -1;
    *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

int count(const QString& text, const QRegularExpression& pattern) {
    int n = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

} // namespace

QStringList pdfA1bViolations(const QByteArray& pdf) {
    QStringList violations;
    QTemporaryDir dir;
    QFile in(dir.filePath(QStringLiteral("in.pdf")));
    if (!dir.isValid() || !in.open(QIODevice::WriteOnly) || in.write(pdf) != pdf.size())
        return {QStringLiteral("could not write the PDF for qpdf")};
    in.close();
    QString output;
    if (const int rc = qpdf({QStringLiteral("--check"), in.fileName()}, &output); rc != 0)
        violations << QStringLiteral("qpdf --check exit %1: %2").arg(rc).arg(output.trimmed());
    const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
    if (const int rc = qpdf({QStringLiteral("--qdf"), QStringLiteral("--stream-data=uncompress"),
                             QStringLiteral("--object-streams=disable"), in.fileName(), plain},
                            &output);
        rc != 0 && rc != 3)
        return violations << QStringLiteral("qpdf could not rewrite the PDF: ") + output.trimmed();
    QFile file(plain);
    if (!file.open(QIODevice::ReadOnly))
        return violations << QStringLiteral("could not read qpdf's rewrite");
    const QString text = QString::fromLatin1(file.readAll());

    if (!pdf.startsWith("%PDF-1.4\n%"))
        violations << QStringLiteral("header: not %PDF-1.4 followed by a binary comment");
    const QString trailer = text.mid(text.lastIndexOf(QStringLiteral("trailer")));
    if (trailer.contains(QStringLiteral("/Encrypt")))
        violations << QStringLiteral("encrypted");
    if (!trailer.contains(QRegularExpression(QStringLiteral("/ID \\[ *<[0-9a-f]+> *<[0-9a-f]+> *\\]"))))
        violations << QStringLiteral("trailer without /ID");
    if (!text.contains(QStringLiteral("pdfaid:part=\"1\"")) ||
        !text.contains(QStringLiteral("pdfaid:conformance=\"B\"")))
        violations << QStringLiteral("XMP metadata does not claim PDF/A-1 level B");
    if (!text.contains(QRegularExpression(QStringLiteral("/Metadata \\d+ 0 R"))))
        violations << QStringLiteral("catalog without /Metadata");
    if (!text.contains(QStringLiteral("/S /GTS_PDFA1")) ||
        !text.contains(QStringLiteral("/DestOutputProfile")))
        violations << QStringLiteral("no GTS_PDFA1 output intent with an ICC profile");
    const int fonts = count(text, QRegularExpression(QStringLiteral("/Type /FontDescriptor")));
    const int fontFiles = count(text, QRegularExpression(QStringLiteral("/FontFile[23]? \\d+ 0 R")));
    if (fonts == 0 || fontFiles != fonts)
        violations
            << QStringLiteral("%1 font descriptors but %2 embedded font files").arg(fonts).arg(fontFiles);
    // ISO 19005-1 6.4: an ExtGState's /SMask may only be /None.
    if (text.contains(QRegularExpression(QStringLiteral("/SMask (?!/None)"))))
        violations << QStringLiteral("a soft mask");
    for (const QString& forbidden :
         {QStringLiteral("/LZWDecode"), QStringLiteral("/JavaScript"), QStringLiteral("/JS "),
          QStringLiteral("/EmbeddedFiles"), QStringLiteral("/S /Transparency"), QStringLiteral("/Launch"),
          QStringLiteral("/OPI"), QStringLiteral("/PS ")})
        if (text.contains(forbidden))
            violations << QStringLiteral("contains %1").arg(forbidden);
    static const QRegularExpression alpha(QStringLiteral("/(CA|ca) ([0-9.]+)"));
    for (auto it = alpha.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (match.captured(2).toDouble() != 1.0)
            violations << QStringLiteral("constant alpha %1 %2").arg(match.captured(1), match.captured(2));
    }
    static const QRegularExpression blend(QStringLiteral("/BM /(\\w+)"));
    for (auto it = blend.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (match.captured(1) != QLatin1String("Normal") && match.captured(1) != QLatin1String("Compatible"))
            violations << QStringLiteral("blend mode ") + match.captured(1);
    }
    return violations;
}

} // namespace mladesk::test
