#include "table/evidence.h"

#include <QtTest>

using egress::table::CellEvidence;
using egress::table::Evidence;
using egress::table::LabelPath;

namespace {

CellEvidence cellOf(const LabelPath& row, const LabelPath& column, qint64 units)
{
    CellEvidence cell;
    cell.row = row;
    cell.column = column;
    cell.units = units;
    cell.total = 100.0 * double(units);
    cell.top = {50.0, 25.0};
    return cell;
}

// Each cell has a different number of units, so the units name the cell found.
Evidence costBySetting()
{
    Evidence evidence;
    evidence.output = QStringLiteral("cost_by_setting");
    evidence.statistic = QStringLiteral("mean");
    evidence.add(cellOf({QStringLiteral("Hillingdon")}, {QStringLiteral("Residential")}, 412));
    evidence.add(cellOf({QStringLiteral("Hillingdon")},
                        {QStringLiteral("Long Term Support: Community")}, 77));
    // The whole row: what stands behind a column that only names a statistic.
    evidence.add(cellOf({QStringLiteral("Hillingdon")}, {}, 1000));
    evidence.add(cellOf({QStringLiteral("Hillingdon"), QStringLiteral("65+")},
                        {QStringLiteral("Residential")}, 57));
    // Categories whose names resemble bin edges.
    evidence.add(cellOf({QStringLiteral("Hillingdon")}, {QStringLiteral("High")}, 20));
    evidence.add(cellOf({QStringLiteral("Hillingdon")}, {QStringLiteral("Left")}, 21));
    // Unusual characters are kept verbatim.
    evidence.add(cellOf({QStringLiteral("Ynys Môn")}, {QStringLiteral("Cost £/week (ø)")}, 31));
    evidence.add(cellOf({QStringLiteral("Hillingdon / 65+")}, {QStringLiteral("a × b")}, 32));
    evidence.add(cellOf({QStringLiteral("Hillingdon")}, {QString()}, 33));
    evidence.add(cellOf({QStringLiteral("Hillingdon")}, {QStringLiteral("  spaced  ")}, 34));
    evidence.add(cellOf({QStringLiteral("\"quoted\", comma")}, {QStringLiteral("P>|z|")}, 35));
    // A column that is literally a statistic label: the exact match is tried first.
    evidence.add(cellOf({QStringLiteral("Ealing")}, {QStringLiteral("mean")}, 40));
    evidence.add(cellOf({QStringLiteral("Ealing")}, {}, 41));
    return evidence;
}

} // namespace

class TestEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data();
    void find();
    void emptyEvidence_data();
    void emptyEvidence();
    void keepsFieldsAndOrder();
    void duplicateAddReplaces();
};

