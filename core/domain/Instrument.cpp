#include "Instrument.h"

namespace mladesk {

const QList<InstrumentKey>& instrumentKeys() {
    static const QList<InstrumentKey> keys{
        {QStringLiteral("mla"),
         QStringLiteral("Mutual legal assistance (bilateral treaty or UNTOC Art. 18)")},
        {QStringLiteral("eio"), QStringLiteral("European Investigation Order (Directive 2014/41/EU)")},
        {QStringLiteral("epoc"),
         QStringLiteral("European Production Order Certificate (Regulation (EU) 2023/1543)")},
        {QStringLiteral("epoc-pr"),
         QStringLiteral("European Preservation Order Certificate (Regulation (EU) 2023/1543)")},
        {QStringLiteral("budapest-29"),
         QStringLiteral("Expedited preservation (Budapest Convention Art. 29)")},
        {QStringLiteral("budapest-31"),
         QStringLiteral("Mutual assistance for stored computer data (Budapest Convention Art. 31)")},
        {QStringLiteral("2ap-6"),
         QStringLiteral("Domain name registration information (Second Additional Protocol Art. 6)")},
        {QStringLiteral("2ap-7"), QStringLiteral("Subscriber information from a provider (Second Additional "
                                                 "Protocol Art. 7)")},
        {QStringLiteral("2ap-8"), QStringLiteral("Giving effect to an order for subscriber information or "
                                                 "traffic data (Second Additional Protocol Art. 8)")},
        {QStringLiteral("2ap-9"),
         QStringLiteral("Emergency disclosure via the 24/7 network (Second Additional Protocol Art. 9)")},
        {QStringLiteral("2ap-10"),
         QStringLiteral("Emergency mutual assistance (Second Additional Protocol Art. 10)")},
        {QStringLiteral("cloud-act"), QStringLiteral("Order under a CLOUD Act executive agreement")},
    };
    return keys;
}

bool isKnownInstrument(const QString& key) {
    return !instrumentTitle(key).isEmpty();
}

QString instrumentTitle(const QString& key) {
    for (const InstrumentKey& instrument : instrumentKeys())
        if (instrument.key == key)
            return instrument.title;
    return {};
}

} // namespace mladesk
