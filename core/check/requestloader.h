#pragma once

#include "checker.h"
#include "io/packagefiles.h"
#include "io/requestmanifest.h"

#include <QList>

#include <optional>

namespace egress::check {

// What a package holds, ready to be judged: its outputs with their bytes, layouts, evidence and
// context, the request it belongs to, and its supporting files.
struct LoadedPackage
{
    std::optional<io::RequestInfo> request; // absent for a bare folder or zip
    QList<OutputInput> outputs;
    QList<io::SupportingFile> supporting;
};

// A package member as an output: its name, bytes, SHA-256 and whether it is read as a table.
// The id is the caller's to give.
OutputInput packageInput(const io::PackageFiles& package, const QString& name);

// The files of a package that its manifest (or ACRO's results.json) does not name, each as an
// output with one `unchecked` review finding (`why`) and the summary phrase `summary`, under an
// id that none of the `listed` outputs has: such a file could otherwise slip past both the rules
// and the checker.
QList<OutputInput> unlistedOutputs(const io::PackageFiles& package, const QStringList& names,
                                   const QList<OutputInput>& listed, const QString& why,
                                   const QString& summary);

// Reads a request package against its manifest: every file the manifest names must be in the
// package and match its SHA-256, evidence must belong to its output, and a file that the
// manifest does not name becomes an output of its own that a person must review, because an
// unlisted file could otherwise slip past both the checks and the checker. Evidence and
// supporting files are never outputs.
class RequestLoader
{
public:
    // Throws io::InputError naming the package file that is wrong.
    static LoadedPackage load(const io::PackageFiles& package);
};

} // namespace egress::check
