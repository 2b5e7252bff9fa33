#pragma once

#include "bundle/BundleVerifier.h"

#include <QPointer>
#include <QProgressBar>
#include <algorithm>
#include <atomic>
#include <memory>

namespace mladesk {

// A progress callback for work on a worker thread: shows done/total on the
// bar (on the bar's thread, 0..1000) and says stop once *cancelled is set.
// The bar may be gone by then; the flag is shared with the worker.
inline bundle::Progress progressOnBar(QProgressBar* bar, std::shared_ptr<std::atomic_bool> cancelled) {
    bar->setRange(0, 1000);
    bar->setValue(0);
    QPointer<QProgressBar> progress(bar);
    return [progress, cancelled](qint64 done, qint64 total) {
        if (total > 0)
            QMetaObject::invokeMethod(
                progress,
                [progress, value = static_cast<int>(done * 1000 / std::max<qint64>(total, 1))] {
                    if (progress)
                        progress->setValue(std::min(value, 1000));
                },
                Qt::QueuedConnection);
        return !cancelled->load();
    };
}

} // namespace mladesk
