#pragma once

#include <QDialog>

namespace mladesk {

// Help → About: what this program is, which build (version, commit) and
// which libraries it runs on (what `mladesk --version` prints), and its
// licence. "Copy" puts the build lines on the clipboard for a support request.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace mladesk
