#include "protectionjsonwriter.h"

#include "io/jsonarray.h"
#include "resultjsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace egress::report {
namespace {

// JSON has no infinity: an interval open at an end has null there.
QJsonArray intervalArray(const protect::CellInterval& interval)
{
    const auto end = [](double value) {
        return std::isinf(value) ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
    };
    return QJsonArray {end(interval.lower), end(interval.upper)};
}

QString auditText(bool audited, bool feasible)
{
    if (!audited)
        return QStringLiteral("not done: values too large");
    return feasible ? QStringLiteral("feasible")
                    : QStringLiteral("infeasible: the published values contradict the table's "
                                     "totals");
}

QByteArray finish(QJsonObject root, const QString& tableName, const QJsonArray& cells,
                  const QString& audit, const check::CheckResult& publishedCheck)
{
    root.insert(QStringLiteral("schema"), QLatin1String(ProtectionJsonWriter::kSchema));
    root.insert(QStringLiteral("table"), tableName);
    root.insert(QStringLiteral("audit"), audit);
    root.insert(QStringLiteral("cells"), cells);
    root.insert(QStringLiteral("result"), ResultJsonWriter::toJson(publishedCheck));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

QByteArray ProtectionJsonWriter::toBytes(const protect::Protection& protection,
                                         const QString& tableName,
                                         const check::CheckResult& publishedCheck)
{
    QJsonArray cells;
    int primary = 0;
    for (const protect::SuppressedCell& cell : protection.suppressed) {
        primary += cell.kind == protect::SuppressionKind::Primary ? 1 : 0;
        QJsonObject object;
        object.insert(QStringLiteral("row"), io::jsonArrayOf(protection.table.rowLabel(cell.row)));
        object.insert(QStringLiteral("col"),
                      io::jsonArrayOf(protection.table.columnLabel(cell.column)));
        object.insert(QStringLiteral("suppression"), protect::toString(cell.kind));
        if (!cell.rules.isEmpty())
            object.insert(QStringLiteral("rules"), io::jsonArrayOf(cell.rules));
        object.insert(QStringLiteral("interval"), intervalArray(cell.interval));
        cells.append(object);
    }
    QJsonObject root;
    root.insert(QStringLiteral("method"), QStringLiteral("suppress"));
    root.insert(QStringLiteral("primary"), primary);
    root.insert(QStringLiteral("secondary"), int(protection.suppressed.size()) - primary);
    return finish(root, tableName, cells, auditText(protection.audited, protection.auditFeasible),
                  publishedCheck);
}

QByteArray ProtectionJsonWriter::toBytes(const protect::Rounding& rounding,
                                         const protect::RoundingMethod& method,
                                         const QString& tableName,
                                         const check::CheckResult& publishedCheck)
{
    QJsonArray cells;
    for (const protect::RoundedCell& cell : rounding.cells) {
        cells.append(QJsonObject {
            {QStringLiteral("row"), io::jsonArrayOf(rounding.table.rowLabel(cell.row))},
            {QStringLiteral("col"), io::jsonArrayOf(rounding.table.columnLabel(cell.column))},
            {QStringLiteral("published"), cell.published},
            {QStringLiteral("interval"), intervalArray(cell.interval)}});
    }
    QJsonObject root;
    if (method.midpointSix) {
        root.insert(QStringLiteral("method"), QStringLiteral("midpoint6"));
    } else {
        root.insert(QStringLiteral("method"), QStringLiteral("round"));
        root.insert(QStringLiteral("base"), method.base);
        root.insert(QStringLiteral("above"), method.above);
        root.insert(QStringLiteral("margins"),
                    method.marginsSummed ? QStringLiteral("summed") : QStringLiteral("rerounded"));
    }
    return finish(root, tableName, cells, auditText(rounding.audited, rounding.feasible),
                  publishedCheck);
}

} // namespace egress::report
