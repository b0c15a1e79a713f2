#include "linkedaudit.h"

#include "protect/cellcomposition.h"
#include "protect/intervalaudit.h"
#include "rules/secondaryrule.h"
#include "table/numberformat.h"
#include "table/table.h"

#include <QHash>

namespace egress::check {
namespace {

using CellKey = std::pair<table::LabelPath, table::LabelPath>;

bool hasFindingOn(const OutputResult& output, const QString& rule, qsizetype row, qsizetype column)
{
    for (const rules::Finding& finding : output.findings) {
        if (finding.rule == rule && finding.cell && finding.cell->row == row
            && finding.cell->column == column)
            return true;
    }
    return false;
}

// Audits one pair; adds findings to both.
void auditPair(OutputResult& a, OutputResult& b, const profiles::Profile& profile)
{
    const table::Table& ta = *a.table;
    const table::Table& tb = *b.table;
    const auto rangesA = rules::SecondaryRule::rangesOf(ta, profile);
    const auto rangesB = rules::SecondaryRule::rangesOf(tb, profile);
    const protect::CellComposition ca = protect::CellComposition::of(ta, rangesA);
    const protect::CellComposition cb = protect::CellComposition::of(tb, rangesB);
    const qsizetype offset = ta.rowCount() * ta.columnCount();
    const protect::CellComposition combined
        = protect::CellComposition::combine({ca, cb}, {0, offset});

    // The same labels in both: one number. Only worth the audit when both hide one.
    QHash<CellKey, qsizetype> indexA;
    for (qsizetype j = 0; j < ca.cells().size(); ++j) {
        const qsizetype k = ca.cells().at(j);
        indexA.insert({ta.rowLabel(k / ta.columnCount()), ta.columnLabel(k % ta.columnCount())}, j);
    }
    QList<std::pair<qsizetype, qsizetype>> links;
    bool bothHidden = false;
    for (qsizetype j = 0; j < cb.cells().size(); ++j) {
        const qsizetype k = cb.cells().at(j);
        const auto found = indexA.constFind(
            {tb.rowLabel(k / tb.columnCount()), tb.columnLabel(k % tb.columnCount())});
        if (found == indexA.cend())
            continue;
        links.append({*found, ca.cells().size() + j});
        const qsizetype kA = ca.cells().at(*found);
        bothHidden = bothHidden
            || (ta.cell(kA / ta.columnCount(), kA % ta.columnCount()).isSuppressed()
                && tb.cell(k / tb.columnCount(), k % tb.columnCount()).isSuppressed());
    }
    if (!bothHidden)
        return;

    // What an intruder reads off each table, A's cells first, as combine() orders them.
    const protect::KnownCells knownA = protect::IntervalAudit::knownCells(ta, ca, rangesA);
    const protect::KnownCells knownB = protect::IntervalAudit::knownCells(tb, cb, rangesB);
    const QList<std::optional<protect::CellInterval>> published = knownA.values + knownB.values;
    const QList<std::optional<double>> bounds = knownA.upperBounds + knownB.upperBounds;
    const protect::AuditResult audit = protect::IntervalAudit::audit(
        combined, published, bounds, 1, protect::IntervalAudit::Targets::Hidden, links);
    if (!audit.audited || !audit.feasible)
        return; // each table's own audit says what it can

    for (qsizetype j = 0; j < combined.cells().size(); ++j) {
        if (published.at(j))
            continue;
        const bool inA = j < ca.cells().size();
        OutputResult& output = inA ? a : b;
        const OutputResult& other = inA ? b : a;
        const table::Table& t = *output.table;
        const qsizetype k = inA ? ca.cells().at(j) : cb.cells().at(j - ca.cells().size());
        const qsizetype row = k / t.columnCount();
        const qsizetype column = k % t.columnCount();
        const protect::CellInterval& interval = audit.intervals.at(j);
        const double width = interval.upper - interval.lower;
        if (hasFindingOn(output, QStringLiteral("secondary"), row, column)
            || (!interval.isExact()
                && width >= rules::SecondaryRule::protectionWidth(profile, bounds.at(j))))
            continue;
        const QString message = interval.isExact()
            ? QStringLiteral("with %1, which shares this table's totals, the totals give the "
                             "suppressed value exactly: %2")
                  .arg(other.id, table::formatNumber(interval.lower))
            : QStringLiteral("with %1, which shares this table's totals, the totals pin the "
                             "suppressed value to %2 to %3, narrower than the threshold %4")
                  .arg(other.id, table::formatNumber(interval.lower),
                       table::formatNumber(interval.upper),
                       table::formatNumber(profile.threshold()));
        output.findings.append(
            {QStringLiteral("secondary"), rules::Status::Fail,
             rules::CellPosition {row, column, t.rowLabel(row), t.columnLabel(column)},
             std::nullopt, message});
        output.status = rules::Status::Fail;
        const QString phrase = QStringLiteral("suppression undone with %1").arg(other.id);
        if (!output.summary.contains(phrase))
            output.summary
                = output.summary.isEmpty() || output.summary.startsWith(QLatin1String("all "))
                ? phrase
                : output.summary + QStringLiteral("; ") + phrase;
    }
}

} // namespace

void LinkedAudit::judge(QList<OutputResult>& outputs, const profiles::Profile& profile)
{
    for (qsizetype i = 0; i < outputs.size(); ++i) {
        for (qsizetype j = i + 1; j < outputs.size(); ++j) {
            if (outputs.at(i).table && outputs.at(j).table
                && outputs.at(i).table->rowDimensions() == outputs.at(j).table->rowDimensions())
                auditPair(outputs[i], outputs[j], profile);
        }
    }
}

} // namespace egress::check
