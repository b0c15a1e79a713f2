#include "roundingrule.h"

#include "cellfindings.h"
#include "cellroles.h"
#include "profiles/profile.h"
#include "table/numberformat.h"
#include "table/table.h"

#include <cmath>

namespace egress::rules {
namespace {

bool isWhole(double value)
{
    return value == std::trunc(value);
}

bool isMultipleOf(double value, int base)
{
    return isWhole(value) && std::fmod(value, base) == 0.0;
}

// ceil(x/6)·6 − 3 gives 3, 9, 15, …: whole numbers that leave 3 when divided by 6.
bool isMidpointSix(double value)
{
    return value > 0 && isWhole(value) && std::fmod(value, 6.0) == 3.0;
}

bool judged(const table::Table& table, qsizetype row, qsizetype column,
            const profiles::RoundingSettings& settings)
{
    const table::Cell& cell = table.cell(row, column);
    const bool histogramBin = table.kind() == table::OutputKind::Histogram
        && table.columnRole(column) == table::ColumnRole::Count;
    return (isUnitCount(table, column) || histogramBin) && !cell.isSuppressed() && *cell.value > 0
        && (settings.marginsRerounded || !table.isMarginCell(row, column));
}

bool wholeTableIsMidpointSix(const table::Table& table, const profiles::RoundingSettings& settings)
{
    bool anyJudged = false;
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        for (qsizetype column = 0; column < table.columnCount(); ++column) {
            if (!judged(table, row, column, settings))
                continue;
            anyJudged = true;
            if (!isMidpointSix(*table.cell(row, column).value))
                return false;
        }
    }
    return anyJudged;
}

} // namespace

QList<Finding> RoundingRule::evaluate(const table::Table& table, const table::Evidence*,
                                      const profiles::Profile& profile) const
{
    if (!profile.rounding())
        return {};
    const profiles::RoundingSettings settings = *profile.rounding();
    if (settings.midpointSixAccepted && wholeTableIsMidpointSix(table, settings))
        return {};
    const QString rule = settings.midpointSixAccepted
        ? QStringLiteral("profile %1 publishes counts above %2 only as multiples of %3, or "
                         "midpoint-6 rounded throughout")
        : QStringLiteral("profile %1 publishes counts above %2 only as multiples of %3");
    const QString reason = rule.arg(profile.name()).arg(settings.above).arg(settings.base);
    return findingsForCells(
        table, id(), [&](const table::Table& checked, qsizetype row, qsizetype column, double n) {
            std::optional<CellVerdict> verdict;
            if (judged(checked, row, column, settings) && n > settings.above
                && !isMultipleOf(n, settings.base)) {
                verdict = CellVerdict {Status::Fail,
                                       QStringLiteral("%1 is not rounded to base %2: %3")
                                           .arg(table::formatNumber(n))
                                           .arg(settings.base)
                                           .arg(reason)};
            }
            return verdict;
        });
}

QString RoundingRule::summarise(const QList<Finding>& findings,
                                const profiles::Profile& profile) const
{
    return QStringLiteral("%1 not rounded to base %2")
        .arg(cellsNoun(findings.size()))
        .arg(profile.rounding() ? profile.rounding()->base : 0);
}

} // namespace egress::rules
