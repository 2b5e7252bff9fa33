#include "ui/widgets/ApplicationIcon.h"

namespace mladesk {

QIcon applicationIcon() {
    QIcon builtIn;
    for (const int size : {16, 32, 48, 64, 128, 256})
        builtIn.addFile(QStringLiteral(":/icons/mladesk-%1.png").arg(size), QSize(size, size));
    return QIcon::fromTheme(QStringLiteral("mladesk"), builtIn);
}

} // namespace mladesk
