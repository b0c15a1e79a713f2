#include "protect/cellcomposition.h"
#include "protecttestsupport.h"

#include <QtTest>

using egress::protect::CellComposition;
using egress::testing::tableFromCsv;

namespace {

// "cell=v1+v2" per taking-part cell, the cell named by its labels, variables by their inner
// cell's labels (or "own" for a margin that became a variable of its own).
QStringList describe(const char* csv)
{
    const egress::table::Table table = tableFromCsv(csv);
    const CellComposition composition = CellComposition::of(table);
    QHash<int, QString> names;
    const auto nameOf = [&table](qsizetype cell) {
        return table.describeCell(cell / table.columnCount(), cell % table.columnCount());
    };
    for (qsizetype k = 0; k < composition.cells().size(); ++k) {
        if (composition.terms().at(k).size() == 1
            && !names.contains(composition.terms().at(k).at(0)))
            names.insert(composition.terms().at(k).at(0), nameOf(composition.cells().at(k)));
    }
    QStringList lines;
    for (qsizetype k = 0; k < composition.cells().size(); ++k) {
        QStringList terms;
        for (const int term : composition.terms().at(k))
            terms.append(names.value(term, QStringLiteral("?")));
        lines.append(nameOf(composition.cells().at(k)) + u'=' + terms.join(u'+'));
    }
    return lines;
}

QStringList lines(std::initializer_list<const char*> texts)
{
    QStringList result;
    for (const char* text : texts)
        result.append(QString::fromUtf8(text));
    return result;
}

} // namespace

class TestCellComposition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoByTwoWithMargins();
    void nestedRowsAndSuppressedCells();
    void marginThatDoesNotAddUpIsItsOwn();
    void magnitudeSumsOnlyWithinOneStatistic();
};

void TestCellComposition::twoByTwoWithMargins()
{
    QCOMPARE(describe("s,M,F,Total\nA,2,20,22\nB,30,40,70\nTotal,32,60,92\n"),
             lines({"A × M=A × M", "A × F=A × F", "A × Total=A × M+A × F", "B × M=B × M",
                    "B × F=B × F", "B × Total=B × M+B × F", "Total × M=A × M+B × M",
                    "Total × F=A × F+B × F", "Total × Total=A × M+A × F+B × M+B × F"}));
}

// Area within group: a group's total adds its areas, the grand total every area. A suppressed
// cell is still a variable: what it holds is what suppression hides.
void TestCellComposition::nestedRowsAndSuppressedCells()
{
    QCOMPARE(
        describe("group,area,n\nG,A1,*\nG,A2,30\nG,Total,33\nH,B1,40\nH,Total,40\n"
                 "Total,Total,73\n"),
        lines({"G / A1 × n=G / A1 × n", "G / A2 × n=G / A2 × n",
               "G / Total × n=G / A1 × n+G / A2 × n", "H / B1 × n=H / B1 × n",
               "H / Total × n=H / B1 × n", "Total / Total × n=G / A1 × n+G / A2 × n+H / B1 × n"}));
}

// 5 + 6 is not 12: the row total is no relation of this table (a category is missing, or the
// total was rounded on its own), so it is a variable of its own. The column totals still hold.
void TestCellComposition::marginThatDoesNotAddUpIsItsOwn()
{
    const QStringList lines = describe("s,M,F,Total\nA,5,6,12\nB,1,1,2\nTotal,6,7,14\n");
    QCOMPARE(lines.at(2), QStringLiteral("A × Total=A × Total"));
    QCOMPARE(lines.at(5), QStringLiteral("B × Total=B × M+B × F"));
    QCOMPARE(lines.at(6), QStringLiteral("Total × M=A × M+B × M"));
}

// n adds up and so does sum; a mean does not take part, and no n is a term of a sum.
void TestCellComposition::magnitudeSumsOnlyWithinOneStatistic()
{
    QCOMPARE(describe(",X,X,X,Total,Total,Total\nb,n,mean,sum,n,mean,sum\n"
                      "P,10,2,20,10,2,20\nTotal,10,2,20,10,2,20\n"),
             lines({"P × X / n=P × X / n", "P × X / sum=P × X / sum", "P × Total / n=P × X / n",
                    "P × Total / sum=P × X / sum", "Total × X / n=P × X / n",
                    "Total × X / sum=P × X / sum", "Total × Total / n=P × X / n",
                    "Total × Total / sum=P × X / sum"}));
}

QTEST_GUILESS_MAIN(TestCellComposition)
#include "tst_cellcomposition.moc"
