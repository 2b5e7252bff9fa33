#pragma once

#include "domain/Deadline.h"
#include "domain/Entities.h"
#include "error/Result.h"
#include "rules/Catalogue.h"

#include <QList>
#include <QString>
#include <optional>

namespace mladesk {

// What the engine needs to know about a request, or about hypothetical
// events (`deadlines calc`).
struct DeadlineInput {
    QString instrument;
    QString direction = QStringLiteral("incoming");
    QString urgency = QStringLiteral("normal");
    QStringList dataCategories; // empty: every variant
    QStringList options;        // requestOptions() the request states
    QString requestingState;
    QString requestedState;
    QString governingState; // when set, every period runs there (calc --state)
    QList<RequestEvent> events;
    QList<DeadlineAdjustment> adjustments;
    bool closed = false; // the request is closed, refused or withdrawn
    std::optional<RetentionRecord> retention;

    static DeadlineInput of(const Request& request, const QList<DeadlineAdjustment>& adjustments);
};

// Computes a request's deadlines from its instrument's rules (DESIGN.md,
// Deadlines): one per rule whose start event has happened, with its trail.
Result<QList<Deadline>> computeDeadlines(const DeadlineInput& input, const Catalogue& catalogue);

} // namespace mladesk
