#include "DisplayNames.h"

#include <QCoreApplication>
#include <QHash>

namespace mladesk::displayName {

namespace {

using Names = QHash<QString, const char*>;

QString lookUp(const Names& names, const QString& key) {
    const char* name = names.value(key);
    return name ? QCoreApplication::translate("DisplayNames", name) : key;
}

} // namespace

QString instrument(const QString& key) {
    static const Names names{
        {QStringLiteral("mla"), QT_TRANSLATE_NOOP("DisplayNames", "MLA")},
        {QStringLiteral("eio"), QT_TRANSLATE_NOOP("DisplayNames", "EIO")},
        {QStringLiteral("epoc"), QT_TRANSLATE_NOOP("DisplayNames", "EPOC")},
        {QStringLiteral("epoc-pr"), QT_TRANSLATE_NOOP("DisplayNames", "EPOC-PR")},
        {QStringLiteral("budapest-29"), QT_TRANSLATE_NOOP("DisplayNames", "Budapest Art. 29")},
        {QStringLiteral("budapest-31"), QT_TRANSLATE_NOOP("DisplayNames", "Budapest Art. 31")},
        {QStringLiteral("2ap-6"), QT_TRANSLATE_NOOP("DisplayNames", "2AP Art. 6")},
        {QStringLiteral("2ap-7"), QT_TRANSLATE_NOOP("DisplayNames", "2AP Art. 7")},
        {QStringLiteral("2ap-8"), QT_TRANSLATE_NOOP("DisplayNames", "2AP Art. 8")},
        {QStringLiteral("2ap-9"), QT_TRANSLATE_NOOP("DisplayNames", "2AP Art. 9")},
        {QStringLiteral("2ap-10"), QT_TRANSLATE_NOOP("DisplayNames", "2AP Art. 10")},
        {QStringLiteral("cloud-act"), QT_TRANSLATE_NOOP("DisplayNames", "CLOUD Act")},
    };
    return lookUp(names, key);
}

QString status(const QString& key) {
    static const Names names{
        {QStringLiteral("draft"), QT_TRANSLATE_NOOP("DisplayNames", "Draft")},
        {QStringLiteral("in-review"), QT_TRANSLATE_NOOP("DisplayNames", "In review")},
        {QStringLiteral("approved"), QT_TRANSLATE_NOOP("DisplayNames", "Approved")},
        {QStringLiteral("sent"), QT_TRANSLATE_NOOP("DisplayNames", "Sent")},
        {QStringLiteral("acknowledged"), QT_TRANSLATE_NOOP("DisplayNames", "Acknowledged")},
        {QStringLiteral("in-execution"), QT_TRANSLATE_NOOP("DisplayNames", "In execution")},
        {QStringLiteral("executed"), QT_TRANSLATE_NOOP("DisplayNames", "Executed")},
        {QStringLiteral("refused"), QT_TRANSLATE_NOOP("DisplayNames", "Refused")},
        {QStringLiteral("withdrawn"), QT_TRANSLATE_NOOP("DisplayNames", "Withdrawn")},
        {QStringLiteral("closed"), QT_TRANSLATE_NOOP("DisplayNames", "Closed")},
        {QStringLiteral("received"), QT_TRANSLATE_NOOP("DisplayNames", "Received")},
        {QStringLiteral("recognized"), QT_TRANSLATE_NOOP("DisplayNames", "Recognised")},
        {QStringLiteral("postponed"), QT_TRANSLATE_NOOP("DisplayNames", "Postponed")},
    };
    return lookUp(names, key);
}

QString direction(const QString& key) {
    static const Names names{{QStringLiteral("outgoing"), QT_TRANSLATE_NOOP("DisplayNames", "Outgoing")},
                             {QStringLiteral("incoming"), QT_TRANSLATE_NOOP("DisplayNames", "Incoming")}};
    return lookUp(names, key);
}

QString urgency(const QString& key) {
    static const Names names{{QStringLiteral("normal"), QT_TRANSLATE_NOOP("DisplayNames", "Normal")},
                             {QStringLiteral("urgent"), QT_TRANSLATE_NOOP("DisplayNames", "Urgent")},
                             {QStringLiteral("emergency"), QT_TRANSLATE_NOOP("DisplayNames", "Emergency")}};
    return lookUp(names, key);
}

QString dataCategory(const QString& key) {
    static const Names names{
        {QStringLiteral("subscriber"), QT_TRANSLATE_NOOP("DisplayNames", "subscriber")},
        {QStringLiteral("user-identifying"), QT_TRANSLATE_NOOP("DisplayNames", "user-identifying")},
        {QStringLiteral("traffic"), QT_TRANSLATE_NOOP("DisplayNames", "traffic")},
        {QStringLiteral("content"), QT_TRANSLATE_NOOP("DisplayNames", "content")},
    };
    return lookUp(names, key);
}

QString identifierKind(const QString& key) {
    static const Names names{
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("DisplayNames", "email")},
        {QStringLiteral("ip-address"), QT_TRANSLATE_NOOP("DisplayNames", "ip-address")},
        {QStringLiteral("phone-number"), QT_TRANSLATE_NOOP("DisplayNames", "phone-number")},
        {QStringLiteral("account"), QT_TRANSLATE_NOOP("DisplayNames", "account")},
        {QStringLiteral("domain"), QT_TRANSLATE_NOOP("DisplayNames", "domain")},
        {QStringLiteral("url"), QT_TRANSLATE_NOOP("DisplayNames", "url")},
        {QStringLiteral("imei"), QT_TRANSLATE_NOOP("DisplayNames", "imei")},
        {QStringLiteral("iban"), QT_TRANSLATE_NOOP("DisplayNames", "iban")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("DisplayNames", "other")},
    };
    return lookUp(names, key);
}

