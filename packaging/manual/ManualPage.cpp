#include "ManualPage.h"

#include <QStringList>

namespace mladesk::manual {

namespace {

// Escapes plain text for roff: backslashes, hyphens (so that options copy
// as ASCII minus signs), and a line that would start with a control character.
QString escaped(const QString& text) {
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\e");
        else if (c == QLatin1Char('-'))
            out += QStringLiteral("\\-");
        else if (c == QLatin1Char('"'))
            out += QStringLiteral("\\(dq");
        else
            out += c;
    }
    QStringList lines = out.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        line = line.simplified();
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\'')))
            line.prepend(QStringLiteral("\\&"));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString roff(const ManualPage& page) {
    QString out;
    out += QStringLiteral(".TH \"%1\" 1 \"%2\" \"%3\" \"User Commands\"\n")
               .arg(page.name.toUpper(), page.date, escaped(page.source));
    out += QStringLiteral(".nh\n.ad l\n"); // no hyphenation, ragged right: options stay whole
    out += QStringLiteral(".SH NAME\n%1 \\- %2\n").arg(escaped(page.name), escaped(page.summary));
    out += QStringLiteral(".SH SYNOPSIS\n.B %1\n%2\n").arg(escaped(page.name), escaped(page.synopsis));
    for (const Section& section : page.sections) {
        out += QStringLiteral(".SH %1\n").arg(escaped(section.heading.toUpper()));
        for (const Entry& entry : section.entries) {
            if (entry.term.isEmpty())
                out += QStringLiteral(".PP\n%1\n").arg(escaped(entry.text));
            else
                out += QStringLiteral(".TP\n.B %1\n%2\n").arg(escaped(entry.term), escaped(entry.text));
        }
    }
    return out;
}

} // namespace mladesk::manual
