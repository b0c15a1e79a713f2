#include "checker.h"

#include "acroloader.h"
#include "io/acroresultsreader.h"
#include "io/csvtablereader.h"
#include "io/inputerror.h"
#include "io/packagefiles.h"
#include "io/requestmanifest.h"
#include "io/sourcefile.h"
#include "io/textdecoder.h"
#include "requestloader.h"
#include "rules/filetyperule.h"
#include "rules/identifierrule.h"
#include "rules/uncheckedrule.h"

#include <QDir>
#include <QFileInfo>

namespace egress::check {
namespace {

// Outputs that are text through and through, so that they can be searched for identifiers.
bool isTextDocument(const QString& fileName)
{
    static const QStringList suffixes
        = {QStringLiteral("txt"),  QStringLiteral("md"),   QStringLiteral("log"),
           QStringLiteral("json"), QStringLiteral("html"), QStringLiteral("htm"),
           QStringLiteral("svg")};
    return suffixes.contains(QFileInfo(fileName).suffix().toLower());
}

OutputInput inputFromDisk(const io::OutputLocation& location)
{
    const io::SourceFile source = io::SourceFile::load(location.path, location.displayName);
    OutputInput input;
    input.id = location.id;
    input.file = location.displayName;
    input.errorName = location.displayName;
    input.bytes = source.bytes;
    input.sha256 = source.sha256;
    input.isTable = location.isTable;
    return input;
}

void prependFinding(OutputResult& output, const rules::Finding& finding, const QString& summary)
{
    output.findings.prepend(finding);
    output.status = rules::worst(output.status, finding.status);
    output.summary
        = output.summary.isEmpty() ? summary : summary + QStringLiteral("; ") + output.summary;
}

} // namespace

Checker::Checker(profiles::Profile profile, io::TableLayout layout)
    : m_profile(std::move(profile))
    , m_layout(std::move(layout))
{ }

bool Checker::isPackage(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return QFileInfo(QDir(path).filePath(QString::fromLatin1(io::RequestManifest::kFileName)))
                   .isFile()
            || io::AcroResultsReader::looksLikeAcroFolder(path);
    return io::PackageFiles::isZipFile(path);
}

CheckResult Checker::checkPaths(const QStringList& paths) const
{
    QStringList packages;
    QStringList others;
    for (const QString& path : paths)
        (isPackage(path) ? packages : others).append(path);
    if (packages.size() > 1 || (!packages.isEmpty() && !others.isEmpty())) {
        throw io::InputError(packages.constFirst(),
                             QStringLiteral("a request package is checked on its own: name one "
                                            "package, or tables and folders without one"));
    }
    if (!packages.isEmpty())
        return checkPackage(io::PackageFiles::open(packages.constFirst()));

    QList<OutputResult> outputs;
    for (const io::OutputLocation& location : io::OutputLocator::locate(others))
        outputs.append(checkOutput(inputFromDisk(location)));
    return resultOf(std::move(outputs));
}

CheckResult Checker::checkPackage(const io::PackageFiles& package) const
{
    const bool acro = !package.isZip()
        && !package.contains(QString::fromLatin1(io::RequestManifest::kFileName))
        && io::AcroResultsReader::looksLikeAcroFolder(package.path());
    const LoadedPackage loaded = acro ? AcroLoader::load(package) : RequestLoader::load(package);
    QList<OutputResult> outputs;
    for (const OutputInput& input : loaded.outputs)
        outputs.append(checkOutput(input));
    CheckResult result = resultOf(std::move(outputs));
    result.request = loaded.request;
    result.supporting = loaded.supporting;
    return result;
}

CheckResult Checker::resultOf(QList<OutputResult> outputs) const
{
    CheckResult result;
    result.profile = {m_profile.name(), m_profile.version(), m_profile.sha256()};
    for (OutputResult& output : outputs) {
        result.status = rules::worst(result.status, output.status);
        result.outputs.append(std::move(output));
    }
    return result;
}

OutputResult Checker::checkOutput(const OutputInput& input) const
{
    OutputResult output;
    output.id = input.id;
    output.file = input.file;
    output.sha256 = input.sha256;
    output.context = input.context;
    output.kind
        = input.layout.kind ? *input.layout.kind : io::OutputLocator::kindFromFileName(input.file);
    // Judged on the file itself, whatever its content turns out to be.
    const std::optional<rules::Finding> fileType
        = rules::FileTypeRule::check(input.file, input.bytes.size(), m_profile);

    if (!input.isTable) {
        output.status = rules::Status::Pass;
        output.findings.append(rules::UncheckedRule::findingFor(output.kind));
        output.summary = QStringLiteral("needs a person's review: not a table");
        if (isTextDocument(input.file)) {
            // A person will read it, but an identifier in it must not depend on their eyes.
            const QList<rules::Finding> identifiers = rules::IdentifierRule::scanText(
                io::TextDecoder::decode(input.bytes, input.errorName).text);
            if (!identifiers.isEmpty()) {
                output.summary
                    += QStringLiteral("; ") + m_identifierRule.summarise(identifiers, m_profile);
                output.findings.append(identifiers);
            }
        }
        for (const rules::Finding& finding : output.findings)
            output.status = rules::worst(output.status, finding.status);
    } else {
        io::TableLayout layout = input.layout;
        if (m_layout.labelColumns)
            layout.labelColumns = m_layout.labelColumns;
        auto table = std::make_shared<const table::Table>(
            io::CsvTableReader::read(input.bytes, input.errorName, layout));
        rules::Evaluation evaluation = m_engine.evaluate(*table, input.evidence.get(), m_profile);
        output.kind = table->kind();
        output.status = evaluation.status;
        output.summary = std::move(evaluation.summary);
        output.findings = std::move(evaluation.findings);
        output.checkedWithEvidence = input.evidence != nullptr;
        output.table = std::move(table);
    }
    for (auto finding = input.findings.crbegin(); finding != input.findings.crend(); ++finding)
        prependFinding(output, *finding,
                       finding->status == rules::Status::Fail
                           ? QStringLiteral("for the output checker only")
                           : QStringLiteral("not listed in the manifest"));
    if (fileType)
        prependFinding(output, *fileType, rules::FileTypeRule::summarise(*fileType));
    return output;
}

} // namespace egress::check
