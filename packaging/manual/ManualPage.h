#pragma once

#include <QList>
#include <QString>

namespace mladesk::manual {

// A manual page (man(7) macros), described as data and written as roff.
// Text is plain: the writer escapes what roff would read as commands.
struct Entry {
    QString term; // bold in the page; empty for a plain paragraph
    QString text;
};

struct Section {
    QString heading;
    QList<Entry> entries;
};

struct ManualPage {
    QString name;     // "mladesk-cli"
    QString summary;  // the NAME line after the dash
    QString date;     // YYYY-MM-DD, the release's (so that the page is reproducible)
    QString source;   // "MLA Desk 0.1.0"
    QString synopsis; // plain text after the name
    QList<Section> sections;
};

QString roff(const ManualPage& page);

} // namespace mladesk::manual
