#pragma once

#include <QObject>
#include <memory>

namespace mladesk {

class RegisterReader;
class Workspace;

// The register's integrity check (Storage::checkIntegrity), run on a read
// side of its own (Workspace::openReader) after the window shows the register,
// so that opening a large register does not wait for it (docs/decisions.md),
// and again when the workspace announces the register replaced (a restore).
// Stopping it (the window locks) interrupts the check; a stopped check
// reports nothing.
class IntegrityWatch : public QObject {
    Q_OBJECT
public:
    explicit IntegrityWatch(QObject* parent = nullptr);
    ~IntegrityWatch() override;

    void start(Workspace* workspace);
    void stop();
    bool isRunning() const { return m_reader != nullptr; }

signals:
    void passed();
    // The check failed, or could not run: what to tell the user.
    void failed(const QString& message);

private:
    std::shared_ptr<RegisterReader> m_reader;
    QMetaObject::Connection m_replaced;
    quint64 m_run = 0;
};

} // namespace mladesk
