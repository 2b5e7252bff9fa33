#pragma once

#include <QString>
#include <QStringList>

namespace mladesk {

// The legal instruments a request can rest on, by the stable keys of
// DESIGN.md. The full catalogue (required elements, deadlines, languages)
// comes from resources/instruments/ in the instruments layer.
struct InstrumentKey {
    QString key;
    QString title;
};

const QList<InstrumentKey>& instrumentKeys();
bool isKnownInstrument(const QString& key);
QString instrumentTitle(const QString& key);

} // namespace mladesk
