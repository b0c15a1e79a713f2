#pragma once

#include "rules/finding.h"
#include "rules/status.h"
#include "table/outputkind.h"
#include "table/table.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace egress::check {

// What the researcher said about an output, for the checker to read beside the findings.
struct OutputContext
{
    QString description;
    QString context;
    QString controls;
    QString exception; // the case for releasing it despite a failing rule
    QStringList comments;
};

// The verdict on one proposed output, with the table it was read as (when it is a table) so
// that views can show the flagged cells in place.
struct OutputResult
{
    QString id;
    QString file; // as shown to the user
    QString sheet; // the worksheet, for one sheet of a workbook
    QString sha256;
    table::OutputKind kind = table::OutputKind::Other;
    rules::Status status = rules::Status::Review;
    QString summary;
    QList<rules::Finding> findings;
    std::shared_ptr<const table::Table> table; // null for outputs that are not tables
    OutputContext context;
    // Whether per-cell contributor evidence stood behind the check (dominance needs it).
    bool checkedWithEvidence = false;
};

} // namespace egress::check
