#include "IntegrityWatch.h"

#include "storage/IntegrityCheck.h"
#include "storage/Register.h"
#include "ui/BackgroundTask.h"
#include "ui/ReaderConnection.h"

namespace mladesk {

IntegrityWatch::IntegrityWatch(QObject* parent)
    : QObject(parent) {
}

IntegrityWatch::~IntegrityWatch() {
    stop();
}

void IntegrityWatch::start(Register* reg) {
    stop();
    QString failure;
    m_reader = openReader(reg, &failure);
    if (!m_reader) {
        emit failed(failure);
        return;
    }
    const quint64 run = m_run;
    runInBackground<Status>(
        this,
        [reader = m_reader]() -> Status {
            QMutexLocker locked(&reader->mutex);
            return checkIntegrity(*reader->db);
        },
        [this, run](Status checked) {
            if (run != m_run)
                return; // stopped: the window has locked
            m_reader.reset();
            if (checked)
                emit passed();
            else
                emit failed(checked.error().message);
        });
}

void IntegrityWatch::stop() {
    ++m_run;
    if (m_reader)
        m_reader->db->interrupt(); // safe from this thread: the connection stays open while we hold it
    m_reader.reset();
}

} // namespace mladesk
