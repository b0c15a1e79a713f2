#include "commandcontext.h"

#include "profiles/profilecatalog.h"

#include <QCoreApplication>

#include <cstdio>

namespace egress::cli {

CommandContext::CommandContext(QString command, QStringList arguments)
    : m_command(std::move(command))
    , m_arguments(std::move(arguments))
    , m_out(stdout)
    , m_err(stderr)
{
    m_arguments.prepend(QStringLiteral("egress-check ") + m_command);
}

QCommandLineOption CommandContext::profileOption()
{
    return QCommandLineOption(
        QStringLiteral("profile"),
        QStringLiteral("Rule profile: a built-in name or a profile JSON file (default %1).")
            .arg(profiles::ProfileCatalog::defaultName()),
        QStringLiteral("NAME|FILE"), profiles::ProfileCatalog::defaultName());
}

std::optional<ExitStatus> CommandContext::parse(QCommandLineParser& parser)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(m_arguments))
        return badInput(parser.errorText());
    if (parser.isSet(help)) {
        // helpText() starts "Usage: <argv[0]> [options]": name the subcommand, which must be
        // typed too, instead of the path the program was started by.
        QString text = parser.helpText();
        const QString program = QStringLiteral("Usage: ") + QCoreApplication::arguments().value(0);
        if (text.startsWith(program))
            text.replace(0, program.size(), QStringLiteral("Usage: ") + m_arguments.first());
        m_out << text;
        m_out.flush();
        return ExitStatus::Pass;
    }
    return std::nullopt;
}

ExitStatus CommandContext::badInput(const QString& message)
{
    m_err << "egress-check " << m_command << ": " << message << '\n';
    m_err.flush();
    return ExitStatus::BadInput;
}

} // namespace egress::cli
