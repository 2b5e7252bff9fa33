#include "Cli.h"

#include "cli/ExitCode.h"
#include "cli/PassphraseInput.h"
#include "services/UnlockPolicy.h"

#include <QCoreApplication>

namespace mladesk::cli {

namespace {

const QStringList kGlobalOptions{QStringLiteral("db"), QStringLiteral("passphrase-file"),
                                 QStringLiteral("user"), QStringLiteral("help")};

const char* const kHelp = R"(Usage: mladesk-cli [--db PATH] [--passphrase-file FILE] [--user NAME] COMMAND ...

Commands:
  init [--kdf standard|interactive] [--remember]   create a new register (never overwrites)
  demo [--requests N]                               fill an empty register with sample data
  import FILE                                       import interchange JSON (all or nothing)
  export [--out FILE]                               export interchange JSON (canonical)
  list [--direction D] [--status S] [--state CC] [--instrument KEY] [--search TEXT]
       [--limit N] [--format table|json|csv]        list requests
  show ID [--format table|json]                     one request (by id or reference), with its deadlines
  check ID [--format table|json]                    completeness against its instrument (exit 1: incomplete)
  deadlines [--within DAYS] [--overdue] [--format table|json|ics]
                                                    the register's open deadlines
  deadlines calc --instrument KEY --state CC --event NAME=ISO8601 ... [--emergency]
       [--provisional-measure] [--without-prior-validation] [--category KEY]... [--format json]
                                                    deadlines for hypothetical events, with trails
  remember                                          remember the register on this computer (keychain)
  forget                                            forget it again
  status ID STATUS                                  move a request along its workflow
  approve ID [--comment TEXT]                       approve an outgoing request (prosecutor, four eyes)
  audit verify [--anchor FILE --trust CERT]... [--format json]
                                                    check the audit trail's hash chain, and against signed
                                                    anchors (exit 1: broken, rewritten or cut back)
  audit log [--format json|csv]                     the audit trail, with its chain head
  audit anchor --signer FILE.p12 [--signer-pass-file F] --out FILE
                                                    sign the chain head (auditor, administrator); keep the
                                                    file outside the register
  users                                             the register's users and roles
  users add NAME --role R[,R] [--new-passphrase-file F]
  users roles NAME --role R[,R] [--content-access]
  users remove NAME
  users reset NAME [--new-passphrase-file F]        a new passphrase for someone who lost theirs
  passphrase [--new-passphrase-file F]              change your own passphrase
  render ID [--lang LL] [--bilingual LL] --out FILE.pdf
                                                    the request's document (exit 1: a draft)
  sunsets [--within DAYS] [--format table|json]     data whose retention ends (reminder due within DAYS)
  sunsets set ID --until YYYY-MM-DD [--basis case-decision|instrument] [--reason TEXT]
  sunsets extend ID --until YYYY-MM-DD --reason TEXT  keep the data longer
  sunsets purge ID --reason TEXT                    destroy the data received under a request (prosecutor)
  attach ID FILE                                    add a file to a request, encrypted
  bundle export ID --signer FILE.p12 [--signer-pass-file F] [--co-signer FILE.p12 [--co-signer-pass-file F]]
         --out FILE.asice [--encrypt-for CERT [--cipher gcm|cbc]]   a signed bundle of an approved request
  bundle sign FILE.asice --signer FILE.p12 [--signer-pass-file F]  add a signature (the approving prosecutor)
  bundle verify FILE [--trust PEM_OR_DIR]... [--recipient FILE.p12] [--format text|json]
                                                    verification report (exit 1: not verified)
  bundle import FILE [--trust PEM_OR_DIR]... [--recipient FILE.p12] [--format json]
                                                    a verified bundle as an incoming request
  trust add FILE [--authority ID]                   trust a partner authority's certificate (PEM or DER)
  trust list [--format table|json]                  the trust store, with SHA-256 fingerprints
  trust remove FINGERPRINT                          stop trusting a certificate

Global options:
  --db PATH               the register folder (default: MLADESK_REGISTER, else the user's default register)
  --passphrase-file FILE  read the passphrase from the first line of FILE
  --user NAME             whose key slot to unlock (registers with several users)

Exit status: 0 done, 1 negative (not found, rejected), 2 usage, 3 could not unlock,
4 I/O error or damaged register. See docs/cli.md.
)";

} // namespace

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err) {
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions({
        {QStringLiteral("db"), {}, QStringLiteral("path")},
        {QStringLiteral("passphrase-file"), {}, QStringLiteral("file")},
        {QStringLiteral("user"), {}, QStringLiteral("name")},
        {QStringLiteral("help"), {}},
        {QStringLiteral("kdf"), {}, QStringLiteral("cost")},
        {QStringLiteral("remember"), {}},
        {QStringLiteral("requests"), {}, QStringLiteral("n")},
        {QStringLiteral("out"), {}, QStringLiteral("file")},
        {QStringLiteral("direction"), {}, QStringLiteral("d")},
        {QStringLiteral("status"), {}, QStringLiteral("s")},
        {QStringLiteral("state"), {}, QStringLiteral("cc")},
        {QStringLiteral("instrument"), {}, QStringLiteral("key")},
        {QStringLiteral("search"), {}, QStringLiteral("text")},
        {QStringLiteral("limit"), {}, QStringLiteral("n")},
        {QStringLiteral("format"), {}, QStringLiteral("format")},
        {QStringLiteral("comment"), {}, QStringLiteral("text")},
        {QStringLiteral("role"), {}, QStringLiteral("roles")},
        {QStringLiteral("content-access"), {}},
        {QStringLiteral("new-passphrase-file"), {}, QStringLiteral("file")},
        {QStringLiteral("within"), {}, QStringLiteral("days")},
        {QStringLiteral("until"), {}, QStringLiteral("date")},
        {QStringLiteral("basis"), {}, QStringLiteral("basis")},
        {QStringLiteral("reason"), {}, QStringLiteral("text")},
        {QStringLiteral("event"), {}, QStringLiteral("name=iso8601")},
        {QStringLiteral("lang"), {}, QStringLiteral("ll")},
        {QStringLiteral("bilingual"), {}, QStringLiteral("ll")},
        {QStringLiteral("emergency"), {}},
        {QStringLiteral("provisional-measure"), {}},
        {QStringLiteral("without-prior-validation"), {}},
        {QStringLiteral("category"), {}, QStringLiteral("key")},
        {QStringLiteral("overdue"), {}},
        {QStringLiteral("signer"), {}, QStringLiteral("file.p12")},
        {QStringLiteral("signer-pass-file"), {}, QStringLiteral("file")},
        {QStringLiteral("co-signer"), {}, QStringLiteral("file.p12")},
        {QStringLiteral("co-signer-pass-file"), {}, QStringLiteral("file")},
        {QStringLiteral("recipient"), {}, QStringLiteral("file.p12")},
        {QStringLiteral("recipient-pass-file"), {}, QStringLiteral("file")},
        {QStringLiteral("encrypt-for"), {}, QStringLiteral("cert")},
        {QStringLiteral("cipher"), {}, QStringLiteral("gcm|cbc")},
        {QStringLiteral("trust"), {}, QStringLiteral("pem-or-dir")},
        {QStringLiteral("authority"), {}, QStringLiteral("id")},
        {QStringLiteral("anchor"), {}, QStringLiteral("file")},
    });
}

