#include "PdfMetadata.h"

#include <QXmlStreamWriter>

namespace mladesk {

QByteArray pdfXmpMetadata(const PdfMetadata& m) {
    const QString rdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    const QString xmp = QStringLiteral("http://ns.adobe.com/xap/1.0/");
    const QString pdf = QStringLiteral("http://ns.adobe.com/pdf/1.3/");
    const QString pdfaid = QStringLiteral("http://www.aiim.org/pdfa/ns/id/");
    const QString date =
        m.created.toOffsetFromUtc(m.created.toLocalTime().offsetFromUtc()).toString(Qt::ISODate);

    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeProcessingInstruction(QStringLiteral("xpacket"),
                                 QStringLiteral("begin='' id='W5M0MpCehiHzreSzNTczkc9d'"));
    w.writeNamespace(rdf, QStringLiteral("rdf"));
    w.writeNamespace(dc, QStringLiteral("dc"));
    w.writeNamespace(xmp, QStringLiteral("xmp"));
    w.writeNamespace(pdf, QStringLiteral("pdf"));
    w.writeNamespace(pdfaid, QStringLiteral("pdfaid"));
    w.writeStartElement(QStringLiteral("adobe:ns:meta/"), QStringLiteral("xmpmeta"));
    w.writeStartElement(rdf, QStringLiteral("RDF"));

    w.writeStartElement(rdf, QStringLiteral("Description"));
    w.writeAttribute(rdf, QStringLiteral("about"), QString());
    w.writeStartElement(dc, QStringLiteral("title"));
    w.writeStartElement(rdf, QStringLiteral("Alt"));
    w.writeStartElement(rdf, QStringLiteral("li"));
    w.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("x-default"));
    w.writeCharacters(m.title);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(dc, QStringLiteral("creator"));
    w.writeStartElement(rdf, QStringLiteral("Seq"));
    w.writeTextElement(rdf, QStringLiteral("li"), m.author);
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(dc, QStringLiteral("language"));
    w.writeStartElement(rdf, QStringLiteral("Bag"));
    w.writeTextElement(rdf, QStringLiteral("li"), m.language);
    if (!m.secondLanguage.isEmpty())
        w.writeTextElement(rdf, QStringLiteral("li"), m.secondLanguage);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();

    w.writeStartElement(rdf, QStringLiteral("Description"));
    w.writeAttribute(rdf, QStringLiteral("about"), QString());
    w.writeAttribute(xmp, QStringLiteral("CreatorTool"), m.author);
    w.writeAttribute(xmp, QStringLiteral("CreateDate"), date);
    w.writeAttribute(xmp, QStringLiteral("ModifyDate"), date);
    w.writeEndElement();

    w.writeStartElement(rdf, QStringLiteral("Description"));
    w.writeAttribute(rdf, QStringLiteral("about"), QString());
    w.writeAttribute(pdf, QStringLiteral("Producer"), QStringLiteral("Qt " QT_VERSION_STR));
    w.writeEndElement();

    w.writeStartElement(rdf, QStringLiteral("Description"));
    w.writeAttribute(rdf, QStringLiteral("about"), QString());
    w.writeAttribute(pdfaid, QStringLiteral("part"), QStringLiteral("1"));
    w.writeAttribute(pdfaid, QStringLiteral("conformance"), QStringLiteral("B"));
    w.writeEndElement();

    w.writeEndElement(); // RDF
    w.writeEndElement(); // xmpmeta
    w.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("end='w'"));
    w.writeEndDocument();
    return out;
}

} // namespace mladesk
