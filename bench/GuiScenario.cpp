#include "GuiScenario.h"

#include "BenchWork.h"
#include "ui/MainWindow.h"
#include "ui/requests/RequestListModel.h"
#include "ui/requests/RequestsView.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <QThreadPool>

namespace mladesk::bench {

namespace {

constexpr int kTimeoutMs = 180 * 1000;

// Runs the event loop until done() holds and the thread pool is idle.
bool waitFor(const std::function<bool()>& done) {
    QDeadlineTimer deadline(kTimeoutMs);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (done() && QThreadPool::globalInstance()->activeThreadCount() == 0) {
            QCoreApplication::processEvents();
            if (done())
                return true;
        }
        QThread::msleep(2);
    }
    return false;
}

class GuiScenario : public Scenario {
public:
    explicit GuiScenario(const BenchWork& work)
        : m_work(work) {}
    Status run(int) override {
        auto reg = m_work.openUnlocked();
        if (!reg)
            return reg.error();
        m_window = std::make_unique<MainWindow>(std::move(reg.value()));
        m_window->show();
        RequestListModel* model = m_window->requestsView()->model();
        const auto firstPageShown = [model] {
            return !model->isLoading() && model->totalCount() > 0 && !model->idAt(0).isEmpty();
        };
        for (MainWindow::Section section : {MainWindow::Outgoing, MainWindow::Incoming}) {
            m_window->showSection(section);
            if (!waitFor(firstPageShown))
                return makeError(
                    ErrorCode::Io,
                    QStringLiteral("The request list did not show within %1 s.").arg(kTimeoutMs / 1000));
            notes.insert(section == MainWindow::Outgoing ? QStringLiteral("outgoing_rows")
                                                         : QStringLiteral("incoming_rows"),
                         model->totalCount());
        }
        return {};
    }
    void after(int) override { m_window.reset(); }

private:
    const BenchWork& m_work;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

ScenarioInfo guiScenario() {
    ScenarioInfo gui;
    gui.name = QStringLiteral("gui-lists");
    gui.description = QStringLiteral("main window (offscreen): dashboard, outgoing and incoming lists shown");
    gui.targetResidentMb = 200;
    gui.make = [](const BenchWork& w) {
        return std::make_unique<GuiScenario>(w);
    };
    return gui;
}

} // namespace mladesk::bench
