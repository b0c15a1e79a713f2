#include "checker.h"

#include "io/sourcefile.h"
#include "rules/uncheckedrule.h"

namespace egress::check {

Checker::Checker(profiles::Profile profile, io::CsvReadOptions readOptions)
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

    if (!location.isTable) {
        const rules::Finding finding = rules::UncheckedRule::findingFor(output.kind);
        output.status = finding.status;
        output.summary = QStringLiteral("needs a person's review: not a table");
        output.findings.append(finding);
        return output;
    }

    auto table = std::make_shared<const table::Table>(
        io::CsvTableReader::read(source.bytes, location.displayName, m_readOptions));
    rules::Evaluation evaluation = m_engine.evaluate(*table, m_profile);
    output.kind = table->kind();
    output.status = evaluation.status;
    output.summary = std::move(evaluation.summary);
    output.findings = std::move(evaluation.findings);
    output.table = std::move(table);
    return output;
}

} // namespace egress::check
