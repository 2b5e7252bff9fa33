#pragma once

#include <QByteArrayView>
#include <QStringList>

namespace mladesk {

// The problems an import found, each "<record>.<field>: <message>": the
// first kKept are kept in words, the rest only counted, so that a hostile
// file with millions of them costs no memory (issue 15; docs/interchange.md,
// "Import"). Checking may also stop early (stopChecking): the count is then
// a lower bound, and the message says so.
class ImportProblems {
public:
    static constexpr qsizetype kKept = 100;

    void add(const QString& problem);
    ImportProblems& operator<<(const QString& problem) {
        add(problem);
        return *this;
    }
    // A problem past the cap: counted, its words never built.
    void count() { ++m_count; }
    // No more problems are kept: checking on only adds to the count.
    bool full() const { return m_count >= kKept; }
    bool isEmpty() const { return m_count == 0; }
    qsizetype size() const { return m_count; }
    const QStringList& kept() const { return m_kept; }

    // Checking stopped before the end: `notChecked` records (of a list) were
    // skipped, or a record's own problems were cut off.
    void stopChecking(qsizetype notChecked = 0) {
        m_stopped = true;
        m_notChecked += notChecked;
    }
    bool stopped() const { return m_stopped; }

    // "<headline> 3 problem(s):" and each, or, past the cap, the first
    // kKept and what became of the rest.
    QString describe(const QString& headline) const;

private:
    QStringList m_kept;
    qsizetype m_count = 0;
    qsizetype m_notChecked = 0;
    bool m_stopped = false;
};

// A name read from the file (an unknown field, a record key) as it may be
// shown in a problem: at most 64 characters, control, bidirectional and
// invisible characters written as \uXXXX.
QString shownName(QByteArrayView utf8);

} // namespace mladesk
