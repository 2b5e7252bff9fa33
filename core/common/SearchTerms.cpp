#include "common/SearchTerms.h"

#include <QRegularExpression>

namespace mladesk {

QList<SearchTerm> searchTerms(const QString& typed) {
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QList<SearchTerm> terms;
    for (const QString& chunk : typed.split(space, Qt::SkipEmptyParts)) {
        SearchTerm term;
        for (auto it = word.globalMatch(chunk); it.hasNext();)
            term.words << it.next().captured(0).toLower();
        if (!term.words.isEmpty())
            terms.append(term);
    }
    return terms;
}

} // namespace mladesk
