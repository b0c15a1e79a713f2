#include "protectionjsonwriter.h"

#include "resultjsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace egress::report {
namespace {

QJsonArray labels(const QStringList& path)
{
    QJsonArray array;
    for (const QString& label : path)
        array.append(label);
    return array;
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
        object.insert(QStringLiteral("row"), labels(protection.table.rowLabel(cell.row)));
        object.insert(QStringLiteral("col"), labels(protection.table.columnLabel(cell.column)));
        object.insert(QStringLiteral("suppression"), protect::toString(cell.kind));
        if (!cell.rules.isEmpty())
            object.insert(QStringLiteral("rules"), labels(cell.rules));
        // JSON has no infinity: an interval open at an end has null there.
        const auto end = [](double value) {
            return std::isinf(value) ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
        };
        object.insert(QStringLiteral("interval"),
                      QJsonArray {end(cell.interval.lower), end(cell.interval.upper)});
        cells.append(object);
    }
    QJsonObject root;
    root.insert(QStringLiteral("schema"), QLatin1String(kSchema));
    root.insert(QStringLiteral("method"), QStringLiteral("suppress"));
    root.insert(QStringLiteral("table"), tableName);
    root.insert(QStringLiteral("primary"), primary);
    root.insert(QStringLiteral("secondary"), int(protection.suppressed.size()) - primary);
    root.insert(QStringLiteral("audit"),
                protection.auditFeasible ? QStringLiteral("feasible")
                                         : QStringLiteral("infeasible: the published values "
                                                          "contradict the table's totals"));
    root.insert(QStringLiteral("cells"), cells);
    root.insert(QStringLiteral("result"), ResultJsonWriter::toJson(publishedCheck));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace egress::report
