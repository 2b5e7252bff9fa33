#include "ui/register/IntegrityWatch.h"

#include "services/ChangeEvents.h"
#include "services/RegisterReader.h"
#include "services/Workspace.h"
#include "ui/widgets/BackgroundTask.h"

namespace mladesk {

IntegrityWatch::IntegrityWatch(QObject* parent)
    : QObject(parent) {
}

IntegrityWatch::~IntegrityWatch() {
    stop();
}

void IntegrityWatch::start(Workspace* workspace) {
    stop();
    if (!workspace) {
        emit failed(tr("The register is locked."));
        return;
    }
    auto reader = workspace->openReader();
    if (!reader) {
        emit failed(reader.error().message);
        return;
    }
    m_reader = std::move(reader.value());
    m_replaced = connect(&workspace->events(), &ChangeEvents::registerReplaced, this,
                         [this, workspace] { start(workspace); });
    const quint64 run = m_run;
    runInBackground<Status>(
        this, [reader = m_reader]() -> Status { return reader->checkIntegrity(); },
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
    disconnect(m_replaced);
    if (m_reader)
        m_reader->interrupt(); // safe from this thread: the connection stays open while we hold it
    m_reader.reset();
}

} // namespace mladesk
