#pragma once

#include "domain/Entities.h"
#include "domain/RequestText.h"
#include "error/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace mladesk {

// A request's text language and the translations of its free texts
// (docs/register.md, "Translations"). Checks each text with
// validateRequestText before writing. No rights are checked here: that is
// the services' job.
class RequestTextRepository {
public:
    virtual ~RequestTextRepository() = default;

    // The request's text language as stated (empty: not stated, read as "en")
    // and its translations by field and language, each read against the
    // request's current source (followSource: a reviewed text whose source
    // changed reads as draft).
    virtual Result<RequestTexts> find(const Request& request) = 0;
    // Empty states nothing (read as "en"). Refused when the request has a
    // text in the language it would read as: a translation into its own
    // language.
    virtual Status setTextLanguage(const Request& request, const QString& language) = 0;
    // Writes one text (replacing the stored one) against the request's current
    // source: sourceHash, updatedBy and updatedAt are set here. An untranslated
    // text with no text is removed rather than kept.
    virtual Result<RequestText> set(const Request& request, RequestText text, const QString& user,
                                    const QDateTime& at = QDateTime::currentDateTimeUtc()) = 0;
    // After the request's source texts changed: every reviewed text whose
    // source no longer matches goes back to draft. Returns "field/language"
    // of each one it changed.
    virtual Result<QStringList> followSource(const Request& request) = 0;

    // Import (in the caller's transaction): writes the language and the texts
    // as given, after the request itself. A text without a sourceHash is taken
    // to be of the request's current source; without updatedAt, of `at`.
    // Reviewed texts whose sourceHash does not match come in as draft.
    virtual Status importTexts(const Request& request, const RequestTexts& texts, const QDateTime& at) = 0;
    // The same for the texts alone, the language having been written with
    // the request (RequestRepository::insert); they are checked against it.
    virtual Status importTranslations(const Request& request, const RequestTexts& texts,
                                      const QDateTime& at) = 0;
    // Export: the texts of every request that has any, by request id, with
    // the text languages as read with the requests
    // (RequestRepository::allWithTextLanguages: no second read of requests).
    virtual Result<QHash<QString, RequestTexts>> all(const QList<Request>& requests,
                                                     const QHash<QString, QString>& textLanguages) = 0;
};

} // namespace mladesk
