#include "PassphraseFile.h"

#include "error/CoreText.h"

#include <QFile>

namespace mladesk {

Result<SecureBytes> readPassphraseFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::WrongPassphrase,
            text::Security::tr("Could not read the passphrase file %1: %2.").arg(path, file.errorString()));
    QByteArray line = file.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    SecureBytes passphrase = SecureBytes::takeFrom(line);
    if (passphrase.isEmpty())
        return makeError(ErrorCode::WrongPassphrase,
                         text::Security::tr("The passphrase file %1 is empty; its first line must hold the "
                                            "passphrase.")
                             .arg(path));
    return passphrase;
}

} // namespace mladesk
