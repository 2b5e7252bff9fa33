#include "RequestText.h"

#include "error/CoreText.h"

#include <QCryptographicHash>
#include <algorithm>

namespace mladesk {

namespace {

struct FieldMember {
    const char* name;
    QString Request::*member;
};

constexpr FieldMember kFields[] = {
    {"summary", &Request::summary},
    {"facts", &Request::facts},
    {"offence", &Request::offence},
    {"legal_qualification", &Request::legalQualification},
    {"assistance_sought", &Request::assistanceSought},
    {"necessity", &Request::necessity},
    {"procedures", &Request::procedures},
    {"purpose", &Request::purpose},
};

} // namespace

QStringList translatableFields() {
    QStringList fields;
    for (const FieldMember& f : kFields)
        fields << QLatin1String(f.name);
    return fields;
}

QStringList documentLanguages() {
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("es"),
            QStringLiteral("it"), QStringLiteral("pt"), QStringLiteral("nl"), QStringLiteral("pl"),
            QStringLiteral("ar"), QStringLiteral("ru"), QStringLiteral("zh")};
}

QStringList finalLanguages(const Request& request, const RequestTexts& texts) {
    QStringList languages;
    const QString source = texts.sourceLanguage();
    for (const QString& language : documentLanguages()) {
        bool final = true;
        for (const FieldMember& f : kFields) {
            const QString own = request.*f.member;
            if (language == source || own.trimmed().isEmpty())
                continue;
            const auto it =
                std::find_if(texts.translations.begin(), texts.translations.end(), [&](const RequestText& t) {
                    return t.field == QLatin1String(f.name) && t.language == language;
                });
            if (it == texts.translations.end() || it->text.trimmed().isEmpty() ||
                followSource(*it, request).status != textstatus::kReviewed) {
                final = false;
                break;
            }
        }
        if (final)
            languages << language;
    }
    std::sort(languages.begin(), languages.end());
    return languages;
}

QStringList textStatuses() {
    return {textstatus::kUntranslated, textstatus::kDraft, textstatus::kReviewed};
}

QString sourceText(const Request& request, const QString& field) {
    for (const FieldMember& f : kFields)
        if (field == QLatin1String(f.name))
            return request.*(f.member);
    return {};
}

QString sourceTextHash(const QString& text) {
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QList<FieldProblem> validateRequestText(const RequestText& t, const QString& sourceLanguage) {
    QList<FieldProblem> problems;
    if (!translatableFields().contains(t.field))
        problems.append(
            {QStringLiteral("field"), text::Domain::tr("\"%1\" is not a free-text field of a request (%2)")
                                          .arg(t.field, translatableFields().join(u", "))});
    if (!isLanguageCode(t.language))
        problems.append({QStringLiteral("language"),
                         text::Domain::tr("\"%1\" is not an ISO 639-1 language code").arg(t.language)});
    else if (t.language == sourceLanguage)
        problems.append({QStringLiteral("language"),
                         text::Domain::tr("\"%1\" is the language the request is written in: change the "
                                          "request itself")
                             .arg(t.language)});
    if (!textStatuses().contains(t.status))
        problems.append(
            {QStringLiteral("status"), text::Domain::tr("\"%1\" is not a status of a translation (%2)")
                                           .arg(t.status, textStatuses().join(u", "))});
    else if (t.status != textstatus::kUntranslated && t.text.trimmed().isEmpty())
        problems.append(
            {QStringLiteral("text"), text::Domain::tr("a %1 translation needs a text").arg(t.status)});
    return problems;
}

RequestText followSource(RequestText text, const Request& request) {
    text.sourceChanged =
        !text.sourceHash.isEmpty() && text.sourceHash != sourceTextHash(sourceText(request, text.field));
    if (text.sourceChanged && text.status == textstatus::kReviewed)
        text.status = textstatus::kDraft;
    return text;
}

RequestText RequestTranslations::text(const QString& field, const QString& language) const {
    for (const RequestText& t : texts.translations)
        if (t.field == field && t.language == language)
            return t;
    RequestText empty;
    empty.field = field;
    empty.language = language;
    return empty;
}

QStringList RequestTranslations::languages() const {
    QStringList languages;
    for (const RequestText& t : texts.translations)
        if (!languages.contains(t.language))
            languages << t.language;
    std::sort(languages.begin(), languages.end());
    return languages;
}

} // namespace mladesk
