#include "ui/deadlines/DeadlinesView.h"

#include "services/AuditService.h"
#include "services/ChangeEvents.h"
#include "services/RegisterReader.h"
#include "services/Session.h"
#include "services/Workspace.h"
#include "ui/deadlines/CalendarExportDialog.h"
#include "ui/deadlines/DeadlineText.h"
#include "ui/requests/RequestListModel.h"
#include "ui/widgets/BackgroundTask.h"
#include "ui/widgets/ExportFolder.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace mladesk {

namespace {

constexpr int kRefreshMs = 60 * 1000;

struct Loaded {
    QList<DueEntry> entries;
    GoverningCache cache;
    QString failure;
};

struct TrailLoaded {
    std::optional<Deadline> deadline;
    QString failure;
};

} // namespace

DeadlinesView::DeadlinesView(QWidget* parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_model(new DeadlinesModel(this))
    , m_tree(new QTreeView(this))
    , m_trail(new QTextBrowser(this))
    , m_summary(new QLabel(this))
    , m_updated(new QLabel(this))
    , m_open(new QPushButton(tr("&Open request"), this))
    , m_export(new QPushButton(tr("E&xport to calendar…"), this))
    , m_timer(new QTimer(this)) {
    m_model->setPalette(palette());
    m_tree->setModel(m_model);
    m_tree->setObjectName(QStringLiteral("deadlineTree"));
    m_tree->setAccessibleName(tr("Open deadlines"));
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(DeadlinesModel::Kind, QHeaderView::Stretch);
    const QFontMetrics metrics(m_tree->font());
    const auto fit = [&](int column, const QStringList& samples) {
        int width = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString& sample : samples)
            width = qMax(width, metrics.horizontalAdvance(sample));
        m_tree->setColumnWidth(column, width + 20);
    };
    const QString day =
        DeadlineText::instant(QDateTime(QDate(2026, 12, 30), QTime(23, 0), Qt::UTC), QTimeZone::utc());
    fit(DeadlinesModel::Due, {day + QStringLiteral("MMM")}); // and the tree's indentation
    fit(DeadlinesModel::DueThere,
        {day + QStringLiteral(" (Berlin)")}); // longer places are elided, in full as tooltip
    fit(DeadlinesModel::Reference, {QStringLiteral("OUT-2026-000000")});
    fit(DeadlinesModel::Instrument, {QStringLiteral("budapest-31")});
    fit(DeadlinesModel::Direction, {RequestListModel::directionLabel(QStringLiteral("outgoing")),
                                    RequestListModel::directionLabel(QStringLiteral("incoming"))});
    m_trail->setAccessibleName(tr("Deadline trail"));
    m_trail->setOpenLinks(false);

    m_summary->setText(tr("<b>Open deadlines</b>"));
    m_updated->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open->setToolTip(tr("Show the request of the selected deadline (Enter)"));
    m_export->setToolTip(tr("Write the open deadlines to an .ics file for your calendar program"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary);
    top->addWidget(m_updated, 1);
    top->addWidget(m_open);
    top->addWidget(m_export);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("deadlinesSplitter"));
    splitter->addWidget(m_tree);
    splitter->addWidget(m_trail);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({860, 340});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &DeadlinesView::reload);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showTrail();
        updateButtons();
    });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (m_model->entryAt(index))
            openCurrent();
        else
            m_tree->setExpanded(index.siblingAtColumn(0), !m_tree->isExpanded(index.siblingAtColumn(0)));
    });
    connect(m_tree, &QTreeView::collapsed, this, [this](const QModelIndex& index) {
        m_collapsed.insert(index.data(DeadlinesModel::BucketRole).toInt());
    });
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex& index) {
        m_collapsed.remove(index.data(DeadlinesModel::BucketRole).toInt());
    });
    connect(m_open, &QPushButton::clicked, this, &DeadlinesView::openCurrent);
    connect(m_export, &QPushButton::clicked, this, &DeadlinesView::exportCalendar);
    applyLoaded({}, m_clock());
}

