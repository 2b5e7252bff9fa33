#include "SqlCipherRequestTextRepository.h"

#include "common/UtcText.h"
#include "error/CoreText.h"
#include "storage/Database.h"

namespace mladesk {

namespace {

QString problemsText(const QList<FieldProblem>& problems) {
    QStringList lines;
    for (const FieldProblem& p : problems)
        lines << QStringLiteral("%1: %2").arg(p.field, p.message);
    return lines.join(u"; ");
}

RequestText readText(const Statement& s) {
    RequestText t;
    t.field = s.text(0);
    t.language = s.text(1);
    t.text = s.text(2);
    t.status = s.text(3);
    t.sourceHash = s.text(4);
    t.updatedBy = s.text(5);
    t.updatedAt = parseUtc(s.text(6));
    return t;
}

const QString kSelectTexts = QStringLiteral("SELECT field, language, text, status, source_hash, updated_by, "
                                            "updated_at, request_id FROM request_texts");

} // namespace

SqlCipherRequestTextRepository::SqlCipherRequestTextRepository(Database& db)
    : m_db(db) {
}
SqlCipherRequestTextRepository::~SqlCipherRequestTextRepository() = default;

Result<RequestTexts> SqlCipherRequestTextRepository::find(const Request& request) {
    RequestTexts texts;
    auto language = m_db.prepare(QStringLiteral("SELECT text_language FROM requests WHERE id = ?"));
    if (!language)
        return language.error();
    language->bind(1, request.id);
    auto row = language->step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::NotFound,
                         text::Storage::tr("There is no request \"%1\".").arg(request.id));
    texts.textLanguage = language->text(0);
    auto st = m_db.prepare(kSelectTexts + QStringLiteral(" WHERE request_id = ? ORDER BY field, language"));
    if (!st)
        return st.error();
    st->bind(1, request.id);
    if (auto done = st->forEachRow(
            [&](const Statement& s) { texts.translations << mladesk::followSource(readText(s), request); });
        !done)
        return done.error();
    return texts;
}

Status SqlCipherRequestTextRepository::setTextLanguage(const Request& request, const QString& language) {
    if (!language.isEmpty() && !isLanguageCode(language))
        return makeError(ErrorCode::InvalidInput,
                         text::Storage::tr("\"%1\" is not an ISO 639-1 language code.").arg(language));
    {
        // Not stated reads as English: the clash is with the language it reads as.
        const QString reads = language.isEmpty() ? kDefaultTextLanguage : language;
        auto clash = m_db.prepare(
            QStringLiteral("SELECT count(*) FROM request_texts WHERE request_id = ? AND language = ?"));
        if (!clash)
            return clash.error();
        clash->bind(1, request.id).bind(2, reads);
        auto row = clash->step();
        if (!row)
            return row.error();
        if (row.value() && clash->integer(0) > 0)
            return makeError(ErrorCode::Conflict,
                             text::Storage::tr("Request %1 has translations into \"%2\": remove them before "
                                               "saying the request is written in it.")
                                 .arg(request.reference, reads));
    }
    auto st = m_db.prepare(QStringLiteral("UPDATE requests SET text_language = ? WHERE id = ?"));
    if (!st)
        return st.error();
    st->bindOptional(1, language).bind(2, request.id);
    if (auto done = st->run(); !done)
        return done;
    if (m_db.lastChanges() != 1)
        return makeError(ErrorCode::NotFound,
                         text::Storage::tr("There is no request \"%1\".").arg(request.id));
    return {};
}

