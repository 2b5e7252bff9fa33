#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace mladesk {

// A state party: ISO 3166-1 alpha-2 code, the languages it accepts (ISO 639-1),
// its IANA time zone and how to reach its central authority.
struct State {
    QString code;
    QString name;
    QStringList languages;
    QString timeZone;
    QString contact;
    bool operator==(const State&) const = default;
};

// An authority, or a service provider addressed directly (EPOC, 2AP Art. 7).
struct Authority {
    QString id;
    QString state;
    QString name;
    QString kind; // see authorityKinds()
    QStringList languages;
    QString timeZone;
    QString email;
    QString phone;
    QString address;
};

// A national case file on which requests are made.
struct Case {
    QString id;
    QString reference; // national case reference, unique in the register
    QString title;
    QStringList offences;
    QString prosecutor; // responsible prosecutor
    QDateTime createdAt;
};

// An identifier the data sought is about (an e-mail address, an IP address...).
struct Identifier {
    QString kind; // see identifierKinds()
    QString value;
    bool operator==(const Identifier&) const = default;
};

struct DateRange {
    QDate from;
    QDate to;
    bool operator==(const DateRange&) const = default;
};

struct Person {
    QString name;
    QString role; // see personRoles()
    QDate birthDate;
    QString nationality; // ISO 3166 code
    QString location;
    bool operator==(const Person&) const = default;
};

// Something that happened to a request, in UTC: received, sent, recognized...
// The deadline engine counts from these.
struct RequestEvent {
    QString name;
    QDateTime at;
    bool operator==(const RequestEvent&) const = default;
};

struct RequestLink {
    QString toId;
    QString kind; // see linkKinds()
    bool operator==(const RequestLink&) const = default;
};

struct Request {
    QString id;
    QString reference; // unique in the register
    QString direction; // outgoing | incoming
    QString instrument;
    QString caseId;
    QString status;
    QString urgency = QStringLiteral("normal"); // normal | urgent | emergency
    QString requestingState;
    QString requestingAuthorityId;
    QString requestedState;
    QString requestedAuthorityId;
    QString serviceProvider;
    QString summary;            // subject line shown in lists
    QString facts;              // summary of the relevant facts
    QString offence;            // offence, described
    QString legalQualification; // the applicable provisions of law
    QString assistanceSought;
    QStringList measures;
    QList<Identifier> identifiers;
    QList<DateRange> dateRanges;
    QStringList dataCategories; // subscriber | user-identifying | traffic | content
    // What the issuing authority states on the form that changes which rules
    // apply (requestOptions()): a provisional measure is asked for (EIO
    // Art. 32), the order was issued without prior validation (Reg.
    // 2023/1543 Art. 4(5)), it is for the interception of telecommunications
    // (Directive 2014/41/EU Art. 30).
    QStringList options;
    QString necessity; // necessity and proportionality statement
    QList<Person> persons;
    QString procedures; // formalities and procedures requested
    QString purpose;    // purpose for which the evidence is sought
    QList<RequestEvent> events;
    QList<RequestLink> links;
    QDateTime createdAt;
    QDateTime updatedAt;
};

QStringList urgencies();
QStringList directions();
QStringList dataCategories();
QStringList requestOptions();
QStringList identifierKinds();
QStringList personRoles();
QStringList linkKinds();
QStringList authorityKinds();

} // namespace mladesk
