#include "Entities.h"

namespace mladesk {

namespace {
QStringList names(std::initializer_list<const char*> values) {
    QStringList result;
    for (const char* value : values)
        result << QString::fromLatin1(value);
    return result;
}
} // namespace

QStringList urgencies() {
    return names({"normal", "urgent", "emergency"});
}
QStringList directions() {
    return names({"outgoing", "incoming"});
}
// The categories of Regulation (EU) 2023/1543 Art. 3(9)-(12); 2AP and Budapest
// speak of subscriber information, traffic data and content data likewise.
QStringList dataCategories() {
    return names({"subscriber", "user-identifying", "traffic", "content"});
}
// provisional-measure: the request asks for a provisional measure (Directive
// 2014/41/EU Art. 32(1)); without-prior-validation: an emergency order issued
// before its validation (Regulation (EU) 2023/1543 Art. 4(5)).
// interception: an EIO for the interception of telecommunications with the
// technical assistance of the executing State (Directive 2014/41/EU Art. 30).
QStringList requestOptions() {
    return names({"provisional-measure", "without-prior-validation", "interception"});
}
QStringList identifierKinds() {
    return names(
        {"email", "ip-address", "phone-number", "account", "domain", "url", "imei", "iban", "other"});
}
QStringList personRoles() {
    return names({"suspect", "accused", "witness", "victim", "other"});
}
QStringList linkKinds() {
    return names({"production-of-preserved", "follow-up", "related"});
}
QStringList authorityKinds() {
    return names({"central-authority", "judicial-authority", "prosecution", "police", "contact-point-24-7",
                  "service-provider"});
}

} // namespace mladesk
