#include "protectcommand.h"

#include "check/checker.h"
#include "io/atomicfile.h"
#include "io/evidencejson.h"
#include "io/inputerror.h"
#include "io/sourcefile.h"
#include "io/tablecsvwriter.h"
#include "profiles/profilecatalog.h"
#include "protect/roundingprotector.h"
#include "protect/suppressionprotector.h"
#include "report/protectionjsonwriter.h"
#include "report/resulttextwriter.h"
#include "rules/secondaryrule.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <stdexcept>

namespace egress::cli {
namespace {

// OUT.csv → OUT.json: the protection report beside the table it describes.
QString reportPathFor(const QString& tablePath)
{
    const QFileInfo info(tablePath);
    const QString base = info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
        ? info.completeBaseName()
        : info.fileName();
    return info.dir().filePath(base + QStringLiteral(".json"));
}

// Several tables of the same people, protected as one system: DIR/NAME.csv and DIR/NAME.json
// for each, and the check of all of them together.
ExitStatus protectTogether(CommandContext& context, const QString& profileName,
                           const QStringList& paths, const QString& folder)
{
    try {
        const check::Checker checker(profiles::ProfileCatalog::resolve(profileName));
        QList<table::Table> tables;
        QList<QList<rules::Finding>> findings;
        QList<protect::CellComposition::KnownRange> ranges;
        QStringList names;
        for (const QString& path : paths) {
            if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0)
                return context.badInput(
                    QStringLiteral("%1: protect reads CSV tables only").arg(path));
            const QString name = QFileInfo(path).fileName();
            if (names.contains(name))
                return context.badInput(
                    QStringLiteral("%1: two tables named %2 would overwrite each other")
                        .arg(path, name));
            names.append(name);
            const io::SourceFile source = io::SourceFile::load(path, path);
            const check::OutputResult checked
                = checker.checkOutput(check::tableInput(path, source.bytes, {}));
            if (!checked.table)
                return context.badInput(QStringLiteral("%1: is not a table").arg(path));
            tables.append(*checked.table);
            findings.append(checked.findings);
        }
        // ranges refer to the tables in place, so they are made once the list is complete.
        for (const table::Table& table : tables)
            ranges.append(rules::SecondaryRule::rangesOf(table, checker.profile()));
        const QList<protect::Protection> protections = protect::SuppressionProtector::protectLinked(
            tables, findings, std::max(1, QThread::idealThreadCount()),
            checker.profile().threshold(), ranges);

        QList<QByteArray> tableBytes;
        QList<check::OutputResult> outputs;
        for (qsizetype t = 0; t < protections.size(); ++t) {
            tableBytes.append(io::TableCsvWriter::write(protections.at(t).table));
            outputs.append(
                checker.checkOutput(check::tableInput(names.at(t), tableBytes.constLast(), {})));
        }
        const check::CheckResult published = checker.resultOf(outputs);
        if (!QDir().mkpath(folder))
            return context.badInput(QStringLiteral("%1: the folder cannot be made").arg(folder));
        const QDir dir(folder);
        qsizetype primary = 0;
        qsizetype total = 0;
        for (qsizetype t = 0; t < protections.size(); ++t) {
            check::CheckResult own = published;
            own.outputs = {published.outputs.at(t)};
            own.status = published.outputs.at(t).status;
            io::writeFileAtomically(dir.filePath(names.at(t)), tableBytes.at(t));
            io::writeFileAtomically(
                reportPathFor(dir.filePath(names.at(t))),
                report::ProtectionJsonWriter::toBytes(protections.at(t), names.at(t), own));
            for (const protect::SuppressedCell& cell : protections.at(t).suppressed)
                primary += cell.kind == protect::SuppressionKind::Primary ? 1 : 0;
            total += protections.at(t).suppressed.size();
        }
        context.out() << QStringLiteral("Protected %1 tables together: suppressed %2 primary and "
                                        "%3 secondary cells; wrote them to %4\n")
                             .arg(protections.size())
                             .arg(primary)
                             .arg(total - primary)
                             .arg(QDir::toNativeSeparators(folder))
                      << report::ResultTextWriter::toText(published);
        context.out().flush();
        return exitStatusFor(published.status);
    } catch (const io::InputError& error) {
        return context.badInput(error.message());
    }
}

} // namespace

