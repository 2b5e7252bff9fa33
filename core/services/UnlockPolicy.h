#pragma once

#include "error/Result.h"
#include "security/KeySlots.h"
#include "security/SecureBytes.h"

#include <QObject>
#include <functional>

namespace mladesk {

class RegisterAccess;

// How every front end unlocks a register (docs/decisions.md "One unlock
// policy"): with the passphrase file when one is given (and nothing else);
// else with the key remembered on this computer (the system keychain) when
// there is one; else, or when that fails, with the passphrase the front end
// asks for through its prompt: the CLI on its terminal, the window in its
// unlock dialog. Deriving a key from a passphrase (Argon2id, slow) runs on a
// worker thread; the rest, and every callback, in the policy's thread.
class UnlockPolicy : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString passphraseFile; // its first line is the passphrase
        QString user;           // whose key slot; empty: the one the passphrase opens
        // The caller checks the database's integrity beside (the window does,
        // once it shows the register); else it is checked at unlock.
        bool checkIntegrityLater = false;
    };
    // Why the prompt is called.
    enum class Reason {
        Passphrase,           // nothing else opens it
        KeychainForgot,       // the keychain no longer holds the remembered key
        KeychainUnavailable,  // no keychain to ask (problem says what it answered)
        RememberedKeyRefused, // the remembered key opens no key slot (problem says)
        Failed,               // the passphrase or key did not open it (problem says): again, or give up
    };
    struct Ask {
        Reason reason = Reason::Passphrase;
        Error problem; // its message is empty for Passphrase and KeychainForgot
    };
    // The front end's answer: a passphrase, or an error to give up with.
    using Answer = std::function<void(Result<SecureBytes>)>;
    using Prompt = std::function<void(const Ask& ask, Answer answer)>;
    enum class Opened { WithPassphraseFile, WithRememberedKey, WithPassphrase };
    // The register is unlocked, or the error why not. A damaged or
    // unreadable register (ErrorCode::Damaged, Io) ends the attempt at once.
    using Done = std::function<void(Result<Opened>)>;

    UnlockPolicy(RegisterAccess& access, Options options, QObject* parent = nullptr);
    // Whose key slot the next passphrase is tried on (the unlock dialog's
    // user field); empty: the one the passphrase opens.
    void setUser(const QString& user) { m_options.user = user; }

    // Starts; done() is called once (never if this is destroyed first: a
    // front end that gives up deletes the policy).
    void start(Prompt prompt, Done done);
    // The front end gave up (the dialog was closed): a key still being
    // derived opens nothing, and done() is not called.
    void cancel() { m_cancelled = true; }
    // The same, waiting in a local event loop (the CLI).
    static Result<Opened> unlockBlocking(RegisterAccess& access, Options options, Prompt prompt);

private:
    void tryRememberedKey();
    void ask(Reason reason, Error problem = {ErrorCode::WrongPassphrase, {}});
    void tryPassphrase(SecureBytes passphrase, Opened via);
    // Opens the database with a derived key.
    void finish(Result<KeySlots::Unwrapped> key, Opened via);
    // A key or passphrase that did not open it: asks again, except for a
    // passphrase file (what it holds is the answer).
    void failed(const Error& error, Opened via);

    RegisterAccess& m_access;
    Options m_options;
    Prompt m_prompt;
    Done m_done;
    bool m_cancelled = false;
};

} // namespace mladesk