Status SqlCipherRequestTextRepository::write(const QString& requestId, const RequestText& t) {
    if (!m_insert) {
        auto st = m_db.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO request_texts (request_id, field, language, text, status, source_hash, "
            "updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!st)
            return st.error();
        m_insert = std::make_unique<Statement>(std::move(st.value()));
    }
    m_insert->bind(1, requestId).bind(2, t.field).bind(3, t.language).bind(4, t.text).bind(5, t.status);
    m_insert->bind(6, t.sourceHash).bind(7, t.updatedBy).bind(8, utcText(t.updatedAt));
    return m_insert->run();
}

Result<RequestText> SqlCipherRequestTextRepository::set(const Request& request, RequestText text,
                                                        const QString& user, const QDateTime& at) {
    auto stored = find(request);
    if (!stored)
        return stored.error();
    if (const auto problems = validateRequestText(text, stored->sourceLanguage()); !problems.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         text::Storage::tr("The %1 text of request %2 is not valid: %3")
                             .arg(text.language, request.reference, problemsText(problems)));
    text.sourceHash = sourceTextHash(sourceText(request, text.field));
    text.updatedBy = user;
    text.updatedAt = at.toUTC();
    text.sourceChanged = false;
    if (text.status == textstatus::kUntranslated && text.text.isEmpty()) {
        auto del = m_db.prepare(
            QStringLiteral("DELETE FROM request_texts WHERE request_id = ? AND field = ? AND language = ?"));
        if (!del)
            return del.error();
        del->bind(1, request.id).bind(2, text.field).bind(3, text.language);
        if (auto done = del->run(); !done)
            return done.error();
        return text;
    }
    if (auto done = write(request.id, text); !done)
        return done.error();
    return text;
}

Result<QStringList> SqlCipherRequestTextRepository::followSource(const Request& request) {
    auto stored = find(request);
    if (!stored)
        return stored.error();
    QStringList demoted;
    auto st =
        m_db.prepare(QStringLiteral("UPDATE request_texts SET status = 'draft' WHERE request_id = ? AND "
                                    "field = ? AND language = ? AND status = 'reviewed'"));
    if (!st)
        return st.error();
    for (const RequestText& t : stored->translations) {
        if (!t.sourceChanged)
            continue;
        st->bind(1, request.id).bind(2, t.field).bind(3, t.language);
        if (auto done = st->run(); !done)
            return done.error();
        if (m_db.lastChanges() > 0)
            demoted << t.field + QLatin1Char('/') + t.language;
    }
    return demoted;
}

Status SqlCipherRequestTextRepository::importTexts(const Request& request, const RequestTexts& texts,
                                                   const QDateTime& at) {
    if (!texts.textLanguage.isEmpty()) {
        if (!m_language) {
            auto st = m_db.prepare(QStringLiteral("UPDATE requests SET text_language = ? WHERE id = ?"));
            if (!st)
                return st.error();
            m_language = std::make_unique<Statement>(std::move(st.value()));
        }
        m_language->bind(1, texts.textLanguage).bind(2, request.id);
        if (auto done = m_language->run(); !done)
            return done;
    }
    return importTranslations(request, texts, at);
}

Status SqlCipherRequestTextRepository::importTranslations(const Request& request, const RequestTexts& texts,
                                                          const QDateTime& at) {
    for (RequestText t : texts.translations) {
        if (const auto problems = validateRequestText(t, texts.sourceLanguage()); !problems.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             text::Storage::tr("The %1 text of request %2 is not valid: %3")
                                 .arg(t.language, request.reference, problemsText(problems)));
        if (t.sourceHash.isEmpty())
            t.sourceHash = sourceTextHash(sourceText(request, t.field));
        if (!t.updatedAt.isValid())
            t.updatedAt = at;
        t = mladesk::followSource(t, request);
        if (auto done = write(request.id, t); !done)
            return done;
    }
    return {};
}

Result<QHash<QString, RequestTexts>>
SqlCipherRequestTextRepository::all(const QList<Request>& requests,
                                    const QHash<QString, QString>& textLanguages) {
    QHash<QString, RequestTexts> result;
    for (auto it = textLanguages.cbegin(); it != textLanguages.cend(); ++it)
        result[it.key()].textLanguage = it.value();
    QHash<QString, int> index;
    index.reserve(requests.size());
    for (int i = 0; i < requests.size(); ++i)
        index.insert(requests[i].id, i);
    auto st = m_db.prepare(kSelectTexts + QStringLiteral(" ORDER BY request_id, field, language"));
    if (!st)
        return st.error();
    if (auto done = st->forEachRow([&](const Statement& s) {
            const auto it = index.constFind(s.text(7));
            if (it != index.cend())
                result[s.text(7)].translations << mladesk::followSource(readText(s), requests[*it]);
        });
        !done)
        return done.error();
    return result;
}

} // namespace mladesk