QString event(const QString& key) {
    static const Names names{
        {QStringLiteral("received"), QT_TRANSLATE_NOOP("DisplayNames", "received")},
        {QStringLiteral("recognized"), QT_TRANSLATE_NOOP("DisplayNames", "recognised")},
        {QStringLiteral("notified"), QT_TRANSLATE_NOOP("DisplayNames", "notified")},
        {QStringLiteral("issued"), QT_TRANSLATE_NOOP("DisplayNames", "issued")},
        {QStringLiteral("served"), QT_TRANSLATE_NOOP("DisplayNames", "served")},
        {QStringLiteral("documentation-complete"),
         QT_TRANSLATE_NOOP("DisplayNames", "documentation complete")},
        {QStringLiteral("sent"), QT_TRANSLATE_NOOP("DisplayNames", "sent")},
        {QStringLiteral("provider-deletion"), QT_TRANSLATE_NOOP("DisplayNames", "deletion by the provider")},
        {QStringLiteral("retention"), QT_TRANSLATE_NOOP("DisplayNames", "end of retention")},
    };
    return lookUp(names, key);
}

QString personRole(const QString& key) {
    static const Names names{
        {QStringLiteral("suspect"), QT_TRANSLATE_NOOP("DisplayNames", "suspect")},
        {QStringLiteral("accused"), QT_TRANSLATE_NOOP("DisplayNames", "accused")},
        {QStringLiteral("witness"), QT_TRANSLATE_NOOP("DisplayNames", "witness")},
        {QStringLiteral("victim"), QT_TRANSLATE_NOOP("DisplayNames", "victim")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("DisplayNames", "other")},
    };
    return lookUp(names, key);
}

QString linkKind(const QString& key) {
    static const Names names{
        {QStringLiteral("production-of-preserved"),
         QT_TRANSLATE_NOOP("DisplayNames", "production of preserved data")},
        {QStringLiteral("follow-up"), QT_TRANSLATE_NOOP("DisplayNames", "follow-up")},
        {QStringLiteral("related"), QT_TRANSLATE_NOOP("DisplayNames", "related")},
    };
    return lookUp(names, key);
}

} // namespace mladesk::displayName
