#include "PassphraseInput.h"

#include "security/PassphraseFile.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace mladesk::cli {

Result<SecureBytes> PassphraseInput::fromFile(const QString& path) {
    return readPassphraseFile(path);
}

bool PassphraseInput::terminalAvailable() {
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return false;
    std::fclose(tty);
    return isatty(STDIN_FILENO) == 1;
}

Result<SecureBytes> PassphraseInput::prompt(const QString& question) {
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return makeError(ErrorCode::WrongPassphrase,
                         QStringLiteral("There is no terminal to ask for the passphrase."));
    const int fd = fileno(tty);
    termios saved{};
    tcgetattr(fd, &saved);
    termios silent = saved;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(fd, TCSAFLUSH, &silent);
    std::fputs(question.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    SecureBytes passphrase;
    for (int c = std::fgetc(tty); c != EOF && c != '\n' && c != '\r'; c = std::fgetc(tty))
        passphrase.append(static_cast<std::uint8_t>(c));
    tcsetattr(fd, TCSAFLUSH, &saved);
    std::fputs("\n", tty);
    std::fclose(tty);
    if (passphrase.isEmpty())
        return makeError(ErrorCode::WrongPassphrase, QStringLiteral("No passphrase was entered."));
    return passphrase;
}

} // namespace mladesk::cli
