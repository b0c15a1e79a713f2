#include "ruleengine.h"

#include "classdisclosurerule.h"
#include "dofrule.h"
#include "dominancenkrule.h"
#include "dominanceprule.h"
#include "extremevaluerule.h"
#include "histogramrule.h"
#include "identifierrule.h"
#include "missingrule.h"
#include "negativerule.h"
#include "profiles/profile.h"
#include "roundingrule.h"
#include "secondaryrule.h"
#include "survivalrule.h"
#include "table/table.h"
#include "thresholdrule.h"
#include "zerorule.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace egress::rules {

RuleEngine::RuleEngine()
{
    m_rules.push_back(std::make_unique<ThresholdRule>());
    m_rules.push_back(std::make_unique<SecondaryRule>());
    m_rules.push_back(std::make_unique<ZeroRule>());
    m_rules.push_back(std::make_unique<ClassDisclosureRule>());
    m_rules.push_back(std::make_unique<RoundingRule>());
    m_rules.push_back(std::make_unique<DominanceNkRule>());
    m_rules.push_back(std::make_unique<DominancePRule>());
    m_rules.push_back(std::make_unique<NegativeRule>());
    m_rules.push_back(std::make_unique<MissingRule>());
    m_rules.push_back(std::make_unique<ExtremeValueRule>());
    m_rules.push_back(std::make_unique<DegreesOfFreedomRule>());
    m_rules.push_back(std::make_unique<HistogramRule>());
    m_rules.push_back(std::make_unique<SurvivalRule>());
    m_rules.push_back(std::make_unique<IdentifierRule>());
}

QStringList RuleEngine::ruleIds() const
{
    QStringList ids;
    for (const auto& rule : m_rules)
        ids.append(rule->id());
    return ids;
}

QList<const Rule*> RuleEngine::rules() const
{
    QList<const Rule*> rules;
    for (const auto& rule : m_rules)
        rules.append(rule.get());
    return rules;
}

Evaluation RuleEngine::evaluate(const table::Table& table, const table::Evidence* evidence,
                                const profiles::Profile& profile) const
{
    Evaluation evaluation;
    QStringList summaryParts;
    for (const auto& rule : m_rules) {
        const QList<Finding> findings = rule->evaluate(table, evidence, profile);
        if (findings.isEmpty())
            continue;
        summaryParts.append(rule->summarise(findings, profile));
        evaluation.findings.append(findings);
    }
    // Stable: within one cell the findings keep the engine's rule order. The order is sorted
    // as indexes rather than moving Findings through std::stable_sort's buffer, which GCC 12 at
    // -O3 wrongly warns may be uninitialised.
    const auto key = [](const Finding& finding) {
        return finding.cell ? std::pair {finding.cell->row, finding.cell->column}
                            : std::pair {qsizetype(-1), qsizetype(-1)};
    };
    std::vector<qsizetype> order(evaluation.findings.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return key(evaluation.findings.at(a)) < key(evaluation.findings.at(b));
    });
    QList<Finding> sorted;
    sorted.reserve(evaluation.findings.size());
    for (const qsizetype index : order)
        sorted.append(evaluation.findings.at(index));
    evaluation.findings = std::move(sorted);
    for (const Finding& finding : evaluation.findings)
        evaluation.status = worst(evaluation.status, finding.status);

    if (summaryParts.isEmpty()) {
        const qsizetype published
            = table.rowCount() * table.columnCount() - table.suppressedCellCount();
        if (published == 0)
            summaryParts.append(QStringLiteral("no published cells to check"));
        else if (published == 1)
            summaryParts.append(QStringLiteral("the 1 published cell passes"));
        else
            summaryParts.append(QStringLiteral("all %1 published cells pass").arg(published));
    }
    evaluation.summary = summaryParts.join(QStringLiteral("; "));
    return evaluation;
}

} // namespace egress::rules
