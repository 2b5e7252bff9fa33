#include "ImportProblems.h"

#include "error/CoreText.h"

#include <QLocale>

namespace mladesk {

void ImportProblems::add(const QString& problem) {
    if (m_kept.size() < kKept)
        m_kept.append(problem);
    ++m_count;
}

QString ImportProblems::describe(const QString& headline) const {
    QString message;
    if (m_stopped)
        message = headline +
                  text::Import::tr(" At least %1 problems; the first %2:").arg(m_count).arg(m_kept.size());
    else if (m_count > m_kept.size())
        message =
            headline + text::Import::tr(" %1 problem(s), the first %2:").arg(m_count).arg(m_kept.size());
    else
        message = headline + text::Import::tr(" %1 problem(s):").arg(m_count);
    for (const QString& problem : m_kept)
        message += QStringLiteral("\n  ") + problem;
    if (m_stopped)
        message += text::Import::tr("\n  \u2026 and more: checking stopped after %1 problems").arg(m_count) +
                   (m_notChecked > 0 ? text::Import::tr("; %1 more records were not checked.")
                                           .arg(QLocale::c().toString(m_notChecked))
                                     : QStringLiteral("."));
    else if (m_count > m_kept.size())
        message += text::Import::tr("\n  \u2026 and %1 more.").arg(m_count - m_kept.size());
    return message;
}

QString shownName(QByteArrayView utf8) {
    constexpr qsizetype kLongest = 64;
    const QString name = QString::fromUtf8(utf8.first(qMin(utf8.size(), 4 * kLongest)));
    QString shown;
    qsizetype characters = 0;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (characters == kLongest)
            return shown + QStringLiteral("\u2026");
        const char16_t u = name[i].unicode();
        const bool hidden = u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x61c ||
                            (u >= 0x200b && u <= 0x200f) || (u >= 0x2028 && u <= 0x202e) ||
                            (u >= 0x2060 && u <= 0x206f) || u == 0xfeff;
        if (hidden)
            shown += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        else
            shown += name[i];
        if (!name[i].isHighSurrogate())
            ++characters;
    }
    return utf8.size() > 4 * kLongest ? shown + QStringLiteral("\u2026") : shown;
}

} // namespace mladesk
