#include "AsicManifest.h"

#include "error/CoreText.h"

#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace mladesk::bundle {

namespace {

const QString kAsicNs = QStringLiteral("http://uri.etsi.org/02918/v1.2.1#");
const QString kDsNs = QStringLiteral("http://www.w3.org/2000/09/xmldsig#");
const QString kSha256 = QStringLiteral("http://www.w3.org/2001/04/xmlenc#sha256");

Error bad(const QString& why) {
    return makeError(ErrorCode::InvalidInput, text::Bundle::tr("The bundle's manifest (%1) is refused: %2.")
                                                  .arg(QLatin1String(kManifestName), why));
}

QString encodeUri(const QString& name) {
    return QString::fromLatin1(QUrl::toPercentEncoding(name, "/"));
}

} // namespace

QByteArray AsicManifest::toXml() const {
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeNamespace(kAsicNs, QStringLiteral("asic"));
    w.writeNamespace(kDsNs, QStringLiteral("ds"));
    w.writeStartElement(kAsicNs, QStringLiteral("ASiCManifest"));
    w.writeEmptyElement(kAsicNs, QStringLiteral("SigReference"));
    w.writeAttribute(QStringLiteral("URI"), encodeUri(sigReference));
    w.writeAttribute(QStringLiteral("MimeType"), QStringLiteral("application/pkcs7-signature"));
    for (const DataObjectReference& o : objects) {
        w.writeStartElement(kAsicNs, QStringLiteral("DataObjectReference"));
        w.writeAttribute(QStringLiteral("URI"), encodeUri(o.uri));
        if (!o.mimeType.isEmpty())
            w.writeAttribute(QStringLiteral("MimeType"), o.mimeType);
        w.writeEmptyElement(kDsNs, QStringLiteral("DigestMethod"));
        w.writeAttribute(QStringLiteral("Algorithm"), kSha256);
        w.writeTextElement(kDsNs, QStringLiteral("DigestValue"), QString::fromLatin1(o.sha256.toBase64()));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

Result<AsicManifest> AsicManifest::fromXml(const QByteArray& xml, qint64 maxSize, int maxDepth) {
    if (xml.size() > maxSize)
        return bad(text::Bundle::tr("it is larger than %1 bytes").arg(maxSize));
    if (xml.contains("<!DOCTYPE") || xml.contains("<!ENTITY"))
        return bad(text::Bundle::tr("it has a document type declaration, which a manifest never needs"));
    QXmlStreamReader r(xml);
    r.setNamespaceProcessing(true);
    AsicManifest manifest;
    manifest.sigReference.clear();
    QSet<QString> uris;
    int depth = 0;
    bool root = false;
    DataObjectReference* current = nullptr;
    bool haveMethod = false;
    bool haveValue = false;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference)
            return bad(text::Bundle::tr("it has a document type declaration or entity"));
        if (token == QXmlStreamReader::ProcessingInstruction)
            return bad(text::Bundle::tr("it has a processing instruction"));
        if (token == QXmlStreamReader::Characters && !r.isWhitespace() && current == nullptr)
            return bad(text::Bundle::tr("it has text outside a DigestValue"));
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (r.name() == QLatin1String("DataObjectReference") && current) {
                if (!haveMethod || !haveValue)
                    return bad(
                        text::Bundle::tr("the reference to \"%1\" lacks its DigestMethod or DigestValue")
                            .arg(current->uri));
                current = nullptr;
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (++depth > maxDepth)
            return bad(text::Bundle::tr("it is nested deeper than %1 levels").arg(maxDepth));
        const QStringView ns = r.namespaceUri();
        const QStringView name = r.name();
        const auto attributes = r.attributes();
        if (!root) {
            if (ns != kAsicNs || name != QLatin1String("ASiCManifest"))
                return bad(
                    text::Bundle::tr("its root element is not an ASiCManifest of namespace %1").arg(kAsicNs));
            root = true;
            continue;
        }
        if (ns == kAsicNs && name == QLatin1String("SigReference") && depth == 2) {
            if (!manifest.sigReference.isEmpty())
                return bad(text::Bundle::tr("it has more than one SigReference"));
            manifest.sigReference =
                QUrl::fromPercentEncoding(attributes.value(QStringLiteral("URI")).toLatin1());
            if (manifest.sigReference.isEmpty())
                return bad(text::Bundle::tr("its SigReference has no URI"));
        } else if (ns == kAsicNs && name == QLatin1String("DataObjectReference") && depth == 2) {
            DataObjectReference o;
            o.uri = QUrl::fromPercentEncoding(attributes.value(QStringLiteral("URI")).toUtf8());
            o.mimeType = attributes.value(QStringLiteral("MimeType")).toString();
            if (o.uri.isEmpty())
                return bad(text::Bundle::tr("a DataObjectReference has no URI"));
            if (uris.contains(o.uri))
                return bad(text::Bundle::tr("\"%1\" is listed twice").arg(o.uri));
            uris.insert(o.uri);
            manifest.objects << o;
            current = &manifest.objects.last();
            haveMethod = haveValue = false;
        } else if (ns == kDsNs && name == QLatin1String("DigestMethod") && current && depth == 3) {
            const QString algorithm = attributes.value(QStringLiteral("Algorithm")).toString();
            if (algorithm != kSha256 &&
                algorithm != QLatin1String("http://www.w3.org/2000/09/xmldsig#sha256"))
                return bad(
                    text::Bundle::tr("\"%1\" is digested with %2, not SHA-256").arg(current->uri, algorithm));
            if (haveMethod)
                return bad(
                    text::Bundle::tr("the reference to \"%1\" has two DigestMethods").arg(current->uri));
            haveMethod = true;
        } else if (ns == kDsNs && name == QLatin1String("DigestValue") && current && depth == 3) {
            const QString text = r.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement).trimmed();
            --depth; // readElementText consumed the end element
            if (r.hasError())
                break;
            if (haveValue)
                return bad(
                    text::Bundle::tr("the reference to \"%1\" has two DigestValues").arg(current->uri));
            auto decoded =
                QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded || decoded.decoded.size() != 32)
                return bad(
                    text::Bundle::tr("the digest of \"%1\" is not a base64 SHA-256 value").arg(current->uri));
            current->sha256 = decoded.decoded;
            haveValue = true;
        } else {
            return bad(
                text::Bundle::tr("it has an unexpected element <%1>").arg(r.qualifiedName().toString()));
        }
    }
    if (r.hasError())
        return bad(text::Bundle::tr("it is not well-formed XML (%1, line %2)")
                       .arg(r.errorString())
                       .arg(r.lineNumber()));
    if (!root)
        return bad(text::Bundle::tr("it is empty"));
    if (manifest.sigReference.isEmpty())
        return bad(text::Bundle::tr("it has no SigReference"));
    return manifest;
}

} // namespace mladesk::bundle
