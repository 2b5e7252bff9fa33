#include "RequestWorkflow.h"

#include <QHash>

namespace mladesk {

namespace {

using Graph = QHash<QString, QStringList>;

QStringList list(std::initializer_list<const char*> names) {
    QStringList result;
    for (const char* name : names)
        result << QString::fromLatin1(name);
    return result;
}

const Graph& outgoing() {
    static const Graph graph{
        {QStringLiteral("draft"), list({"in-review", "withdrawn"})},
        {QStringLiteral("in-review"), list({"approved", "draft", "withdrawn"})},
        {QStringLiteral("approved"), list({"sent", "draft", "withdrawn"})},
        {QStringLiteral("sent"), list({"acknowledged", "in-execution", "executed", "refused", "withdrawn"})},
        {QStringLiteral("acknowledged"), list({"in-execution", "executed", "refused", "withdrawn"})},
        {QStringLiteral("in-execution"), list({"executed", "refused", "withdrawn"})},
        {QStringLiteral("executed"), list({"closed"})},
        {QStringLiteral("refused"), list({"closed"})},
        {QStringLiteral("withdrawn"), list({"closed"})},
        {QStringLiteral("closed"), {}},
    };
    return graph;
}

const Graph& incoming() {
    static const Graph graph{
        {QStringLiteral("received"), list({"acknowledged", "refused"})},
        {QStringLiteral("acknowledged"), list({"recognized", "in-execution", "refused"})},
        {QStringLiteral("recognized"), list({"in-execution", "postponed", "refused"})},
        {QStringLiteral("postponed"), list({"in-execution", "refused"})},
        {QStringLiteral("in-execution"), list({"executed", "postponed"})},
        {QStringLiteral("executed"), list({"closed"})},
        {QStringLiteral("refused"), list({"closed"})},
        {QStringLiteral("closed"), {}},
    };
    return graph;
}

const Graph* graphFor(const QString& direction) {
    if (direction == QLatin1String("outgoing"))
        return &outgoing();
    if (direction == QLatin1String("incoming"))
        return &incoming();
    return nullptr;
}

} // namespace

QStringList RequestWorkflow::statuses(const QString& direction) {
    const Graph* graph = graphFor(direction);
    if (!graph)
        return {};
    // In the order of a request's life, as documented above.
    return direction == QLatin1String("outgoing")
               ? list({"draft", "in-review", "approved", "sent", "acknowledged", "in-execution", "executed",
                       "refused", "withdrawn", "closed"})
               : list({"received", "acknowledged", "recognized", "postponed", "in-execution", "executed",
                       "refused", "closed"});
}

QString RequestWorkflow::initialStatus(const QString& direction) {
    return direction == QLatin1String("outgoing") ? QStringLiteral("draft") : QStringLiteral("received");
}

bool RequestWorkflow::isKnownStatus(const QString& direction, const QString& status) {
    const Graph* graph = graphFor(direction);
    return graph && graph->contains(status);
}

QStringList RequestWorkflow::allowedNext(const QString& direction, const QString& status) {
    const Graph* graph = graphFor(direction);
    return graph ? graph->value(status) : QStringList();
}

bool RequestWorkflow::canMove(const QString& direction, const QString& from, const QString& to) {
    return allowedNext(direction, from).contains(to);
}

} // namespace mladesk
