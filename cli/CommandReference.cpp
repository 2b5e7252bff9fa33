#include "cli/CommandReference.h"

#include "cli/ExitCode.h"

namespace mladesk::cli {

namespace {

QString s(const char* text) {
    return QString::fromUtf8(text);
}

QList<OptionReference> makeGlobalOptions() {
    return {
        {s("db"), s("PATH"),
         s("the register folder (default: MLADESK_REGISTER, else the user's default register)")},
        {s("passphrase-file"), s("FILE"), s("read the passphrase from the first line of FILE")},
        {s("user"), s("NAME"), s("whose key slot to unlock (registers with several users)")},
        {s("help"), {}, s("the commands and options, and exit")},
        {s("version"), {}, s("this build's version, commit and libraries, one per line, and exit")},
    };
}

QList<OptionReference> makeCommandOptions() {
    return {
        {s("kdf"), s("standard|interactive"), {}},
        {s("remember"), {}, {}},
        {s("requests"), s("N"), {}},
        {s("out"), s("FILE"), {}},
        {s("direction"), s("outgoing|incoming"), {}},
        {s("status"), s("S"), {}},
        {s("state"), s("CC"), {}},
        {s("instrument"), s("KEY"), {}},
        {s("search"), s("TEXT"), {}},
        {s("limit"), s("N"), {}},
        {s("format"), s("table|json|csv|ics|text"), {}},
        {s("comment"), s("TEXT"), {}},
        {s("role"), s("ROLES"), {}},
        {s("content-access"), {}, {}},
        {s("new-passphrase-file"), s("FILE"), {}},
        {s("within"), s("DAYS"), {}},
        {s("until"), s("DATE"), {}},
        {s("basis"), s("case-decision|instrument"), {}},
        {s("reason"), s("TEXT"), {}},
        {s("event"), s("NAME=ISO8601"), {}},
        {s("lang"), s("LL"), {}},
        {s("bilingual"), s("LL"), {}},
        {s("emergency"), {}, {}},
        {s("provisional-measure"), {}, {}},
        {s("without-prior-validation"), {}, {}},
        {s("category"), s("KEY"), {}},
        {s("overdue"), {}, {}},
        {s("signer"), s("FILE.p12"), {}},
        {s("signer-pass-file"), s("FILE"), {}},
        {s("co-signer"), s("FILE.p12"), {}},
        {s("co-signer-pass-file"), s("FILE"), {}},
        {s("recipient"), s("FILE.p12"), {}},
        {s("recipient-pass-file"), s("FILE"), {}},
        {s("encrypt-for"), s("CERT"), {}},
        {s("cipher"), s("gcm|cbc"), {}},
        {s("trust"), s("PEM_OR_DIR"), {}},
        {s("authority"), s("ID"), {}},
        {s("anchor"), s("FILE"), {}},
        {s("at"), s("ISO8601"), {}},
        {s("to"), s("DIR"), {}},
    };
}

QList<CommandReference> makeCommands() {
    return {
        {s("init"),
         {},
         {s("kdf"), s("remember")},
         0,
         {{s("init [--kdf standard|interactive] [--remember]"),
           s("create a new register (never overwrites)")}}},
        {s("demo"),
         {},
         {s("requests")},
         0,
         {{s("demo [--requests N]"), s("fill an empty register with sample data")}}},
        {s("import"), {}, {}, 1, {{s("import FILE"), s("import interchange JSON (all or nothing)")}}},
        {s("export"),
         {},
         {s("out")},
         0,
         {{s("export [--out FILE]"), s("export interchange JSON (canonical)")}}},
        {s("backup"),
         {},
         {s("out")},
         0,
         {{s("backup --out FILE"),
           s("an encrypted copy of the whole register in one file, checked after writing")}}},
        {s("restore"),
         {},
         {s("to")},
         1,
         {{s("restore FILE --to DIR"),
           s("a backup into a new register folder (never over one), opened with a user's passphrase")}}},
        {s("list"),
         {},
         {s("direction"), s("status"), s("state"), s("instrument"), s("search"), s("limit"), s("format")},
         0,
         {{s("list [--direction D] [--status S] [--state CC] [--instrument KEY] [--search TEXT]\n"
             "     [--limit N] [--format table|json|csv]"),
           s("list requests")}}},
        {s("show"),
         {},
         {s("format")},
         1,
         {{s("show ID [--format table|json]"), s("one request (by id or reference), with its deadlines")}}},
        {s("check"),
         {},
         {s("format")},
         1,
         {{s("check ID [--format table|json]"),
           s("completeness against its instrument (exit 1: incomplete)")}}},
        {s("deadlines"),
         {s("calc")},
         {s("within"), s("overdue"), s("format"), s("instrument"), s("state"), s("event"), s("emergency"),
          s("provisional-measure"), s("without-prior-validation"), s("category")},
         -1,
         {{s("deadlines [--within DAYS] [--overdue] [--format table|json|ics]"),
           s("the register's open deadlines")},
          {s("deadlines calc --instrument KEY --state CC --event NAME=ISO8601 ... [--emergency]\n"
             "     [--provisional-measure] [--without-prior-validation] [--category KEY]... [--format json]"),
           s("deadlines for hypothetical events, with trails")}}},
        {s("remember"), {}, {}, 0, {{s("remember"), s("remember the register on this computer (keychain)")}}},
        {s("forget"), {}, {}, 0, {{s("forget"), s("forget it again")}}},
        {s("status"),
         {},
         {s("at")},
         2,
         {{s("status ID STATUS [--at ISO8601]"),
           s("move a request along its workflow; \"sent\" records when it was sent (--at, default now)")}}},
        {s("approve"),
         {},
         {s("comment")},
         1,
         {{s("approve ID [--comment TEXT]"), s("approve an outgoing request (prosecutor, four eyes)")}}},
        {s("audit"),
         {s("verify"), s("log"), s("anchor")},
         {s("format"), s("anchor"), s("trust"), s("signer"), s("signer-pass-file"), s("out")},
         1,
         {{s("audit verify [--anchor FILE --trust CERT]... [--format json]"),
           s("check the audit trail's hash chain, and against signed anchors (exit 1: broken, rewritten or "
             "cut "
             "back)")},
          {s("audit log [--format json|csv]"), s("the audit trail, with its chain head")},
          {s("audit anchor --signer FILE.p12 [--signer-pass-file F] --out FILE"),
           s("sign the chain head (auditor, administrator); keep the file outside the register")}}},
        {s("users"),
         {s("add"), s("roles"), s("remove"), s("reset")},
         {s("role"), s("content-access"), s("new-passphrase-file")},
         -1,
         {{s("users"), s("the register's users and roles")},
          {s("users add NAME --role R[,R] [--new-passphrase-file F]"), s("add a user with their roles")},
          {s("users roles NAME --role R[,R] [--content-access]"), s("change a user's roles")},
          {s("users remove NAME"), s("remove a user")},
          {s("users reset NAME [--new-passphrase-file F]"),
           s("a new passphrase for someone who lost theirs")}}},
        {s("passphrase"),
         {},
         {s("new-passphrase-file")},
         0,
         {{s("passphrase [--new-passphrase-file F]"), s("change your own passphrase")}}},
        {s("render"),
         {},
         {s("lang"), s("bilingual"), s("out")},
         1,
         {{s("render ID [--lang LL] [--bilingual LL] --out FILE.pdf"),
           s("the request's document (exit 1: a draft)")}}},
        {s("sunsets"),
         {s("set"), s("extend"), s("purge")},
         {s("within"), s("format"), s("until"), s("basis"), s("reason")},
         -1,
         {{s("sunsets [--within DAYS] [--format table|json]"),
           s("data whose retention ends (reminder due within DAYS)")},
          {s("sunsets set ID --until YYYY-MM-DD [--basis case-decision|instrument] [--reason TEXT]"),
           s("when the data received under a request is to be deleted")},
          {s("sunsets extend ID --until YYYY-MM-DD --reason TEXT"), s("keep the data longer")},
          {s("sunsets purge ID --reason TEXT"),
           s("destroy the data received under a request (prosecutor)")}}},
        {s("attach"), {}, {}, 2, {{s("attach ID FILE"), s("add a file to a request, encrypted")}}},
        {s("bundle"),
         {s("export"), s("sign"), s("verify"), s("import")},
         {s("signer"), s("signer-pass-file"), s("co-signer"), s("co-signer-pass-file"), s("out"),
          s("encrypt-for"), s("cipher"), s("trust"), s("format"), s("recipient"), s("recipient-pass-file")},
         -1,
         {{s("bundle export ID --signer FILE.p12 [--signer-pass-file F] [--co-signer FILE.p12 "
             "[--co-signer-pass-file "
             "F]]\n"
             "       --out FILE.asice [--encrypt-for CERT [--cipher gcm|cbc]]"),
           s("a signed bundle of an approved request")},
          {s("bundle sign FILE.asice --signer FILE.p12 [--signer-pass-file F]"),
           s("add a signature (the approving prosecutor)")},
          {s("bundle verify FILE [--trust PEM_OR_DIR]... [--recipient FILE.p12] [--format text|json]"),
           s("verification report (exit 1: not verified)")},
          {s("bundle import FILE [--trust PEM_OR_DIR]... [--recipient FILE.p12] [--format json]"),
           s("a verified bundle as an incoming request")}}},
        {s("trust"),
         {s("add"), s("list"), s("remove")},
         {s("authority"), s("format")},
         -1,
         {{s("trust add FILE [--authority ID]"), s("trust a partner authority's certificate (PEM or DER)")},
          {s("trust list [--format table|json]"), s("the trust store, with SHA-256 fingerprints")},
          {s("trust remove FINGERPRINT"), s("stop trusting a certificate")}}},
    };
}

// Greedy word wrap of a summary into lines of at most width characters.
QStringList wrapped(const QString& text, qsizetype width) {
    QStringList lines{QString()};
    for (const QString& word : text.split(QLatin1Char(' '))) {
        if (!lines.last().isEmpty() && lines.last().size() + 1 + word.size() > width)
            lines << QString();
        lines.last() += (lines.last().isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    return lines;
}

QString helpLine(const UsageReference& usage) {
    constexpr qsizetype kSummaryColumn = 52;
    constexpr qsizetype kSummaryWidth = 56;
    QStringList lines = usage.synopsis.split(QLatin1Char('\n'));
    for (QString& line : lines)
        line.prepend(QStringLiteral("  "));
    const QString indent(kSummaryColumn, QLatin1Char(' '));
    const QStringList summary = wrapped(usage.summary, kSummaryWidth);
    for (qsizetype i = 0; i < summary.size(); ++i) {
        if (i == 0 && lines.last().size() + 2 <= kSummaryColumn)
            lines.last() = lines.last().leftJustified(kSummaryColumn) + summary[i];
        else
            lines << indent + summary[i];
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

const QList<OptionReference>& globalOptions() {
    static const QList<OptionReference> options = makeGlobalOptions();
    return options;
}

const QList<OptionReference>& allOptions() {
    static const QList<OptionReference> options = makeGlobalOptions() + makeCommandOptions();
    return options;
}

const QList<CommandReference>& commands() {
    static const QList<CommandReference> list = makeCommands();
    return list;
}

const QList<ExitStatusReference>& exitStatuses() {
    static const QList<ExitStatusReference> list{
        {kDone, s("done")},
        {kNegative, s("ran and found a negative: not found, rejected, incomplete, not verified")},
        {kUsage, s("usage: an unknown command or option, a missing argument")},
        {kCannotUnlock,
         s("could not unlock the register (wrong passphrase, no keychain entry, no terminal)")},
        {kIoOrDamaged, s("I/O error or damaged register")},
    };
    return list;
}

const CommandReference* findCommand(const QString& name) {
    for (const CommandReference& command : commands())
        if (command.name == name)
            return &command;
    return nullptr;
}

bool takesPath(const OptionReference& option) {
    static const QStringList kPathWords{s("FILE"), s("PATH"), s("DIR"), s("CERT")};
    for (const QString& word : kPathWords)
        if (option.value.contains(word))
            return true;
    return false;
}

QString helpText() {
    QString text =
        s("Usage: mladesk-cli [--db PATH] [--passphrase-file FILE] [--user NAME] COMMAND ...\n\nCommands:\n");
    for (const CommandReference& command : commands())
        for (const UsageReference& usage : command.usages)
            text += helpLine(usage);
    text += s("\nGlobal options:\n");
    for (const OptionReference& option : globalOptions()) {
        const QString name = QStringLiteral("  --%1 %2").arg(option.name, option.value).trimmed();
        text += QStringLiteral("  ") + name.leftJustified(24) + QLatin1Char(' ') + option.summary +
                QLatin1Char('\n');
    }
    text += s("\nExit status:\n");
    for (const ExitStatusReference& status : exitStatuses())
        text += QStringLiteral("  %1  %2\n").arg(status.code).arg(status.meaning);
    text += s("\nSee docs/cli.md, or man mladesk-cli.\n");
    return text;
}

} // namespace mladesk::cli
