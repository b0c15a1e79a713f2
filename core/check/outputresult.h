#pragma once

#include "rules/finding.h"
#include "rules/status.h"
#include "table/outputkind.h"
#include "table/table.h"

#include <QList>
#include <QString>

#include <memory>

namespace egress::check {

// The verdict on one proposed output, with the table it was read as (when it is a table) so
// that views can show the flagged cells in place.
struct OutputResult
{
    QString id;
    QString file; // as shown to the user
    QString sha256;
    table::OutputKind kind = table::OutputKind::Other;
    rules::Status status = rules::Status::Review;
    QString summary;
    QList<rules::Finding> findings;
    std::shared_ptr<const table::Table> table; // null for outputs that are not tables
};

} // namespace egress::check