Cli::~Cli() {
    m_workspace = nullptr;
    if (m_access)
        m_access->lock(); // records the lock
}

Status Cli::openSession() {
    if (auto st = openUnlocked(); !st)
        return st;
    auto workspace = m_access->signIn();
    if (!workspace)
        return workspace.error();
    m_workspace = workspace.value();
    return {};
}

Result<SecureBytes> Cli::passphraseFromOption(const QString& option, const QString& prompt) {
    if (m_parser.isSet(option))
        return PassphraseInput::fromFile(m_parser.value(option));
    if (!PassphraseInput::terminalAvailable())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Give --%1 FILE, or run on a terminal.").arg(option));
    auto first = PassphraseInput::prompt(prompt);
    if (!first)
        return first;
    auto again = PassphraseInput::prompt(QStringLiteral("Repeat it: "));
    if (!again)
        return again;
    if (!again->equals(first.value()))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The two passphrases differ; nothing was changed."));
    return first;
}

int Cli::usage(const QString& message) {
    m_err << "mladesk-cli: " << message << "\nRun \"mladesk-cli --help\" for the commands.\n";
    m_err.flush();
    return kUsage;
}

int Cli::fail(const Error& error) {
    m_err << "mladesk-cli: " << error.message << "\n";
    m_err.flush();
    return exitCodeFor(error);
}

