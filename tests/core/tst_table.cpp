#include "table/table.h"

#include <QtTest>

#include <stdexcept>

using egress::table::Cell;
using egress::table::ColumnRole;
using egress::table::LabelPath;
using egress::table::ModelStatistics;
using egress::table::OutputKind;
using egress::table::Table;

namespace {

Cell published(double value)
{
    Cell cell;
    cell.value = value;
    cell.sourceText = QString::number(value);
    return cell;
}

Cell suppressed(const QString& text)
{
    Cell cell;
    cell.sourceText = text;
    return cell;
}

LabelPath path(const QString& a, const QString& b = QString())
{
    return b.isNull() ? LabelPath {a} : LabelPath {a, b};
}

// 4 rows over (borough, age band) × 3 columns; the last row and the last column are margins.
Table boroughTable()
{
    return Table({QStringLiteral("borough"), QStringLiteral("age_band")},
                 {path(QStringLiteral("Hillingdon"), QStringLiteral("18-64")),
                  path(QStringLiteral("Hillingdon"), QStringLiteral("65+")),
                  path(QStringLiteral("Hillingdon"), QStringLiteral("All")),
                  path(QStringLiteral("Total"), QStringLiteral("Total"))},
                 {path(QStringLiteral("Long Term Support: Prison")),
                  path(QStringLiteral("Community")), path(QStringLiteral("Total"))},
                 {published(3), published(1104), published(1107), //
                  suppressed(QStringLiteral("*")), published(1687), published(1688), //
                  published(4), suppressed(QStringLiteral("<5")), published(2795), //
                  published(10), published(5921), published(5931)});
}

} // namespace

class TestTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withCellsKeepsTheShape();
    void shapeAndCells();
    void marginFlags();
    void marginLabels_data();
    void marginLabels();
    void describeCell();
    void suppressedCellCount();
    void wrongCellCountThrows_data();
    void wrongCellCountThrows();
    void emptyTables();
    void columnRolesDefaultToCount();
    void setColumnRoles();
    void wrongColumnRoleCountThrows_data();
    void wrongColumnRoleCountThrows();
    void setKind_data();
    void setKind();
    void setModelStatistics();
};

void TestTable::shapeAndCells()
{
    const Table table = boroughTable();
    QCOMPARE(table.rowCount(), qsizetype(4));
    QCOMPARE(table.columnCount(), qsizetype(3));
    QCOMPARE(table.rowDimensions(),
             (QStringList {QStringLiteral("borough"), QStringLiteral("age_band")}));
    QCOMPARE(table.rowLabel(1), path(QStringLiteral("Hillingdon"), QStringLiteral("65+")));
    QCOMPARE(table.columnLabel(1), path(QStringLiteral("Community")));
    // Row-major: cell (2, 0) is the seventh cell given.
    QCOMPARE(*table.cell(2, 0).value, 4.0);
    QCOMPARE(*table.cell(0, 2).value, 1107.0);
    QCOMPARE(*table.cell(3, 1).value, 5921.0);
    QVERIFY(table.cell(1, 0).isSuppressed());
    QCOMPARE(table.cell(2, 1).sourceText, QStringLiteral("<5"));
    QCOMPARE(static_cast<int>(table.kind()),
             static_cast<int>(egress::table::OutputKind::Frequency));
}

void TestTable::marginFlags()
{
    const Table table = boroughTable();
    QCOMPARE(table.isMarginRow(0), false);
    QCOMPARE(table.isMarginRow(1), false);
    QCOMPARE(table.isMarginRow(2), true); // "All" in the second dimension
    QCOMPARE(table.isMarginRow(3), true);
    QCOMPARE(table.isMarginColumn(0), false);
    QCOMPARE(table.isMarginColumn(1), false);
    QCOMPARE(table.isMarginColumn(2), true);
    QCOMPARE(table.isMarginCell(0, 0), false);
    QCOMPARE(table.isMarginCell(1, 1), false);
    QCOMPARE(table.isMarginCell(0, 2), true);
    QCOMPARE(table.isMarginCell(2, 0), true);
    QCOMPARE(table.isMarginCell(3, 2), true);
}

void TestTable::marginLabels_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("isMargin");

    QTest::newRow("Total") << QStringLiteral("Total") << true;
    QTest::newRow("total") << QStringLiteral("total") << true;
    QTest::newRow("TOTAL") << QStringLiteral("TOTAL") << true;
    QTest::newRow(" Total ") << QStringLiteral(" Total ") << true;
    QTest::newRow("All") << QStringLiteral("All") << true;
    QTest::newRow("all") << QStringLiteral("all") << true;
    QTest::newRow("Overall") << QStringLiteral("Overall") << true;
    QTest::newRow("OVERALL") << QStringLiteral("OVERALL") << true;
    QTest::newRow("Totals") << QStringLiteral("Totals") << false;
    QTest::newRow("Subtotal") << QStringLiteral("Subtotal") << false;
    QTest::newRow("Grand total") << QStringLiteral("Grand total") << false;
    QTest::newRow("Allerton") << QStringLiteral("Allerton") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestTable::marginLabels()
{
    QFETCH(QString, label);
    QFETCH(bool, isMargin);
    QCOMPARE(Table::isMarginLabel(label), isMargin);

    const Table table({QStringLiteral("area")}, {LabelPath {label}}, {LabelPath {label}},
                      {published(20)});
    QCOMPARE(table.isMarginRow(0), isMargin);
    QCOMPARE(table.isMarginColumn(0), isMargin);
}

