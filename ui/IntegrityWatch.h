#pragma once

#include <QObject>
#include <memory>

namespace mladesk {

class Register;
struct ReaderConnection;

// The register's integrity check (storage/IntegrityCheck.h), run on a
// connection of its own after the window shows the register, so that opening
// a large register does not wait for it (docs/decisions.md). Stopping it (the
// window locks) interrupts the check; a stopped check reports nothing.
class IntegrityWatch : public QObject {
    Q_OBJECT
public:
    explicit IntegrityWatch(QObject* parent = nullptr);
    ~IntegrityWatch() override;

    void start(Register* reg);
    void stop();
    bool isRunning() const { return m_reader != nullptr; }

signals:
    void passed();
    // The check failed, or could not run: what to tell the user.
    void failed(const QString& message);

private:
    std::shared_ptr<ReaderConnection> m_reader;
    quint64 m_run = 0;
};

} // namespace mladesk
