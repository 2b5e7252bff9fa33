#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mladesk {

// A length of time as the texts state it: "10 days", "8 hours", "1 week",
// "5 working days" (Reg. 2023/1543 Art. 16(2): only working days of the
// state whose calendar governs are counted, Reg. 1182/71 Art. 3(3)).
struct Period {
    enum class Unit { Hours, Days, Weeks, WorkingDays };
    int amount = 0;
    Unit unit = Unit::Days;
    bool isValid() const { return amount > 0; }
    // Calendar days; for working days, the number of working days.
    int days() const { return unit == Unit::Weeks ? amount * 7 : amount; }
    bool operator==(const Period&) const = default;
};

// Restricts an element or a deadline to some requests (docs/catalogue.md).
struct Condition {
    QString direction;          // empty: any
    QStringList urgencies;      // empty: any
    QStringList dataCategories; // empty: any; else any of them requested
    QStringList options;        // empty: any; else every one of them stated (requestOptions())
    bool operator==(const Condition&) const = default;
};

// One thing a request must contain under its instrument, with its article.
struct RequiredElement {
    QString id;
    QString label;
    QString article;
    QString field; // interchange field name
    QString check; // present | text | list | identifiers | date-ranges | data-categories | persons
    int minWords = 3;
    Condition when;
    bool advisory = false; // "where possible": reported, but does not make the request incomplete
    bool verified = true;
    QString source; // where the article was read (verified), or empty
    QString note;   // why it stays unverified
};

// What the instrument does not allow: a request that meets `when` is
// incomplete, with the label saying why (e.g. an emergency production order
// for traffic or content data issued without prior validation, Reg.
// 2023/1543 Art. 4(5)).
struct Prohibition {
    QString id;
    QString label;
    QString article;
    Condition when;
    bool verified = true;
    QString source;
    QString note;
};

struct FormSection {
    QString id;
    QString title;
    QString source;
    QStringList elements;
    bool verified = true;
};

// A time limit an instrument sets, counted from an event.
struct DeadlineRule {
    QString kind;
    QString description;
    QString event;
    QString metBy;
    QString runsIn = QStringLiteral("requested"); // requested | requesting
    Period period;
    QString article;
    Period extension; // amount 0: none
    int extensionMaxTimes = 0;
    QString extensionArticle;
    Period emergency; // amount 0: none
    QString emergencyArticle;
    bool emergencyOnly = false;
    QString variant;
    bool minimum = false;
    Condition when;
    bool verified = true;
    QString source; // where the article was read (verified), or empty
    QString note;   // why it stays unverified
};

struct LegalText {
    QString article;
    QString text;
    bool verified = true;
};

struct RetentionRule {
    QString article;
    QString text;
    int defaultDays = 0; // 0: the case decision sets it
    int reminderDays = 30;
    bool verified = true;
};

// Everything MLA Desk knows about one instrument (resources/instruments/KEY.json).
struct InstrumentRules {
    QString key;
    QString title;
    QString citation;
    QStringList sources;
    QString kind;
    QString periodRule; // eu-1182-71 | calendar
    QStringList events;
    QStringList dataCategories;
    QList<RequiredElement> elements;
    QList<Prohibition> prohibitions;
    QList<FormSection> formSections;
    QList<FormSection> receiptFormSections;
    QList<FormSection> extensionFormSections;
    QList<DeadlineRule> deadlines;
    LegalText languageRule;
    RetentionRule retention;
    QString notes;
    bool verified = true; // false: the file as a whole could not be checked against the text
};

} // namespace mladesk
