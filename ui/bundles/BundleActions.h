#pragma once

#include <QObject>
#include <QStringList>

class QMenu;
class QMimeData;

namespace mladesk {

class MainWindow;

// The Bundles menu of the main window (DESIGN.md "Bundles", docs/bundle-format.md):
// export the selected request as a signed bundle, add one's own signature to a
// bundle (the approving prosecutor after the officer), verify or import a
// bundle (also by dropping it on the window), and the trusted certificates.
class BundleActions : public QObject {
    Q_OBJECT
public:
    explicit BundleActions(MainWindow* window);
    QMenu* menu() const { return m_menu; }

    void exportSelected();
    void addSignature();
    void verifyOrImport(); // asks for the file
    // Verifies the bundle at path and offers to import it.
    void openBundle(const QString& path);
    void trustedCertificates();

    // The bundle files among dropped data (local files that look like bundles).
    static QStringList bundlesIn(const QMimeData* data);

private:
    MainWindow* m_window;
    QMenu* m_menu;
};

} // namespace mladesk
