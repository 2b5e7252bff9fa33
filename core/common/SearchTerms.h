#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mladesk {

// What a user types into a search field, as terms that every back end turns
// into its own full-text query (FTS4 on SQLCipher, tsquery on PostgreSQL).
// Each whitespace-separated chunk is one term that must match. A chunk of one
// word matches as a prefix; a chunk joined by punctuation (a reference such
// as OUT-2026-0042, an e-mail address) matches as a phrase, its last word as
// a prefix. Only letters and digits survive, lower-cased: what a user types
// is never query syntax.
struct SearchTerm {
    QStringList words; // in order; the last one matches as a prefix
};

QList<SearchTerm> searchTerms(const QString& typed);

} // namespace mladesk
