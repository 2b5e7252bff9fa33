#pragma once

#include <QString>

// The names people read for the keys that files, the CLI's JSON and the
// interchange format use ("in-review" -> "In review", "eio" -> "EIO";
// "user-identifying" -> "identifiant de l'utilisateur" in French), in the
// language of the process (translation context "DisplayNames"). An unknown
// key is shown as it is. Where the English UI showed the key itself (data
// categories, identifier kinds), the English name is the key, so that English
// stays as it was and other languages translate it. Every view that shows one
// of these keys shows it through here.
namespace mladesk::displayName {

QString instrument(const QString& key);     // mla, eio, epoc, ...: the short name
QString status(const QString& key);         // draft, in-review, received, ...
QString direction(const QString& key);      // outgoing | incoming
QString urgency(const QString& key);        // normal | urgent | emergency
QString dataCategory(const QString& key);   // subscriber | user-identifying | traffic | content
QString identifierKind(const QString& key); // email, ip-address, ...
QString event(const QString& key);          // received, recognized, sent, ... (deadlines count from them)
QString requestOption(const QString& key);  // provisional-measure, without-prior-validation, interception
QString personRole(const QString& key);     // suspect, witness, ...
QString linkKind(const QString& key);       // follow-up, related, ...
QString auditAction(const QString& key);    // unlock, approve, bundle-import, ... (the audit trail's actions)
QString role(const QString& key);           // liaison-officer, prosecutor, translator, auditor, administrator

// A text of the instrument catalogue (resources/instruments/*.json: a
// deadline's description), in the language of the process (context
// "Catalogue"; the sources are listed in core/rules/CatalogueStrings.h, which
// scripts/catalogue-strings writes from the catalogue). A text without a
// translation is shown as it is.
QString catalogueText(const QString& english);

// The language of the UI catalogue in use (ISO 639-1: "fr" with the French
// catalogue, "en" with none), for words that come from another catalogue in
// the same language (the element labels of the document catalogues).
QString language();

} // namespace mladesk::displayName
