#pragma once

#include "error/Result.h"

namespace mladesk::cli {

// The exit statuses of mladesk-cli (DESIGN.md, "mladesk-cli").
enum ExitCode {
    kDone = 0,
    kNegative = 1, // ran and found a negative: not found, rejected, incomplete
    kUsage = 2,
    kCannotUnlock = 3,
    kIoOrDamaged = 4,
};

inline int exitCodeFor(const Error& error) {
    switch (error.code) {
    case ErrorCode::WrongPassphrase:
    case ErrorCode::KeychainUnavailable:
    case ErrorCode::Locked:
        return kCannotUnlock;
    case ErrorCode::Damaged:
    case ErrorCode::Io:
        return kIoOrDamaged;
    case ErrorCode::InvalidInput:
    case ErrorCode::NotFound:
    case ErrorCode::Conflict:
    case ErrorCode::Forbidden:
        return kNegative;
    }
    return kIoOrDamaged;
}

} // namespace mladesk::cli
