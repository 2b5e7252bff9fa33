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
        {QStringLiteral("budapest-30"), QT_TRANSLATE_NOOP("DisplayNames", "Budapest Art. 30")},
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
        {QStringLiteral("acknowledged"), QT_TRANSLATE_NOOP("DisplayNames", "acknowledged")},
        {QStringLiteral("validated"), QT_TRANSLATE_NOOP("DisplayNames", "validated")},
        {QStringLiteral("produced"), QT_TRANSLATE_NOOP("DisplayNames", "data produced")},
        {QStringLiteral("executed"), QT_TRANSLATE_NOOP("DisplayNames", "executed")},
        {QStringLiteral("production-confirmed"),
         QT_TRANSLATE_NOOP("DisplayNames", "production order confirmed (Annex V)")},
        {QStringLiteral("extension-requested"), QT_TRANSLATE_NOOP("DisplayNames", "extension requested")},
        {QStringLiteral("provisional-measure-decided"),
         QT_TRANSLATE_NOOP("DisplayNames", "provisional measure decided")},
        {QStringLiteral("enforcement-received"),
         QT_TRANSLATE_NOOP("DisplayNames", "enforcement request received")},
    };
    return lookUp(names, key);
}

QString requestOption(const QString& key) {
    static const Names names{
        {QStringLiteral("provisional-measure"),
         QT_TRANSLATE_NOOP("DisplayNames", "a provisional measure is requested")},
        {QStringLiteral("without-prior-validation"),
         QT_TRANSLATE_NOOP("DisplayNames", "issued without prior validation (emergency)")},
        {QStringLiteral("interception"),
         QT_TRANSLATE_NOOP("DisplayNames", "interception of telecommunications (Art. 30)")},
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

// The English name is the key, as the English trail showed it (docs/audit.md
// lists them); other languages translate it.
QString role(const QString& key) {
    static const Names names{
        {QStringLiteral("liaison-officer"), QT_TRANSLATE_NOOP("DisplayNames", "liaison officer")},
        {QStringLiteral("prosecutor"), QT_TRANSLATE_NOOP("DisplayNames", "prosecutor")},
        {QStringLiteral("translator"), QT_TRANSLATE_NOOP("DisplayNames", "translator")},
        {QStringLiteral("auditor"), QT_TRANSLATE_NOOP("DisplayNames", "auditor")},
        {QStringLiteral("administrator"), QT_TRANSLATE_NOOP("DisplayNames", "administrator")},
    };
    return lookUp(names, key);
}

QString auditAction(const QString& key) {
    static const Names names{
        {QStringLiteral("unlock"), QT_TRANSLATE_NOOP("DisplayNames", "unlock")},
        {QStringLiteral("unlock-failed"), QT_TRANSLATE_NOOP("DisplayNames", "unlock-failed")},
        {QStringLiteral("lock"), QT_TRANSLATE_NOOP("DisplayNames", "lock")},
        {QStringLiteral("view"), QT_TRANSLATE_NOOP("DisplayNames", "view")},
        {QStringLiteral("list"), QT_TRANSLATE_NOOP("DisplayNames", "list")},
        {QStringLiteral("create"), QT_TRANSLATE_NOOP("DisplayNames", "create")},
        {QStringLiteral("change"), QT_TRANSLATE_NOOP("DisplayNames", "change")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("DisplayNames", "status")},
        {QStringLiteral("approve"), QT_TRANSLATE_NOOP("DisplayNames", "approve")},
        {QStringLiteral("approval-withdrawn"), QT_TRANSLATE_NOOP("DisplayNames", "approval-withdrawn")},
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("DisplayNames", "import")},
        {QStringLiteral("approval-imported"), QT_TRANSLATE_NOOP("DisplayNames", "approval-imported")},
        {QStringLiteral("export"), QT_TRANSLATE_NOOP("DisplayNames", "export")},
        {QStringLiteral("user-added"), QT_TRANSLATE_NOOP("DisplayNames", "user-added")},
        {QStringLiteral("user-removed"), QT_TRANSLATE_NOOP("DisplayNames", "user-removed")},
        {QStringLiteral("roles-changed"), QT_TRANSLATE_NOOP("DisplayNames", "roles-changed")},
        {QStringLiteral("passphrase-changed"), QT_TRANSLATE_NOOP("DisplayNames", "passphrase-changed")},
        {QStringLiteral("access-reset"), QT_TRANSLATE_NOOP("DisplayNames", "access-reset")},
        {QStringLiteral("deadline-adjusted"), QT_TRANSLATE_NOOP("DisplayNames", "deadline-adjusted")},
        {QStringLiteral("translation"), QT_TRANSLATE_NOOP("DisplayNames", "translation")},
        {QStringLiteral("attachment-added"), QT_TRANSLATE_NOOP("DisplayNames", "attachment-added")},
        {QStringLiteral("retention-set"), QT_TRANSLATE_NOOP("DisplayNames", "retention-set")},
        {QStringLiteral("retention-extended"), QT_TRANSLATE_NOOP("DisplayNames", "retention-extended")},
        {QStringLiteral("purged"), QT_TRANSLATE_NOOP("DisplayNames", "purged")},
        {QStringLiteral("purge-incomplete"), QT_TRANSLATE_NOOP("DisplayNames", "purge-incomplete")},
        {QStringLiteral("render"), QT_TRANSLATE_NOOP("DisplayNames", "render")},
        {QStringLiteral("bundle-export"), QT_TRANSLATE_NOOP("DisplayNames", "bundle-export")},
        {QStringLiteral("bundle-sign"), QT_TRANSLATE_NOOP("DisplayNames", "bundle-sign")},
        {QStringLiteral("bundle-verify"), QT_TRANSLATE_NOOP("DisplayNames", "bundle-verify")},
        {QStringLiteral("bundle-import"), QT_TRANSLATE_NOOP("DisplayNames", "bundle-import")},
        {QStringLiteral("trust-added"), QT_TRANSLATE_NOOP("DisplayNames", "trust-added")},
        {QStringLiteral("trust-removed"), QT_TRANSLATE_NOOP("DisplayNames", "trust-removed")},
        {QStringLiteral("remember"), QT_TRANSLATE_NOOP("DisplayNames", "remember")},
        {QStringLiteral("remember-failed"), QT_TRANSLATE_NOOP("DisplayNames", "remember-failed")},
        {QStringLiteral("forget"), QT_TRANSLATE_NOOP("DisplayNames", "forget")},
        {QStringLiteral("forget-failed"), QT_TRANSLATE_NOOP("DisplayNames", "forget-failed")},
        {QStringLiteral("audit-anchor"), QT_TRANSLATE_NOOP("DisplayNames", "audit-anchor")},
    };
    return lookUp(names, key);
}

QString catalogueText(const QString& english) {
    return english.isEmpty() ? english
                             : QCoreApplication::translate("Catalogue", english.toUtf8().constData());
}

QString language() {
    //: The ISO 639-1 code of this catalogue's language (fr, de): element labels
    //: are then taken from the document catalogue of that language.
    return QCoreApplication::translate("DisplayNames", "en", "language code");
}

} // namespace mladesk::displayName
