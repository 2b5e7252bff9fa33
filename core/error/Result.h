#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace mladesk {

// What went wrong, in words a user can act on, and a code that decides how
// callers react (the CLI maps it to its exit status).
enum class ErrorCode {
    InvalidInput,    // the caller's input is wrong (usage, validation)
    NotFound,        // the thing asked for does not exist
    WrongPassphrase, // the register could not be unlocked with what was given
    KeychainUnavailable,
    Locked,    // the register is locked
    Damaged,   // a register file is unreadable or fails its integrity check
    Io,        // the file system refused (permissions, disk full)
    Conflict,  // the operation clashes with what is stored (duplicates, forbidden transitions)
    Forbidden, // the user's roles do not allow it
};

struct Error {
    ErrorCode code;
    QString message;
};

// A value or an Error: functions that can fail return this instead of throwing.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::move(value)) {}
    Result(Error error)
        : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    // By value: "for (x : f().value())" must not dangle.
    T value() && { return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    Error m_error{ErrorCode::InvalidInput, {}};
    bool m_ok = true;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, QString message) {
    return Error{code, std::move(message)};
}

} // namespace mladesk