void TestEvidence::find_data()
{
    QTest::addColumn<LabelPath>("row");
    QTest::addColumn<LabelPath>("column");
    QTest::addColumn<qint64>("units"); // -1: no evidence

    const QString hillingdon = QStringLiteral("Hillingdon");
    const QString residential = QStringLiteral("Residential");

    QTest::newRow("exact") << LabelPath {hillingdon} << LabelPath {residential} << qint64(412);
    QTest::newRow("exact, long label")
        << LabelPath {hillingdon} << LabelPath {QStringLiteral("Long Term Support: Community")}
        << qint64(77);
    QTest::newRow("exact, two row labels")
        << LabelPath {hillingdon, QStringLiteral("65+")} << LabelPath {residential} << qint64(57);

    QTest::newRow("statistic after the category")
        << LabelPath {hillingdon} << LabelPath {residential, QStringLiteral("mean")} << qint64(412);
    QTest::newRow("statistic before the category")
        << LabelPath {hillingdon} << LabelPath {QStringLiteral("n"), residential} << qint64(412);
    QTest::newRow("Stata's Std. Dev.")
        << LabelPath {hillingdon} << LabelPath {residential, QStringLiteral("Std. Dev.")}
        << qint64(412);
    QTest::newRow("two statistics")
        << LabelPath {hillingdon}
        << LabelPath {QStringLiteral("mean"), residential, QStringLiteral("sd")} << qint64(412);
    QTest::newRow("only a statistic")
        << LabelPath {hillingdon} << LabelPath {QStringLiteral("mean")} << qint64(1000);
    QTest::newRow("only a count") << LabelPath {hillingdon} << LabelPath {QStringLiteral("N")}
                                  << qint64(1000);
    QTest::newRow("no column labels") << LabelPath {hillingdon} << LabelPath {} << qint64(1000);
    QTest::newRow("High is a category, not a bin edge")
        << LabelPath {hillingdon} << LabelPath {QStringLiteral("High"), QStringLiteral("mean")}
        << qint64(20);
    QTest::newRow("Left is a category, not a bin edge")
        << LabelPath {hillingdon} << LabelPath {QStringLiteral("Left"), QStringLiteral("median")}
        << qint64(21);
    QTest::newRow("exact match before dropping statistics")
        << LabelPath {QStringLiteral("Ealing")} << LabelPath {QStringLiteral("mean")} << qint64(40);
    QTest::newRow("dropping statistics reaches the row cell")
        << LabelPath {QStringLiteral("Ealing")} << LabelPath {QStringLiteral("sd")} << qint64(41);

    QTest::newRow("unicode and symbols")
        << LabelPath {QStringLiteral("Ynys Môn")} << LabelPath {QStringLiteral("Cost £/week (ø)")}
        << qint64(31);
    QTest::newRow("slash inside one label") << LabelPath {QStringLiteral("Hillingdon / 65+")}
                                            << LabelPath {QStringLiteral("a × b")} << qint64(32);
    QTest::newRow("empty label") << LabelPath {hillingdon} << LabelPath {QString()} << qint64(33);
    QTest::newRow("padded label") << LabelPath {hillingdon}
                                  << LabelPath {QStringLiteral("  spaced  ")} << qint64(34);
    QTest::newRow("quotes, comma and bars") << LabelPath {QStringLiteral("\"quoted\", comma")}
                                            << LabelPath {QStringLiteral("P>|z|")} << qint64(35);

    QTest::newRow("unknown category")
        << LabelPath {hillingdon} << LabelPath {QStringLiteral("Nursing")} << qint64(-1);
    QTest::newRow("unknown category with a statistic")
        << LabelPath {hillingdon} << LabelPath {QStringLiteral("Nursing"), QStringLiteral("mean")}
        << qint64(-1);
    QTest::newRow("unknown row") << LabelPath {QStringLiteral("Harrow")} << LabelPath {residential}
                                 << qint64(-1);
    QTest::newRow("labels are case-sensitive")
        << LabelPath {hillingdon} << LabelPath {QStringLiteral("residential")} << qint64(-1);
    QTest::newRow("labels are not trimmed")
        << LabelPath {hillingdon} << LabelPath {QStringLiteral("spaced")} << qint64(-1);
    QTest::newRow("one label is not two") << LabelPath {hillingdon, QStringLiteral("65+")}
                                          << LabelPath {QStringLiteral("a × b")} << qint64(-1);
    QTest::newRow("two labels are not one")
        << LabelPath {QStringLiteral("Hillingdon / 65+")} << LabelPath {residential} << qint64(-1);
    QTest::newRow("row and column swapped")
        << LabelPath {residential} << LabelPath {hillingdon} << qint64(-1);
    QTest::newRow("row labels are not dropped")
        << LabelPath {hillingdon, QStringLiteral("mean")} << LabelPath {residential} << qint64(-1);
    QTest::newRow("row too short")
        << LabelPath {QStringLiteral("65+")} << LabelPath {residential} << qint64(-1);
}

