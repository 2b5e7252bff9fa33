#include "RequestFieldLines.h"

#include <QHash>

namespace mladesk {

namespace {

using Span = DocumentSpan;

struct FreeTextField {
    QString Request::*member;
    const char* labelKey;
};

const QHash<QString, FreeTextField>& freeTextFields() {
    static const QHash<QString, FreeTextField> fields{
        {QStringLiteral("summary"), {&Request::summary, "Subject matter"}},
        {QStringLiteral("facts"), {&Request::facts, "Summary of the facts"}},
        {QStringLiteral("offence"), {&Request::offence, "Offence"}},
        {QStringLiteral("legal_qualification"),
         {&Request::legalQualification, "Applicable provisions of law"}},
        {QStringLiteral("assistance_sought"), {&Request::assistanceSought, "Assistance sought"}},
        {QStringLiteral("necessity"), {&Request::necessity, "Necessity and proportionality"}},
        {QStringLiteral("procedures"), {&Request::procedures, "Formalities and procedures requested"}},
        {QStringLiteral("purpose"), {&Request::purpose, "Purpose of the request"}},
    };
    return fields;
}

DocumentLine plain(const QList<Span>& spans, bool bullet = false) {
    DocumentLine line;
    line.spans = spans;
    line.bullet = bullet;
    return line;
}

DocumentLine labelled(const char* labelKey, const QList<Span>& spans) {
    DocumentLine line;
    line.labelKey = QLatin1String(labelKey);
    line.spans = spans;
    return line;
}

QList<DocumentLine> authorityLines(const std::optional<Authority>& authority, const QString& id) {
    if (!authority)
        return id.isEmpty() ? QList<DocumentLine>{} : QList<DocumentLine>{plain({Span::literal(id)})};
    QList<DocumentLine> lines{plain({Span::literal(authority->name)})};
    if (!authority->address.isEmpty())
        lines << labelled("Address", {Span::literal(authority->address)});
    if (!authority->email.isEmpty())
        lines << labelled("E-mail", {Span::literal(authority->email)});
    if (!authority->phone.isEmpty())
        lines << labelled("Telephone", {Span::literal(authority->phone)});
    return lines;
}

QList<DocumentLine> stateLines(const QString& code, const QString& name) {
    if (code.isEmpty())
        return {};
    return {plain({Span::literal(name.isEmpty() ? code : name + QStringLiteral(" (") + code + u')')})};
}

QString identifierKindKey(const QString& kind) {
    static const QHash<QString, QString> keys{
        {QStringLiteral("email"), QStringLiteral("E-mail address")},
        {QStringLiteral("ip-address"), QStringLiteral("IP address")},
        {QStringLiteral("phone-number"), QStringLiteral("Telephone number")},
        {QStringLiteral("account"), QStringLiteral("Account")},
        {QStringLiteral("domain"), QStringLiteral("Domain name")},
        {QStringLiteral("url"), QStringLiteral("URL")},
        {QStringLiteral("imei"), QStringLiteral("IMEI")},
        {QStringLiteral("iban"), QStringLiteral("IBAN")},
    };
    return keys.value(kind, QStringLiteral("Other"));
}

QString dataCategoryKey(const QString& category) {
    static const QHash<QString, QString> keys{
        {QStringLiteral("subscriber"), QStringLiteral("Subscriber data")},
        {QStringLiteral("user-identifying"),
         QStringLiteral("Data requested for the sole purpose of identifying the user")},
        {QStringLiteral("traffic"), QStringLiteral("Traffic data")},
        {QStringLiteral("content"), QStringLiteral("Content data")},
    };
    return keys.value(category, QStringLiteral("Other"));
}

QString personRoleKey(const QString& role) {
    static const QHash<QString, QString> keys{
        {QStringLiteral("suspect"), QStringLiteral("Suspect")},
        {QStringLiteral("accused"), QStringLiteral("Accused person")},
        {QStringLiteral("witness"), QStringLiteral("Witness")},
        {QStringLiteral("victim"), QStringLiteral("Victim")},
    };
    return keys.value(role, QStringLiteral("Other"));
}

QList<DocumentLine> personLines(const QList<Person>& persons) {
    QList<DocumentLine> lines;
    for (const Person& p : persons) {
        if (p.name.trimmed().isEmpty())
            continue;
        lines << plain({Span::literal(p.name)}, true);
        if (!p.role.isEmpty())
            lines << labelled("Role", {Span::key(personRoleKey(p.role))});
        if (p.birthDate.isValid())
            lines << labelled("Date of birth", {Span::day(p.birthDate)});
        if (!p.nationality.isEmpty())
            lines << labelled("Nationality", {Span::literal(p.nationality)});
        if (!p.location.isEmpty())
            lines << labelled("Location", {Span::literal(p.location)});
    }
    return lines;
}

QList<DocumentLine> listLines(const QStringList& items) {
    QList<DocumentLine> lines;
    for (const QString& item : items)
        if (!item.trimmed().isEmpty())
            lines << plain({Span::literal(item)}, true);
    return lines;
}

} // namespace

bool isFreeTextField(const QString& field) {
    return freeTextFields().contains(field);
}

QString freeTextLabelKey(const QString& field) {
    const auto it = freeTextFields().constFind(field);
    return it == freeTextFields().cend() ? field : QLatin1String(it->labelKey);
}

QString freeTextSource(const QString& field, const Request& request) {
    const auto it = freeTextFields().constFind(field);
    return it == freeTextFields().cend() ? QString() : request.*(it->member);
}

QList<DocumentLine> requestFieldLines(const QString& field, const DocumentInput& input) {
    const Request& r = input.request;
    if (isFreeTextField(field))
        return freeTextSource(field, r).trimmed().isEmpty()
                   ? QList<DocumentLine>{}
                   : QList<DocumentLine>{plain({Span::freeText(field)})};
    if (field == QLatin1String("requesting_authority_id"))
        return authorityLines(input.requesting, r.requestingAuthorityId);
    if (field == QLatin1String("requested_authority_id"))
        return authorityLines(input.requested, r.requestedAuthorityId);
    if (field == QLatin1String("requesting_state"))
        return stateLines(r.requestingState, input.requestingStateName);
    if (field == QLatin1String("requested_state"))
        return stateLines(r.requestedState, input.requestedStateName);
    if (field == QLatin1String("service_provider"))
        return r.serviceProvider.isEmpty() ? QList<DocumentLine>{}
                                           : QList<DocumentLine>{plain({Span::literal(r.serviceProvider)})};
    if (field == QLatin1String("reference"))
        return r.reference.isEmpty() ? QList<DocumentLine>{}
                                     : QList<DocumentLine>{plain({Span::literal(r.reference)})};
    if (field == QLatin1String("case_id")) {
        if (!input.kase)
            return r.caseId.isEmpty() ? QList<DocumentLine>{}
                                      : QList<DocumentLine>{plain({Span::literal(r.caseId)})};
        QString text = input.kase->reference;
        if (!input.kase->title.isEmpty())
            text += QStringLiteral(" — ") + input.kase->title;
        return {plain({Span::literal(text)})};
    }
    if (field == QLatin1String("measures"))
        return listLines(r.measures);
    if (field == QLatin1String("offences"))
        return input.kase ? listLines(input.kase->offences) : QList<DocumentLine>{};
    if (field == QLatin1String("persons"))
        return personLines(r.persons);
    QList<DocumentLine> lines;
    if (field == QLatin1String("identifiers")) {
        for (const Identifier& i : r.identifiers)
            if (!i.value.trimmed().isEmpty())
                lines << plain({Span::key(identifierKindKey(i.kind)), Span::literal(QStringLiteral(": ")),
                                Span::literal(i.value)},
                               true);
    } else if (field == QLatin1String("date_ranges")) {
        for (const DateRange& range : r.dateRanges) {
            DocumentLine line = plain({Span::day(range.from), Span::day(range.to)}, true);
            line.templateKey = QStringLiteral("from %1 to %2");
            lines << line;
        }
    } else if (field == QLatin1String("data_categories")) {
        for (const QString& c : r.dataCategories)
            lines << plain({Span::key(dataCategoryKey(c))}, true);
    }
    return lines;
}

} // namespace mladesk
