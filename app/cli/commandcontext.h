#pragma once

#include "exitstatus.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace egress::cli {

// What every subcommand needs: its arguments, and the two streams it may write to.
class CommandContext
{
public:
    CommandContext(QString command, QStringList arguments);

    const QString& command() const { return m_command; }
    // argv as QCommandLineParser expects it: "egress-check <command>" first, then the options.
    const QStringList& arguments() const { return m_arguments; }

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Parses; on --help prints the subcommand's help and returns Pass, on a usage error prints
    // one line and returns BadInput. Returns nothing when the command should go on.
    std::optional<ExitStatus> parse(QCommandLineParser& parser);
    ExitStatus badInput(const QString& message);

    // --profile NAME|FILE, as every command that judges outputs takes it.
    static QCommandLineOption profileOption();

private:
    QString m_command;
    QStringList m_arguments;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace egress::cli
