#pragma once

#include "TestRegister.h"
#include "services/Session.h"
#include "services/Workspace.h"

#include <memory>

namespace mladesk::test {

// A register with the sample data and a session of the user who created it,
// "tester" (administrator, liaison officer). Other users get their name as
// passphrase; as() ends the session and unlocks as one of them.
struct Office {
    TestRegister t;
    std::unique_ptr<Workspace> session;
    Office();
    void addUser(const char* name, const QString& role);
    Workspace* as(const char* name);
};

} // namespace mladesk::test
