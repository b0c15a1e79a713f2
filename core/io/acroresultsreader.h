#pragma once

#include "acroresults.h"

#include <QByteArray>
#include <QString>

namespace egress::io {

// Reads the results.json of an ACRO output folder (ACRO 0.4.x and 1.x; the format is described
// in acroresults.h). It only reads: whether the outputs are safe is for the rules to say, and
// whether the named files exist is for the caller to check.
class AcroResultsReader
{
public:
    static constexpr const char* kFileName = "results.json";
    static constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

    // True when folder holds a results.json of ACRO's shape: a JSON object with a "version"
    // string and a "results" object. Never throws; says nothing about whether it is valid.
    static bool looksLikeAcroFolder(const QString& folder);

    // Throws InputError naming fileName for malformed JSON, a version this reader does not know,
    // a missing or mistyped required key, a key given twice in one object, an output whose
    // "uid" is not its key or repeats another's, a file name that is not a plain relative path
    // inside the folder, and a file listed twice.
    static AcroResults read(const QByteArray& json, const QString& fileName);

    // Reads folder/results.json; throws InputError when it cannot be read or is too large.
    static AcroResults readFolder(const QString& folder);

    // The labels pandas wrote for one row or column key: "('mean', 'inc_grants')" gives
    // {"mean", "inc_grants"}, "(2010, 'G')" gives {"2010", "G"}, anything else is one label.
    static table::LabelPath labelsOfPandasKey(const QString& key);
};

} // namespace egress::io
