#pragma once

#include "domain/RequestText.h" // documentLanguages()

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <memory>

class QTranslator;

namespace mladesk {

// A language as a list shows it: its own name and code, "français (fr)"
// ("English (en)": QLocale's "en" would say American English).
QString documentLanguageName(const QString& code);

// The words of a document in one language: the catalogue ":/i18n/documents_LL.qm"
// (context "Document"), independent of the UI language and never installed
// application-wide. A string the catalogue lacks stays in English. Cheap to
// copy; safe to use from one worker thread per instance.
class DocumentTranslator {
public:
    explicit DocumentTranslator(const QString& language);

    QString language() const { return m_language; }
    bool hasCatalogue() const { return m_translator != nullptr; }
    bool isRightToLeft() const;
    QLocale locale() const { return m_locale; }

    // The translation of a source string of the context "Document".
    QString text(const QString& key) const;
    QString date(const QDate& date) const;

private:
    QString m_language;
    QLocale m_locale;
    std::shared_ptr<const QTranslator> m_translator;
};

} // namespace mladesk
