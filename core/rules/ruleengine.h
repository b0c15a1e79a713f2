#pragma once

#include "finding.h"
#include "rule.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace egress::profiles {
class Profile;
}
namespace egress::table {
class Evidence;
class Table;
} // namespace egress::table

namespace egress::rules {

struct Evaluation
{
    Status status = Status::Pass; // the worst of the findings
    QList<Finding> findings; // in row-major cell order, rules in engine order within a cell
    QString summary; // "2 cells below threshold 10; 1 cell with zero to review"
};

// Runs the rules a table's kind calls for and combines their findings. Deterministic: the same
// table and profile always give the same findings in the same order.
class RuleEngine
{
public:
    RuleEngine();
    Evaluation evaluate(const table::Table& table, const table::Evidence* evidence,
                        const profiles::Profile& profile) const;
    // Only the aggregated table is known.
    Evaluation evaluate(const table::Table& table, const profiles::Profile& profile) const
    {
        return evaluate(table, nullptr, profile);
    }
    QStringList ruleIds() const;
    // The rules in the order the engine runs them, owned by the engine: for checking what every
    // rule promises (tst_rulecontract).
    QList<const Rule*> rules() const;

private:
    std::vector<std::unique_ptr<Rule>> m_rules;
};

} // namespace egress::rules
