#pragma once

#include <QByteArray>
#include <QStringView>

namespace mladesk {

// Appends text as a JSON string, quotes included, in the bytes Qt's
// QJsonDocument writes (qjsonwriter.cpp's escapedString): short escapes for
// quote, backslash and \b \f \n \r \t, \u00XX for other control characters,
// UTF-8 for the rest, \uXXXX for a surrogate without its pair.
void appendJsonString(QByteArray& out, QStringView text);

} // namespace mladesk
