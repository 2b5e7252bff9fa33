#pragma once

#include <QCoreApplication>

// The words core makes for people (errors, completeness problems, deadline
// trails, bundle reasons, import problems) come from translatable text, one
// translation context per area, so that the UI's catalogue (mladesk_LL.ts,
// which lupdate fills from core/ too) gives them in the user's language:
//
//     return makeError(ErrorCode::Io, text::Storage::tr("Cannot read %1: %2").arg(path, why));
//
// The code (ErrorCode, a trail step, a check kind, a problem id) is what
// programs test; the words are made in the language of the process when the
// message is made: the GUI's installed translator, English in the CLI and the
// tests. A file, the CLI's JSON keys and the interchange format keep their
// keys and codes; only sentences are translated. Document (PDF) strings are
// not here: they use the document translator (context "Document").
//
// An area that needs a context of its own adds a class here; a class is only
// a context (nothing to construct). lupdate reads the context from the macro.
namespace mladesk::text {

// core/storage (the register, its stores and repositories).
class Storage {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// core/security (key slots, keychain, certificates).
class Security {
    Q_DECLARE_TR_FUNCTIONS(Security)
};

// core/access and the services beside the session: who may do what, and the
// actions' own refusals.
class Services {
    Q_DECLARE_TR_FUNCTIONS(Services)
};

// core/domain (validation of entities, the request workflow).
class Domain {
    Q_DECLARE_TR_FUNCTIONS(Domain)
};

// core/audit (the audit trail and its anchors).
class Audit {
    Q_DECLARE_TR_FUNCTIONS(Audit)
};

// core/rules: the instrument catalogue and the holiday calendars.
class Rules {
    Q_DECLARE_TR_FUNCTIONS(Rules)
};

// core/rules/Completeness: what a request lacks.
class Completeness {
    Q_DECLARE_TR_FUNCTIONS(Completeness)
};

// core/rules/DeadlineEngine and PeriodCalculator: deadline trails.
class Deadlines {
    Q_DECLARE_TR_FUNCTIONS(Deadlines)
};

// core/bundle: signing, writing and reading bundles (errors).
class Bundle {
    Q_DECLARE_TR_FUNCTIONS(Bundle)
};

// core/bundle: the reasons of a verification report's checks.
class BundleReport {
    Q_DECLARE_TR_FUNCTIONS(BundleReport)
};

// core/interchange: reading and writing interchange files, import problems.
class Import {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

} // namespace mladesk::text
