#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace egress::tabulate {

// The label of the category for an empty dimension value.
QString missingCategory();

// The position of each category of one dimension in the published order: numerically when
// every category (but Missing) is a plain number, so that 9 comes before 10; otherwise by
// Unicode code points, which no locale changes. Missing comes last. ranks[i] is category i's
// position.
QList<int> categoryRanks(const QStringList& categories);

} // namespace egress::tabulate
