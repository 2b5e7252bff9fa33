#include "Instrument.h"

#include <QCoreApplication>

namespace mladesk {

const QList<InstrumentKey>& instrumentKeys() {
    static const QList<InstrumentKey> keys{
        {QStringLiteral("mla"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("DisplayNames",
                                             "Mutual legal assistance (bilateral treaty or UNTOC Art. 18)"))},
        {QStringLiteral("eio"), QString::fromUtf8(QT_TRANSLATE_NOOP(
                                    "DisplayNames", "European Investigation Order (Directive 2014/41/EU)"))},
        {QStringLiteral("epoc"),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "DisplayNames", "European Production Order Certificate (Regulation (EU) 2023/1543)"))},
        {QStringLiteral("epoc-pr"),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "DisplayNames", "European Preservation Order Certificate (Regulation (EU) 2023/1543)"))},
        {QStringLiteral("budapest-29"),
         QString::fromUtf8(
             QT_TRANSLATE_NOOP("DisplayNames", "Expedited preservation (Budapest Convention Art. 29)"))},
        {QStringLiteral("budapest-30"),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "DisplayNames",
             "Expedited disclosure of preserved traffic data (Budapest Convention Art. 30)"))},
        {QStringLiteral("budapest-31"),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "DisplayNames", "Mutual assistance for stored computer data (Budapest Convention Art. 31)"))},
        {QStringLiteral("2ap-6"),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "DisplayNames", "Domain name registration information (Second Additional Protocol Art. 6)"))},
        {QStringLiteral("2ap-7"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("DisplayNames",
                                             "Subscriber information from a provider (Second Additional "
                                             "Protocol Art. 7)"))},
        {QStringLiteral("2ap-8"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("DisplayNames",
                                             "Giving effect to an order for subscriber information or "
                                             "traffic data (Second Additional Protocol Art. 8)"))},
        {QStringLiteral("2ap-9"),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "DisplayNames",
             "Emergency disclosure via the 24/7 network (Second Additional Protocol Art. 9)"))},
        {QStringLiteral("2ap-10"),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "DisplayNames", "Emergency mutual assistance (Second Additional Protocol Art. 10)"))},
        {QStringLiteral("cloud-act"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("DisplayNames", "Order under a CLOUD Act executive agreement"))},
    };
    return keys;
}

bool isKnownInstrument(const QString& key) {
    return !instrumentTitle(key).isEmpty();
}

QString instrumentTitle(const QString& key) {
    for (const InstrumentKey& instrument : instrumentKeys())
        if (instrument.key == key) // the table holds the English title, the source text
            return QCoreApplication::translate("DisplayNames", instrument.title.toUtf8().constData());
    return {};
}

} // namespace mladesk
