#include "DocumentModelBuilder.h"

#include "documents/DocumentIdentifier.h"
#include "documents/RequestFieldLines.h"
#include "rules/Completeness.h"

#include <QSet>
#include <algorithm>

namespace mladesk {

namespace {

using Span = DocumentSpan;

const RequiredElement* findElement(const InstrumentRules& rules, const QString& id) {
    for (const RequiredElement& e : rules.elements)
        if (e.id == id)
            return &e;
    return nullptr;
}

DocumentField field(const char* labelKey, const QList<DocumentLine>& lines) {
    DocumentField f;
    f.labelKey = QLatin1String(labelKey);
    f.lines = lines;
    return f;
}

DocumentField elementField(const RequiredElement& e, const DocumentInput& input,
                           const QSet<QString>& missing) {
    DocumentField f;
    f.elementId = e.id;
    f.labelKey = e.label;
    f.article = e.article;
    f.lines = requestFieldLines(e.field, input);
    f.missing = missing.contains(e.id);
    return f;
}

QList<DocumentLine> urgencyLines(const Request& r) {
    if (r.urgency == QLatin1String("urgent"))
        return {DocumentLine{{}, {}, {Span::key(QStringLiteral("Urgent"))}, false}};
    if (r.urgency == QLatin1String("emergency"))
        return {DocumentLine{{}, {}, {Span::key(QStringLiteral("Emergency"))}, false}};
    return {};
}

QList<DocumentLine> linkLines(const Request& r) {
    QList<DocumentLine> lines;
    for (const RequestLink& link : r.links)
        lines << DocumentLine{{}, {}, {Span::literal(link.toId)}, true};
    return lines;
}

// The issuing authority is not a judge, court or prosecutor (EIO Art. 2(c)(ii),
// Reg. 2023/1543 Art. 4(1)-(3)), or a prosecutor orders traffic or content
// data under an EPOC (Art. 4(2)): a validating authority signs as well.
bool needsValidation(const DocumentInput& in) {
    const QString& key = in.instrument.key;
    if (key != QLatin1String("eio") && key != QLatin1String("epoc") && key != QLatin1String("epoc-pr"))
        return false;
    const QString kind = in.requesting ? in.requesting->kind : QString();
    if (kind == QLatin1String("judicial-authority"))
        return false;
    if (kind != QLatin1String("prosecution"))
        return true;
    return key == QLatin1String("epoc") && (in.request.dataCategories.contains(QStringLiteral("traffic")) ||
                                            in.request.dataCategories.contains(QStringLiteral("content")));
}

// Fields an official form asks for that are not required elements of the
// instrument: urgency, related orders, procedures, the validating authority.
QList<DocumentField> formExtras(const DocumentInput& in, const FormSection& section) {
    const QString& key = in.instrument.key;
    const Request& r = in.request;
    const QString& id = section.id;
    const bool eio = key == QLatin1String("eio");
    const bool epoc = key == QLatin1String("epoc");
    const bool epocPr = key == QLatin1String("epoc-pr");
    QList<DocumentField> extras;
    if (in.form == DocumentForm::Receipt) {
        if (id == QLatin1String("A"))
            extras << field("Reference", requestFieldLines(QStringLiteral("reference"), in))
                   << field("Issuing authority",
                            requestFieldLines(QStringLiteral("requesting_authority_id"), in))
                   << field("Issuing State", requestFieldLines(QStringLiteral("requesting_state"), in));
        if (id == QLatin1String("B"))
            extras << field("Requested authority",
                            requestFieldLines(QStringLiteral("requested_authority_id"), in));
        return extras;
    }
    if (in.form == DocumentForm::Extension) {
        if (id == QLatin1String("A"))
            extras << field("Reference", requestFieldLines(QStringLiteral("reference"), in))
                   << field("Issuing State", requestFieldLines(QStringLiteral("requesting_state"), in));
        return extras;
    }
    if ((eio || epoc || epocPr) && id == QLatin1String("A"))
        extras << field("Issuing State", requestFieldLines(QStringLiteral("requesting_state"), in));
    if (eio && id == QLatin1String("A") && !r.requestedAuthorityId.isEmpty())
        extras << field("Requested authority",
                        requestFieldLines(QStringLiteral("requested_authority_id"), in));
    if (((eio && id == QLatin1String("B")) || (epoc && id == QLatin1String("C"))) &&
        !urgencyLines(r).isEmpty())
        extras << field("Urgency", urgencyLines(r));
    if (((eio || epoc) && id == QLatin1String("D")) || (epocPr && id == QLatin1String("C")))
        if (!r.links.isEmpty())
            extras << field("Related requests", linkLines(r));
    if (eio && id == QLatin1String("I") && !r.procedures.trimmed().isEmpty())
        extras << field("Formalities and procedures requested",
                        requestFieldLines(QStringLiteral("procedures"), in));
    const bool validationSection = (eio && id == QLatin1String("L")) || (epoc && id == QLatin1String("J")) ||
                                   (epocPr && id == QLatin1String("H"));
    if (validationSection && needsValidation(in))
        extras << field("Validating authority", {});
    return extras;
}

void addFormSections(DocumentModel& model, const QList<FormSection>& form, const DocumentInput& in,
                     const QSet<QString>& missing) {
    for (const FormSection& s : form) {
        DocumentSection section;
        section.id = s.id;
        section.headingKey = s.title;
        for (const QString& elementId : s.elements) {
            const RequiredElement* e = findElement(in.instrument, elementId);
            if (e && appliesTo(e->when, in.request))
                section.fields << elementField(*e, in, missing);
        }
        section.fields << formExtras(in, s);
        model.sections << section;
    }
}

void addLetterSections(DocumentModel& model, const DocumentInput& in, const QSet<QString>& missing) {
    const Request& r = in.request;
    model.parties << field("Reference", requestFieldLines(QStringLiteral("reference"), in))
                  << field("Requesting State", requestFieldLines(QStringLiteral("requesting_state"), in))
                  << field("Requesting authority",
                           requestFieldLines(QStringLiteral("requesting_authority_id"), in))
                  << field("Requested State", requestFieldLines(QStringLiteral("requested_state"), in));
    if (!r.requestedAuthorityId.isEmpty())
        model.parties << field("Requested authority",
                               requestFieldLines(QStringLiteral("requested_authority_id"), in));
    if (!r.serviceProvider.isEmpty())
        model.parties << field("Service provider", requestFieldLines(QStringLiteral("service_provider"), in));
    if (in.kase)
        model.parties << field("Case reference", requestFieldLines(QStringLiteral("case_id"), in));
    if (!urgencyLines(r).isEmpty())
        model.parties << field("Urgency", urgencyLines(r));
    model.parties << field("Legal basis", {DocumentLine{{}, {}, {Span::key(in.instrument.title)}, false}});

    QSet<QString> fieldsShown;
    int number = 0;
    for (const RequiredElement& e : in.instrument.elements) {
        if (!appliesTo(e.when, r))
            continue;
        DocumentSection section;
        section.id = QString::number(++number);
        section.headingKey = e.label;
        section.article = e.article;
        DocumentField f = elementField(e, in, missing);
        f.labelKey.clear(); // the heading says it
        f.article.clear();
        section.fields << f;
        model.sections << section;
        fieldsShown << e.field;
    }
    if (!fieldsShown.contains(QStringLiteral("procedures")) && !r.procedures.trimmed().isEmpty()) {
        DocumentSection section;
        section.id = QString::number(++number);
        section.headingKey = QStringLiteral("Formalities and procedures requested");
        section.fields << field("", requestFieldLines(QStringLiteral("procedures"), in));
        section.fields.back().labelKey.clear();
        model.sections << section;
    }
}

void addSignatures(DocumentModel& model, const DocumentInput& in) {
    if (in.form == DocumentForm::Receipt) {
        SignatureBlock block;
        block.roleKey = QStringLiteral("Requested authority");
        if (in.requested) {
            block.authority = in.requested->name;
            block.contact = QStringList{in.requested->address, in.requested->email, in.requested->phone};
            block.contact.removeAll(QString());
        }
        model.signatures << block;
        return;
    }
    SignatureBlock issuing;
    issuing.roleKey = QStringLiteral("Issuing authority");
    if (in.requesting) {
        issuing.authority = in.requesting->name;
        issuing.contact = QStringList{in.requesting->address, in.requesting->email, in.requesting->phone};
        issuing.contact.removeAll(QString());
    }
    if (in.kase && in.request.direction == QLatin1String("outgoing"))
        issuing.signatory = in.kase->prosecutor;
    model.signatures << issuing;
    if (in.form == DocumentForm::Request && needsValidation(in)) {
        SignatureBlock validating;
        validating.roleKey = QStringLiteral("Validating authority");
        model.signatures << validating;
    }
}

void addFreeTexts(DocumentModel& model, const DocumentInput& in) {
    const auto addIfUsed = [&](const QList<DocumentLine>& lines) {
        for (const DocumentLine& line : lines)
            for (const DocumentSpan& span : line.spans)
                if (span.kind == DocumentSpan::Kind::FreeText && !model.freeTexts.contains(span.text)) {
                    FreeText text;
                    text.labelKey = freeTextLabelKey(span.text);
                    text.source = freeTextSource(span.text, in.request);
                    text.translations = in.translations.value(span.text);
                    model.freeTexts.insert(span.text, text);
                }
    };
    for (const DocumentField& f : model.parties)
        addIfUsed(f.lines);
    for (const DocumentSection& s : model.sections)
        for (const DocumentField& f : s.fields)
            addIfUsed(f.lines);
}

} // namespace

DocumentModel buildDocumentModel(const DocumentInput& in) {
    DocumentModel model;
    model.instrument = in.instrument.key;
    model.reference = in.request.reference;
    model.date = in.date.isValid() ? in.date : QDate::currentDate();
    model.sourceLanguage = in.sourceLanguage.isEmpty() ? QStringLiteral("en") : in.sourceLanguage;
    model.issuingAuthority = in.requesting ? in.requesting->name : QString();

    const Case* kase = in.kase ? &*in.kase : nullptr;
    QSet<QString> missing;
    for (const MissingElement& m : checkCompleteness(in.request, in.instrument, kase)) {
        if (m.advisory)
            continue;
        missing << m.element;
        model.missing << MissingItem{m.label, m.article};
    }

    const QList<FormSection>& form = in.form == DocumentForm::Receipt ? in.instrument.receiptFormSections
                                     : in.form == DocumentForm::Extension
                                         ? in.instrument.extensionFormSections
                                         : in.instrument.formSections;
    model.titleKey = in.instrument.title;
    if (!form.isEmpty()) {
        model.layout = DocumentModel::Layout::OfficialForm;
        model.subtitleKey = form.front().source.section(u',', 0, 0).trimmed();
        addFormSections(model, form, in, missing);
    } else {
        model.layout = DocumentModel::Layout::LetterOfRequest;
        model.subtitleKey = QStringLiteral("Letter of request");
        addLetterSections(model, in, missing);
    }
    addSignatures(model, in);
    addFreeTexts(model, in);
    model.documentId = documentIdentifier(model);
    return model;
}

} // namespace mladesk
