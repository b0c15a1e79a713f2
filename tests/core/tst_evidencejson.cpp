#include "filetestsupport.h"
#include "io/evidencejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>
#include <limits>

using egress::io::EvidenceJson;
using egress::table::CellEvidence;
using egress::table::Evidence;
using egress::table::LabelPath;
using egress::testing::inputErrorOf;

namespace {

const QString kFileName = QStringLiteral("evidence/cost_by_setting.json");

CellEvidence cellOf(const LabelPath& row, const LabelPath& column, qint64 units, double total,
                    const QList<double>& top, qint64 negatives, qint64 missing)
{
    CellEvidence cell;
    cell.row = row;
    cell.column = column;
    cell.units = units;
    cell.total = total;
    cell.top = top;
    cell.negatives = negatives;
    cell.missing = missing;
    return cell;
}

Evidence costBySetting()
{
    Evidence evidence;
    evidence.output = QStringLiteral("cost_by_setting");
    evidence.unit = QStringLiteral("household");
    evidence.statistic = QStringLiteral("sum");
    evidence.valueName = QStringLiteral("weekly_cost");
    evidence.rowDimensions = {QStringLiteral("borough"), QStringLiteral("age_band")};
    evidence.columnDimensions = {QStringLiteral("setting")};

    CellEvidence both
        = cellOf({QStringLiteral("Hillingdon"), QStringLiteral("65+")},
                 {QStringLiteral("Residential")}, 412, 551230.5, {5200.0, 4100.0}, 0, 3);
    both.minimum = 12.5;
    both.maximum = 5200.0;
    evidence.add(both);
    // Negative contributions, equal top entries, and no min or max.
    evidence.add(cellOf({QStringLiteral("Hillingdon"), QStringLiteral("65+")},
                        {QStringLiteral("Long Term Support: Community")}, 4, -150.25,
                        {100.0, 100.0, -50.25, -300.0}, 2, 0));
    // An empty column path, no contributions, and only a minimum.
    CellEvidence rowOnly
        = cellOf({QStringLiteral("Ealing"), QStringLiteral("18-64")}, {}, 0, 0.0, {}, 0, 7);
    rowOnly.minimum = -3.5;
    evidence.add(rowOnly);
    // An empty row path, an awkward double, large numbers and only a maximum.
    CellEvidence columnOnly = cellOf({}, {QStringLiteral("Ynys Môn \"quoted\" / £")}, 123456789012,
                                     0.1 + 0.2, {1e12, 1e-9}, 0, 9000000000000000);
    columnOnly.maximum = 1e12;
    evidence.add(columnOnly);
    return evidence;
}

// A valid cell to break one key at a time.
QJsonObject validCell()
{
    return QJsonObject {{QStringLiteral("row"), QJsonArray {QStringLiteral("Hillingdon")}},
                        {QStringLiteral("col"), QJsonArray {QStringLiteral("Residential")}},
                        {QStringLiteral("n"), 412},
                        {QStringLiteral("total"), 551230.5},
                        {QStringLiteral("top"), QJsonArray {5200.0, 4100.0}},
                        {QStringLiteral("negatives"), 0},
                        {QStringLiteral("missing"), 3}};
}

// The valid cell with key set to value, or without key when value is undefined.
QJsonObject changed(QJsonObject cell, const QString& key, const QJsonValue& value)
{
    if (value.isUndefined())
        cell.remove(key);
    else
        cell.insert(key, value);
    return cell;
}

QJsonObject validRoot(const QJsonArray& cells)
{
    return QJsonObject {{QStringLiteral("schema"), QStringLiteral("egress-review/evidence/1")},
                        {QStringLiteral("cells"), cells}};
}

QByteArray jsonOf(const QJsonObject& root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray documentWith(const QJsonArray& cells)
{
    return jsonOf(validRoot(cells));
}

QByteArray documentWithCell(const QJsonObject& cell)
{
    return documentWith(QJsonArray {cell});
}

void compareCells(const CellEvidence& actual, const CellEvidence& expected)
{
    QCOMPARE(actual.row, expected.row);
    QCOMPARE(actual.column, expected.column);
    QCOMPARE(actual.units, expected.units);
    QCOMPARE(actual.total, expected.total);
    QCOMPARE(actual.top, expected.top);
    QCOMPARE(actual.negatives, expected.negatives);
    QCOMPARE(actual.missing, expected.missing);
    QCOMPARE(actual.minimum.has_value(), expected.minimum.has_value());
    if (expected.minimum)
        QCOMPARE(*actual.minimum, *expected.minimum);
    QCOMPARE(actual.maximum.has_value(), expected.maximum.has_value());
    if (expected.maximum)
        QCOMPARE(*actual.maximum, *expected.maximum);
}

} // namespace

class TestEvidenceJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void writesOptionalNumbersOnlyWhenKnown();
    void replacedCellReadsBack();
    void defaults();
    void acceptedCells_data();
    void acceptedCells();
    void refused_data();
    void refused();
};

