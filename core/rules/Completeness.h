#pragma once

#include "domain/Entities.h"
#include "domain/InstrumentRules.h"

#include <QList>
#include <QString>

namespace mladesk {

// A required element a request lacks, or states too vaguely, with the article
// that requires it.
struct MissingElement {
    QString element; // the element id of the catalogue
    QString label;
    QString article;
    QString field;   // interchange field name
    QString problem; // missing | too-vague | not-allowed
    QString message;
    bool advisory = false; // "where possible": does not make the request incomplete
    bool verified = true;
};

// Whether a catalogue `when` condition holds for a request (an element or a
// form field that applies only to some requests).
bool appliesTo(const Condition& when, const Request& request);

// The request options (requestOptions()) the instrument's rules speak of:
// the ones a request under it may state.
QStringList optionsOf(const InstrumentRules& instrument);

// True when nothing but advisory elements is missing.
bool isComplete(const QList<MissingElement>& missing);

// The instrument's required elements that the request does not satisfy
// (docs/catalogue.md, "Elements"). `kase` is the request's case, if any.
QList<MissingElement> checkCompleteness(const Request& request, const InstrumentRules& instrument,
                                        const Case* kase = nullptr);

} // namespace mladesk