DeadlinesView::~DeadlinesView() = default;

void DeadlinesView::setSession(Workspace* session) {
    for (const QMetaObject::Connection& c : std::as_const(m_subscriptions))
        disconnect(c);
    m_subscriptions.clear();
    m_workspace = session;
    ++m_generation; // drops what is on its way from the previous reader
    ++m_trailGeneration;
    m_loading = false;
    m_governing.clear();
    m_reader.reset();
    if (session) {
        auto reader = session->openReader();
        if (reader)
            m_reader = std::move(reader).value();
        else
            emit problem(tr("Could not load deadlines"), reader.error().message);
        // What the services announce: a request's events or states move its
        // deadlines and the state that governs them.
        ChangeEvents* events = &session->events();
        m_subscriptions
            << connect(events, &ChangeEvents::deadlinesChanged, this, &DeadlinesView::requestsChanged)
            << connect(events, &ChangeEvents::requestChanged, this, &DeadlinesView::requestsChanged)
            << connect(events, &ChangeEvents::requestsChanged, this, &DeadlinesView::requestsChanged)
            << connect(events, &ChangeEvents::referencesChanged, this, &DeadlinesView::requestsChanged)
            << connect(events, &ChangeEvents::registerReplaced, this, &DeadlinesView::requestsChanged);
    }
    applyLoaded({}, m_clock());
    if (m_reader)
        m_timer->start();
    else
        m_timer->stop();
    m_stale = true;
    if (m_reader && isVisible())
        load();
}

void DeadlinesView::setClock(std::function<QDateTime()> clock) {
    m_clock = std::move(clock);
}

void DeadlinesView::setRefreshInterval(int milliseconds) {
    m_timer->setInterval(milliseconds);
}

void DeadlinesView::reload() {
    if (isVisible())
        load();
    else
        m_stale = true;
}

void DeadlinesView::requestsChanged() {
    m_governing.clear();
    reload();
}

void DeadlinesView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        load();
}

void DeadlinesView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(palette());
}

void DeadlinesView::load() {
    m_stale = false;
    if (!m_reader)
        return;
    const quint64 generation = ++m_generation;
    m_loading = true;
    auto reader = m_reader;
    const QDateTime now = m_clock();
    GoverningCache cache = m_governing;
    runInBackground<Loaded>(
        this,
        [reader, now, cache]() mutable {
            Loaded result;
            auto entries = reader->dueEntries(now, cache);
            if (!entries)
                result.failure = entries.error().message;
            else
                result.entries = std::move(entries).value();
            result.cache = std::move(cache);
            return result;
        },
        [this, generation, now](Loaded result) {
            if (generation != m_generation)
                return; // a newer read is on its way, or the register locked
            m_loading = false;
            if (!result.failure.isEmpty()) {
                m_updated->setText(tr("Could not read the deadlines: %1").arg(result.failure));
                emit loaded();
                return;
            }
            m_governing = std::move(result.cache);
            applyLoaded(result.entries, now);
            emit loaded();
        });
}

void DeadlinesView::applyLoaded(const QList<DueEntry>& entries, const QDateTime& now) {
    const DueEntry* current = m_model->entryAt(m_tree->currentIndex());
    const QStringList selected =
        current ? QStringList{current->item.requestId, current->item.kind, current->item.variant}
                : QStringList();
    {
        const QSignalBlocker block(m_tree->selectionModel());
        m_model->setEntries(entries, now);
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_model->index(row, 0);
        m_tree->setFirstColumnSpanned(row, QModelIndex(), true);
        m_tree->setExpanded(group, !m_collapsed.contains(group.data(DeadlinesModel::BucketRole).toInt()));
    }
    QModelIndex again;
    if (!selected.isEmpty())
        again = m_model->indexOf(selected[0], selected[1], selected[2]);
    if (again.isValid()) {
        const QSignalBlocker block(m_tree->selectionModel());
        m_tree->setCurrentIndex(again);
    } else {
        showTrail(); // what to do, or that the deadline is no longer open
    }
    updateSummary();
    updateButtons();
    m_updated->setText(m_reader
                           ? tr("Checked at %1 · times in your zone (%2)")
                                 .arg(QLocale().toString(now.toLocalTime().time(), QStringLiteral("HH:mm")),
                                      QString::fromUtf8(QTimeZone::systemTimeZoneId()))
                           : QString());
}

