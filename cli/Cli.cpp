#include "Cli.h"

#include "cli/CommandReference.h"
#include "cli/ExitCode.h"
#include "cli/PassphraseInput.h"
#include "services/BuildInfo.h"
#include "services/UnlockPolicy.h"

#include <QCoreApplication>

namespace mladesk::cli {

namespace {

bool isGlobalOption(const QString& name) {
    for (const OptionReference& option : globalOptions())
        if (option.name == name)
            return true;
    return false;
}

} // namespace

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err) {
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const OptionReference& option : allOptions())
        m_parser.addOption(QCommandLineOption(option.name, option.summary, option.value));
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
        if (!isGlobalOption(name) && !options.contains(name)) {
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
        m_out << helpText();
        return kDone;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_out << buildInfo::lines().join(QLatin1Char('\n')) << '\n';
        return kDone;
    }
    if (m_positional.isEmpty())
        return usage(QStringLiteral("Name a command."));
    const QString command = m_positional.first();
    const CommandReference* reference = findCommand(command);
    const std::pair<const char*, int (Cli::*)()> handlers[] = {
        {"init", &Cli::init},           {"demo", &Cli::demo},
        {"import", &Cli::importFile},   {"export", &Cli::exportFile},
        {"list", &Cli::list},           {"show", &Cli::show},
        {"check", &Cli::check},         {"render", &Cli::render},
        {"deadlines", &Cli::deadlines}, {"remember", &Cli::remember},
        {"forget", &Cli::forget},       {"status", &Cli::status},
        {"approve", &Cli::approve},     {"audit", &Cli::audit},
        {"users", &Cli::users},         {"passphrase", &Cli::passphrase},
        {"sunsets", &Cli::sunsets},     {"attach", &Cli::attach},
        {"bundle", &Cli::bundle},       {"trust", &Cli::trust},
        {"backup", &Cli::backup},       {"restore", &Cli::restore},
    };
    for (const auto& [name, handler] : handlers) {
        if (!reference || command != QLatin1String(name))
            continue;
        if (!allowOnly(reference->options))
            return kUsage;
        if (reference->arguments >= 0 && m_positional.size() - 1 != reference->arguments)
            return usage(
                QStringLiteral("\"%1\" takes %2 argument(s).").arg(command).arg(reference->arguments));
        return (this->*handler)();
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
