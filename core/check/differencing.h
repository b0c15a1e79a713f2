#pragma once

#include "outputresult.h"

#include <QList>
#include <QString>

#include <memory>

namespace egress::check {

// A table an intruder can set beside the ones being checked: another output of the same
// request, or one released earlier (the release register of the review workflow).
struct ComparableTable
{
    QString id; // the output id, or the release that published it
    std::shared_ptr<const table::Table> table;
    bool released = false; // from the register: findings go to the new output only
};

// `differencing`: two tables of counts over the same dimensions are an equation an intruder can
// subtract. Judged across every pair of tables (of the request, and against earlier releases):
// - a cell published in both (same row and column labels) whose counts differ by 0 < d < t: the
//   difference is a group of d people ("all people" and "all people but one group");
// - bands of the same dimension that differ only at one end (ages 18-64 and 18-65): the
//   difference of the matching cells is the people in the sliver;
// - a cell suppressed in one table and published with the same labels in another.
// Each pair gives at most one finding per output, on its first such cell, counting the rest.
class Differencing
{
public:
    // Adds the findings to the outputs they concern (status and summary updated). t: the
    // profile's threshold.
    static void judge(QList<OutputResult>& outputs, const QList<ComparableTable>& released,
                      double t);
};

} // namespace egress::check
