#include "checker.h"

#include "io/csvtablereader.h"
#include "io/sourcefile.h"
#include "io/textdecoder.h"
#include "rules/filetyperule.h"
#include "rules/identifierrule.h"
#include "rules/uncheckedrule.h"

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

} // namespace

Checker::Checker(profiles::Profile profile, io::TableLayout readOptions)
    : m_profile(std::move(profile))
    , m_readOptions(readOptions)
{ }

CheckResult Checker::checkPaths(const QStringList& paths) const
{
    return checkLocations(io::OutputLocator::locate(paths));
}

CheckResult Checker::checkLocations(const QList<io::OutputLocation>& locations) const
{
    CheckResult result;
    result.profile = {m_profile.name(), m_profile.version(), m_profile.sha256()};
    for (const io::OutputLocation& location : locations) {
        OutputResult output = checkOutput(location);
        result.status = rules::worst(result.status, output.status);
        result.outputs.append(std::move(output));
    }
    return result;
}

OutputResult Checker::checkOutput(const io::OutputLocation& location) const
{
    const io::SourceFile source = io::SourceFile::load(location.path, location.displayName);
    OutputResult output;
    output.id = location.id;
    output.file = location.displayName;
    output.sha256 = source.sha256;
    output.kind = io::OutputLocator::kindFromFileName(location.displayName);
    // Judged on the file itself, whatever its content turns out to be.
    const std::optional<rules::Finding> fileType
        = rules::FileTypeRule::check(location.displayName, source.bytes.size(), m_profile);

    if (!location.isTable) {
        output.findings.append(rules::UncheckedRule::findingFor(output.kind));
        output.summary = QStringLiteral("needs a person's review: not a table");
        if (isTextDocument(location.displayName)) {
            // A person will read it, but an identifier in it must not depend on their eyes.
            const QList<rules::Finding> identifiers = rules::IdentifierRule::scanText(
                io::TextDecoder::decode(source.bytes, location.displayName).text);
            if (!identifiers.isEmpty()) {
                output.summary
                    += QStringLiteral("; ") + m_identifierRule.summarise(identifiers, m_profile);
                output.findings.append(identifiers);
            }
        }
        if (fileType) {
            output.findings.prepend(*fileType);
            output.summary.prepend(rules::FileTypeRule::summarise(*fileType)
                                   + QStringLiteral("; "));
        }
        for (const rules::Finding& finding : output.findings)
            output.status = rules::worst(output.status, finding.status);
        return output;
    }

    auto table = std::make_shared<const table::Table>(
        io::CsvTableReader::read(source.bytes, location.displayName, m_readOptions));
    rules::Evaluation evaluation = m_engine.evaluate(*table, m_profile);
    output.kind = table->kind();
    output.status = evaluation.status;
    output.summary = std::move(evaluation.summary);
    output.findings = std::move(evaluation.findings);
    if (fileType) {
        output.findings.prepend(*fileType);
        output.status = rules::worst(output.status, fileType->status);
        output.summary.prepend(rules::FileTypeRule::summarise(*fileType) + QStringLiteral("; "));
    }
    output.table = std::move(table);
    return output;
}

} // namespace egress::check
