#include "requestloader.h"

#include "io/evidencejson.h"
#include "io/inputerror.h"
#include "io/outputlocator.h"
#include "io/sourcefile.h"

#include <QFileInfo>
#include <QSet>

namespace egress::check {
namespace {

const QString kManifest = QString::fromLatin1(io::RequestManifest::kFileName);

QList<OutputInput> bareOutputs(const io::PackageFiles& package, const QStringList& names)
{
    QList<io::OutputLocation> locations;
    for (const QString& name : names) {
        io::OutputLocation location;
        location.id = QFileInfo(name).completeBaseName();
        location.path = name;
        location.displayName = name;
        location.isTable = io::OutputLocator::isTableFileName(name);
        locations.append(location);
    }
    io::OutputLocator::makeIdsUnique(locations);
    QList<OutputInput> inputs;
    for (const io::OutputLocation& location : locations) {
        OutputInput input = packageInput(package, location.displayName);
        input.id = location.id;
        inputs.append(std::move(input));
    }
    return inputs;
}

void requirePresent(const io::PackageFiles& package, const QString& manifestName,
                    const QString& file, const QString& what)
{
    if (!package.contains(file)) {
        throw io::InputError(
            manifestName,
            QStringLiteral("%1 names '%2', which is not in the package").arg(what, file));
    }
}

} // namespace

OutputInput packageInput(const io::PackageFiles& package, const QString& name)
{
    OutputInput input;
    input.file = name;
    input.errorName = package.displayName(name);
    input.bytes = package.read(name);
    input.sha256 = io::SourceFile::sha256Hex(input.bytes);
    input.isTable = io::OutputLocator::isTableFileName(name);
    return input;
}

QList<OutputInput> unlistedOutputs(const io::PackageFiles& package, const QStringList& names,
                                   const QList<OutputInput>& listed, const QString& why,
                                   const QString& summary)
{
    QSet<QString> ids;
    for (const OutputInput& input : listed)
        ids.insert(input.id);
    QList<OutputInput> outputs;
    for (OutputInput input : bareOutputs(package, names)) {
        // An unlisted file must not take the id of a listed output.
        const QString base = input.id;
        for (int suffix = 2; ids.contains(input.id); ++suffix)
            input.id = QStringLiteral("%1-%2").arg(base).arg(suffix);
        ids.insert(input.id);
        input.findings.append(
            {QStringLiteral("unchecked"), rules::Status::Review, std::nullopt, std::nullopt, why});
        input.findingsSummary = summary;
        outputs.append(std::move(input));
    }
    return outputs;
}

LoadedPackage RequestLoader::load(const io::PackageFiles& package)
{
    LoadedPackage loaded;
    if (!package.contains(kManifest)) {
        if (package.names().isEmpty())
            throw io::InputError(package.path(), QStringLiteral("the package holds no files"));
        loaded.outputs = bareOutputs(package, package.names());
        return loaded;
    }

    const QString manifestName = package.displayName(kManifest);
    const io::RequestManifest manifest
        = io::RequestManifest::read(package.read(kManifest), manifestName);
    loaded.request = manifest.request;
    loaded.supporting = manifest.supporting;
    for (const io::SupportingFile& file : manifest.supporting)
        requirePresent(package, manifestName, file.file, QStringLiteral("a supporting file"));

    for (const io::RequestedOutput& requested : manifest.outputs) {
        const QString what = QStringLiteral("output '%1'").arg(requested.id);
        requirePresent(package, manifestName, requested.file, what);
        OutputInput input = packageInput(package, requested.file);
        input.id = requested.id;
        if (!requested.sha256.isEmpty() && requested.sha256 != input.sha256) {
            throw io::InputError(input.errorName,
                                 QStringLiteral("its SHA-256 is %1, but the manifest says %2: "
                                                "the file changed after it was packaged")
                                     .arg(input.sha256, requested.sha256));
        }
        input.isTable = input.isTable
            || (requested.layout.kind && *requested.layout.kind != table::OutputKind::Image
                && *requested.layout.kind != table::OutputKind::Document
                && *requested.layout.kind != table::OutputKind::Other);
        input.layout = requested.layout;
        input.context = {
            requested.description, requested.context, requested.controls, requested.exception, {}};
        if (!requested.evidence.isEmpty()) {
            requirePresent(package, manifestName, requested.evidence,
                           what + QStringLiteral("'s evidence"));
            const QString evidenceName = package.displayName(requested.evidence);
            table::Evidence evidence
                = io::EvidenceJson::read(package.read(requested.evidence), evidenceName);
            if (!evidence.output.isEmpty() && evidence.output != requested.id) {
                throw io::InputError(evidenceName,
                                     QStringLiteral("is the evidence of output '%1', but the "
                                                    "manifest gives it to output '%2'")
                                         .arg(evidence.output, requested.id));
            }
            input.evidence = std::make_shared<const table::Evidence>(std::move(evidence));
        }
        loaded.outputs.append(std::move(input));
    }

    const QStringList named = manifest.namedFiles();
    QStringList unlisted;
    for (const QString& name : package.names()) {
        if (name != kManifest && !named.contains(name))
            unlisted.append(name);
    }
    loaded.outputs.append(unlistedOutputs(
        package, unlisted, loaded.outputs,
        QStringLiteral("the file is in the package but not in its manifest: nobody has said what "
                       "it is or asked for it to be released"),
        QStringLiteral("not listed in the manifest")));
    return loaded;
}

} // namespace egress::check