void TestTable::describeCell()
{
    const Table table = boroughTable();
    QCOMPARE(table.describeCell(0, 0),
             QStringLiteral("Hillingdon / 18-64 × Long Term Support: Prison"));
    QCOMPARE(table.describeCell(3, 2), QStringLiteral("Total / Total × Total"));

    // No label columns: a cell is named by its column alone.
    const Table noLabels({}, {LabelPath {}, LabelPath {}}, {LabelPath {QStringLiteral("n")}},
                         {published(12), published(15)});
    QCOMPARE(noLabels.describeCell(1, 0), QStringLiteral("n"));
}

void TestTable::suppressedCellCount()
{
    QCOMPARE(boroughTable().suppressedCellCount(), qsizetype(2));
    const Table none({QStringLiteral("a")}, {path(QStringLiteral("x"))},
                     {path(QStringLiteral("n")), path(QStringLiteral("m"))},
                     {published(0), published(-0.0)});
    QCOMPARE(none.suppressedCellCount(), qsizetype(0)); // zeros are published, not suppressed
    const Table all({QStringLiteral("a")}, {path(QStringLiteral("x"))},
                    {path(QStringLiteral("n")), path(QStringLiteral("m"))},
                    {suppressed(QString()), suppressed(QStringLiteral("c"))});
    QCOMPARE(all.suppressedCellCount(), qsizetype(2));
}

void TestTable::wrongCellCountThrows_data()
{
    QTest::addColumn<int>("cellCount");
    QTest::newRow("none") << 0;
    QTest::newRow("one short") << 3;
    QTest::newRow("one over") << 5;
}

void TestTable::wrongCellCountThrows()
{
    QFETCH(int, cellCount);
    QList<Cell> cells;
    for (int i = 0; i < cellCount; ++i)
        cells.append(published(i));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             Table({QStringLiteral("a")},
                                   {path(QStringLiteral("x")), path(QStringLiteral("y"))},
                                   {path(QStringLiteral("n")), path(QStringLiteral("m"))}, cells));
}

void TestTable::emptyTables()
{
    const Table defaulted;
    QCOMPARE(defaulted.rowCount(), qsizetype(0));
    QCOMPARE(defaulted.columnCount(), qsizetype(0));
    QCOMPARE(defaulted.suppressedCellCount(), qsizetype(0));

    const Table noRows({QStringLiteral("a")}, {}, {path(QStringLiteral("n"))}, {});
    QCOMPARE(noRows.rowCount(), qsizetype(0));
    QCOMPARE(noRows.columnCount(), qsizetype(1));
}

void TestTable::columnRolesDefaultToCount()
{
    const Table table = boroughTable();
    for (qsizetype column = 0; column < table.columnCount(); ++column)
        QCOMPARE(toString(table.columnRole(column)), QStringLiteral("count"));
    QVERIFY(table.hasColumnRole(ColumnRole::Count));
    QVERIFY(!table.hasColumnRole(ColumnRole::Mean));
    QVERIFY(!table.hasColumnRole(ColumnRole::Other));

    // A table without columns has no roles at all, not even Count.
    QVERIFY(!Table().hasColumnRole(ColumnRole::Count));
    const Table noColumns({QStringLiteral("a")}, {path(QStringLiteral("x"))}, {}, {});
    QVERIFY(!noColumns.hasColumnRole(ColumnRole::Count));
}

void TestTable::setColumnRoles()
{
    Table table = boroughTable();
    table.setColumnRoles({ColumnRole::Count, ColumnRole::Mean, ColumnRole::Std});
    QCOMPARE(toString(table.columnRole(0)), QStringLiteral("count"));
    QCOMPARE(toString(table.columnRole(1)), QStringLiteral("mean"));
    QCOMPARE(toString(table.columnRole(2)), QStringLiteral("std"));
    QVERIFY(table.hasColumnRole(ColumnRole::Count));
    QVERIFY(table.hasColumnRole(ColumnRole::Mean));
    QVERIFY(table.hasColumnRole(ColumnRole::Std));
    QVERIFY(!table.hasColumnRole(ColumnRole::Median));

    // Setting them again replaces them all.
    table.setColumnRoles({ColumnRole::Median, ColumnRole::Median, ColumnRole::Max});
    QVERIFY(!table.hasColumnRole(ColumnRole::Count));
    QVERIFY(!table.hasColumnRole(ColumnRole::Mean));
    QVERIFY(table.hasColumnRole(ColumnRole::Median));
    QVERIFY(table.hasColumnRole(ColumnRole::Max));
    QCOMPARE(toString(table.columnRole(1)), QStringLiteral("median"));

    // Roles describe columns; they leave the cells and margins alone.
    QCOMPARE(*table.cell(0, 1).value, 1104.0);
    QVERIFY(table.isMarginColumn(2));
}

