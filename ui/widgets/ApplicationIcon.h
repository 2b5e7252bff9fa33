#pragma once

#include <QIcon>

namespace mladesk {

// MLA Desk's icon: the installed one from the icon theme (hicolor "mladesk"),
// else the same pictures built into the program (packaging/icons).
QIcon applicationIcon();

} // namespace mladesk
