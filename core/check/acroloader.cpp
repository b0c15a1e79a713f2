#include "acroloader.h"

#include "io/acroresultsreader.h"
#include "io/inputerror.h"
#include "io/outputlocator.h"
#include "io/sourcefile.h"

#include <QRegularExpression>
#include <QSet>

namespace egress::check {
namespace {

const QString kResults = QString::fromLatin1(io::AcroResultsReader::kFileName);
const QString kChecksumsFolder = QStringLiteral("checksums/");

// ACRO's finalise writes checksums/NAME.txt, the SHA-256 of each file at the folder's top level
// (results.json included). A file that no longer matches was changed after ACRO checked it, as
// a request package's file that no longer matches its manifest: the whole check stops. ACRO
// before 0.4 wrote none, so a folder without them is read as it is.
void verifyChecksums(const io::PackageFiles& folder)
{
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-fA-F]{64}$"));
    for (const QString& name : folder.names()) {
        if (!name.startsWith(kChecksumsFolder) || !name.endsWith(QLatin1String(".txt")))
            continue;
        const QString file = name.mid(kChecksumsFolder.size()).chopped(4);
        if (file.contains(u'/') || !folder.contains(file))
            continue;
        const QString recorded = QString::fromLatin1(folder.read(name)).trimmed();
        if (!hex64.match(recorded).hasMatch())
            throw io::InputError(folder.displayName(name),
                                 QStringLiteral("is not a SHA-256 checksum (64 hexadecimal "
                                                "digits)"));
        const QString actual = io::SourceFile::sha256Hex(folder.read(file));
        if (actual != recorded.toLower())
            throw io::InputError(folder.displayName(file),
                                 QStringLiteral("its SHA-256 is %1, but ACRO's %2 says %3: the "
                                                "file changed after ACRO checked it")
                                     .arg(actual, name, recorded.toLower()));
    }
}

std::optional<table::OutputKind> kindOf(const io::AcroOutput& output, const QString& file)
{
    if (!io::OutputLocator::isTableFileName(file))
        return std::nullopt;
    if (output.type == QLatin1String("regression"))
        return table::OutputKind::Regression;
    if (output.method == QLatin1String("surv_func"))
        return table::OutputKind::Survival;
    return std::nullopt; // frequency or magnitude: the headings say which
}

OutputContext contextOf(const io::AcroOutput& output, const QString& acroVersion)
{
    OutputContext context;
    context.exception = output.exception;
    context.comments = output.comments;
    QString verdict = QStringLiteral("ACRO %1 said %2").arg(acroVersion, output.status);
    if (!output.summary.trimmed().isEmpty())
        verdict += QStringLiteral(": ") + output.summary.simplified();
    context.comments.prepend(verdict);
    if (!output.command.isEmpty())
        context.description = output.command;
    return context;
}

} // namespace

LoadedPackage AcroLoader::load(const io::PackageFiles& folder)
{
    verifyChecksums(folder);
    const QString resultsName = folder.displayName(kResults);
    const io::AcroResults results = io::AcroResultsReader::read(folder.read(kResults), resultsName);
    LoadedPackage loaded;
    QSet<QString> named {kResults};
    for (const io::AcroOutput& output : results.outputs) {
        for (qsizetype index = 0; index < output.files.size(); ++index) {
            const QString& file = output.files.at(index);
            if (!folder.contains(file)) {
                throw io::InputError(resultsName,
                                     QStringLiteral("output '%1' names '%2', which is not in "
                                                    "the folder")
                                         .arg(output.uid, file));
            }
            named.insert(file);
            OutputInput input = packageInput(folder, file);
            input.id = output.files.size() == 1
                ? output.uid
                : QStringLiteral("%1/%2").arg(output.uid).arg(index);
            // The session summary is not an output to judge but a notice to the checker.
            input.isTable = input.isTable && !output.checkerOnly;
            input.layout.kind = kindOf(output, file);
            if (input.isTable && output.type != QLatin1String("regression")) {
                // pandas writes every index level as a leading column.
                input.layout.labelColumns = output.cellOutcomes.isEmpty()
                    ? 1
                    : int(output.cellOutcomes.constFirst().row.size());
            }
            input.layout.residualDegreesOfFreedom = output.residualDegreesOfFreedom;
            input.context = contextOf(output, results.acroVersion);
            if (output.checkerOnly) {
                input.findings.append(
                    {QStringLiteral("unchecked"), rules::Status::Fail, std::nullopt, std::nullopt,
                     QStringLiteral("ACRO marks this output as its session summary, for the output "
                                    "checker only: it must never be released")});
                input.findingsSummary = QStringLiteral("for the output checker only");
            }
            loaded.outputs.append(std::move(input));
        }
    }
    QStringList unlisted;
    for (const QString& name : folder.names()) {
        if (!named.contains(name) && !name.startsWith(kChecksumsFolder)
            && name != QLatin1String("config.json"))
            unlisted.append(name);
    }
    loaded.outputs.append(unlistedOutputs(
        folder, unlisted, loaded.outputs,
        QStringLiteral("the file is in the ACRO folder but not in its results.json: ACRO never "
                       "checked it and nobody asked for it to be released"),
        QStringLiteral("not listed in results.json")));
    return loaded;
}

} // namespace egress::check
