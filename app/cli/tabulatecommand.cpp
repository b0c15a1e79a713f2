#include "tabulatecommand.h"

#include "check/checker.h"
#include "io/atomicfile.h"
#include "io/evidencejson.h"
#include "io/inputerror.h"
#include "io/sourcefile.h"
#include "io/tablecsvwriter.h"
#include "profiles/profilecatalog.h"
#include "protect/suppressionprotector.h"
#include "report/protectionjsonwriter.h"
#include "report/resultjsonwriter.h"
#include "report/resulttextwriter.h"
#include "tabulate/tabulator.h"

#include <QDir>

#include <cstdio>
#include <memory>
#include <stdexcept>
#include <unistd.h>

namespace egress::cli {
namespace {

const QString kTableFileName = QStringLiteral("table.csv");
const QString kEvidenceFileName = QStringLiteral("evidence.json");
const QString kResultFileName = QStringLiteral("result.json");
const QString kProtectionFileName = QStringLiteral("protection.json");
const QString kOutputId = QStringLiteral("table");

QStringList listOption(const QString& value)
{
    QStringList items;
    for (const QString& item : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    return items;
}

// Progress on stderr, rewritten in place; only for a person watching a terminal.
tabulate::Tabulator::Progress terminalProgress(QTextStream& err)
{
    return [&err](qint64 done, qint64 total) {
        err << QStringLiteral("\rtabulating: %1%").arg(total > 0 ? done * 100 / total : 100);
        if (done == total)
            err << '\n';
        err.flush();
    };
}

// The table checked with its evidence, as a reviewer's check of the request would see it.
check::CheckResult checkTable(const std::shared_ptr<const table::Table>& table,
                              const table::Evidence& evidence, const QByteArray& tableBytes,
                              const profiles::Profile& profile)
{
    const check::Checker checker(profile);
    return checker.resultOf(
        {checker.checkTable(check::tableInput(kTableFileName, tableBytes,
                                              std::make_shared<const table::Evidence>(evidence)),
                            table)});
}

} // namespace

ExitStatus runTabulate(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Tabulate microdata (one row per event) into a table, summing each unit's "
        "contributions per cell first, and check the table with its contributor evidence. "
        "Writes DIR/table.csv, DIR/evidence.json (sensitive: never release it) and "
        "DIR/result.json. Exit status: 0 all pass, 1 at least one fails, 2 review needed and "
        "nothing fails, 3 bad usage or unreadable input, 4 internal error."));
    parser.addPositionalArgument(QStringLiteral("DATA"),
                                 QStringLiteral("The microdata CSV file (UTF-8)."),
                                 QStringLiteral("DATA.csv"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Row dimension columns, comma-separated."),
                                        QStringLiteral("A[,B]"));
    const QCommandLineOption colsOption(
        QStringLiteral("cols"), QStringLiteral("Column dimension columns, comma-separated."),
        QStringLiteral("C[,D]"));
    const QCommandLineOption valueOption(
        QStringLiteral("value"),
        QStringLiteral("The column to summarise (needed by every statistic but count)."),
        QStringLiteral("V"));
    const QCommandLineOption statOption(
        QStringLiteral("stat"),
        QStringLiteral("Statistics, comma-separated: count, sum, mean, median, min, max, std "
                       "(default count)."),
        QStringLiteral("S[,...]"), QStringLiteral("count"));
    const QCommandLineOption unitOption(
        QStringLiteral("unit"),
        QStringLiteral("The unit id column (e.g. the person id); further columns are fallbacks "
                       "for rows where it is empty. Without it every row is its own unit."),
        QStringLiteral("ID[,FALLBACK]"));
    const QCommandLineOption marginsOption(
        QStringLiteral("margins"),
        QStringLiteral("Add Total rows and columns for every dimension."));
    const QCommandLineOption profileOption = CommandContext::profileOption();
    const QCommandLineOption quietOption(QStringLiteral("quiet"),
                                         QStringLiteral("Show no progress on the terminal."));
    const QCommandLineOption protectOption(
        QStringLiteral("protect"),
        QStringLiteral("Protect the table before writing it: suppress (primary and secondary "
                       "suppression, audited; writes DIR/protection.json too)."),
        QStringLiteral("METHOD"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("Folder to write into (made if missing)."),
                                          QStringLiteral("DIR"));
    parser.addOptions({rowsOption, colsOption, valueOption, statOption, unitOption, marginsOption,
                       profileOption, quietOption, protectOption, outputOption});
    if (const auto early = context.parse(parser))
        return *early;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.badInput(
            positional.isEmpty()
                ? QStringLiteral("name the microdata file to tabulate")
                : QStringLiteral("name one microdata file, not %1").arg(positional.size()));
    if (!parser.isSet(outputOption) || parser.value(outputOption).isEmpty())
        return context.badInput(QStringLiteral("name the folder to write into with -o DIR"));

    tabulate::TabulationSpec spec;
    spec.rows = listOption(parser.value(rowsOption));
    if (spec.rows.isEmpty())
        return context.badInput(QStringLiteral("name the row dimensions with --rows A[,B]"));
    spec.cols = listOption(parser.value(colsOption));
    spec.value = parser.value(valueOption).trimmed();
    spec.unit = listOption(parser.value(unitOption));
    spec.margins = parser.isSet(marginsOption);
    spec.statistics.clear();
    for (const QString& name : listOption(parser.value(statOption))) {
        const std::optional<tabulate::Statistic> statistic = tabulate::statisticFromString(name);
        if (!statistic)
            return context.badInput(QStringLiteral("--stat takes count, sum, mean, median, min, "
                                                   "max or std, not '%1'")
                                        .arg(name));
        spec.statistics.append(*statistic);
    }
    if (spec.statistics.isEmpty())
        return context.badInput(QStringLiteral("--stat needs at least one statistic"));
    if (parser.isSet(protectOption) && parser.value(protectOption) != QLatin1String("suppress"))
        return context.badInput(
            QStringLiteral("--protect takes suppress, not '%1'").arg(parser.value(protectOption)));

    try {
        tabulate::Tabulator::validate(spec);
        const profiles::Profile profile
            = profiles::ProfileCatalog::resolve(parser.value(profileOption));
        const bool showProgress = !parser.isSet(quietOption) && isatty(fileno(stderr)) != 0;
        tabulate::Tabulation tabulation = tabulate::Tabulator::tabulate(
            positional.first(), spec,
            showProgress ? terminalProgress(context.err()) : tabulate::Tabulator::Progress());

        // Everything is made before anything is written, so that bad input leaves no files.
        tabulation.evidence.output = kOutputId;
        auto table = std::make_shared<const table::Table>(std::move(tabulation.table));
        QByteArray tableBytes = io::TableCsvWriter::write(*table);
        const QByteArray evidenceBytes = io::EvidenceJson::write(tabulation.evidence);
        check::CheckResult result = checkTable(table, tabulation.evidence, tableBytes, profile);
        QByteArray protectionBytes;
        if (parser.isSet(protectOption)) {
            // What the researcher would publish: the table with the cells the check fails, and
            // those that would give them away, suppressed; then the check of that table.
            const protect::Protection protection = protect::SuppressionProtector::protect(
                *table, result.outputs.constFirst().findings, 2, profile.threshold());
            table = std::make_shared<const table::Table>(protection.table);
            tableBytes = io::TableCsvWriter::write(*table);
            result = checkTable(table, tabulation.evidence, tableBytes, profile);
            protectionBytes
                = report::ProtectionJsonWriter::toBytes(protection, kTableFileName, result);
        }
        const QByteArray resultBytes = report::ResultJsonWriter::toBytes(result);

        const QString folder = parser.value(outputOption);
        if (!QDir().mkpath(folder))
            return context.badInput(QStringLiteral("%1: the folder cannot be made").arg(folder));
        const QDir dir(folder);
        io::writeFileAtomically(dir.filePath(kTableFileName), tableBytes);
        io::writeFileAtomically(dir.filePath(kEvidenceFileName), evidenceBytes);
        io::writeFileAtomically(dir.filePath(kResultFileName), resultBytes);
        if (!protectionBytes.isEmpty())
            io::writeFileAtomically(dir.filePath(kProtectionFileName), protectionBytes);

        context.out() << QStringLiteral("Tabulated %1 rows, %2 units: %3 rows × %4 columns")
                             .arg(tabulation.rowsRead)
                             .arg(tabulation.units)
                             .arg(table->rowCount())
                             .arg(table->columnCount());
        if (tabulation.rowsWithoutUnit > 0)
            context.out() << QStringLiteral("; %1 rows without a unit id dropped")
                                 .arg(tabulation.rowsWithoutUnit);
        if (tabulation.missingValues > 0)
            context.out()
                << QStringLiteral("; %1 rows with a missing value").arg(tabulation.missingValues);
        context.out() << QStringLiteral("\nWrote %1, %2 and %3 to %4\n")
                             .arg(kTableFileName, kEvidenceFileName, kResultFileName,
                                  QDir::toNativeSeparators(folder))
                      << report::ResultTextWriter::toText(result);
        context.out().flush();
        return exitStatusFor(result.status);
    } catch (const std::invalid_argument& error) {
        return context.badInput(QString::fromUtf8(error.what()));
    } catch (const io::InputError& error) {
        return context.badInput(error.message());
    }
}

} // namespace egress::cli
