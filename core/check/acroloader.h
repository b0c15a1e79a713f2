#pragma once

#include "io/packagefiles.h"
#include "requestloader.h"

namespace egress::check {

// Reads an ACRO output folder (results.json of ACRO 0.4.x or 1.x and the files it names) as a
// package of outputs. ACRO's own verdict, its summary, the researcher's comments and exception
// requests travel with each output as context; the verdict that counts is our engine's, on the
// files themselves. pandas writes a table's index as its leading columns, so the number of label
// columns is taken from ACRO's cell outcomes rather than guessed (years as row labels look like
// numbers). A regression's residual degrees of freedom come from ACRO's properties. ACRO's
// session summary is for the output checker only and fails, so that it is never released. Files
// in the folder that results.json does not name go to a person, as in a request package.
class AcroLoader
{
public:
    // Throws io::InputError naming results.json or the file that is wrong.
    static LoadedPackage load(const io::PackageFiles& folder);
};

} // namespace egress::check
