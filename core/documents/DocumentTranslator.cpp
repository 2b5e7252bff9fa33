#include "DocumentTranslator.h"

#include "documents/DocumentStrings.h"

#include <QTranslator>

namespace mladesk {

QString documentLanguageName(const QString& code) {
    const QString name =
        code == QLatin1String("en") ? QStringLiteral("English") : QLocale(code).nativeLanguageName();
    return name.isEmpty() || QLocale(code).language() == QLocale::C
               ? code
               : QStringLiteral("%1 (%2)").arg(name, code);
}

DocumentTranslator::DocumentTranslator(const QString& language)
    : m_language(language)
    , m_locale(language) {
    if (language == QLatin1String("en"))
        return;
    auto translator = std::make_shared<QTranslator>();
    if (translator->load(QStringLiteral(":/i18n/documents_") + language + QStringLiteral(".qm")))
        m_translator = std::move(translator);
}

bool DocumentTranslator::isRightToLeft() const {
    return m_locale.textDirection() == Qt::RightToLeft;
}

QString DocumentTranslator::text(const QString& key) const {
    if (key.isEmpty())
        return {};
    if (m_translator) {
        const QString translated =
            m_translator->translate(documentStrings::kContext, key.toUtf8().constData());
        if (!translated.isEmpty())
            return translated;
    }
    return key;
}

QString DocumentTranslator::date(const QDate& date) const {
    if (!date.isValid())
        return {};
    if (m_language == QLatin1String("zh"))
        return m_locale.toString(date, QStringLiteral("yyyy年M月d日"));
    return m_locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace mladesk
