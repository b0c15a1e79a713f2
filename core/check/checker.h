#pragma once

#include "checkresult.h"
#include "io/csvtokenizer.h"
#include "io/outputlocator.h"
#include "io/tablelayout.h"
#include "profiles/profile.h"
#include "rules/identifierrule.h"
#include "rules/ruleengine.h"
#include "table/evidence.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace egress::io {
class PackageFiles;
}

namespace egress::check {

// One proposed output with its bytes read, and what is known of it before it is judged.
struct OutputInput
{
    QString id;
    QString file; // as shown to the user
    QString errorName; // as named in messages about its content (a package member: "req.zip/f")
    QByteArray bytes;
    QString sha256;
    bool isTable = false;
    io::TableLayout layout;
    std::shared_ptr<const table::Evidence> evidence;
    OutputContext context;
    // Findings known before reading (a file the manifest does not list), and the phrase that
    // sums them up in the output's summary.
    QList<rules::Finding> findings;
    QString findingsSummary;
};

// A table made in memory (tabulated, protected) as an output to check: its file name, id from
// the name without suffix ("table.csv" → "table"), its bytes and their SHA-256.
OutputInput tableInput(const QString& fileName, const QByteArray& bytes,
                       std::shared_ptr<const table::Evidence> evidence = {});

// read → table → rules → findings, for every output a user proposes to release.
//
// A path may be a table, a folder of outputs, or a request package: a folder or zip with
// `egress-request.json` at its root, whose manifest says how to read each output and brings its
// evidence. A zip without a manifest is a bare collection of outputs, as a folder is.
class Checker
{
public:
    explicit Checker(profiles::Profile profile, io::TableLayout layout = {});

    // Locates, reads and checks every output under the given paths. Throws io::InputError at
    // the first input that cannot be read: a check of a request is all or nothing, so a result
    // never leaves out an output silently.
    CheckResult checkPaths(const QStringList& paths) const;
    // Checks one request package (or a bare folder or zip of outputs).
    CheckResult checkPackage(const io::PackageFiles& package) const;
    // One result per output, and per worksheet of a workbook unless its layout names one.
    QList<OutputResult> checkInput(const OutputInput& input) const;
    OutputResult checkOutput(const OutputInput& input) const;
    // Judges a table that is already read (the tabulator's, in memory) as checkOutput judges
    // one it reads from input's bytes: with input's evidence, prior findings and file type.
    OutputResult checkTable(const OutputInput& input,
                            std::shared_ptr<const table::Table> table) const;
    // The result of a check of these outputs under this checker's profile.
    CheckResult resultOf(QList<OutputResult> outputs) const;

    const profiles::Profile& profile() const { return m_profile; }

    // Whether a path is a request package: a zip, or a folder with a manifest at its root.
    static bool isPackage(const QString& path);

private:
    // With sheet, the records of one worksheet of input's workbook.
    OutputResult checkOutput(const OutputInput& input,
                             const std::optional<QList<io::CsvRecord>>& sheet) const;
    // What every output's result starts from, and what ends it: the loader's findings and the
    // file-type rule, which judge the file whatever its content.
    OutputResult startResult(const OutputInput& input) const;
    void finishResult(OutputResult& output, const OutputInput& input) const;

    profiles::Profile m_profile;
    io::TableLayout m_layout;
    rules::RuleEngine m_engine;
    rules::IdentifierRule m_identifierRule;
};

} // namespace egress::check
