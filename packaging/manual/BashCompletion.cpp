#include "BashCompletion.h"

#include "cli/CommandReference.h"
#include "ui/AppCommandLine.h"

#include <QStringList>

namespace mladesk::manual {

namespace {

QString dashed(const QStringList& names) {
    QStringList out;
    for (const QString& name : names)
        out << QStringLiteral("--") + name;
    return out.join(QLatin1Char(' '));
}

// The `case "$prev"` arms that complete an option's value: files for paths,
// the words of a closed set, nothing for free text (so no file names are offered).
QString valueArms(const QList<cli::OptionReference>& options) {
    QStringList paths;
    QStringList folders;
    QStringList freeText;
    QString arms;
    for (const cli::OptionReference& option : options) {
        if (option.value.isEmpty())
            continue;
        if (option.value == QLatin1String("PATH"))
            folders << QStringLiteral("--") + option.name;
        else if (cli::takesPath(option))
            paths << QStringLiteral("--") + option.name;
        else if (option.value.contains(QLatin1Char('|')))
            arms += QStringLiteral("        --%1) COMPREPLY=($(compgen -W \"%2\" -- \"$cur\")); return ;;\n")
                        .arg(option.name, QString(option.value).replace(QLatin1Char('|'), QLatin1Char(' ')));
        else
            freeText << QStringLiteral("--") + option.name;
    }
    if (!folders.isEmpty())
        arms += QStringLiteral(
                    "        %1) compopt -o filenames; COMPREPLY=($(compgen -d -- \"$cur\")); return ;;\n")
                    .arg(folders.join(QLatin1Char('|')));
    if (!paths.isEmpty())
        arms += QStringLiteral(
                    "        %1) compopt -o filenames; COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n")
                    .arg(paths.join(QLatin1Char('|')));
    if (!freeText.isEmpty())
        arms += QStringLiteral("        %1) return ;;\n").arg(freeText.join(QLatin1Char('|')));
    return arms;
}

QStringList optionsWithValues(const QList<cli::OptionReference>& options) {
    QStringList out;
    for (const cli::OptionReference& option : options)
        if (!option.value.isEmpty())
            out << QStringLiteral("--") + option.name;
    return out;
}

} // namespace

QString cliCompletion() {
    QStringList commandNames;
    QStringList globalNames;
    for (const cli::CommandReference& command : cli::commands())
        commandNames << command.name;
    for (const cli::OptionReference& option : cli::globalOptions())
        globalNames << option.name;
    QString commandArms;
    for (const cli::CommandReference& command : cli::commands())
        commandArms +=
            QStringLiteral("        %1) options=\"%2\"; words_after=\"%3\" ;;\n")
                .arg(command.name, dashed(command.options), command.subcommands.join(QLatin1Char(' ')));

    return QStringLiteral(
               R"(# bash completion for mladesk-cli (generated from its command reference; see man mladesk-cli)
_mladesk_cli() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
    COMPREPLY=()
    case "$prev" in
%1    esac
    local command="" position=0 i
    for ((i = 1; i < COMP_CWORD; i++)); do
        case "${COMP_WORDS[i]}" in
            %2) ((i++)) ;;
            -*) ;;
            *) if [[ -z $command ]]; then command=${COMP_WORDS[i]}; position=$i; fi ;;
        esac
    done
    local global="%3"
    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$global" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "%4" -- "$cur"))
        fi
        return
    fi
    local options="" words_after=""
    case "$command" in
%5    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options $global" -- "$cur"))
    elif [[ -n $words_after && $((position + 1)) -eq $COMP_CWORD ]]; then
        COMPREPLY=($(compgen -W "$words_after" -- "$cur"))
    else
        compopt -o filenames
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
}
complete -F _mladesk_cli mladesk-cli
)")
        .arg(valueArms(cli::allOptions()), optionsWithValues(cli::allOptions()).join(QLatin1Char('|')),
             dashed(globalNames), commandNames.join(QLatin1Char(' ')), commandArms);
}

QString appCompletion() {
    QStringList names{QStringLiteral("--help")};
    QStringList withValues;
    for (const QCommandLineOption& option : appCommandLine::options()) {
        names << QStringLiteral("--") + option.names().constFirst();
        if (!option.valueName().isEmpty())
            withValues << QStringLiteral("--") + option.names().constFirst();
    }
    return QStringLiteral(R"(# bash completion for mladesk (generated from its command line; see man mladesk)
_mladesk() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
    COMPREPLY=()
    case "$prev" in
        %1) compopt -o filenames; COMPREPLY=($(compgen -d -- "$cur")); return ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "%2" -- "$cur"))
    else
        compopt -o filenames
        COMPREPLY=($(compgen -G "${cur}*.asice" -- "$cur"; compgen -G "${cur}*.sce" -- "$cur"; compgen -d -- "$cur"))
    fi
}
complete -F _mladesk mladesk
)")
        .arg(withValues.join(QLatin1Char('|')), names.join(QLatin1Char(' ')));
}

} // namespace mladesk::manual
