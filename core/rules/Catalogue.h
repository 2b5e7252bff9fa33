#pragma once

#include "domain/InstrumentRules.h"
#include "domain/StateProfile.h"
#include "error/Result.h"

#include <QList>
#include <QMap>
#include <QString>

namespace mladesk {

// The instruments and states MLA Desk knows (docs/catalogue.md), validated.
// The shipped files come from the application's resources; a register adds
// the user's edits of states on top (StateProfileRepository).
class Catalogue {
public:
    // Reads every KEY.json and CC.json of two folders (":/instruments" and
    // ":/states" for the shipped ones). Every instrument key must have a file.
    static Result<Catalogue> load(const QString& instrumentsDir, const QString& statesDir);
    // The shipped catalogue, loaded once. A failure means a broken build.
    static const Result<Catalogue>& shipped();

    const InstrumentRules* instrument(const QString& key) const;
    const StateProfile* state(const QString& code) const;
    QList<InstrumentRules> instruments() const { return m_instruments.values(); }
    QList<StateProfile> states() const { return m_states.values(); }
    // SHA-256 over the files read: deadlines are recomputed when it changes.
    QString fingerprint() const { return m_fingerprint; }

    // A user's version of a state replaces the shipped one.
    void putState(const StateProfile& state) { m_states.insert(state.code, state); }

private:
    QMap<QString, InstrumentRules> m_instruments;
    QMap<QString, StateProfile> m_states;
    QString m_fingerprint;
};

} // namespace mladesk
