#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace mladesk {

struct PdfMetadata {
    QString title;
    QString author; // the issuing authority; also the PDF's /Creator
    QString language;
    QString secondLanguage;
    QDateTime created;
};

// The XMP packet of a PDF/A-1b request document: what Qt 6.4 writes by
// default (title, creator, dates, producer, PDF/A identification) plus
// dc:language, since QPdfWriter cannot set the catalog's /Lang.
QByteArray pdfXmpMetadata(const PdfMetadata& metadata);

} // namespace mladesk
