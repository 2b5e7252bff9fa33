#pragma once

#include "domain/RequestText.h"
#include "error/Result.h"
#include "repositories/RequestTextRepository.h"

#include <QHash>
#include <memory>

namespace mladesk {

class Database;
class Statement;

// A request's text language and the translations of its free texts
// (schema v5: requests.text_language, request_texts; docs/register.md,
// "Translations"). Checks each text with validateRequestText before writing.
// No rights are checked here: that is the Session's job.
class SqlCipherRequestTextRepository final : public RequestTextRepository {
public:
    explicit SqlCipherRequestTextRepository(Database& db);
    ~SqlCipherRequestTextRepository() override;

    // The request's text language as stated (empty: not stated, read as "en")
    // and its translations by field and language, each read against the
    // request's current source (followSource: a reviewed text whose source
    // changed reads as draft).
    Result<RequestTexts> find(const Request& request) override;
    // Empty states nothing (NULL, read as "en"). Refused when the request has
    // a text in the language it would read as: a translation into its own
    // language.
    Status setTextLanguage(const Request& request, const QString& language) override;
    // Writes one text (replacing the stored one) against the request's current
    // source: sourceHash, updatedBy and updatedAt are set here. An untranslated
    // text with no text is removed rather than kept.
    Result<RequestText> set(const Request& request, RequestText text, const QString& user,
                            const QDateTime& at = QDateTime::currentDateTimeUtc()) override;
    // After the request's source texts changed: every reviewed text whose
    // source no longer matches goes back to draft. Returns "field/language"
    // of each one it changed.
    Result<QStringList> followSource(const Request& request) override;

    // Import (in the caller's transaction): writes the language and the texts
    // as given, after the request itself. A text without a sourceHash is taken
    // to be of the request's current source; without updatedAt, of `at`.
    // Reviewed texts whose sourceHash does not match come in as draft.
    Status importTexts(const Request& request, const RequestTexts& texts, const QDateTime& at) override;
    // The same for the texts alone, the language having been written with
    // the request (SqlCipherRequestRepository::insert); they are checked against it.
    Status importTranslations(const Request& request, const RequestTexts& texts,
                              const QDateTime& at) override;
    // Export: the texts of every request that has any, by request id, with
    // the text languages as read with the requests
    // (SqlCipherRequestRepository::allWithTextLanguages: no second scan of requests).
    Result<QHash<QString, RequestTexts>> all(const QList<Request>& requests,
                                             const QHash<QString, QString>& textLanguages) override;

private:
    Database& m_db;
    std::unique_ptr<Statement> m_insert;
    std::unique_ptr<Statement> m_language;
    Status write(const QString& requestId, const RequestText& text);
};

} // namespace mladesk
