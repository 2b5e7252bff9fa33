#pragma once

// Written by scripts/catalogue-strings from resources/instruments/*.json: do
// not edit. The deadline descriptions and state names of the catalogue, for lupdate (context
// "Catalogue" of translations/mladesk_LL.ts); displayName::catalogueText()
// translates them when they are shown.

#include <QtGlobal>

namespace mladesk::catalogueStrings {

inline constexpr const char* kDeadlineDescriptions[] = {
    // 2ap-7.json provider-response
    QT_TRANSLATE_NOOP("Catalogue",
                      "If the provider has not disclosed within 30 days of receipt of the order, or the time "
                      "frame stated under Art. 7(4)(d) if longer, the issuing Party may seek enforcement "
                      "only through Art. 8 or other mutual assistance"),
    // 2ap-8.json service
    QT_TRANSLATE_NOOP("Catalogue",
                      "The requested Party makes all reasonable efforts to serve the service provider within "
                      "45 days of receiving all the documentation and information"),
    // 2ap-8.json production
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "The provider returns subscriber information no later than 20 days after the order takes effect"),
    // 2ap-8.json production
    QT_TRANSLATE_NOOP("Catalogue",
                      "The provider returns traffic data no later than 45 days after the order takes effect"),
    // budapest-29.json preservation-expiry
    QT_TRANSLATE_NOOP("Catalogue",
                      "Preservation is for a period of not less than 60 days, to enable the requesting Party "
                      "to submit its mutual assistance request; once that request is received the data "
                      "continue to be preserved pending a decision on it"),
    // eio.json receipt-ack
    QT_TRANSLATE_NOOP("Catalogue", "Acknowledge receipt of the EIO with the Annex B form, without delay and "
                                   "in any event within a week of receipt"),
    // eio.json recognition
    QT_TRANSLATE_NOOP("Catalogue", "Decide on recognition or execution as soon as possible and no later than "
                                   "30 days after receipt by the competent executing authority"),
    // eio.json execution
    QT_TRANSLATE_NOOP("Catalogue",
                      "Carry out the investigative measure without delay and not later than 90 days after "
                      "the recognition decision (unless Art. 15 postponement applies or the evidence is "
                      "already held); if not practicable, inform the issuing authority with reasons and "
                      "consult on timing (Art. 12(6) sets no fixed extension)"),
    // eio.json provisional-measure
    QT_TRANSLATE_NOOP("Catalogue",
                      "Decide and communicate the decision on a requested provisional measure as soon as "
                      "possible and, wherever practicable, within 24 hours of receipt of the EIO"),
    // epoc-pr.json enforcement-recognition; epoc.json enforcement-recognition
    QT_TRANSLATE_NOOP("Catalogue",
                      "Enforcement procedure: the enforcing authority decides on the recognition of the "
                      "order without undue delay and at the latest within 5 working days of receiving it"),
    // epoc-pr.json validation
    QT_TRANSLATE_NOOP("Catalogue", "Emergency preservation order issued without prior validation: seek "
                                   "ex-post validation without undue delay, at the latest within 48 hours"),
    // epoc-pr.json preservation-expiry
    QT_TRANSLATE_NOOP("Catalogue", "The obligation to preserve ceases after 60 days unless the issuing "
                                   "authority confirms (Annex V) that a subsequent request for production "
                                   "has been issued; during the 60 days it may extend by 30 days (Annex VI)"),
    // epoc.json production
    QT_TRANSLATE_NOOP("Catalogue",
                      "Transmit the requested data to the issuing authority: within 10 days following "
                      "receipt of the EPOC (Art. 10(3)); where the enforcing authority is notified, at the "
                      "end of that 10-day period unless a ground for refusal is raised (Art. 10(2))"),
    // epoc.json enforcing-objection
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "Where the enforcing authority is notified (Art. 8), it may raise grounds for refusal within 10 days "
        "following receipt of the notification, in emergency cases within 96 hours"),
    // epoc.json validation
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "Emergency order for subscriber data or data requested solely to identify the user, issued without "
        "prior validation: seek ex-post validation without undue delay, at the latest within 48 hours"),
};

