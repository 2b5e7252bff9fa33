#pragma once

#include "domain/StateProfile.h"
#include "error/Result.h"
#include "rules/Catalogue.h"

#include <QString>

namespace mladesk {

// The register's view of the catalogue: the shipped files, the user's edited
// states on top, and a weekends-only profile for states the register knows
// but the catalogue does not.
class StateProfileRepository {
public:
    virtual ~StateProfileRepository() = default;

    virtual Result<Catalogue> catalogue() = 0;
    // Stores the user's version of a state; the shipped file stays as it is.
    virtual Status save(StateProfile profile) = 0;
    // Back to the shipped version.
    virtual Status reset(const QString& code) = 0;
};

} // namespace mladesk
