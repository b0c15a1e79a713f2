#include "protect/cellcomposition.h"
#include "protect/gausssuppression.h"
#include "protecttestsupport.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>

using egress::protect::CellComposition;
using egress::protect::GaussSuppression;
using egress::table::Table;
using egress::testing::tableFromCsv;

namespace {

struct Protected
{
    CellComposition composition;
    QList<GaussSuppression::Cell> cells;
    QList<bool> suppressed;
};

// Primary: every count 0 ≤ n < 3; preference to publish: the value.
Protected protect(const Table& table, double below = 3)
{
    Protected result {CellComposition::of(table), {}, {}};
    for (const qsizetype cell : result.composition.cells()) {
        const double value
            = table.cell(cell / table.columnCount(), cell % table.columnCount()).value.value_or(0);
        result.cells.append({value < below, value == 0, value == 1, value});
    }
    result.suppressed = GaussSuppression::suppress(result.composition, result.cells);
    return result;
}

QStringList suppressedNames(const Table& table, const Protected& result)
{
    QStringList names;
    for (qsizetype k = 0; k < result.suppressed.size(); ++k) {
        if (result.suppressed.at(k)) {
            const qsizetype cell = result.composition.cells().at(k);
            names.append(
                table.describeCell(cell / table.columnCount(), cell % table.columnCount()));
        }
    }
    return names;
}

// An audit written apart from the engine: dense elimination in doubles over the published
// cells' 0/1 vectors (with a published zero's inner cells as known), then whether a primary's
// vector lies in their span, also once a singleton's own cell is added to what is known. Fine for
// the small tables here, whose entries stay small integers.
bool anyPrimaryDerivable(const Protected& result)
{
    const int variables = result.composition.variableCount();
    QList<QList<double>> rows;
    for (qsizetype k = 0; k < result.suppressed.size(); ++k) {
        if (result.suppressed.at(k))
            continue;
        if (result.cells.at(k).zero) {
            for (const int term : result.composition.terms().at(k)) {
                QList<double> unit(variables, 0);
                unit[term] = 1;
                rows.append(unit);
            }
            continue;
        }
        QList<double> row(variables, 0);
        for (const int term : result.composition.terms().at(k))
            row[term] = 1;
        rows.append(row);
    }
    const auto rankOf = [variables](QList<QList<double>> matrix) {
        int rank = 0;
        for (int column = 0; column < variables && rank < matrix.size(); ++column) {
            qsizetype pivot = -1;
            for (qsizetype r = rank; r < matrix.size(); ++r) {
                if (std::abs(matrix[r][column]) > 1e-9
                    && (pivot < 0 || std::abs(matrix[r][column]) > std::abs(matrix[pivot][column])))
                    pivot = r;
            }
            if (pivot < 0)
                continue;
            std::swap(matrix[rank], matrix[pivot]);
            for (qsizetype r = 0; r < matrix.size(); ++r) {
                if (r == rank || std::abs(matrix[r][column]) < 1e-12)
                    continue;
                const double factor = matrix[r][column] / matrix[rank][column];
                for (int c = 0; c < variables; ++c)
                    matrix[r][c] -= factor * matrix[rank][c];
            }
            ++rank;
        }
        return rank;
    };
    const auto vectorOf = [&](qsizetype k) {
        QList<double> row(variables, 0);
        for (const int term : result.composition.terms().at(k))
            row[term] = 1;
        return row;
    };
    const auto derivable = [&](const QList<QList<double>>& known, qsizetype k) {
        QList<QList<double>> with = known;
        with.append(vectorOf(k));
        return rankOf(with) == rankOf(known);
    };
    for (qsizetype k = 0; k < result.cells.size(); ++k) {
        if (result.cells.at(k).primary && derivable(rows, k))
            return true;
    }
    // What a singleton's contributor knows besides: its own cell.
    for (qsizetype s = 0; s < result.cells.size(); ++s) {
        if (!result.cells.at(s).primary || !result.cells.at(s).singleton)
            continue;
        QList<QList<double>> known = rows;
        known.append(vectorOf(s));
        // A cell with the same composition is the same number (a total over one group only).
        for (qsizetype k = 0; k < result.cells.size(); ++k) {
            if (k != s && result.cells.at(k).primary
                && result.composition.terms().at(k) != result.composition.terms().at(s)
                && derivable(known, k))
                return true;
        }
    }
    return false;
}

} // namespace

class TestGaussSuppression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handMadeTables_data();
    void handMadeTables();
    void randomTablesLeaveNoPrimaryDerivable();
    void sameInputSameResult();
};