bool Cli::allowOnly(const QStringList& options) {
    for (const QString& name : m_parser.optionNames()) {
        if (!kGlobalOptions.contains(name) && !options.contains(name)) {
            usage(QStringLiteral("--%1 is not an option of \"%2\".").arg(name, m_positional.value(0)));
            return false;
        }
    }
    return true;
}

QString Cli::registerPath() const {
    return m_parser.isSet(QStringLiteral("db")) ? m_parser.value(QStringLiteral("db"))
                                                : RegisterAccess::defaultLocation();
}

QString Cli::user() const {
    return m_parser.value(QStringLiteral("user"));
}

bool Cli::rendersDocuments(const QStringList& arguments) {
    QString discarded;
    QTextStream sink(&discarded);
    Cli probe(sink, sink); // the same options as run(), so that option values are not taken for commands
    if (!probe.m_parser.parse(arguments))
        return false;
    const QStringList positional = probe.m_parser.positionalArguments();
    const QString command = positional.value(0);
    return command == QLatin1String("render") ||
           (command == QLatin1String("bundle") && positional.value(1) == QLatin1String("export"));
}

int Cli::run(const QStringList& arguments) {
    if (!m_parser.parse(arguments))
        return usage(m_parser.errorText());
    m_positional = m_parser.positionalArguments();
    if (m_parser.isSet(QStringLiteral("help")) || m_positional.value(0) == QLatin1String("help")) {
        m_out << kHelp;
        return kDone;
    }
    if (m_positional.isEmpty())
        return usage(QStringLiteral("Name a command."));
    const QString command = m_positional.first();
    struct Entry {
        const char* name;
        int (Cli::*handler)();
        QStringList options;
        int arguments;
    };
    const Entry commands[] = {
        {"init", &Cli::init, {QStringLiteral("kdf"), QStringLiteral("remember")}, 0},
        {"demo", &Cli::demo, {QStringLiteral("requests")}, 0},
        {"import", &Cli::importFile, {}, 1},
        {"export", &Cli::exportFile, {QStringLiteral("out")}, 0},
        {"list",
         &Cli::list,
         {QStringLiteral("direction"), QStringLiteral("status"), QStringLiteral("state"),
          QStringLiteral("instrument"), QStringLiteral("search"), QStringLiteral("limit"),
          QStringLiteral("format")},
         0},
        {"show", &Cli::show, {QStringLiteral("format")}, 1},
        {"check", &Cli::check, {QStringLiteral("format")}, 1},
        {"render",
         &Cli::render,
         {QStringLiteral("lang"), QStringLiteral("bilingual"), QStringLiteral("out")},
         1},
        {"deadlines",
         &Cli::deadlines,
         {QStringLiteral("within"), QStringLiteral("overdue"), QStringLiteral("format"),
          QStringLiteral("instrument"), QStringLiteral("state"), QStringLiteral("event"),
          QStringLiteral("emergency"), QStringLiteral("provisional-measure"),
          QStringLiteral("without-prior-validation"), QStringLiteral("category")},
         -1},
        {"remember", &Cli::remember, {}, 0},
        {"forget", &Cli::forget, {}, 0},
        {"status", &Cli::status, {}, 2},
        {"approve", &Cli::approve, {QStringLiteral("comment")}, 1},
        {"audit",
         &Cli::audit,
         {QStringLiteral("format"), QStringLiteral("anchor"), QStringLiteral("trust"),
          QStringLiteral("signer"), QStringLiteral("signer-pass-file"), QStringLiteral("out")},
         1},
        {"users",
         &Cli::users,
         {QStringLiteral("role"), QStringLiteral("content-access"), QStringLiteral("new-passphrase-file")},
         -1},
        {"passphrase", &Cli::passphrase, {QStringLiteral("new-passphrase-file")}, 0},
        {"sunsets",
         &Cli::sunsets,
         {QStringLiteral("within"), QStringLiteral("format"), QStringLiteral("until"),
          QStringLiteral("basis"), QStringLiteral("reason")},
         -1},
        {"attach", &Cli::attach, {}, 2},
        {"bundle",
         &Cli::bundle,
         {QStringLiteral("signer"), QStringLiteral("signer-pass-file"), QStringLiteral("co-signer"),
          QStringLiteral("co-signer-pass-file"), QStringLiteral("out"), QStringLiteral("encrypt-for"),
          QStringLiteral("cipher"), QStringLiteral("trust"), QStringLiteral("format"),
          QStringLiteral("recipient"), QStringLiteral("recipient-pass-file")},
         -1},
        {"trust", &Cli::trust, {QStringLiteral("authority"), QStringLiteral("format")}, -1},
    };
    for (const Entry& entry : commands) {
        if (command != QLatin1String(entry.name))
            continue;
        if (!allowOnly(entry.options))
            return kUsage;
        if (entry.arguments >= 0 && m_positional.size() - 1 != entry.arguments)
            return usage(QStringLiteral("\"%1\" takes %2 argument(s).").arg(command).arg(entry.arguments));
        return (this->*entry.handler)();
    }
    return usage(QStringLiteral("Unknown command \"%1\".").arg(command));
}

