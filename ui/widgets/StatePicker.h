#pragma once

#include "domain/Entities.h"

#include <QList>

class QComboBox;

namespace mladesk::statePicker {

// Makes box a state field (issue 21, item 1): the register's states by name,
// "France (FR)", sorted by the name in the window's language, and searchable
// as one types (any part of the name or the code); the item's data is the
// ISO 3166 code. What is typed never becomes a value: leaving the field with
// text that names no state puts back the state chosen before. withNone adds a
// first, empty choice ("(no state)").
void fill(QComboBox* box, const QList<State>& states, bool withNone = false);

// The chosen code ("" for none).
QString code(const QComboBox* box);
// Chooses the state with that code; none (or the first) when it is not listed.
void select(QComboBox* box, const QString& code);

} // namespace mladesk::statePicker
