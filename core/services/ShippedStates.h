#pragma once

#include "domain/Entities.h"
#include "error/Result.h"

#include <QList>

namespace mladesk {

class Catalogue;
class Storage;

// The states a new register starts with (issue 21, item 1): one per state
// profile MLA Desk ships (resources/states), with its name, time zone, the
// languages it accepts by default and its central authority as the contact,
// so that the first request can name its states from a list.
QList<State> shippedStates(const Catalogue& catalogue);

// Saves them into storage (inside the caller's transaction) unless a state
// of that code is there already; returns how many were added.
Result<int> addShippedStates(Storage& storage);

} // namespace mladesk
