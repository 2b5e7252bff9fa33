#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mladesk::cli {

// The one description of mladesk-cli's commands and options: the parser,
// the dispatch's checks, --help, the manual page and the bash completion are
// all made from it, so that none of them can drift from the others.

// An option: its name without dashes and the placeholder of its value (empty
// for a switch). Values named FILE, DIR, … are paths (the completion offers files).
struct OptionReference {
    QString name;
    QString value;
    QString summary; // for the global options; command options are explained in their usages
    bool operator==(const OptionReference&) const = default;
};

// One line of a command's help: what to type, and what it does.
struct UsageReference {
    QString synopsis; // may hold "\n" where the help continues the synopsis on a new line
    QString summary;
};

struct CommandReference {
    QString name;
    QStringList subcommands; // the first argument's fixed words ("export", "verify", …), for completion
    QStringList options;     // options it accepts besides the global ones
    int arguments;           // positional arguments after the name; -1: the command checks them
    QList<UsageReference> usages;
};

struct ExitStatusReference {
    int code;
    QString meaning;
};

const QList<OptionReference>& globalOptions();
// Every option of every command, global ones included, in the parser's order.
const QList<OptionReference>& allOptions();
const QList<CommandReference>& commands();
const QList<ExitStatusReference>& exitStatuses();
const CommandReference* findCommand(const QString& name);
// Whether an option's value is a path (the completion offers files for it).
bool takesPath(const OptionReference& option);

// What `mladesk-cli --help` prints.
QString helpText();

} // namespace mladesk::cli