void TestEvidenceJson::roundTrip()
{
    const Evidence original = costBySetting();
    const QByteArray written = EvidenceJson::write(original);
    const Evidence read = EvidenceJson::read(written, kFileName);

    QCOMPARE(read.output, original.output);
    QCOMPARE(read.unit, original.unit);
    QCOMPARE(read.statistic, original.statistic);
    QCOMPARE(read.valueName, original.valueName);
    QCOMPARE(read.rowDimensions, original.rowDimensions);
    QCOMPARE(read.columnDimensions, original.columnDimensions);
    QCOMPARE(read.cells().size(), original.cells().size());
    for (qsizetype i = 0; i < original.cells().size(); ++i) {
        compareCells(read.cells().at(i), original.cells().at(i));
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("cell %1 differs").arg(i + 1)));
    }

    // The cells read back are found by their labels, and writing them again changes nothing.
    const CellEvidence* found
        = read.find({QStringLiteral("Ealing"), QStringLiteral("18-64")}, {QStringLiteral("mean")});
    QVERIFY(found);
    QCOMPARE(found->missing, qint64(7));
    QCOMPARE(EvidenceJson::write(read), written);
}

void TestEvidenceJson::writesOptionalNumbersOnlyWhenKnown()
{
    const QJsonDocument document = QJsonDocument::fromJson(EvidenceJson::write(costBySetting()));
    QVERIFY(document.isObject());
    const QJsonObject root = document.object();
    QCOMPARE(root.value(QLatin1String("schema")).toString(),
             QStringLiteral("egress-review/evidence/1"));
    const QJsonArray cells = root.value(QLatin1String("cells")).toArray();
    QCOMPARE(cells.size(), qsizetype(4));

    const auto keysOf = [&cells](qsizetype index) {
        QStringList keys = cells.at(index).toObject().keys();
        keys.sort();
        return keys.join(QLatin1Char(' '));
    };
    QCOMPARE(keysOf(0), QStringLiteral("col max min missing n negatives row top total"));
    QCOMPARE(keysOf(1), QStringLiteral("col missing n negatives row top total"));
    QCOMPARE(keysOf(2), QStringLiteral("col min missing n negatives row top total"));
    QCOMPARE(keysOf(3), QStringLiteral("col max missing n negatives row top total"));
    QCOMPARE(cells.at(2).toObject().value(QLatin1String("col")).toArray().size(), qsizetype(0));
}

void TestEvidenceJson::replacedCellReadsBack()
{
    // The reader refuses a repeated cell, so the writer must never produce one.
    Evidence evidence = costBySetting();
    CellEvidence replacement = evidence.cells().first();
    replacement.units = 413;
    evidence.add(replacement);
    const Evidence read = EvidenceJson::read(EvidenceJson::write(evidence), kFileName);
    QCOMPARE(read.cells().size(), qsizetype(4));
    QCOMPARE(read.cells().first().units, qint64(413));
}

void TestEvidenceJson::defaults()
{
    const Evidence evidence = EvidenceJson::read(documentWith({}), kFileName);
    QVERIFY(evidence.isEmpty());
    QCOMPARE(evidence.unit, QStringLiteral("person"));
    QCOMPARE(evidence.output, QString());
    QCOMPARE(evidence.statistic, QString());
    QCOMPARE(evidence.valueName, QString());
    QCOMPARE(evidence.rowDimensions, QStringList());
    QCOMPARE(evidence.columnDimensions, QStringList());
}

