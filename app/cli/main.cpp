#include "checkcommand.h"
#include "commandcontext.h"
#include "profilescommand.h"
#include "protectcommand.h"
#include "samplecommand.h"
#include "tabulatecommand.h"
#include "version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <exception>

namespace {

const char* const kUsage = R"(Usage: egress-check COMMAND [OPTIONS] [ARGUMENTS]

Checks research outputs for disclosure risk before they leave a Secure Data Environment.

Commands:
  check PATH...           check tables (.csv, .xlsx), folders, request packages (folder or
                          .zip) or ACRO output folders against a rule profile
  profiles list           list the built-in rule profiles
  profiles show NAME      show a profile (built-in name or file) and its SHA-256
  protect TABLE.csv -o OUT.csv
                          suppress what the profile fails and what would give it away
                          (secondary), audit the result; writes OUT.csv and OUT.json
  sample -o DIR           write a synthetic Adult Social Care CLD extract (DIR/cld_events.csv)
                          and a demo request package made from it (DIR/demo-request)
  tabulate DATA.csv --rows A[,B] -o DIR
                          tabulate microdata per unit, check the table with its evidence and
                          write DIR/table.csv, DIR/evidence.json and DIR/result.json

Run 'egress-check COMMAND --help' for a command's options.
Exit status: 0 pass, 1 fail, 2 review needed, 3 bad usage or unreadable input, 4 internal error.
)";

int dispatch(const QStringList& arguments)
{
    using egress::cli::ExitStatus;
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        (first.isEmpty() ? err : out) << kUsage;
        return static_cast<int>(first.isEmpty() ? ExitStatus::BadInput : ExitStatus::Pass);
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "egress-check " << egress::kToolVersion << '\n';
        return static_cast<int>(ExitStatus::Pass);
    }

    egress::cli::CommandContext context(first, arguments.mid(2));
    if (first == QLatin1String("check"))
        return static_cast<int>(egress::cli::runCheck(context));
    if (first == QLatin1String("profiles"))
        return static_cast<int>(egress::cli::runProfiles(context));
    if (first == QLatin1String("protect"))
        return static_cast<int>(egress::cli::runProtect(context));
    if (first == QLatin1String("sample"))
        return static_cast<int>(egress::cli::runSample(context));
    if (first == QLatin1String("tabulate"))
        return static_cast<int>(egress::cli::runTabulate(context));
    err << "egress-check: unknown command '" << first << "'\n\n" << kUsage;
    return static_cast<int>(ExitStatus::BadInput);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("egress-check"));
    QCoreApplication::setOrganizationName(QStringLiteral("Egress Review"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(egress::kToolVersion));
    try {
        return dispatch(QCoreApplication::arguments());
    } catch (const std::exception& error) {
        std::fprintf(stderr, "egress-check: internal error: %s\n", error.what());
    } catch (...) {
        std::fprintf(stderr, "egress-check: internal error\n");
    }
    return static_cast<int>(egress::cli::ExitStatus::InternalError);
}
