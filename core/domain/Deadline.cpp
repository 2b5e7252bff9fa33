#include "Deadline.h"

namespace mladesk {

namespace {

const std::pair<DeadlineAdjustment::Type, const char*> kTypeNames[] = {
    {DeadlineAdjustment::Type::Extend, "extend"},
    {DeadlineAdjustment::Type::Stop, "stop"},
    {DeadlineAdjustment::Type::Restart, "restart"},
    {DeadlineAdjustment::Type::Earlier, "earlier"},
};

} // namespace

QString adjustmentTypeName(DeadlineAdjustment::Type type) {
    for (const auto& [value, name] : kTypeNames)
        if (value == type)
            return QString::fromLatin1(name);
    return {};
}

bool adjustmentTypeFromName(const QString& name, DeadlineAdjustment::Type* type) {
    for (const auto& [value, text] : kTypeNames)
        if (name == QLatin1String(text)) {
            *type = value;
            return true;
        }
    return false;
}

QString deadlineStateName(Deadline::State state) {
    switch (state) {
    case Deadline::State::Open:
        return QStringLiteral("open");
    case Deadline::State::Met:
        return QStringLiteral("met");
    case Deadline::State::MetLate:
        return QStringLiteral("met-late");
    case Deadline::State::Stopped:
        return QStringLiteral("stopped");
    case Deadline::State::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

const QStringList& knownEventNames() {
    static const QStringList names{QStringLiteral("received"),
                                   QStringLiteral("sent"),
                                   QStringLiteral("acknowledged"),
                                   QStringLiteral("recognized"),
                                   QStringLiteral("notified"),
                                   QStringLiteral("issued"),
                                   QStringLiteral("validated"),
                                   QStringLiteral("served"),
                                   QStringLiteral("documentation-complete"),
                                   QStringLiteral("produced"),
                                   QStringLiteral("executed"),
                                   QStringLiteral("production-confirmed"),
                                   QStringLiteral("extension-requested"),
                                   QStringLiteral("provider-deletion"),
                                   QStringLiteral("provisional-measure-decided"),
                                   QStringLiteral("enforcement-received")};
    return names;
}

} // namespace mladesk
