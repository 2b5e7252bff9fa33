// mladesk-cli commands for retention sunsets, purges and attachments.
#include "cli/Cli.h"
#include "cli/ExitCode.h"
#include "interchange/EntityJson.h"
#include "services/RetentionService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace mladesk::cli {

namespace {

// YYYY-MM-DD is the start of that day in UTC; a full ISO 8601 instant must
// say its zone (Z or an offset).
QDateTime parseUntil(const QString& text) {
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return QDateTime(date, QTime(0, 0), QTimeZone::utc());
    return parseUtc(text);
}

QJsonObject sunsetJson(const Sunset& s, const QDateTime& now) {
    return {{QStringLiteral("id"), s.requestId},
            {QStringLiteral("reference"), s.reference},
            {QStringLiteral("instrument"), s.instrument},
            {QStringLiteral("direction"), s.direction},
            {QStringLiteral("until"), utcText(s.until)},
            {QStringLiteral("remind_from"), utcText(s.remindFrom)},
            {QStringLiteral("reminder_days"), s.reminderDays},
            {QStringLiteral("basis"), s.basis},
            {QStringLiteral("article"), s.article},
            {QStringLiteral("attachments"), s.attachments},
            {QStringLiteral("ended"), s.until <= now}};
}

} // namespace

int Cli::sunsets() {
    const QString what = m_positional.value(1);
    const QString format = m_parser.value(QStringLiteral("format"));
    const bool listing = what.isEmpty();
    const QString shape = QStringLiteral(
        "sunsets [--within DAYS] [--format table|json] | sunsets set ID --until YYYY-MM-DD [--basis B] "
        "[--reason TEXT] | sunsets extend ID --until YYYY-MM-DD --reason TEXT | sunsets purge ID --reason "
        "TEXT");
    if (listing) {
        for (const char* option : {"until", "basis", "reason"})
            if (m_parser.isSet(QString::fromLatin1(option)))
                return usage(
                    QStringLiteral("--%1 is not an option of the sunsets list; it goes with \"sunsets set\", "
                                   "\"extend\" or \"purge\".")
                        .arg(QString::fromLatin1(option)));
    } else {
        if (what != QLatin1String("set") && what != QLatin1String("extend") && what != QLatin1String("purge"))
            return usage(QStringLiteral("\"sunsets\" takes set, extend or purge, or nothing: ") + shape);
        if (m_positional.size() != 3)
            return usage(QStringLiteral("\"sunsets %1\" takes the request's id or reference: ").arg(what) +
                         shape);
        for (const char* option : {"within", "format"})
            if (m_parser.isSet(QString::fromLatin1(option)))
                return usage(
                    QStringLiteral("--%1 belongs to \"sunsets\" alone.").arg(QString::fromLatin1(option)));
    }

    if (listing) {
        bool ok = true;
        const int within = m_parser.isSet(QStringLiteral("within"))
                               ? m_parser.value(QStringLiteral("within")).toInt(&ok)
                               : -1;
        if (!ok || (m_parser.isSet(QStringLiteral("within")) && within < 0))
            return usage(QStringLiteral("--within takes a number of days."));
        if (!format.isEmpty() && format != QLatin1String("table") && format != QLatin1String("json"))
            return usage(QStringLiteral("--format takes table or json."));
        if (auto st = openSession(); !st)
            return fail(st.error());
        auto list = m_workspace->retention().sunsets(within);
        if (!list)
            return fail(list.error());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (format == QLatin1String("json")) {
            QJsonArray array;
            for (const Sunset& s : list.value())
                array.append(sunsetJson(s, now));
            m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return kDone;
        }
        if (list->isEmpty()) {
            m_out << (within < 0 ? QStringLiteral("No retention is pending.\n")
                                 : QStringLiteral("No retention ends or needs a reminder within %1 days.\n")
                                       .arg(within));
            return kDone;
        }
        for (const Sunset& s : list.value())
            m_out << s.reference.leftJustified(18) << ' ' << s.until.toString(Qt::ISODate).leftJustified(21)
                  << ' ' << s.basis.leftJustified(14) << ' '
                  << QStringLiteral("%1 attachment(s)").arg(s.attachments).leftJustified(17) << ' '
                  << (s.until <= now
                          ? QStringLiteral("ENDED: purge")
                          : QStringLiteral("remind from %1").arg(s.remindFrom.date().toString(Qt::ISODate)))
                  << '\n';
        return kDone;
    }

    const QString id = m_positional.at(2);
    const QString reason = m_parser.value(QStringLiteral("reason"));
    QDateTime until;
    if (m_parser.isSet(QStringLiteral("until"))) {
        until = parseUntil(m_parser.value(QStringLiteral("until")));
        if (!until.isValid())
            return usage(
                QStringLiteral("--until takes a date, YYYY-MM-DD (the start of that day, UTC), or an "
                               "ISO 8601 instant with its zone."));
    }
    if (what == QLatin1String("set")) {
        const QString basis = m_parser.value(QStringLiteral("basis"));
        if (!basis.isEmpty() && basis != QLatin1String("case-decision") &&
            basis != QLatin1String("instrument"))
            return usage(QStringLiteral("--basis takes case-decision or instrument."));
        if (!until.isValid() && basis != QLatin1String("instrument"))
            return usage(
                QStringLiteral("\"sunsets set\" needs --until YYYY-MM-DD (or --basis instrument, where "
                               "the instrument sets a period)."));
    } else {
        if (m_parser.isSet(QStringLiteral("basis")))
            return usage(QStringLiteral("--basis belongs to \"sunsets set\"."));
        if (what == QLatin1String("extend") && !until.isValid())
            return usage(QStringLiteral("\"sunsets extend\" needs --until YYYY-MM-DD."));
        if (what == QLatin1String("purge") && m_parser.isSet(QStringLiteral("until")))
            return usage(QStringLiteral("--until belongs to \"sunsets set\" and \"extend\"."));
        if (reason.trimmed().isEmpty())
            return usage(QStringLiteral("\"sunsets %1\" needs --reason TEXT.").arg(what));
    }

    if (auto st = openSession(); !st)
        return fail(st.error());
    if (what == QLatin1String("set") || what == QLatin1String("extend")) {
        Result<RetentionRecord> stored =
            what == QLatin1String("set")
                ? m_workspace->retention().set(
                      id, {until, m_parser.value(QStringLiteral("basis")), {}, reason, -1})
                : m_workspace->retention().extend(id, until, reason);
        if (!stored)
            return fail(stored.error());
        m_out << "The data of request " << id << " are kept until " << stored->until.toString(Qt::ISODate)
              << " (" << stored->basis
              << (stored->article.isEmpty() ? QString() : QStringLiteral(", ") + stored->article)
              << "); a reminder is due " << stored->reminderDays << " day(s) before.\n";
        return kDone;
    }
    auto report = m_workspace->retention().purge(id, reason);
    if (!report)
        return fail(report.error());
    m_out << "Purged request " << id << ": " << report->attachments << " attachment key(s) destroyed, "
          << report->filesRemoved << " file(s) overwritten and removed, free text redacted; "
          << report->backups.size() << " backup(s) purged as well.\n";
    if (report->problems.isEmpty())
        return kDone;
    for (const QString& problem : std::as_const(report->problems))
        m_err << "mladesk-cli: " << problem << '\n';
    m_err.flush();
    return kIoOrDamaged;
}

int Cli::attach() {
    if (auto st = openSession(); !st)
        return fail(st.error());
    auto added = m_workspace->retention().addAttachment(m_positional.at(1), m_positional.at(2));
    if (!added)
        return fail(added.error());
    m_out << "Attached " << added->name << " (" << added->size << " bytes, " << added->mediaType
          << ") to request " << m_positional.at(1) << " as " << added->id << ", encrypted.\n";
    return kDone;
}

} // namespace mladesk::cli
