#pragma once

#include "finding.h"

#include <QList>
#include <QString>

namespace egress::profiles {
class Profile;
}
namespace egress::table {
class Evidence;
class Table;
} // namespace egress::table

namespace egress::rules {

// One disclosure rule: a pure function of a table, its evidence and a profile. Rules never read
// files and never change the table; they only say which cells are unsafe and why.
class Rule
{
public:
    virtual ~Rule() = default;

    virtual QString id() const = 0;
    // Only cells that need attention (review or fail) produce findings. `evidence` describes
    // the microdata behind the cells when the researcher's pre-check supplied it; it is null
    // when only the aggregated table is known.
    virtual QList<Finding> evaluate(const table::Table& table, const table::Evidence* evidence,
                                    const profiles::Profile& profile) const = 0;
    // A short phrase for an output's summary, from this rule's own findings (never empty
    // findings): "2 cells below threshold 10".
    virtual QString summarise(const QList<Finding>& findings,
                              const profiles::Profile& profile) const = 0;
};

} // namespace egress::rules
