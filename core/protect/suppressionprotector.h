#pragma once

#include "cellcomposition.h"
#include "intervalaudit.h"
#include "rules/finding.h"
#include "table/table.h"

#include <QList>
#include <QStringList>

namespace egress::protect {

enum class SuppressionKind
{
    Primary,
    Secondary
};

QString toString(SuppressionKind kind);

struct SuppressedCell
{
    qsizetype row = 0;
    qsizetype column = 0;
    SuppressionKind kind = SuppressionKind::Primary;
    std::optional<double> value; // as it was before suppression
    QStringList rules; // primary: the rules that failed the cell
    // What an intruder can still know of it from the published table; for cells outside the
    // table's sums (a mean), nothing: [0, ∞).
    CellInterval interval;
};

struct Protection
{
    table::Table table; // the published table: every suppressed cell "*"
    QList<SuppressedCell> suppressed; // in table order
    bool auditFeasible = true;
    bool audited = true; // false for values too large to audit exactly
};

// Primary suppression by the profile's rules, then secondary suppression and its audit, repeated
// while the audit finds a hidden cell pinned closer than the protection level:
// every cell a rule fails is suppressed; GaussSuppression adds the cells that would let a primary
// be worked out from the margins; in a magnitude table every statistic of a category goes with
// its count or sum; IntervalAudit then says how far each hidden cell can be pinned down.
class SuppressionProtector
{
public:
    // findings: the check of the table; the cells with a failing finding are the primaries,
    // but for `rounding`, which suppression cannot mend. minimumWidth: the protection level,
    // the narrowest interval a hidden cell may keep (the `secondary` rule's: the threshold t);
    // where the audit finds one narrower, a published cell of a total that holds it is hidden
    // too and the table protected again, up to 20 rounds. 0: exactness is all that is avoided.
    // knownRange: for a rounded table, the counts each published value stands for (the
    // `secondary` rule's model), so that the audit sees what an intruder sees.
    static Protection protect(const table::Table& table, const QList<rules::Finding>& findings,
                              int threads = 2, double minimumWidth = 0,
                              const CellComposition::KnownRange& knownRange = {});

    // Several tables from the same people protected together: a cell with the same labels in two
    // tables over the same row dimensions is one number (the borough totals of borough × sex and
    // of borough × age), hidden in both or in neither, and the elimination and the audit see
    // both tables' relations at once. One entry per table in every list; knownRanges may be
    // empty.
    static QList<Protection>
    protectLinked(const QList<table::Table>& tables, const QList<QList<rules::Finding>>& findings,
                  int threads = 2, double minimumWidth = 0,
                  const QList<CellComposition::KnownRange>& knownRanges = {});
};

} // namespace egress::protect