ExitStatus runProtect(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Protect a table. suppress: every cell the profile's rules fail (primary), then the cells "
        "that would let a primary be worked out from the table's totals (secondary). round or "
        "midpoint6: every count rounded, totals as the profile says. Then an audit by linear "
        "programming of what an intruder can still learn of each cell. Writes OUT.csv and, "
        "beside it, OUT.json (what was done to which cell, and the intervals). Exit status as "
        "for check, of the protected table."));
    parser.addPositionalArgument(
        QStringLiteral("TABLE"),
        QStringLiteral("The table (CSV). Several tables of the same people are protected "
                       "together (--method suppress), into the folder -o DIR."),
        QStringLiteral("TABLE.csv..."));
    const QCommandLineOption evidenceOption(
        QStringLiteral("evidence"),
        QStringLiteral("Contributor evidence for the table (from tabulate), for dominance."),
        QStringLiteral("FILE"));
    const QCommandLineOption methodOption(
        QStringLiteral("method"),
        QStringLiteral("suppress (default), round (to the profile's base, or --base), or "
                       "midpoint6."),
        QStringLiteral("METHOD"), QStringLiteral("suppress"));
    const QCommandLineOption baseOption(
        QStringLiteral("base"),
        QStringLiteral("Rounding base for --method round (default: the profile's)."),
        QStringLiteral("N"));
    const QCommandLineOption profileOption = CommandContext::profileOption();
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("The protected table to write."),
                                          QStringLiteral("OUT.csv"));
    parser.addOptions({evidenceOption, methodOption, baseOption, profileOption, outputOption});
    if (const auto early = context.parse(parser))
        return *early;

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return context.badInput(QStringLiteral("name the table to protect"));
    const QString method = parser.value(methodOption);
    if (method != QLatin1String("suppress") && method != QLatin1String("round")
        && method != QLatin1String("midpoint6"))
        return context.badInput(
            QStringLiteral("--method takes suppress, round or midpoint6, not '%1'").arg(method));
    std::optional<int> base;
    if (parser.isSet(baseOption)) {
        bool ok = false;
        base = parser.value(baseOption).toInt(&ok);
        if (!ok || *base < 2 || *base > 1000)
            return context.badInput(
                QStringLiteral("--base needs a whole number from 2 to 1000, not '%1'")
                    .arg(parser.value(baseOption)));
    }
    if (!parser.isSet(outputOption) || parser.value(outputOption).isEmpty())
        return context.badInput(positional.size() > 1
                                    ? QStringLiteral("name the folder to write into with -o DIR")
                                    : QStringLiteral("name the protected table to write with -o "
                                                     "OUT.csv"));
    if (positional.size() > 1) {
        if (method != QLatin1String("suppress") || parser.isSet(evidenceOption))
            return context.badInput(QStringLiteral("several tables are protected together by "
                                                   "--method suppress, without --evidence"));
        return protectTogether(context, parser.value(profileOption), positional,
                               parser.value(outputOption));
    }
    const QString tablePath = positional.first();
    const QString outputPath = parser.value(outputOption);
    if (QFileInfo(tablePath).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0)
        return context.badInput(QStringLiteral("%1: protect reads CSV tables only").arg(tablePath));

    try {
        const check::Checker checker(
            profiles::ProfileCatalog::resolve(parser.value(profileOption)));
        std::shared_ptr<const table::Evidence> evidence;
        if (parser.isSet(evidenceOption)) {
            const QString evidencePath = parser.value(evidenceOption);
            evidence = std::make_shared<const table::Evidence>(io::EvidenceJson::read(
                io::SourceFile::load(evidencePath, evidencePath).bytes, evidencePath));
        }
        const io::SourceFile source = io::SourceFile::load(tablePath, tablePath);
        const check::OutputResult checked
            = checker.checkOutput(check::tableInput(tablePath, source.bytes, evidence));
        if (!checked.table)
            return context.badInput(QStringLiteral("%1: is not a table").arg(tablePath));

        const int threads = std::max(1, QThread::idealThreadCount());
        const QString outputName = QFileInfo(outputPath).fileName();
        QByteArray tableBytes;
        QByteArray reportBytes;
        check::CheckResult published;
        QString done;
        if (method == QLatin1String("suppress")) {
            // The audit sees a rounded table as the secondary rule does: as ranges.
            const protect::Protection protection = protect::SuppressionProtector::protect(
                *checked.table, checked.findings, threads, checker.profile().threshold(),
                rules::SecondaryRule::rangesOf(*checked.table, checker.profile()));
            tableBytes = io::TableCsvWriter::write(protection.table);
            published = checker.resultOf(
                {checker.checkOutput(check::tableInput(outputName, tableBytes, evidence))});
            reportBytes = report::ProtectionJsonWriter::toBytes(protection, outputName, published);
            qsizetype primary = 0;
            for (const protect::SuppressedCell& cell : protection.suppressed)
                primary += cell.kind == protect::SuppressionKind::Primary ? 1 : 0;
            done = QStringLiteral("Suppressed %1 primary and %2 secondary cells")
                       .arg(primary)
                       .arg(protection.suppressed.size() - primary);
            if (!protection.auditFeasible)
                done += QStringLiteral(" (the audit found no table that fits the published "
                                       "values: its totals contradict its cells)");
        } else {
            protect::RoundingMethod rounding;
            const auto& settings = checker.profile().rounding();
            rounding.midpointSix = method == QLatin1String("midpoint6");
            if (!rounding.midpointSix && !base && !settings)
                return context.badInput(QStringLiteral("profile %1 does not round: give --base N")
                                            .arg(checker.profile().name()));
            rounding.base = base.value_or(settings ? settings->base : 5);
            rounding.above = settings && !base ? settings->above : 0;
            rounding.marginsSummed = settings && !settings->marginsRerounded;
            const protect::Rounding result
                = protect::RoundingProtector::round(*checked.table, rounding, threads);
            tableBytes = io::TableCsvWriter::write(result.table);
            published = checker.resultOf(
                {checker.checkOutput(check::tableInput(outputName, tableBytes, evidence))});
            reportBytes
                = report::ProtectionJsonWriter::toBytes(result, rounding, outputName, published);
            done = rounding.midpointSix
                ? QStringLiteral("Rounded %1 counts by midpoint 6").arg(result.cells.size())
                : QStringLiteral("Rounded %1 counts to base %2")
                      .arg(result.cells.size())
                      .arg(rounding.base);
        }

        // Everything is made before anything is written, so that bad input leaves no files.
        io::writeFileAtomically(outputPath, tableBytes);
        io::writeFileAtomically(reportPathFor(outputPath), reportBytes);
        context.out() << QStringLiteral("%1; wrote %2 and %3\n")
                             .arg(done, QDir::toNativeSeparators(outputPath),
                                  QDir::toNativeSeparators(reportPathFor(outputPath)));
        context.out() << report::ResultTextWriter::toText(published);
        context.out().flush();
        return exitStatusFor(published.status);
    } catch (const io::InputError& error) {
        return context.badInput(error.message());
    }
}

} // namespace egress::cli
