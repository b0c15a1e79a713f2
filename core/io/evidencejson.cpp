#include "evidencejson.h"

#include "inputerror.h"
#include "jsonarray.h"
#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace egress::io {
namespace {

class EvidenceParser : public JsonReader
{
public:
    explicit EvidenceParser(const QString& fileName)
        : JsonReader(fileName, QStringLiteral("invalid evidence"))
    { }

    QStringList labels(const QJsonObject& object, const QString& key, const QString& where) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isArray())
            refuse(QStringLiteral("%1: '%2' must be a list of labels").arg(where, key));
        QStringList result;
        for (const QJsonValue& label : value.toArray()) {
            if (!label.isString())
                refuse(QStringLiteral("%1: '%2' must be a list of labels").arg(where, key));
            result.append(label.toString());
        }
        return result;
    }

    double number(const QJsonObject& object, const QString& key, const QString& where) const
    {
        const QJsonValue value = object.value(key);
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            refuse(QStringLiteral("%1 needs '%2' as a number").arg(where, key));
        return value.toDouble();
    }

    qint64 count(const QJsonObject& object, const QString& key, const QString& where) const
    {
        const double value = number(object, key, where);
        if (value < 0 || value != std::floor(value) || value > 9e15)
            refuse(QStringLiteral("%1 needs '%2' as a whole number of at least 0").arg(where, key));
        return static_cast<qint64>(value);
    }

    std::optional<double> optionalNumber(const QJsonObject& object, const QString& key,
                                         const QString& where) const
    {
        if (!object.contains(key))
            return std::nullopt;
        return number(object, key, where);
    }

    table::CellEvidence cell(const QJsonValue& value, qsizetype index) const
    {
        const QString where = QStringLiteral("cell %1").arg(index + 1);
        if (!value.isObject())
            refuse(QStringLiteral("%1 is not an object").arg(where));
        const QJsonObject object = value.toObject();
        table::CellEvidence cell;
        cell.row = labels(object, QStringLiteral("row"), where);
        cell.column = labels(object, QStringLiteral("col"), where);
        if (cell.row.isEmpty() && cell.column.isEmpty())
            refuse(QStringLiteral("%1 names neither a row nor a column").arg(where));
        cell.units = count(object, QStringLiteral("n"), where);
        cell.total = number(object, QStringLiteral("total"), where);
        cell.negatives = count(object, QStringLiteral("negatives"), where);
        cell.missing = count(object, QStringLiteral("missing"), where);
        cell.minimum = optionalNumber(object, QStringLiteral("min"), where);
        cell.maximum = optionalNumber(object, QStringLiteral("max"), where);
        const QJsonValue top = object.value(QLatin1String("top"));
        if (!top.isArray())
            refuse(QStringLiteral("%1 needs 'top' as a list of numbers").arg(where));
        for (const QJsonValue& contribution : top.toArray()) {
            if (!contribution.isDouble() || !std::isfinite(contribution.toDouble()))
                refuse(QStringLiteral("%1 needs 'top' as a list of numbers").arg(where));
            if (!cell.top.isEmpty() && contribution.toDouble() > cell.top.last())
                refuse(QStringLiteral("%1: 'top' is not in descending order").arg(where));
            cell.top.append(contribution.toDouble());
        }
        if (cell.top.size() > cell.units) {
            refuse(QStringLiteral("%1 lists more top contributions (%2) than units (%3)")
                       .arg(where)
                       .arg(cell.top.size())
                       .arg(cell.units));
        }
        return cell;
    }
};

} // namespace

table::Evidence EvidenceJson::read(const QByteArray& json, const QString& fileName)
{
    const EvidenceParser parser(fileName);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        throw InputError(fileName,
                         QStringLiteral("invalid evidence: not JSON (%1 at byte %2)")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    }
    if (!document.isObject())
        parser.refuse(QStringLiteral("the top level is not an object"));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("schema")).toString() != QLatin1String(kSchema))
        parser.refuse(QStringLiteral("'schema' must be \"%1\"").arg(QLatin1String(kSchema)));

    table::Evidence evidence;
    evidence.output = root.value(QLatin1String("output")).toString();
    evidence.unit = root.value(QLatin1String("unit")).toString(QStringLiteral("person"));
    evidence.statistic = root.value(QLatin1String("statistic")).toString();
    evidence.valueName = root.value(QLatin1String("value")).toString();
    evidence.rowDimensions
        = parser.labels(root, QStringLiteral("rows"), QStringLiteral("evidence"));
    evidence.columnDimensions
        = parser.labels(root, QStringLiteral("cols"), QStringLiteral("evidence"));

    const QJsonValue cells = root.value(QLatin1String("cells"));
    if (!cells.isArray())
        parser.refuse(QStringLiteral("'cells' must be a list"));
    const QJsonArray cellArray = cells.toArray();
    QSet<std::pair<QStringList, QStringList>> seen;
    for (qsizetype index = 0; index < cellArray.size(); ++index) {
        table::CellEvidence cell = parser.cell(cellArray.at(index), index);
        if (seen.contains({cell.row, cell.column})) {
            parser.refuse(
                QStringLiteral("cell %1 repeats the labels of an earlier cell").arg(index + 1));
        }
        seen.insert({cell.row, cell.column});
        evidence.add(std::move(cell));
    }
    return evidence;
}

QByteArray EvidenceJson::write(const table::Evidence& evidence)
{
    QJsonArray cells;
    for (const table::CellEvidence& cell : evidence.cells()) {
        QJsonObject object {{QStringLiteral("row"), jsonArrayOf(cell.row)},
                            {QStringLiteral("col"), jsonArrayOf(cell.column)},
                            {QStringLiteral("n"), double(cell.units)},
                            {QStringLiteral("total"), cell.total},
                            {QStringLiteral("negatives"), double(cell.negatives)},
                            {QStringLiteral("missing"), double(cell.missing)}};
        QJsonArray top;
        for (double contribution : cell.top)
            top.append(contribution);
        object.insert(QStringLiteral("top"), top);
        if (cell.minimum)
            object.insert(QStringLiteral("min"), *cell.minimum);
        if (cell.maximum)
            object.insert(QStringLiteral("max"), *cell.maximum);
        cells.append(object);
    }
    const QJsonObject root {{QStringLiteral("schema"), QString::fromLatin1(kSchema)},
                            {QStringLiteral("output"), evidence.output},
                            {QStringLiteral("unit"), evidence.unit},
                            {QStringLiteral("statistic"), evidence.statistic},
                            {QStringLiteral("value"), evidence.valueName},
                            {QStringLiteral("rows"), jsonArrayOf(evidence.rowDimensions)},
                            {QStringLiteral("cols"), jsonArrayOf(evidence.columnDimensions)},
                            {QStringLiteral("cells"), cells}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace egress::io
