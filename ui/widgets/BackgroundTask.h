#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>
#include <functional>
#include <memory>

namespace mladesk {

// Runs work on the thread pool and hands its (possibly move-only) result to
// done() on the receiver's thread. Used for key derivation and other slow work
// so the window never freezes.
template <typename T>
void runInBackground(QObject* receiver, std::function<T()> work, std::function<void(T)> done) {
    auto result = std::make_shared<std::optional<T>>();
    auto* watcher = new QFutureWatcher<void>(receiver);
    QObject::connect(watcher, &QFutureWatcher<void>::finished, receiver,
                     [watcher, result, done = std::move(done)] {
                         watcher->deleteLater();
                         done(std::move(**result));
                     });
    watcher->setFuture(QtConcurrent::run([result, work = std::move(work)] { result->emplace(work()); }));
}

} // namespace mladesk