void TestEvidenceJson::acceptedCells_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("units");
    QTest::addColumn<QList<double>>("top");

    const QJsonValue absent(QJsonValue::Undefined);

    QTest::newRow("valid") << documentWithCell(validCell()) << qint64(412)
                           << QList<double> {5200.0, 4100.0};
    QTest::newRow("row only") << documentWithCell(
        changed(validCell(), QStringLiteral("col"), absent))
                              << qint64(412) << QList<double> {5200.0, 4100.0};
    QTest::newRow("col only") << documentWithCell(
        changed(validCell(), QStringLiteral("row"), absent))
                              << qint64(412) << QList<double> {5200.0, 4100.0};
    QTest::newRow("n written as 412.0")
        << QByteArray(R"({"schema":"egress-review/evidence/1","cells":[{"row":["a"],"n":412.0,)"
                      R"("total":1,"top":[],"negatives":0,"missing":0}]})")
        << qint64(412) << QList<double> {};
    QTest::newRow("as many top entries as units")
        << documentWithCell(changed(validCell(), QStringLiteral("n"), 2)) << qint64(2)
        << QList<double> {5200.0, 4100.0};
    QTest::newRow("equal top entries")
        << documentWithCell(changed(validCell(), QStringLiteral("top"), QJsonArray {7.0, 7.0, 7.0}))
        << qint64(412) << QList<double> {7.0, 7.0, 7.0};
    QTest::newRow("no units, no top") << documentWithCell(
        changed(changed(validCell(), QStringLiteral("n"), 0), QStringLiteral("top"), QJsonArray {}))
                                      << qint64(0) << QList<double> {};
    QTest::newRow("negative top entries")
        << documentWithCell(changed(validCell(), QStringLiteral("top"), QJsonArray {-1.0, -2.5}))
        << qint64(412) << QList<double> {-1.0, -2.5};
    QTest::newRow("same row, another column") << documentWith(
        {validCell(),
         changed(validCell(), QStringLiteral("col"),
                 QJsonArray {QStringLiteral("Residential"), QStringLiteral("mean")})})
                                              << qint64(412) << QList<double> {5200.0, 4100.0};
}

void TestEvidenceJson::acceptedCells()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, units);
    QFETCH(QList<double>, top);

    const Evidence evidence = EvidenceJson::read(json, kFileName);
    QVERIFY(!evidence.isEmpty());
    const CellEvidence& cell = evidence.cells().first();
    QCOMPARE(cell.units, units);
    QCOMPARE(cell.top, top);
}

