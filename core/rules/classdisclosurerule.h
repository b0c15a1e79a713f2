#pragma once

#include "rule.h"

namespace egress::rules {

// `class-disclosure`: a row or a column (a class) whose whole count lies in one cell tells
// something about every member of the class ("everyone aged 95+ in Hillingdon is in nursing
// care"), however large the count. Judged over the inner cells (margins excluded), only where
// every other cell of the class is a published zero: a suppressed cell could hide the rest, and a
// class with a single category says nothing by its share.
class ClassDisclosureRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("class-disclosure"); }
    QList<Finding> evaluate(const table::Table& table, const table::Evidence* evidence,
                            const profiles::Profile& profile) const override;
    QString summarise(const QList<Finding>& findings,
                      const profiles::Profile& profile) const override;
};

} // namespace egress::rules
