#include "DocumentIdentifier.h"

#include <QCryptographicHash>

namespace mladesk {

namespace {

class Digest {
public:
    void add(const QString& text) {
        const QByteArray bytes = text.toUtf8();
        const QByteArray size = QByteArray::number(bytes.size());
        m_hash.addData(size);
        m_hash.addData(QByteArrayView(":"));
        m_hash.addData(bytes);
    }
    void add(const QList<DocumentLine>& lines) {
        add(QString::number(lines.size()));
        for (const DocumentLine& line : lines) {
            add(line.labelKey);
            add(line.templateKey);
            add(line.bullet ? QStringLiteral("*") : QString());
            for (const DocumentSpan& span : line.spans) {
                add(QString::number(static_cast<int>(span.kind)));
                add(span.text);
                add(span.date.toString(Qt::ISODate));
            }
        }
    }
    void add(const DocumentField& field) {
        add(field.elementId);
        add(field.labelKey);
        add(field.article);
        add(field.lines);
    }
    QByteArray result() { return m_hash.result(); }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

} // namespace

QString documentIdentifier(const DocumentModel& model) {
    Digest digest;
    digest.add(model.reference);
    digest.add(model.instrument);
    digest.add(model.titleKey);
    digest.add(model.date.toString(Qt::ISODate));
    for (const DocumentField& party : model.parties)
        digest.add(party);
    for (const DocumentSection& section : model.sections) {
        digest.add(section.id);
        digest.add(section.headingKey);
        for (const DocumentField& field : section.fields)
            digest.add(field);
    }
    for (const SignatureBlock& block : model.signatures) {
        digest.add(block.roleKey);
        digest.add(block.authority);
    }
    for (auto it = model.freeTexts.cbegin(); it != model.freeTexts.cend(); ++it) {
        digest.add(it.key());
        digest.add(it->source);
        for (auto t = it->translations.cbegin(); t != it->translations.cend(); ++t) {
            digest.add(t.key());
            digest.add(t->text);
            digest.add(t->status);
        }
    }
    const QString hex = QString::fromLatin1(digest.result().toHex().left(15)).toUpper();
    return hex.left(4) + u'-' + hex.mid(4, 4) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 3);
}

} // namespace mladesk