Status Cli::openUnlocked() {
    auto loaded = RegisterAccess::load(registerPath());
    if (!loaded)
        return loaded.error();
    m_access = std::move(loaded.value());
    UnlockPolicy::Options options;
    options.passphraseFile = m_parser.value(QStringLiteral("passphrase-file"));
    options.user = user();
    // The terminal is the CLI's prompt, asked once: a wrong passphrase ends the command.
    const auto prompt = [this](const UnlockPolicy::Ask& ask, const UnlockPolicy::Answer& answer) {
        using Reason = UnlockPolicy::Reason;
        if (ask.reason == Reason::Failed)
            return answer(ask.problem);
        if (ask.reason == Reason::KeychainUnavailable)
            m_err << "mladesk-cli: " << ask.problem.message << "\n";
        else if (ask.reason == Reason::RememberedKeyRefused)
            m_err << "mladesk-cli: " << ask.problem.message << " Falling back to the passphrase.\n";
        m_err.flush();
        if (!PassphraseInput::terminalAvailable())
            return answer(makeError(
                ErrorCode::WrongPassphrase,
                QStringLiteral("No passphrase for %1: give --passphrase-file FILE, remember the register "
                               "on this computer (\"mladesk-cli remember\"), or run on a terminal.")
                    .arg(m_access->folder())));
        answer(PassphraseInput::prompt(QStringLiteral("Passphrase for %1: ").arg(m_access->name())));
    };
    auto opened = UnlockPolicy::unlockBlocking(*m_access, options, prompt);
    if (!opened)
        return opened.error();
    return {};
}

} // namespace mladesk::cli