// What an instrument forbids (prohibitions[].label), shown as a completeness problem.
inline constexpr const char* kProhibitions[] = {
    // epoc-pr.json validation-only-in-emergency; epoc.json validation-only-in-emergency
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "Only an order in a validly established emergency may be issued without prior validation"),
    // epoc.json validation-for-traffic-and-content
    QT_TRANSLATE_NOOP("Catalogue", "An order for traffic data or content data needs prior validation by a "
                                   "judge, a court or an investigating judge: the emergency exception covers "
                                   "only subscriber data and data requested solely to identify the user"),
};

// The states' names (resources/states/*.json), shown in deadline trails and lists.
inline constexpr const char* kStateNames[] = {
    QT_TRANSLATE_NOOP("Catalogue", "Austria"),        // AT
    QT_TRANSLATE_NOOP("Catalogue", "Belgium"),        // BE
    QT_TRANSLATE_NOOP("Catalogue", "Bulgaria"),       // BG
    QT_TRANSLATE_NOOP("Catalogue", "Brazil"),         // BR
    QT_TRANSLATE_NOOP("Catalogue", "Switzerland"),    // CH
    QT_TRANSLATE_NOOP("Catalogue", "Cyprus"),         // CY
    QT_TRANSLATE_NOOP("Catalogue", "Czechia"),        // CZ
    QT_TRANSLATE_NOOP("Catalogue", "Germany"),        // DE
    QT_TRANSLATE_NOOP("Catalogue", "Denmark"),        // DK
    QT_TRANSLATE_NOOP("Catalogue", "Estonia"),        // EE
    QT_TRANSLATE_NOOP("Catalogue", "Spain"),          // ES
    QT_TRANSLATE_NOOP("Catalogue", "Finland"),        // FI
    QT_TRANSLATE_NOOP("Catalogue", "France"),         // FR
    QT_TRANSLATE_NOOP("Catalogue", "United Kingdom"), // GB
    QT_TRANSLATE_NOOP("Catalogue", "Greece"),         // GR
    QT_TRANSLATE_NOOP("Catalogue", "Croatia"),        // HR
    QT_TRANSLATE_NOOP("Catalogue", "Hungary"),        // HU
    QT_TRANSLATE_NOOP("Catalogue", "Ireland"),        // IE
    QT_TRANSLATE_NOOP("Catalogue", "Italy"),          // IT
    QT_TRANSLATE_NOOP("Catalogue", "Japan"),          // JP
    QT_TRANSLATE_NOOP("Catalogue", "Lithuania"),      // LT
    QT_TRANSLATE_NOOP("Catalogue", "Luxembourg"),     // LU
    QT_TRANSLATE_NOOP("Catalogue", "Latvia"),         // LV
    QT_TRANSLATE_NOOP("Catalogue", "Morocco"),        // MA
    QT_TRANSLATE_NOOP("Catalogue", "Malta"),          // MT
    QT_TRANSLATE_NOOP("Catalogue", "Netherlands"),    // NL
    QT_TRANSLATE_NOOP("Catalogue", "Norway"),         // NO
    QT_TRANSLATE_NOOP("Catalogue", "Poland"),         // PL
    QT_TRANSLATE_NOOP("Catalogue", "Portugal"),       // PT
    QT_TRANSLATE_NOOP("Catalogue", "Romania"),        // RO
    QT_TRANSLATE_NOOP("Catalogue", "Sweden"),         // SE
    QT_TRANSLATE_NOOP("Catalogue", "Slovenia"),       // SI
    QT_TRANSLATE_NOOP("Catalogue", "Slovakia"),       // SK
    QT_TRANSLATE_NOOP("Catalogue", "Türkiye"),        // TR
    QT_TRANSLATE_NOOP("Catalogue", "Ukraine"),        // UA
    QT_TRANSLATE_NOOP("Catalogue", "United States"),  // US
};

} // namespace mladesk::catalogueStrings
