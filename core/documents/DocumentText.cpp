#include "DocumentText.h"

namespace mladesk {

FreeTextInLanguage freeTextIn(const DocumentModel& model, const QString& field, const QString& language) {
    const FreeText text = model.freeTexts.value(field);
    if (language == model.sourceLanguage)
        return {text.source, true};
    const auto it = text.translations.constFind(language);
    if (it != text.translations.cend() && !it->text.trimmed().isEmpty() &&
        it->status != QLatin1String("untranslated"))
        return {it->text, it->status == QLatin1String("reviewed")};
    return {text.source, false};
}

QString lineText(const DocumentLine& line, const DocumentModel& model, const DocumentTranslator& tr) {
    // In a right-to-left document, names, numbers and addresses keep their own
    // direction: "+49 30 9014 0" must not come out as "0 9014 30 49+".
    const auto isolated = [&tr](const QString& text) {
        return tr.isRightToLeft() ? QChar(0x2068) + text + QChar(0x2069) : text;
    };
    QStringList parts;
    for (const DocumentSpan& span : line.spans) {
        switch (span.kind) {
        case DocumentSpan::Kind::Literal:
            parts << isolated(span.text);
            break;
        case DocumentSpan::Kind::Key:
            parts << tr.text(span.text);
            break;
        case DocumentSpan::Kind::Date:
            parts << tr.date(span.date);
            break;
        case DocumentSpan::Kind::FreeText:
            parts << freeTextIn(model, span.text, tr.language()).text;
            break;
        }
    }
    QString text;
    if (line.templateKey.isEmpty()) {
        text = parts.join(QString());
    } else {
        text = tr.text(line.templateKey);
        for (const QString& part : parts)
            text = text.arg(part);
    }
    if (!line.labelKey.isEmpty())
        text = tr.text(line.labelKey) + QStringLiteral(": ") + text;
    return text;
}

QStringList untranslatedIn(const DocumentModel& model, const QString& language) {
    QStringList labels;
    for (auto it = model.freeTexts.cbegin(); it != model.freeTexts.cend(); ++it)
        if (!freeTextIn(model, it.key(), language).final)
            labels << it->labelKey;
    return labels;
}

bool isDraftIn(const DocumentModel& model, const QString& language) {
    return model.incomplete() || !untranslatedIn(model, language).isEmpty();
}

} // namespace mladesk
