#include "ui/deadlines/DeadlineText.h"

#include "domain/DisplayNames.h"

#include <QHash>
#include <QLocale>
#include <QTimeZone>

namespace mladesk {

QString DeadlineText::kindLabel(const QString& kind, const QString& variant) {
    static const QHash<QString, const char*> labels{
        {QStringLiteral("receipt-ack"), QT_TR_NOOP("Acknowledgement of receipt")},
        {QStringLiteral("recognition"), QT_TR_NOOP("Decision on recognition")},
        {QStringLiteral("execution"), QT_TR_NOOP("Execution")},
        {QStringLiteral("provisional-measure"), QT_TR_NOOP("Provisional measure")},
        {QStringLiteral("production"), QT_TR_NOOP("Production of the data")},
        {QStringLiteral("enforcing-objection"), QT_TR_NOOP("Grounds for refusal (enforcing state)")},
        {QStringLiteral("validation"), QT_TR_NOOP("Ex-post validation")},
        {QStringLiteral("preservation-expiry"), QT_TR_NOOP("End of preservation")},
        {QStringLiteral("service"), QT_TR_NOOP("Service on the provider")},
        {QStringLiteral("provider-response"), QT_TR_NOOP("Provider's disclosure")},
        {QStringLiteral("provider-deletion"), QT_TR_NOOP("Deletion announced by the provider")},
        {QStringLiteral("retention-end"), QT_TR_NOOP("End of retention")},
    };
    static const QHash<QString, const char*> variants{
        {QStringLiteral("subscriber"), QT_TR_NOOP("subscriber information")},
        {QStringLiteral("traffic"), QT_TR_NOOP("traffic data")},
    };
    const char* label = labels.value(kind);
    const QString text = label ? tr(label) : kind;
    if (variant.isEmpty())
        return text;
    const char* variantLabel = variants.value(variant);
    return tr("%1 (%2)").arg(text, variantLabel ? tr(variantLabel) : variant);
}

QString DeadlineText::stateLabel(Deadline::State state) {
    switch (state) {
    case Deadline::State::Open:
        return tr("Open");
    case Deadline::State::Met:
        return tr("Met");
    case Deadline::State::MetLate:
        return tr("Met late");
    case Deadline::State::Stopped:
        return tr("Clock stopped");
    case Deadline::State::Closed:
        return tr("Closed");
    }
    return {};
}

QString DeadlineText::adjustmentLabel(DeadlineAdjustment::Type type) {
    switch (type) {
    case DeadlineAdjustment::Type::Extend:
        return tr("Extend the deadline");
    case DeadlineAdjustment::Type::Stop:
        return tr("Stop the clock");
    case DeadlineAdjustment::Type::Restart:
        return tr("Restart the clock");
    case DeadlineAdjustment::Type::Earlier:
        return tr("Earlier date asked by the other side");
    }
    return {};
}

QString DeadlineText::eventLabel(const QString& event) {
    return displayName::event(event);
}

QString DeadlineText::instant(const QDateTime& utc, const QTimeZone& zone) {
    if (!utc.isValid())
        return tr("clock stopped");
    QDateTime at = utc.toTimeZone(zone);
    QString time = at.time().toString(QStringLiteral("HH:mm"));
    if (at.time() == QTime(0, 0)) { // the end of the day before
        at = at.addDays(-1);
        time = QStringLiteral("24:00");
    }
    return QLocale().toString(at.date(), QStringLiteral("ddd yyyy-MM-dd")) + QLatin1Char(' ') + time;
}

QString DeadlineText::timeOfDay(const QDateTime& utcInstant, const QTimeZone& zone) {
    const QTime time = utcInstant.toTimeZone(zone).time();
    return time == QTime(0, 0) ? QStringLiteral("24:00") : time.toString(QStringLiteral("HH:mm"));
}

QString DeadlineText::local(const QDateTime& utcInstant) {
    return instant(utcInstant, QTimeZone::systemTimeZone());
}

QString DeadlineText::utc(const QDateTime& utcInstant) {
    return utcInstant.isValid() ? instant(utcInstant, QTimeZone::utc()) + QStringLiteral(" UTC") : QString();
}

QString DeadlineText::place(const QString& timeZoneId) {
    QString city = timeZoneId.section(QLatin1Char('/'), -1);
    return city.replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString DeadlineText::there(const QDateTime& utcInstant, const QString& timeZoneId, bool shortForm) {
    if (!utcInstant.isValid() || timeZoneId.isEmpty())
        return {};
    const QTimeZone zone(timeZoneId.toUtf8());
    if (!zone.isValid())
        return {};
    const QString text = instant(utcInstant, zone);
    const QString mine = local(utcInstant);
    if (text == mine)
        return {};
    const QString time = timeOfDay(utcInstant, zone);
    const bool sameDay = text.left(text.size() - time.size()) == mine.left(mine.size() - 5);
    return tr("%1 (%2)").arg(shortForm && sameDay ? time : text, place(timeZoneId));
}

QString DeadlineText::trailHtml(const Deadline& d, const QString& reference) {
    const auto row = [](const QString& label, const QString& value) {
        return value.isEmpty() ? QString()
                               : QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
                                     .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg((reference.isEmpty() ? kindLabel(d.kind, d.variant)
                                                 : tr("%1 — %2").arg(reference, kindLabel(d.kind, d.variant)))
                                .toHtmlEscaped());
    const QString there = DeadlineText::there(d.due, d.timeZone);
    QString facts =
        row(tr("Due (your time)"), d.due.isValid() ? local(d.due) : tr("clock stopped")) +
        row(tr("Due in %1").arg(place(d.timeZone)), there) + row(tr("Due (UTC)"), utc(d.due)) +
        row(tr("State"), stateLabel(d.state)) +
        row(tr("Met on"), d.metAt.isValid() ? local(d.metAt) : QString()) +
        row(tr("Counts from"), d.startEvent.isValid()
                                   ? tr("%1, %2").arg(eventLabel(d.startEventName), local(d.startEvent))
                                   : QString()) +
        row(tr("Governing state"),
            d.governingState.isEmpty() ? QString() : tr("%1 (%2)").arg(d.governingState, d.timeZone)) +
        row(tr("Article"), d.article);
    html += QStringLiteral("<table>%1</table>").arg(facts);
    if (!d.description.isEmpty())
        html +=
            QStringLiteral("<p><i>%1</i></p>").arg(displayName::catalogueText(d.description).toHtmlEscaped());
    html += QStringLiteral("<h4>%1</h4><ol>").arg(tr("Why this date").toHtmlEscaped());
    for (const TrailStep& step : d.trail) {
        html += QStringLiteral("<li>%1").arg(step.text.toHtmlEscaped());
        if (!step.article.isEmpty())
            html += QStringLiteral("<br><small>%1</small>").arg(step.article.toHtmlEscaped());
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ol>");
    return html;
}

} // namespace mladesk
