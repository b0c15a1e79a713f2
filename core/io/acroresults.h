#pragma once

#include "table/labelpath.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What an ACRO output folder says about its outputs, as read by AcroResultsReader.
//
// The format, as ACRO (github.com/AI-SDC/ACRO) writes it and SACRO-Viewer
// (github.com/AI-SDC/SACRO-Viewer) reads it. Looked up in their sources, not guessed:
//
// Writer: acro/record.py, Records.finalise_json(path) (0.4.x and 1.x alike), then
// Records.write_checksums(path) writes checksums/<file>.txt (sha256 hex) for every file in the
// folder; 0.4.0 onwards also writes config.json (the risk appetite) beside results.json.
//   {"version": "0.4.12",                   <- acro/version.py __version__ ("1.0.1" in 1.x)
//    "results": {                            <- one entry per output, key == its "uid"
//      "output_0": {                         <- "output_<n>", or the name given to rename_output
//        "uid": "output_0",
//        "status": "fail",                   <- "pass" | "fail" | "review"
//        "type": "table",                    <- "table" | "regression" | "histogram" |
//                                               "survival plot" | "custom" (1.x adds "pie chart";
//                                               a survival *table* is type "table", method
//                                               "surv_func")
//        "properties": {"method": "crosstab"},   <- tables: crosstab | pivot_table | surv_func;
//                                               regression: {"method": "logit", "dof": 806.0};
//                                               histogram: {"method": "histogram"}; custom: {}
//        "files": [{"name": "output_0_0.csv", "sdc": {...}}],
//        "outcome": {"G": {"2010": "ok", "2011": "threshold; "}},
//        "command": "safe_table = acro.crosstab(df.year, df.grant_type)",
//        "summary": "fail; threshold: 6 cells may need suppressing; ",
//        "timestamp": "2023-07-11T10:15:03.123456",
//        "comments": ["..."],                <- list of strings, may be empty
//        "exception": ""}},                  <- the researcher's request; "" when none
//    "session_summary": {"DO_NOT_RELEASE": true, "purpose": "...", "data": [...]}}   <- 1.x only
//
// files (Record.serialize_output): every DataFrame of an output becomes "<uid>_<i>.csv",
// written with pandas DataFrame.to_csv() (a regression gives several: model summary,
// coefficients, ...); custom outputs, histograms and survival plots are copied in under their
// base name (e.g. "histogram_0.png", "kaplan-meier_0.png", "XandY.jpeg"). Names are therefore
// flat file names in the folder. Each entry's "sdc" is the output's whole SDC record, repeated
// for every file: tables {"summary": {"suppressed": false, "negative": 0, "missing": 0,
// "threshold": 6, "p-ratio": 0, "nk-rule": 0, "all-values-are-same": 0}, "cells":
// {"threshold": [[row, col], ...], ...}} with 0-based numpy positions into the table's data
// cells (acro/acro_tables.py get_table_sdc); everything else {}.
//
// outcome: the checks' per-cell verdicts, a pandas DataFrame shaped like the table, serialised
// with DataFrame.to_json() (orient "columns"): {column label: {row label: text}}. Text is "ok",
// or the failing checks each followed by "; " ("threshold; p-ratio; "), or "negative" /
// "missing" (then the other cells stay ""). Labels of a MultiIndex are the Python repr of the
// tuple: "('mean', 'inc_grants')", "(2010, 'G')". Outputs without a table have {}.
//
// 0.4.x against 1.x (the ontology-driven rewrite, acro/sdcchecks.py, acro/table_utils.py
// collate_risk_assessments): the same keys and shapes. 1.x names its checks after the
// statbarn ontology (acro/checks.json): outcome text "MinimumThresholdCheck; PPercentCheck; ",
// sdc cells keyed "MinimumThresholdCheck", "NKCheck", ..., and the sdc summary holds a count per
// check and no "suppressed" flag (acro/sdcchecks.py ManyChecksResults.get_table_sdc); the
// regression "dof" is a whole number (806, not 806.0); its summary is one line per check
// ("Mean : \nNKCheck: fail - 1 cells may need suppressing.\n ..."); from 1.0.2 finalise also adds
// the top-level "session_summary" and a custom output "DO_NOT_RELEASE_session_summary.csv" whose
// comment starts "WARNING: DO NOT RELEASE". Before 0.4.0 there was no "version"/"results"
// wrapper (outputs at the top level, "output" as a path string or list): not read here.
//
// SACRO-Viewer (sacro/models.py ACROOutputs) requires "version", "results", and per output a
// non-empty "files" list whose entries have "name"; it resolves names against the folder of
// results.json and checks them against checksums/<name>.txt. Its own scaffold for a plain
// folder writes version "0.4.0", type "custom", "exception": null and files without "sdc".
namespace egress::io {

// One cell ACRO's checks did not find "ok".
struct AcroCellOutcome
{
    table::LabelPath row;
    table::LabelPath column;
    QString outcome; // as ACRO wrote it, e.g. "threshold; p-ratio; " or "negative"
    QStringList checks; // the same split into check names: {"threshold", "p-ratio"}
};

// One flagged cell by position, as listed in a file's sdc "cells".
struct AcroCellPosition
{
    QString check; // "threshold", "p-ratio", ... (0.4.x) or "MinimumThresholdCheck", ... (1.x)
    int row = 0; // 0-based, over the data cells (label columns and header lines not counted)
    int column = 0;

    friend bool operator==(const AcroCellPosition&, const AcroCellPosition&) = default;
};

struct AcroOutput
{
    QString uid; // e.g. "output_0"
    QString type; // table, regression, histogram, survival plot, custom, pie chart
    QString status; // ACRO's own verdict: pass, fail or review
    QString method; // properties.method, e.g. "crosstab", "pivot_table", "logit"; may be empty
    QString command; // the researcher's call, e.g. "acro.crosstab(df.year, df.grant_type)"
    QString summary; // ACRO's summary text
    QString timestamp; // ISO 8601 as ACRO wrote it; may be empty
    QStringList files; // relative to the folder, '/' separators, in ACRO's order
    QList<AcroCellOutcome> cellOutcomes; // in column, then row order of the outcome's keys
    QList<AcroCellPosition> cellPositions; // from the sdc of the output's first file
    bool suppressionApplied = false; // sdc summary "suppressed": ACRO already blanked the cells
    QStringList comments;
    QString exception; // the researcher's exception request, empty if none
    std::optional<double> residualDegreesOfFreedom; // properties "dof" (regressions)
    // ACRO marked this output as being for the output checker only (its session summary):
    // it must never be released.
    bool checkerOnly = false;
    QJsonObject raw; // the whole entry as ACRO wrote it
};

struct AcroResults
{
    QString acroVersion; // e.g. "0.4.12", "1.0.1"
    int formatMajor = 0; // 0 for ACRO 0.4.x, 1 for 1.x
    QList<AcroOutput> outputs; // in the order results.json lists them
    QJsonObject sessionSummary; // 1.x "session_summary", empty when absent
};

} // namespace egress::io
