#pragma once

#include <QCoreApplication>

// The fixed words of request documents, in the translation context
// "Document" (translations/documents_LL.ts). Headings and labels that come
// from the catalogue (instrument titles, form section titles, element labels
// of resources/instruments/*.json) are translated in the same context with
// their English text as the source string.
namespace mladesk::documentStrings {

inline constexpr const char* kContext = "Document";

inline constexpr const char* kFixed[] = {
    QT_TRANSLATE_NOOP("Document", "Request for mutual legal assistance"),
    QT_TRANSLATE_NOOP("Document", "Letter of request"),
    QT_TRANSLATE_NOOP("Document", "Reference"),
    QT_TRANSLATE_NOOP("Document", "Date"),
    QT_TRANSLATE_NOOP("Document", "Page %1 of %2"),
    QT_TRANSLATE_NOOP("Document", "Document identifier"),
    QT_TRANSLATE_NOOP("Document", "DRAFT"),
    QT_TRANSLATE_NOOP("Document", "This document is a draft and cannot be sent."),
    QT_TRANSLATE_NOOP("Document", "Missing or incomplete"),
    QT_TRANSLATE_NOOP("Document", "Not yet translated into this language"),
    QT_TRANSLATE_NOOP("Document", "Requesting authority"),
    QT_TRANSLATE_NOOP("Document", "Requested authority"),
    QT_TRANSLATE_NOOP("Document", "Issuing authority"),
    QT_TRANSLATE_NOOP("Document", "Validating authority"),
    QT_TRANSLATE_NOOP("Document", "Requesting State"),
    QT_TRANSLATE_NOOP("Document", "Requested State"),
    QT_TRANSLATE_NOOP("Document", "Issuing State"),
    QT_TRANSLATE_NOOP("Document", "Executing State"),
    QT_TRANSLATE_NOOP("Document", "Service provider"),
    QT_TRANSLATE_NOOP("Document", "Case reference"),
    QT_TRANSLATE_NOOP("Document", "Urgency"),
    QT_TRANSLATE_NOOP("Document", "Urgent"),
    QT_TRANSLATE_NOOP("Document", "Emergency"),
    QT_TRANSLATE_NOOP("Document", "Summary of the facts"),
    QT_TRANSLATE_NOOP("Document", "Offence"),
    QT_TRANSLATE_NOOP("Document", "Applicable provisions of law"),
    QT_TRANSLATE_NOOP("Document", "Assistance sought"),
    QT_TRANSLATE_NOOP("Document", "Investigative measures"),
    QT_TRANSLATE_NOOP("Document", "Identifiers"),
    QT_TRANSLATE_NOOP("Document", "Period"),
    QT_TRANSLATE_NOOP("Document", "from %1 to %2"),
    QT_TRANSLATE_NOOP("Document", "Data categories"),
    QT_TRANSLATE_NOOP("Document", "Subscriber data"),
    QT_TRANSLATE_NOOP("Document", "Data requested for the sole purpose of identifying the user"),
    QT_TRANSLATE_NOOP("Document", "Traffic data"),
    QT_TRANSLATE_NOOP("Document", "Content data"),
    QT_TRANSLATE_NOOP("Document", "Necessity and proportionality"),
    QT_TRANSLATE_NOOP("Document", "Persons concerned"),
    QT_TRANSLATE_NOOP("Document", "Name"),
    QT_TRANSLATE_NOOP("Document", "Role"),
    QT_TRANSLATE_NOOP("Document", "Date of birth"),
    QT_TRANSLATE_NOOP("Document", "Nationality"),
    QT_TRANSLATE_NOOP("Document", "Location"),
    QT_TRANSLATE_NOOP("Document", "Suspect"),
    QT_TRANSLATE_NOOP("Document", "Accused person"),
    QT_TRANSLATE_NOOP("Document", "Witness"),
    QT_TRANSLATE_NOOP("Document", "Victim"),
    QT_TRANSLATE_NOOP("Document", "Other"),
    QT_TRANSLATE_NOOP("Document", "Formalities and procedures requested"),
    QT_TRANSLATE_NOOP("Document", "Purpose of the request"),
    QT_TRANSLATE_NOOP("Document", "Related requests"),
    QT_TRANSLATE_NOOP("Document", "Signature"),
    QT_TRANSLATE_NOOP("Document", "Name and function of the signatory"),
    QT_TRANSLATE_NOOP("Document", "Official stamp"),
    QT_TRANSLATE_NOOP("Document", "Place and date"),
    QT_TRANSLATE_NOOP("Document", "Contact details"),
    QT_TRANSLATE_NOOP("Document", "E-mail"),
    QT_TRANSLATE_NOOP("Document", "Telephone"),
    QT_TRANSLATE_NOOP("Document", "Address"),
    QT_TRANSLATE_NOOP("Document", "Not applicable"),
    QT_TRANSLATE_NOOP("Document", "Legal basis"),
    QT_TRANSLATE_NOOP("Document", "Language of this document"),
};

} // namespace mladesk::documentStrings