void TestEvidenceJson::refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");

    const auto withCell = [](const QString& key, const QJsonValue& value) {
        return documentWithCell(changed(validCell(), key, value));
    };
    const QJsonValue absent(QJsonValue::Undefined);
    const QString n = QStringLiteral("n");
    const QString total = QStringLiteral("total");
    const QString top = QStringLiteral("top");
    const QString negatives = QStringLiteral("negatives");
    const QString missing = QStringLiteral("missing");

    QTest::newRow("not JSON") << QByteArray("schema: evidence")
                              << QStringLiteral("not JSON (illegal value at byte 1)");
    QTest::newRow("empty file") << QByteArray()
                                << QStringLiteral("not JSON (illegal value at byte 0)");
    QTest::newRow("truncated") << QByteArray(R"({"schema": "egress-review/evidence/1", "cells": [)")
                               << QStringLiteral("not JSON (unterminated array at byte 49)");
    QTest::newRow("top level is a list")
        << QByteArray(R"([{"schema": "egress-review/evidence/1", "cells": []}])")
        << QStringLiteral("the top level is not an object");

    const QString schemaProblem = QStringLiteral("'schema' must be \"egress-review/evidence/1\"");
    QTest::newRow("schema missing") << QByteArray(R"({"cells": []})") << schemaProblem;
    QTest::newRow("schema of another version")
        << QByteArray(R"({"schema": "egress-review/evidence/2", "cells": []})") << schemaProblem;
    QTest::newRow("schema of another file")
        << QByteArray(R"({"schema": "egress-review/request/1", "cells": []})") << schemaProblem;
    QTest::newRow("schema not a string")
        << QByteArray(R"({"schema": 1, "cells": []})") << schemaProblem;

    QJsonObject rowsNotAList = validRoot({});
    rowsNotAList.insert(QStringLiteral("rows"), QStringLiteral("borough"));
    QTest::newRow("rows not a list")
        << jsonOf(rowsNotAList) << QStringLiteral("evidence: 'rows' must be a list of labels");
    QJsonObject colsWithANumber = validRoot({});
    colsWithANumber.insert(QStringLiteral("cols"), QJsonArray {QStringLiteral("setting"), 2});
    QTest::newRow("cols with a number")
        << jsonOf(colsWithANumber) << QStringLiteral("evidence: 'cols' must be a list of labels");
    QTest::newRow("cells missing") << QByteArray(R"({"schema": "egress-review/evidence/1"})")
                                   << QStringLiteral("'cells' must be a list");
    QTest::newRow("cells an object")
        << QByteArray(R"({"schema": "egress-review/evidence/1", "cells": {}})")
        << QStringLiteral("'cells' must be a list");
    QTest::newRow("cells null") << QByteArray(
        R"({"schema": "egress-review/evidence/1", "cells": null})")
                                << QStringLiteral("'cells' must be a list");

    QTest::newRow("cell a number")
        << documentWith({validCell(), 5}) << QStringLiteral("cell 2 is not an object");
    QTest::newRow("cell a list") << documentWith(QJsonArray {QJsonValue(QJsonArray {validCell()})})
                                 << QStringLiteral("cell 1 is not an object");
    QTest::newRow("cell without row and col")
        << documentWithCell(changed(changed(validCell(), QStringLiteral("row"), absent),
                                    QStringLiteral("col"), absent))
        << QStringLiteral("cell 1 names neither a row nor a column");
    QTest::newRow("cell with empty row and col")
        << documentWithCell(changed(changed(validCell(), QStringLiteral("row"), QJsonArray {}),
                                    QStringLiteral("col"), QJsonArray {}))
        << QStringLiteral("cell 1 names neither a row nor a column");
    QTest::newRow("row a string") << withCell(QStringLiteral("row"), QStringLiteral("Hillingdon"))
                                  << QStringLiteral("cell 1: 'row' must be a list of labels");
    QTest::newRow("col with a number")
        << withCell(QStringLiteral("col"), QJsonArray {QStringLiteral("Residential"), 1})
        << QStringLiteral("cell 1: 'col' must be a list of labels");

    QTest::newRow("n missing") << withCell(n, absent)
                               << QStringLiteral("cell 1 needs 'n' as a number");
    QTest::newRow("n a string") << withCell(n, QStringLiteral("412"))
                                << QStringLiteral("cell 1 needs 'n' as a number");
    QTest::newRow("n null") << withCell(n, QJsonValue::Null)
                            << QStringLiteral("cell 1 needs 'n' as a number");
    QTest::newRow("n negative") << withCell(
        n, -1) << QStringLiteral("cell 1 needs 'n' as a whole number of at least 0");
    QTest::newRow("n fractional") << withCell(
        n, 411.5) << QStringLiteral("cell 1 needs 'n' as a whole number of at least 0");
    QTest::newRow("n too large") << withCell(
        n, 1e16) << QStringLiteral("cell 1 needs 'n' as a whole number of at least 0");
    QTest::newRow("n missing in the second cell")
        << documentWith({validCell(), changed(validCell(), n, absent)})
        << QStringLiteral("cell 2 needs 'n' as a number");

    QTest::newRow("total missing")
        << withCell(total, absent) << QStringLiteral("cell 1 needs 'total' as a number");
    QTest::newRow("total null") << withCell(total, QJsonValue::Null)
                                << QStringLiteral("cell 1 needs 'total' as a number");
    QTest::newRow("total a string") << withCell(total, QStringLiteral("NaN"))
                                    << QStringLiteral("cell 1 needs 'total' as a number");
    // JSON has no infinity; a number too large for a double is refused by the JSON parser
    // (at the end of the number, byte 78), before the evidence reader sees it.
    QTest::newRow("total not finite")
        << QByteArray(R"({"schema":"egress-review/evidence/1","cells":[{"row":["a"],"n":1,)"
                      R"("total":1e999,"top":[],"negatives":0,"missing":0}]})")
        << QStringLiteral("not JSON (illegal number at byte 78)");
    QTest::newRow("total not finite, negative")
        << QByteArray(R"({"schema":"egress-review/evidence/1","cells":[{"row":["a"],"n":1,)"
                      R"("total":-1e999,"top":[],"negatives":0,"missing":0}]})")
        << QStringLiteral("not JSON (illegal number at byte 79)");

    QTest::newRow("negatives missing")
        << withCell(negatives, absent) << QStringLiteral("cell 1 needs 'negatives' as a number");
    QTest::newRow("negatives negative")
        << withCell(negatives, -2)
        << QStringLiteral("cell 1 needs 'negatives' as a whole number of at least 0");
    QTest::newRow("missing missing")
        << withCell(missing, absent) << QStringLiteral("cell 1 needs 'missing' as a number");
    QTest::newRow("missing negative")
        << withCell(missing, -1)
        << QStringLiteral("cell 1 needs 'missing' as a whole number of at least 0");
    QTest::newRow("missing fractional")
        << withCell(missing, 0.5)
        << QStringLiteral("cell 1 needs 'missing' as a whole number of at least 0");
    QTest::newRow("min a string") << withCell(QStringLiteral("min"), QStringLiteral("12.5"))
                                  << QStringLiteral("cell 1 needs 'min' as a number");
    QTest::newRow("max null") << withCell(QStringLiteral("max"), QJsonValue::Null)
                              << QStringLiteral("cell 1 needs 'max' as a number");

    const QString topProblem = QStringLiteral("cell 1 needs 'top' as a list of numbers");
    QTest::newRow("top missing") << withCell(top, absent) << topProblem;
    QTest::newRow("top a number") << withCell(top, 5200.0) << topProblem;
    QTest::newRow("top contains a string")
        << withCell(top, QJsonArray {5200.0, QStringLiteral("4100")}) << topProblem;
    QTest::newRow("top contains null")
        << withCell(top, QJsonArray {5200.0, QJsonValue::Null}) << topProblem;
    QTest::newRow("top ascending") << withCell(top, QJsonArray {4100.0, 5200.0})
                                   << QStringLiteral("cell 1: 'top' is not in descending order");
    QTest::newRow("top rises at the end")
        << withCell(top, QJsonArray {5200.0, 10.0, 10.5})
        << QStringLiteral("cell 1: 'top' is not in descending order");
    QTest::newRow("top longer than n")
        << documentWithCell(changed(validCell(), n, 1))
        << QStringLiteral("cell 1 lists more top contributions (2) than units (1)");
    QTest::newRow("top with no units")
        << documentWithCell(changed(validCell(), n, 0))
        << QStringLiteral("cell 1 lists more top contributions (2) than units (0)");

    QTest::newRow("duplicate cell")
        << documentWith(
               {validCell(),
                changed(validCell(), QStringLiteral("col"), QJsonArray {QStringLiteral("Nursing")}),
                changed(validCell(), n, 500)})
        << QStringLiteral("cell 3 repeats the labels of an earlier cell");
    QTest::newRow("duplicate row-only cell")
        << documentWith({changed(validCell(), QStringLiteral("col"), absent),
                         changed(validCell(), QStringLiteral("col"), QJsonArray {})})
        << QStringLiteral("cell 2 repeats the labels of an earlier cell");
}

void TestEvidenceJson::refused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    QCOMPARE(inputErrorOf([&json] { EvidenceJson::read(json, kFileName); }),
             kFileName + QStringLiteral(": invalid evidence: ") + problem);
}

QTEST_GUILESS_MAIN(TestEvidenceJson)
#include "tst_evidencejson.moc"
