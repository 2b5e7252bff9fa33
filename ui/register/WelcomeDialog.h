#pragma once

#include <QDialog>

namespace mladesk {

// First start: no register yet. Create one, open one, or try the sandbox.
class WelcomeDialog : public QDialog {
    Q_OBJECT
public:
    enum Choice { Create = 10, Open, Sandbox };
    explicit WelcomeDialog(QWidget* parent = nullptr);
};

} // namespace mladesk
