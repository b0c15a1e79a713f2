#include "checker.h"

#include "acroloader.h"
#include "differencing.h"
#include "io/acroresultsreader.h"
#include "io/csvtablereader.h"
#include "io/gridtablereader.h"
#include "io/inputerror.h"
#include "io/packagefiles.h"
#include "io/requestmanifest.h"
#include "io/sourcefile.h"
#include "io/textdecoder.h"
#include "io/xlsxreader.h"
#include "linkedaudit.h"
#include "requestloader.h"
#include "rules/filetyperule.h"
#include "rules/identifierrule.h"
#include "rules/uncheckedrule.h"

#include <QDir>
#include <QFileInfo>

namespace egress::check {
namespace {

// Outputs that are text through and through, so that they can be searched for identifiers.
bool isWorkbook(const QString& fileName)
{
    return fileName.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
}

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

void prependFinding(OutputResult& output, const rules::Finding& finding)
{
    output.findings.prepend(finding);
    output.status = rules::worst(output.status, finding.status);
}

void prependSummary(OutputResult& output, const QString& summary)
{
    output.summary
        = output.summary.isEmpty() ? summary : summary + QStringLiteral("; ") + output.summary;
}

} // namespace

OutputInput tableInput(const QString& fileName, const QByteArray& bytes,
                       std::shared_ptr<const table::Evidence> evidence)
{
    OutputInput input;
    input.id = QFileInfo(fileName).completeBaseName();
    input.file = fileName;
    input.errorName = fileName;
    input.bytes = bytes;
    input.sha256 = io::SourceFile::sha256Hex(bytes);
    input.isTable = true;
    input.evidence = std::move(evidence);
    return input;
}

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
    // A workbook is a zip too, but a table, not a package.
    return !isWorkbook(path) && io::PackageFiles::isZipFile(path);
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
        outputs.append(checkInput(inputFromDisk(location)));
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
        outputs.append(checkInput(input));
    CheckResult result = resultOf(std::move(outputs));
    result.request = loaded.request;
    result.supporting = loaded.supporting;
    return result;
}

CheckResult Checker::resultOf(QList<OutputResult> outputs) const
{
    CheckResult result;
    result.profile = {m_profile.name(), m_profile.version(), m_profile.sha256()};
    // Outputs judged one by one can still give a group away together.
    Differencing::judge(outputs, {}, m_profile.threshold());
    LinkedAudit::judge(outputs, m_profile);
    for (OutputResult& output : outputs) {
        result.status = rules::worst(result.status, output.status);
        result.outputs.append(std::move(output));
    }
    return result;
}

QList<OutputResult> Checker::checkInput(const OutputInput& input) const
{
    if (!input.isTable || !isWorkbook(input.file))
        return {checkOutput(input)};
    QList<io::SpreadsheetSheet> sheets = io::XlsxReader::read(input.bytes, input.errorName);
    if (!input.layout.sheet.isEmpty()) {
        sheets.removeIf(
            [&](const io::SpreadsheetSheet& sheet) { return sheet.name != input.layout.sheet; });
        if (sheets.isEmpty()) {
            throw io::InputError(input.errorName,
                                 QStringLiteral("has no sheet named '%1'").arg(input.layout.sheet));
        }
    }
    QList<OutputResult> outputs;
    for (const io::SpreadsheetSheet& sheet : sheets) {
        // A sheet with nothing on it publishes nothing.
        if (sheet.records.isEmpty())
            continue;
        OutputInput single = input;
        if (sheets.size() > 1)
            single.id = input.id + u'/' + sheet.name;
        single.layout.sheet = sheet.name;
        if (sheets.size() == 1) {
            outputs.append(checkOutput(single, sheet.records));
            continue;
        }
        // Workbooks often carry a notes or contents sheet beside their tables: it goes to a
        // person rather than failing the whole workbook, and it is never passed unread.
        try {
            outputs.append(checkOutput(single, sheet.records));
        } catch (const io::InputError& error) {
            OutputResult unread = startResult(single);
            unread.sheet = sheet.name;
            unread.kind = table::OutputKind::Other;
            unread.status = rules::Status::Review;
            unread.summary = QStringLiteral("needs a person's review: the sheet is not a table");
            unread.findings.append({QStringLiteral("unchecked"), rules::Status::Review,
                                    std::nullopt, std::nullopt,
                                    QStringLiteral("the sheet cannot be read as a table (%1): a "
                                                   "person must review it")
                                        .arg(error.problem())});
            finishResult(unread, single);
            outputs.append(std::move(unread));
        }
    }
    if (outputs.isEmpty())
        throw io::InputError(input.errorName, QStringLiteral("every sheet is empty"));
    return outputs;
}

OutputResult Checker::checkOutput(const OutputInput& input) const
{
    return checkOutput(input, std::nullopt);
}

OutputResult Checker::checkOutput(const OutputInput& input,
                                  const std::optional<QList<io::CsvRecord>>& sheet) const
{
    if (input.isTable) {
        io::TableLayout layout = input.layout;
        if (m_layout.labelColumns)
            layout.labelColumns = m_layout.labelColumns;
        const QString errorName = sheet
            ? QStringLiteral("%1: sheet '%2'").arg(input.errorName, input.layout.sheet)
            : input.errorName;
        OutputResult output = checkTable(
            input,
            std::make_shared<const table::Table>(
                sheet ? io::GridTableReader::read(*sheet, errorName, layout)
                      : io::CsvTableReader::read(input.bytes, input.errorName, layout)));
        output.sheet = sheet ? input.layout.sheet : QString();
        return output;
    }

    OutputResult output = startResult(input);
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
    finishResult(output, input);
    return output;
}

OutputResult Checker::checkTable(const OutputInput& input,
                                 std::shared_ptr<const table::Table> table) const
{
    OutputResult output = startResult(input);
    rules::Evaluation evaluation = m_engine.evaluate(*table, input.evidence.get(), m_profile);
    output.kind = table->kind();
    output.status = evaluation.status;
    output.summary = std::move(evaluation.summary);
    output.findings = std::move(evaluation.findings);
    output.checkedWithEvidence = input.evidence != nullptr;
    output.table = std::move(table);
    finishResult(output, input);
    return output;
}

OutputResult Checker::startResult(const OutputInput& input) const
{
    OutputResult output;
    output.id = input.id;
    output.file = input.file;
    output.sha256 = input.sha256;
    output.context = input.context;
    output.kind
        = input.layout.kind ? *input.layout.kind : io::OutputLocator::kindFromFileName(input.file);
    return output;
}

void Checker::finishResult(OutputResult& output, const OutputInput& input) const
{
    for (auto finding = input.findings.crbegin(); finding != input.findings.crend(); ++finding)
        prependFinding(output, *finding);
    if (!input.findingsSummary.isEmpty())
        prependSummary(output, input.findingsSummary);
    // Judged on the file itself, whatever its content turned out to be.
    if (const std::optional<rules::Finding> fileType
        = rules::FileTypeRule::check(input.file, input.bytes.size(), m_profile)) {
        prependFinding(output, *fileType);
        prependSummary(output, rules::FileTypeRule::summarise(*fileType));
    }
}

} // namespace egress::check
