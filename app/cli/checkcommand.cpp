#include "checkcommand.h"

#include "check/checker.h"
#include "io/atomicfile.h"
#include "io/inputerror.h"
#include "profiles/profilecatalog.h"
#include "report/resultjsonwriter.h"
#include "report/resulttextwriter.h"

namespace egress::cli {

ExitStatus runCheck(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check proposed outputs for disclosure risk. Exit status: 0 all pass, 1 at least one "
        "fails, 2 review needed and nothing fails, 3 bad usage or unreadable input, 4 internal "
        "error."));
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QStringLiteral("Tables (.csv, .xlsx), folders of outputs, request "
                                                "packages (folder or .zip) or ACRO output "
                                                "folders."),
                                 QStringLiteral("PATH..."));
    const QCommandLineOption profileOption = CommandContext::profileOption();
    const QCommandLineOption formatOption(
        QStringLiteral("format"), QStringLiteral("Output format: text or json (default text)."),
        QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("Write the result to FILE (atomically) instead of standard output."),
        QStringLiteral("FILE"));
    const QCommandLineOption labelColumnsOption(
        QStringLiteral("label-columns"),
        QStringLiteral("How many leading columns of each CSV table hold row labels (default: "
                       "inferred from the content)."),
        QStringLiteral("N"));
    parser.addOptions({profileOption, formatOption, outputOption, labelColumnsOption});
    if (const auto early = context.parse(parser))
        return *early;

    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return context.badInput(QStringLiteral("name at least one file or folder to check"));
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return context.badInput(
            QStringLiteral("--format must be text or json, not '%1'").arg(format));
    io::TableLayout readOptions;
    if (parser.isSet(labelColumnsOption)) {
        bool ok = false;
        const int labelColumns = parser.value(labelColumnsOption).toInt(&ok);
        if (!ok || labelColumns < 0)
            return context.badInput(QStringLiteral("--label-columns needs a whole number ≥ 0"));
        readOptions.labelColumns = labelColumns;
    }

    try {
        const check::Checker checker(profiles::ProfileCatalog::resolve(parser.value(profileOption)),
                                     readOptions);
        const check::CheckResult result = checker.checkPaths(paths);
        const QByteArray bytes = format == QLatin1String("json")
            ? report::ResultJsonWriter::toBytes(result)
            : report::ResultTextWriter::toText(result).toUtf8();
        if (parser.isSet(outputOption)) {
            io::writeFileAtomically(parser.value(outputOption), bytes);
        } else {
            context.out() << QString::fromUtf8(bytes);
            context.out().flush();
        }
        return exitStatusFor(result.status);
    } catch (const io::InputError& error) {
        return context.badInput(error.message());
    }
}

} // namespace egress::cli
