#include "DocumentHtml.h"

#include "documents/DocumentFonts.h"
#include "documents/DocumentText.h"

#include <QStringList>
#include <functional>

namespace mladesk {

namespace {

const QString kMuted = QStringLiteral("#555555");
const QString kAlert = QStringLiteral("#a40000");

QString esc(const QString& text) {
    QString html = text.toHtmlEscaped();
    html.replace(u'\n', QStringLiteral("<br/>"));
    return html;
}

QString para(const QString& inner, const QString& style = {}) {
    return QStringLiteral("<p style=\"margin-top:0px; margin-bottom:3px; ") + style + QStringLiteral("\">") +
           inner + QStringLiteral("</p>");
}

// A heading block (headingLevel 3), which the renderer keeps on one page
// together with the line that follows it.
QString sectionHeading(const QString& text) {
    return QStringLiteral("<h3 style=\"margin-top:10px; margin-bottom:4px; background-color:#e4e8ee; "
                          "font-size:11pt; font-weight:bold\">&nbsp;") +
           text + QStringLiteral("</h3>");
}

QString valueHtml(const DocumentField& field, const DocumentModel& model, const DocumentTranslator& tr) {
    if (field.lines.isEmpty()) {
        if (field.missing)
            return para(QStringLiteral("<b>") + esc(tr.text(QStringLiteral("Missing or incomplete"))) +
                            QStringLiteral("</b>"),
                        QStringLiteral("color:") + kAlert);
        return para(QStringLiteral("—"));
    }
    QString html;
    for (const DocumentLine& line : field.lines) {
        QString text = esc(lineText(line, model, tr));
        if (line.bullet)
            text = QStringLiteral("•&nbsp;") + text;
        for (const DocumentSpan& span : line.spans)
            if (span.kind == DocumentSpan::Kind::FreeText &&
                !freeTextIn(model, span.text, tr.language()).final)
                text += QStringLiteral(" <span style=\"color:") + kAlert + QStringLiteral("\">[") +
                        esc(tr.text(QStringLiteral("Not yet translated into this language"))) +
                        QStringLiteral("]</span>");
        html += para(text, line.bullet || !line.labelKey.isEmpty() ? QStringLiteral("margin-left:12px")
                                                                   : QString());
    }
    if (field.missing)
        html +=
            para(esc(tr.text(QStringLiteral("Missing or incomplete"))), QStringLiteral("color:") + kAlert);
    return html;
}

QString fieldHtml(const DocumentField& field, const DocumentModel& model, const DocumentTranslator& tr) {
    QString html;
    if (!field.labelKey.isEmpty()) {
        QString label = QStringLiteral("<b>") + esc(tr.text(field.labelKey)) + QStringLiteral("</b>");
        if (!field.article.isEmpty())
            label += QStringLiteral(" <span style=\"color:") + kMuted +
                     QStringLiteral("; font-size:8pt\">(") + esc(field.article) + QStringLiteral(")</span>");
        html += para(label, QStringLiteral("margin-top:4px"));
    }
    return html + valueHtml(field, model, tr);
}

QString titleBlock(const DocumentModel& model, const DocumentTranslator& tr) {
    QString html = para(esc(tr.text(model.titleKey)), QStringLiteral("font-size:16pt; font-weight:bold"));
    if (!model.subtitleKey.isEmpty())
        html += para(esc(tr.text(model.subtitleKey)), QStringLiteral("font-size:12pt; color:") + kMuted);
    const QString info =
        esc(tr.text(QStringLiteral("Reference"))) + QStringLiteral(": <b>") + esc(model.reference) +
        QStringLiteral("</b> &nbsp;·&nbsp; ") + esc(tr.text(QStringLiteral("Date"))) + QStringLiteral(": ") +
        esc(tr.date(model.date)) + QStringLiteral(" &nbsp;·&nbsp; ") +
        esc(tr.text(QStringLiteral("Language of this document"))) + QStringLiteral(": ") + esc(tr.language());
    return html + para(info, QStringLiteral("margin-top:6px; margin-bottom:8px"));
}

QString draftBlock(const DocumentModel& model, const DocumentTranslator& tr) {
    const QStringList untranslated = untranslatedIn(model, tr.language());
    if (model.missing.isEmpty() && untranslated.isEmpty())
        return {};
    QString inner =
        para(QStringLiteral("<b>") + esc(tr.text(QStringLiteral("DRAFT"))) + QStringLiteral("</b> — ") +
             esc(tr.text(QStringLiteral("This document is a draft and cannot be sent."))));
    if (!model.missing.isEmpty()) {
        inner += para(QStringLiteral("<b>") + esc(tr.text(QStringLiteral("Missing or incomplete"))) +
                          QStringLiteral("</b>"),
                      QStringLiteral("margin-top:4px"));
        for (const MissingItem& m : model.missing)
            inner += para(QStringLiteral("•&nbsp;") + esc(tr.text(m.labelKey)) + QStringLiteral(" (") +
                              esc(m.article) + u')',
                          QStringLiteral("margin-left:12px"));
    }
    if (!untranslated.isEmpty()) {
        inner += para(QStringLiteral("<b>") +
                          esc(tr.text(QStringLiteral("Not yet translated into this language"))) +
                          QStringLiteral("</b>"),
                      QStringLiteral("margin-top:4px"));
        for (const QString& label : untranslated)
            inner +=
                para(QStringLiteral("•&nbsp;") + esc(tr.text(label)), QStringLiteral("margin-left:12px"));
    }
    return QStringLiteral("<table width=\"100%\" cellpadding=\"6\" cellspacing=\"0\" border=\"1\" "
                          "style=\"border-color:#a40000; border-style:solid; margin-bottom:8px\"><tr><td "
                          "style=\"color:#a40000\">") +
           inner + QStringLiteral("</td></tr></table>");
}

QString partiesBlock(const DocumentModel& model, const DocumentTranslator& tr) {
    if (model.parties.isEmpty())
        return {};
    QString rows;
    for (const DocumentField& field : model.parties) {
        DocumentField value = field;
        value.labelKey.clear();
        rows += QStringLiteral("<tr><td width=\"32%\"><b>") + esc(tr.text(field.labelKey)) +
                QStringLiteral("</b></td><td>") + valueHtml(value, model, tr) + QStringLiteral("</td></tr>");
    }
    return QStringLiteral("<table width=\"100%\" cellpadding=\"3\" cellspacing=\"0\" "
                          "style=\"margin-bottom:6px\">") +
           rows + QStringLiteral("</table>");
}

QString sectionBlock(const DocumentModel& model, const DocumentSection& section,
                     const DocumentTranslator& tr) {
    const bool form = model.layout == DocumentModel::Layout::OfficialForm;
    QString heading = esc(section.id) + (form ? QStringLiteral(" — ") : QStringLiteral(". ")) +
                      esc(tr.text(section.headingKey));
    QString html = sectionHeading(heading);
    if (!section.article.isEmpty())
        html += para(esc(section.article), QStringLiteral("font-size:8pt; color:") + kMuted);
    if (section.fields.isEmpty())
        html += para(QStringLiteral("<i>") + esc(tr.text(QStringLiteral("Not applicable"))) +
                         QStringLiteral("</i>"),
                     QStringLiteral("color:") + kMuted);
    for (const DocumentField& field : section.fields)
        html += fieldHtml(field, model, tr);
    return html;
}

QString signatureCell(const SignatureBlock& block, const DocumentTranslator& tr) {
    const QString blank = QStringLiteral("________________________");
    QString html = para(QStringLiteral("<b>") + esc(tr.text(block.roleKey)) + QStringLiteral("</b>"));
    if (!block.authority.isEmpty())
        html += para(esc(block.authority));
    for (const QString& line : block.contact)
        html += para(esc(line), QStringLiteral("font-size:9pt; color:") + kMuted);
    const auto labelled = [&](const char* key, const QString& value) {
        return para(esc(tr.text(QLatin1String(key))) + QStringLiteral(": ") + value,
                    QStringLiteral("margin-top:10px"));
    };
    html += labelled("Name and function of the signatory",
                     block.signatory.isEmpty() ? blank : esc(block.signatory));
    html += labelled("Place and date", blank);
    html += labelled("Signature", blank);
    html += labelled("Official stamp", QString());
    return html;
}

QString signaturesBlock(const DocumentModel& model, const DocumentTranslator& tr) {
    if (model.signatures.isEmpty())
        return {};
    QString cells;
    for (const SignatureBlock& block : model.signatures)
        cells += QStringLiteral("<td width=\"50%\" style=\"border-color:#888888\">") +
                 signatureCell(block, tr) + QStringLiteral("</td>");
    return sectionHeading(esc(tr.text(QStringLiteral("Signature")))) +
           QStringLiteral("<table width=\"100%\" cellpadding=\"6\" cellspacing=\"4\"><tr>") + cells +
           QStringLiteral("</tr></table>");
}

// Puts a fragment in its language's direction and typeface.
QString inLanguage(const QString& fragment, const DocumentTranslator& tr) {
    const bool rtl = tr.isRightToLeft();
    return QStringLiteral("<div dir=\"") + (rtl ? QStringLiteral("rtl") : QStringLiteral("ltr")) +
           QStringLiteral("\" align=\"") + (rtl ? QStringLiteral("right") : QStringLiteral("left")) +
           QStringLiteral("\" style=\"font-family:") + documentFontFamiliesCss(tr.language()) +
           QStringLiteral("\">") + fragment + QStringLiteral("</div>");
}

} // namespace

QString documentHtml(const DocumentModel& model, const DocumentTranslator& first,
                     const DocumentTranslator* second, BilingualLayout layout) {
    using Block = std::function<QString(const DocumentTranslator&)>;
    QList<Block> blocks{[&](const DocumentTranslator& tr) { return titleBlock(model, tr); },
                        [&](const DocumentTranslator& tr) { return draftBlock(model, tr); },
                        [&](const DocumentTranslator& tr) {
                            return partiesBlock(model, tr);
                        }};
    for (const DocumentSection& section : model.sections)
        blocks << [&model, &section](const DocumentTranslator& tr) {
            return sectionBlock(model, section, tr);
        };
    blocks << [&](const DocumentTranslator& tr) {
        return signaturesBlock(model, tr);
    };

    QString body;
    for (const Block& block : blocks) {
        const QString a = block(first);
        if (!second) {
            body += inLanguage(a, first);
            continue;
        }
        const QString b = block(*second);
        if (a.isEmpty() && b.isEmpty())
            continue;
        if (layout == BilingualLayout::Alternating) {
            body += inLanguage(a, first) + inLanguage(b, *second);
        } else {
            body += QStringLiteral("<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr>"
                                   "<td width=\"49%\" valign=\"top\">") +
                    inLanguage(a, first) +
                    QStringLiteral("</td><td width=\"2%\"></td><td width=\"49%\" valign=\"top\">") +
                    inLanguage(b, *second) + QStringLiteral("</td></tr></table>");
        }
    }
    return QStringLiteral("<html><body>") + body + QStringLiteral("</body></html>");
}

} // namespace mladesk