void TestGaussSuppression::handMadeTables_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<double>("below"); // primary: 0 ≤ n < below
    QTest::addColumn<QString>("suppressed"); // cell names joined by "; "

    // Candidates by value: 92, 70, 60, 40, 32, 30, 22, 20. With 92, 70 and 60 published, 40
    // would give A×M = 92 − 70 − (60 − 40); 32 adds nothing (92 − 60); 30 would give
    // A×M = 32 − 30; 22 adds nothing (92 − 70); 20 would give A×M = 22 − 20. So the four
    // inner cells go and every margin stays: the classic pattern.
    QTest::newRow("2×2 with margins")
        << QByteArray("s,M,F,Total\nA,2,20,22\nB,30,40,70\nTotal,32,60,92\n") << 3.0
        << QStringLiteral("A × M; A × F; B × M; B × F");
    // 92 and 50 published; 40 would give a = 92 − 50 − 40. (Not x, y, z: "x" marks a
    // suppressed cell, "z" heads a regression's statistic.)
    QTest::newRow("a row with one suppressed cell and a total")
        << QByteArray("s,a,b,c,Total\nA,2,50,40,92\n") << 3.0 << QStringLiteral("A × a; A × c");
    // A published zero total says every cell in it is 0, so with a primary zero inside, it goes.
    QTest::newRow("a zero total over primary zeros")
        << QByteArray("s,a,b,Total\nA,0,0,0\n") << 1.0 << QStringLiteral("A × a; A × b; A × Total");
    // 5 and 5 published would leave a + b = 0, so both 0: zeros cannot protect each other, and
    // the total goes, though no linear combination gives a alone.
    QTest::newRow("zeros cannot protect each other")
        << QByteArray("s,a,b,c,Total\nA,0,0,5,5\n") << 3.0
        << QStringLiteral("A × a; A × b; A × Total");
    // With a small count beside the zeros, the total and d can be published: a + b + c = 2
    // pins none of them (how narrowly it bounds them is the LP audit's question).
    QTest::newRow("a zero beside a small count") << QByteArray("s,a,b,c,d,Total\nA,0,0,2,20,22\n")
                                                 << 3.0 << QStringLiteral("A × a; A × b; A × c");
    // 122, 90, 50 published; 40 is H − 50, known already; 32 is 122 − 90, known; 30 would give
    // A1 = 32 − 30.
    QTest::newRow("area within group")
        << QByteArray("group,area,n\nG,A1,2\nG,A2,30\nG,Total,32\nH,B1,40\nH,B2,50\nH,Total,90\n"
                      "Total,Total,122\n")
        << 3.0 << QStringLiteral("G / A1 × n; G / A2 × n");
    // Without singletons 53 and 50 would be published (a + b = 3 hides both). But the one person
    // in a knows a = 1, so b = 53 − 50 − 1: c must go too. Then b + c = 52 hides b.
    QTest::newRow("a singleton can subtract itself")
        << QByteArray("s,a,b,c,Total\nA,1,2,50,53\n") << 3.0
        << QStringLiteral("A × a; A × b; A × c");
    QTest::newRow("nothing primary, nothing suppressed")
        << QByteArray("s,M,F,Total\nA,12,20,32\nB,30,40,70\nTotal,42,60,102\n") << 3.0 << QString();
}

void TestGaussSuppression::handMadeTables()
{
    QFETCH(QByteArray, csv);
    QFETCH(double, below);
    QFETCH(QString, suppressed);
    const Table table = tableFromCsv(csv.constData());
    const Protected result = protect(table, below);
    QCOMPARE(suppressedNames(table, result).join(QStringLiteral("; ")), suppressed);
    QVERIFY(!anyPrimaryDerivable(result));
}

// Many random tables with margins (two or three dimensions, small Poisson-like counts so that
// primaries and zeros are common) → protect → the independent audit finds no derivable primary.
void TestGaussSuppression::randomTablesLeaveNoPrimaryDerivable()
{
    QRandomGenerator random(20261204);
    int primaries = 0;
    int secondaries = 0;
    for (int trial = 0; trial < 300; ++trial) {
        const int rows = 2 + int(random.bounded(4));
        const int columns = 2 + int(random.bounded(4));
        const int groups = 1 + int(random.bounded(2)); // 2: a third dimension in the rows
        QList<QList<QList<int>>> counts(groups, QList<QList<int>>(rows, QList<int>(columns)));
        for (auto& group : counts)
            for (auto& row : group)
                for (int& count : row)
                    count = int(random.bounded(12)) / (random.bounded(3) == 0 ? 4 : 1);
        QByteArray csv = "g,r";
        for (int c = 0; c < columns; ++c)
            csv += ",c" + QByteArray::number(c);
        csv += ",Total\n";
        const auto line = [&](const QByteArray& g, const QByteArray& r, const QList<int>& values) {
            csv += g + ',' + r;
            int sum = 0;
            for (const int value : values) {
                csv += ',' + QByteArray::number(value);
                sum += value;
            }
            csv += ',' + QByteArray::number(sum) + '\n';
        };
        QList<int> grand(columns, 0);
        for (int g = 0; g < groups; ++g) {
            QList<int> groupTotal(columns, 0);
            for (int r = 0; r < rows; ++r) {
                line("g" + QByteArray::number(g), "r" + QByteArray::number(r), counts[g][r]);
                for (int c = 0; c < columns; ++c)
                    groupTotal[c] += counts[g][r][c];
            }
            line("g" + QByteArray::number(g), "Total", groupTotal);
            for (int c = 0; c < columns; ++c)
                grand[c] += groupTotal[c];
        }
        line("Total", "Total", grand);
        const Table table = tableFromCsv(csv.constData());
        const Protected result = protect(table);
        QVERIFY2(!anyPrimaryDerivable(result), csv.constData());
        for (qsizetype k = 0; k < result.cells.size(); ++k) {
            primaries += result.cells.at(k).primary ? 1 : 0;
            secondaries += result.suppressed.at(k) && !result.cells.at(k).primary ? 1 : 0;
        }
    }
    QVERIFY(primaries > 1000); // the test really exercised suppression
    QVERIFY(secondaries > 500);
}

void TestGaussSuppression::sameInputSameResult()
{
    const Table table
        = tableFromCsv("s,a,b,c,Total\nA,1,5,5,11\nB,5,1,5,11\nC,5,5,1,11\nTotal,11,11,11,33\n");
    const QList<bool> first = protect(table).suppressed;
    for (int run = 0; run < 5; ++run)
        QCOMPARE(protect(table).suppressed, first);
    // Equal preferences go to the earlier cell: the three 5s of row A are tried in table order.
    QVERIFY(first.contains(true));
}

QTEST_GUILESS_MAIN(TestGaussSuppression)
#include "tst_gausssuppression.moc"