void TestTable::wrongColumnRoleCountThrows_data()
{
    QTest::addColumn<int>("roleCount");
    QTest::newRow("none") << 0;
    QTest::newRow("one short") << 2;
    QTest::newRow("one over") << 4;
}

void TestTable::wrongColumnRoleCountThrows()
{
    QFETCH(int, roleCount);
    Table table = boroughTable();
    const QList<ColumnRole> roles(roleCount, ColumnRole::Sum);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, table.setColumnRoles(roles));
    // The roles the table had are kept.
    QVERIFY(!table.hasColumnRole(ColumnRole::Sum));
    QCOMPARE(toString(table.columnRole(2)), QStringLiteral("count"));
}

void TestTable::setKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    const auto row = [](OutputKind kind) {
        QTest::newRow(qPrintable(toString(kind))) << static_cast<int>(kind) << toString(kind);
    };
    row(OutputKind::Frequency);
    row(OutputKind::Magnitude);
    row(OutputKind::Regression);
    row(OutputKind::Histogram);
    row(OutputKind::Survival);
    row(OutputKind::Other);
}

void TestTable::setKind()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    Table table = boroughTable();
    table.setKind(static_cast<OutputKind>(kind));
    QCOMPARE(toString(table.kind()), name);

    const Table constructed({QStringLiteral("a")}, {path(QStringLiteral("x"))},
                            {path(QStringLiteral("n"))}, {published(1)},
                            static_cast<OutputKind>(kind));
    QCOMPARE(toString(constructed.kind()), name);
}

void TestTable::setModelStatistics()
{
    Table table = boroughTable();
    QVERIFY(!table.modelStatistics().observations);
    QVERIFY(!table.modelStatistics().residualDegreesOfFreedom);
    QVERIFY(!table.modelStatistics().parameters);

    ModelStatistics statistics;
    statistics.observations = 120;
    statistics.parameters = 4;
    table.setKind(OutputKind::Regression);
    table.setModelStatistics(statistics);
    QCOMPARE(table.modelStatistics().observations.value_or(0), 120.0);
    QCOMPARE(table.modelStatistics().parameters.value_or(0), 4.0);
    QVERIFY(!table.modelStatistics().residualDegreesOfFreedom);
    QCOMPARE(table.modelStatistics().effectiveResidualDegreesOfFreedom().value_or(0), 116.0);

    statistics.residualDegreesOfFreedom = 30;
    table.setModelStatistics(statistics);
    QCOMPARE(table.modelStatistics().effectiveResidualDegreesOfFreedom().value_or(0), 30.0);

    table.setModelStatistics(ModelStatistics {});
    QVERIFY(!table.modelStatistics().effectiveResidualDegreesOfFreedom());
}

void TestTable::withCellsKeepsTheShape()
{
    Table table({QStringLiteral("area")}, {{QStringLiteral("North")}, {QStringLiteral("Total")}},
                {{QStringLiteral("n")}, {QStringLiteral("mean")}},
                {Cell {3.0, {}, {}}, Cell {2.5, {}, {}}, Cell {3.0, {}, {}}, Cell {2.5, {}, {}}},
                OutputKind::Magnitude);
    table.setColumnRoles({ColumnRole::Count, ColumnRole::Mean});
    table.markStructuralZero(0, 0);
    const Table changed
        = table.withCells({Cell {std::nullopt, QStringLiteral("*"), {}}, Cell {2.5, {}, {}},
                           Cell {3.0, {}, {}}, Cell {2.5, {}, {}}});
    QVERIFY(changed.cell(0, 0).isSuppressed());
    QCOMPARE(changed.cell(0, 0).sourceText, QStringLiteral("*"));
    QCOMPARE(changed.cell(1, 1).value, 2.5);
    QCOMPARE(changed.rowLabel(1), LabelPath {QStringLiteral("Total")});
    QVERIFY(changed.isMarginRow(1));
    QVERIFY(changed.columnRole(1) == ColumnRole::Mean);
    QVERIFY(changed.kind() == OutputKind::Magnitude);
    QVERIFY(changed.isStructuralZero(0, 0));
    QVERIFY(!table.cell(0, 0).isSuppressed()); // the original is untouched
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, table.withCells({}));
}

QTEST_GUILESS_MAIN(TestTable)
#include "tst_table.moc"