void TestEvidence::find()
{
    QFETCH(LabelPath, row);
    QFETCH(LabelPath, column);
    QFETCH(qint64, units);

    const Evidence evidence = costBySetting();
    const CellEvidence* found = evidence.find(row, column);
    if (units < 0) {
        QCOMPARE(found ? found->units : qint64(-1), qint64(-1));
        return;
    }
    QVERIFY(found);
    QCOMPARE(found->units, units);
}

void TestEvidence::emptyEvidence_data()
{
    QTest::addColumn<LabelPath>("row");
    QTest::addColumn<LabelPath>("column");

    QTest::newRow("nothing") << LabelPath {} << LabelPath {};
    QTest::newRow("a cell") << LabelPath {QStringLiteral("Hillingdon")}
                            << LabelPath {QStringLiteral("Residential")};
    QTest::newRow("a statistic") << LabelPath {QStringLiteral("Hillingdon")}
                                 << LabelPath {QStringLiteral("mean")};
}

void TestEvidence::emptyEvidence()
{
    QFETCH(LabelPath, row);
    QFETCH(LabelPath, column);

    const Evidence evidence;
    QVERIFY(evidence.isEmpty());
    QCOMPARE(evidence.cells().size(), qsizetype(0));
    QCOMPARE(evidence.unit, QStringLiteral("person"));
    QVERIFY(!evidence.find(row, column));
}

void TestEvidence::keepsFieldsAndOrder()
{
    const Evidence evidence = costBySetting();
    QVERIFY(!evidence.isEmpty());
    QCOMPARE(evidence.cells().size(), qsizetype(13));
    QCOMPARE(evidence.cells().first().units, qint64(412));
    QCOMPARE(evidence.cells().last().units, qint64(41));

    const CellEvidence* found
        = evidence.find({QStringLiteral("Hillingdon")}, {QStringLiteral("Residential")});
    QVERIFY(found);
    QCOMPARE(found, &evidence.cells().first()); // a pointer into cells(), not a copy
    QCOMPARE(found->total, 41200.0);
    QCOMPARE(found->top, (QList<double> {50.0, 25.0}));
    QCOMPARE(found->negatives, qint64(0));
    QCOMPARE(found->missing, qint64(0));
    QVERIFY(!found->minimum);
    QVERIFY(!found->maximum);
}

void TestEvidence::duplicateAddReplaces()
{
    Evidence evidence;
    evidence.add(cellOf({QStringLiteral("A")}, {QStringLiteral("x")}, 10));
    evidence.add(cellOf({QStringLiteral("A")}, {QStringLiteral("y")}, 11));
    evidence.add(cellOf({QStringLiteral("B")}, {QStringLiteral("x")}, 12));
    CellEvidence replacement = cellOf({QStringLiteral("A")}, {QStringLiteral("x")}, 20);
    replacement.minimum = 1.5;
    evidence.add(replacement);

    // The last one wins, in its predecessor's place, and there is one cell per label pair.
    QCOMPARE(evidence.cells().size(), qsizetype(3));
    QCOMPARE(evidence.cells().at(0).units, qint64(20));
    QCOMPARE(evidence.cells().at(0).minimum.value_or(0), 1.5);
    QCOMPARE(evidence.cells().at(1).units, qint64(11));
    QCOMPARE(evidence.cells().at(2).units, qint64(12));

    const CellEvidence* found = evidence.find({QStringLiteral("A")}, {QStringLiteral("x")});
    QVERIFY(found);
    QCOMPARE(found->units, qint64(20));
    found = evidence.find({QStringLiteral("A")}, {QStringLiteral("y")});
    QVERIFY(found);
    QCOMPARE(found->units, qint64(11));
    found = evidence.find({QStringLiteral("B")}, {QStringLiteral("x")});
    QVERIFY(found);
    QCOMPARE(found->units, qint64(12));
}

QTEST_GUILESS_MAIN(TestEvidence)
#include "tst_evidence.moc"
