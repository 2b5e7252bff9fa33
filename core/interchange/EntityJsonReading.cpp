// Reading the entities of EntityJson.h from a JsonReader: one pass over the
// text, each field decoded once into the record.
#include "EntityJson.h"
#include "error/CoreText.h"
#include "interchange/ImportProblems.h"
#include "interchange/ObjectFields.h"

#include <QRegularExpression>
#include <QSet>

namespace mladesk {

using namespace entityjson;

namespace {

// Each table lists its record's keys in the order the writer writes them
// (sorted); the enum beside it must follow the table.
constexpr FieldSpec kIdentifierFields[] = {{"kind", true, true}, {"value", true}};
constexpr FieldSpec kDateRangeFields[] = {{"from", true}, {"to", true}};
constexpr FieldSpec kPersonFields[] = {{"birth_date", false},
                                       {"location", false},
                                       {"name", true},
                                       {"nationality", false, true},
                                       {"role", true, true}};
enum PersonField { kBirthDate, kLocation, kPersonName, kNationality, kRole };
constexpr FieldSpec kEventFields[] = {{"at", true}, {"name", true, true}};
constexpr FieldSpec kLinkFields[] = {{"kind", true, true}, {"to", true}};

void readIdentifier(ObjectFields& f, QList<Identifier>& out) {
    Identifier identifier;
    for (int field; (field = f.next()) >= 0;)
        (field == 0 ? identifier.kind : identifier.value) = f.text();
    out.append(std::move(identifier));
}

void readDateRange(ObjectFields& f, QList<DateRange>& out) {
    DateRange range;
    for (int field; (field = f.next()) >= 0;)
        (field == 0 ? range.from : range.to) = f.date();
    out.append(range);
}

void readPerson(ObjectFields& f, QList<Person>& out) {
    Person p;
    for (int field; (field = f.next()) >= 0;) {
        switch (field) {
        case kBirthDate:
            p.birthDate = f.date();
            break;
        case kLocation:
            p.location = f.text();
            break;
        case kPersonName:
            p.name = f.text();
            break;
        case kNationality:
            p.nationality = f.text();
            break;
        default:
            p.role = f.text();
        }
    }
    out.append(std::move(p));
}

constexpr FieldSpec kStateFields[] = {
    {"code", true}, {"contact", false}, {"languages", false}, {"name", true}, {"time_zone", true}};
enum StateField { kStateCode, kStateContact, kStateLanguages, kStateName, kStateTimeZone };

constexpr FieldSpec kAuthorityFields[] = {{"address", false}, {"email", false},     {"id", true},
                                          {"kind", true},     {"languages", false}, {"name", true},
                                          {"phone", false},   {"state", true},      {"time_zone", true}};
enum AuthorityField {
    kAuthorityAddress,
    kAuthorityEmail,
    kAuthorityId,
    kAuthorityKind,
    kAuthorityLanguages,
    kAuthorityName,
    kAuthorityPhone,
    kAuthorityState,
    kAuthorityTimeZone
};

constexpr FieldSpec kCaseFields[] = {{"created_at", true},  {"id", true},        {"offences", false},
                                     {"prosecutor", false}, {"reference", true}, {"title", true}};
enum CaseField { kCaseCreatedAt, kCaseId, kCaseOffences, kCaseProsecutor, kCaseReference, kCaseTitle };

constexpr FieldSpec kRequestFields[] = {{"approvals", false},
                                        {"assistance_sought", false},
                                        {"case_id", false, true},
                                        {"created_at", true},
                                        {"data_categories", false, true},
                                        {"date_ranges", false},
                                        {"direction", true, true},
                                        {"drafted_by", false, true},
                                        {"events", false},
                                        {"facts", false},
                                        {"id", true},
                                        {"identifiers", false},
                                        {"instrument", true, true},
                                        {"legal_qualification", false},
                                        {"links", false},
                                        {"measures", false, true},
                                        {"necessity", false},
                                        {"offence", false},
                                        {"options", false, true},
                                        {"persons", false},
                                        {"procedures", false},
                                        {"purpose", false},
                                        {"reference", true},
                                        {"requested_authority_id", false, true},
                                        {"requested_state", true, true},
                                        {"requesting_authority_id", false, true},
                                        {"requesting_state", true, true},
                                        {"service_provider", false},
                                        {"status", true, true},
                                        {"summary", true},
                                        {"text_language", false, true},
                                        {"translations", false},
                                        {"updated_at", true},
                                        {"urgency", true, true}};
enum RequestField {
    kApprovals,
    kAssistanceSought,
    kCaseIdField,
    kCreatedAt,
    kDataCategories,
    kDateRanges,
    kDirection,
    kDraftedBy,
    kEvents,
    kFacts,
    kId,
    kIdentifiers,
    kInstrument,
    kLegalQualification,
    kLinks,
    kMeasures,
    kNecessity,
    kOffence,
    kOptions,
    kPersons,
    kProcedures,
    kPurpose,
    kReference,
    kRequestedAuthorityId,
    kRequestedState,
    kRequestingAuthorityId,
    kRequestingState,
    kServiceProvider,
    kStatus,
    kSummary,
    kTextLanguage,
    kTranslations,
    kUpdatedAt,
    kUrgency
};
static_assert(std::size(kRequestFields) == kUrgency + 1);

constexpr FieldSpec kTranslationFields[] = {
    {"field", true, true}, {"language", true, true}, {"source_sha256", false},   {"status", true, true},
    {"text", true},        {"updated_at", false},    {"updated_by", false, true}};
constexpr FieldSpec kApprovalFields[] = {{"approver", true, true}, {"at", true},
                                         {"comment", false},       {"content_sha256", true},
                                         {"withdrawn_at", false},  {"withdrawn_by", false, true}};
enum ApprovalField {
    kApprovalApprover,
    kApprovalAt,
    kApprovalComment,
    kApprovalContentSha256,
    kApprovalWithdrawnAt,
    kApprovalWithdrawnBy
};

void readApproval(ObjectFields& f, QList<Approval>& out) {
    Approval approval;
    for (int field; (field = f.next()) >= 0;) {
        switch (field) {
        case kApprovalApprover:
            approval.approver = f.text();
            break;
        case kApprovalAt:
            approval.at = f.instant();
            break;
        case kApprovalComment:
            approval.comment = f.text();
            break;
        case kApprovalContentSha256:
            approval.contentHash = f.text();
            break;
        case kApprovalWithdrawnAt:
            approval.withdrawnAt = f.instant();
            break;
        default:
            approval.withdrawnBy = f.text();
        }
    }
    out.append(std::move(approval));
}

enum TranslationField {
    kTextField,
    kTextLanguageCode,
    kTextSourceSha256,
    kTextStatus,
    kTextText,
    kTextUpdatedAt,
    kTextUpdatedBy
};

} // namespace

State stateFromJson(JsonReader& json, QList<FieldProblem>& problems) {
    ObjectFields f(json, {}, problems, kStateFields);
    State s;
    for (int field; (field = f.next()) >= 0;) {
        switch (field) {
        case kStateCode:
            s.code = f.text();
            break;
        case kStateContact:
            s.contact = f.text();
            break;
        case kStateLanguages:
            s.languages = f.strings();
            break;
        case kStateName:
            s.name = f.text();
            break;
        default:
            s.timeZone = f.text();
        }
    }
    return s;
}

Authority authorityFromJson(JsonReader& json, QList<FieldProblem>& problems) {
    ObjectFields f(json, {}, problems, kAuthorityFields);
    Authority a;
    for (int field; (field = f.next()) >= 0;) {
        switch (field) {
        case kAuthorityAddress:
            a.address = f.text();
            break;
        case kAuthorityEmail:
            a.email = f.text();
            break;
        case kAuthorityId:
            a.id = f.text();
            break;
        case kAuthorityKind:
            a.kind = f.text();
            break;
        case kAuthorityLanguages:
            a.languages = f.strings();
            break;
        case kAuthorityName:
            a.name = f.text();
            break;
        case kAuthorityPhone:
            a.phone = f.text();
            break;
        case kAuthorityState:
            a.state = f.text();
            break;
        default:
            a.timeZone = f.text();
        }
    }
    return a;
}

Case caseFromJson(JsonReader& json, QList<FieldProblem>& problems) {
    ObjectFields f(json, {}, problems, kCaseFields);
    Case c;
    for (int field; (field = f.next()) >= 0;) {
        switch (field) {
        case kCaseCreatedAt:
            c.createdAt = f.instant();
            break;
        case kCaseId:
            c.id = f.text();
            break;
        case kCaseOffences:
            c.offences = f.strings();
            break;
        case kCaseProsecutor:
            c.prosecutor = f.text();
            break;
        case kCaseReference:
            c.reference = f.text();
            break;
        default:
            c.title = f.text();
        }
    }
    return c;
}

Request requestFromJson(JsonReader& json, QList<FieldProblem>& problems, RequestTexts* texts,
                        RequestAccountability* accountability) {
    ObjectFields f(json, {}, problems, kRequestFields);
    Request r;
    RequestTexts read;
    RequestAccountability accountable;
    QList<int> translationIndexes; // the list index of each of read.translations
    for (int field; (field = f.next()) >= 0;) {
        switch (field) {
        case kApprovals:
            f.objects(kApprovalFields, [&](ObjectFields& e, int) { readApproval(e, accountable.approvals); });
            break;
        case kAssistanceSought:
            r.assistanceSought = f.text();
            break;
        case kCaseIdField:
            r.caseId = f.text();
            break;
        case kCreatedAt:
            r.createdAt = f.instant();
            break;
        case kDataCategories:
            r.dataCategories = f.strings();
            break;
        case kDateRanges:
            f.objects(kDateRangeFields, [&](ObjectFields& e, int) { readDateRange(e, r.dateRanges); });
            break;
        case kDirection:
            r.direction = f.text();
            break;
        case kDraftedBy:
            accountable.draftedBy = f.text();
            break;
        case kEvents:
            f.objects(kEventFields, [&](ObjectFields& e, int) {
                RequestEvent event;
                for (int at; (at = e.next()) >= 0;)
                    if (at == 0)
                        event.at = e.instant();
                    else
                        event.name = e.text();
                r.events.append(std::move(event));
            });
            break;
        case kFacts:
            r.facts = f.text();
            break;
        case kId:
            r.id = f.text();
            break;
        case kIdentifiers:
            f.objects(kIdentifierFields, [&](ObjectFields& e, int) { readIdentifier(e, r.identifiers); });
            break;
        case kInstrument:
            r.instrument = f.text();
            break;
        case kLegalQualification:
            r.legalQualification = f.text();
            break;
        case kLinks:
            f.objects(kLinkFields, [&](ObjectFields& e, int) {
                RequestLink link;
                for (int at; (at = e.next()) >= 0;)
                    (at == 0 ? link.kind : link.toId) = e.text();
                r.links.append(std::move(link));
            });
            break;
        case kMeasures:
            r.measures = f.strings();
            break;
        case kNecessity:
            r.necessity = f.text();
            break;
        case kOffence:
            r.offence = f.text();
            break;
        case kOptions:
            r.options = f.strings();
            break;
        case kPersons:
            f.objects(kPersonFields, [&](ObjectFields& e, int) { readPerson(e, r.persons); });
            break;
        case kProcedures:
            r.procedures = f.text();
            break;
        case kPurpose:
            r.purpose = f.text();
            break;
        case kReference:
            r.reference = f.text();
            break;
        case kRequestedAuthorityId:
            r.requestedAuthorityId = f.text();
            break;
        case kRequestedState:
            r.requestedState = f.text();
            break;
        case kRequestingAuthorityId:
            r.requestingAuthorityId = f.text();
            break;
        case kRequestingState:
            r.requestingState = f.text();
            break;
        case kServiceProvider:
            r.serviceProvider = f.text();
            break;
        case kStatus:
            r.status = f.text();
            break;
        case kSummary:
            r.summary = f.text();
            break;
        case kTextLanguage:
            read.textLanguage = f.text();
            if (!read.textLanguage.isEmpty() && !isLanguageCode(read.textLanguage))
                f.problem(
                    text::Import::tr("\"%1\" is not an ISO 639-1 language code").arg(read.textLanguage));
            break;
        case kTranslations:
            f.objects(kTranslationFields, [&](ObjectFields& e, int index) {
                RequestText text;
                for (int at; (at = e.next()) >= 0;) {
                    switch (at) {
                    case kTextField:
                        text.field = e.text();
                        break;
                    case kTextLanguageCode:
                        text.language = e.text();
                        break;
                    case kTextSourceSha256:
                        text.sourceHash = e.text();
                        break;
                    case kTextStatus:
                        text.status = e.text();
                        break;
                    case kTextText:
                        text.text = e.text();
                        break;
                    case kTextUpdatedAt:
                        text.updatedAt = e.instant();
                        break;
                    default:
                        text.updatedBy = e.text();
                    }
                }
                read.translations.append(std::move(text));
                translationIndexes.append(index);
            });
            break;
        case kUpdatedAt:
            r.updatedAt = f.instant();
            break;
        default:
            r.urgency = f.text();
        }
    }
    // The translations against the text language, which may come after them.
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < read.translations.size() && problems.size() < kMostRecordProblems; ++i) {
        const RequestText& text = read.translations[i];
        const QString prefix = QStringLiteral("translations[%1].").arg(translationIndexes[i]);
        if (!text.sourceHash.isEmpty() && !sha256.match(text.sourceHash).hasMatch())
            problems.append({prefix + QStringLiteral("source_sha256"),
                             text::Import::tr("must be a SHA-256 in lower-case hex")});
        for (const FieldProblem& p : validateRequestText(text, read.sourceLanguage()))
            problems.append({prefix + p.field, p.message});
        const QString key = text.field + QLatin1Char('/') + text.language;
        if (seen.contains(key))
            problems.append(
                {prefix + QStringLiteral("language"),
                 text::Import::tr("%1 has a text in \"%2\" twice").arg(text.field, text.language)});
        seen.insert(key);
    }
    for (qsizetype i = 0; i < accountable.approvals.size() && problems.size() < kMostRecordProblems; ++i) {
        const Approval& approval = accountable.approvals[i];
        const QString prefix = QStringLiteral("approvals[%1].").arg(i);
        if (!approval.contentHash.isEmpty() && !sha256.match(approval.contentHash).hasMatch())
            problems.append({prefix + QStringLiteral("content_sha256"),
                             text::Import::tr("must be a SHA-256 in lower-case hex")});
        if (approval.withdrawnAt.isValid() != !approval.withdrawnBy.isEmpty())
            problems.append(
                {prefix + QStringLiteral("withdrawn_by"),
                 text::Import::tr("withdrawn_at and withdrawn_by are given together or not at all")});
    }
    if (texts)
        *texts = std::move(read);
    if (accountability)
        *accountability = std::move(accountable);
    return r;
}

} // namespace mladesk
