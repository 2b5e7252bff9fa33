#pragma once

#include "domain/Entities.h"
#include "error/Result.h"

#include <QList>
#include <QString>

namespace mladesk {

// The states requests go to and come from.
class StateRepository {
public:
    virtual ~StateRepository() = default;

    virtual Status save(const State& state) = 0; // updates, or inserts a new one
    virtual Result<QList<State>> all() = 0;
    virtual Result<State> find(const QString& code) = 0;
};

} // namespace mladesk