void DeadlinesView::updateSummary() {
    const int all = int(m_model->entries().size());
    m_summary->setText(all == 0 ? tr("<b>No open deadlines</b>") : tr("<b>Open deadlines: %1</b>").arg(all));
}

void DeadlinesView::updateButtons() {
    m_open->setEnabled(m_model->entryAt(m_tree->currentIndex()) != nullptr);
    m_export->setEnabled(m_reader && m_workspace && m_workspace->session().can(Action::Export));
}

void DeadlinesView::showTrail() {
    const quint64 generation = ++m_trailGeneration;
    const DueEntry* entry = m_model->entryAt(m_tree->currentIndex());
    if (!entry || !m_reader) {
        m_trail->setHtml(
            m_model->entries().isEmpty()
                ? tr("<h3>No open deadlines</h3><p>A deadline appears here once its request records the "
                     "event it counts from: received, recognised, notified, served…</p>")
                : tr("<p>Select a deadline to see why its date is what it is: the rule, the article, "
                     "the event it counts from and every adjustment.</p>"));
        emit trailShown();
        return;
    }
    auto reader = m_reader;
    const DueItem item = entry->item;
    runInBackground<TrailLoaded>(
        this,
        [reader, item] {
            TrailLoaded result;
            auto deadline = reader->deadline(item.requestId, item.kind, item.variant);
            if (!deadline)
                result.failure = deadline.error().message;
            else
                result.deadline = deadline.value();
            return result;
        },
        [this, generation, item](TrailLoaded result) {
            if (generation != m_trailGeneration)
                return;
            if (result.deadline)
                m_trail->setHtml(DeadlineText::trailHtml(*result.deadline, item.reference));
            else
                m_trail->setHtml(QStringLiteral("<p>%1</p>")
                                     .arg((result.failure.isEmpty() ? tr("This deadline is no longer open.")
                                                                    : result.failure)
                                              .toHtmlEscaped()));
            emit trailShown();
        });
}

void DeadlinesView::openCurrent() {
    const DueEntry* entry = m_model->entryAt(m_tree->currentIndex());
    if (entry)
        emit requestActivated(entry->item.requestId, entry->item.direction);
}

void DeadlinesView::exportCalendar() {
    if (!m_workspace || !m_reader || !m_workspace->session().can(Action::Export))
        return;
    CalendarExportDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = dialog.path();
    auto reader = m_reader;
    const QDateTime now = m_clock();
    m_export->setEnabled(false);
    runInBackground<Result<int>>(
        this, [reader, path, now] { return CalendarExportDialog::write(*reader, path, now); },
        [this, path](Result<int> written) {
            updateButtons();
            if (!written) {
                emit problem(tr("Deadlines not exported"), written.error().message);
                return;
            }
            exportFolder::remember(path);
            const QString done = tr("Deadlines exported to %1: %2")
                                     .arg(QDir::toNativeSeparators(path), QString::number(written.value()));
            const Status recorded =
                m_workspace ? m_workspace->audit().record(
                                  QStringLiteral("export"), QStringLiteral("deadlines"),
                                  QStringLiteral("calendar file, %1 deadline(s)").arg(written.value()))
                            : Status();
            if (!recorded)
                emit problem(tr("Export not recorded"), tr("%1, but the audit trail could not record it: %2")
                                                            .arg(done, recorded.error().message));
            else
                emit message(done);
        });
}

} // namespace mladesk
