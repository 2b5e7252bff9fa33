#pragma once

#include "Scenario.h"

namespace mladesk::bench {

// Baselines with the libraries alone and no application code: the same SQL
// through the SQLCipher C API (sqlite3_open_v2, the raw key, prepare/step);
// SHA-256 of the attachments through OpenSSL's EVP interface; the same bytes
// written into a ZIP with libzip.
QList<ScenarioInfo> rawBaselines();

} // namespace mladesk::bench
