#include "check/differencing.h"
#include "protecttestsupport.h"

#include <QtTest>

using egress::check::ComparableTable;
using egress::check::Differencing;
using egress::check::OutputResult;
using egress::testing::tableFromCsv;

namespace {

OutputResult outputOf(const char* id, const char* csv)
{
    OutputResult output;
    output.id = QString::fromLatin1(id);
    output.table = std::make_shared<const egress::table::Table>(tableFromCsv(csv));
    output.status = egress::rules::Status::Pass;
    output.summary = QStringLiteral("all cells pass");
    return output;
}

// "status: cell: message" per finding of each output, outputs joined by " | ".
QString describe(const QList<OutputResult>& outputs)
{
    QStringList parts;
    for (const OutputResult& output : outputs) {
        QStringList findings;
        for (const auto& finding : output.findings)
            findings.append(
                QStringLiteral("%1 %2: %3")
                    .arg(egress::rules::toString(finding.status),
                         output.table->describeCell(finding.cell->row, finding.cell->column),
                         finding.message));
        parts.append(output.id + u'=' + findings.join(QStringLiteral("; ")));
    }
    return parts.join(QStringLiteral(" | "));
}

} // namespace

class TestDifferencing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void totalsThatDifferByASmallGroup();
    void differencesOfTOrMoreAndEqualTablesPass();
    void shiftedBands();
    void suppressedHerePublishedThere();
    void earlierReleases();
};

// All people, and all but one group: 120 − 115 = 5 < 10. One finding per output and partner,
// on the first cell in table order, counting the others.
void TestDifferencing::totalsThatDifferByASmallGroup()
{
    QList<OutputResult> outputs {outputOf("all", "area,n\nNorth,70\nSouth,50\nTotal,120\n"),
                                 outputOf("most", "area,n\nNorth,67\nSouth,48\nTotal,115\n")};
    Differencing::judge(outputs, {}, 10);
    QCOMPARE(describe(outputs),
             QStringLiteral("all=fail North × n: 70 here and 67 in most differ by 3 < 10: the "
                            "difference is a group of 3 (and 2 more such cells) | "
                            "most=fail North × n: 67 here and 70 in all differ by 3 < 10: the "
                            "difference is a group of 3 (and 2 more such cells)"));
    QCOMPARE(egress::rules::toString(outputs.at(0).status), QStringLiteral("fail"));
    // A summary that said all passed now says why not.
    QCOMPARE(outputs.at(0).summary, QStringLiteral("differencing with most"));
}

void TestDifferencing::differencesOfTOrMoreAndEqualTablesPass()
{
    QList<OutputResult> outputs {outputOf("a", "area,n\nNorth,70\nSouth,50\nTotal,120\n"),
                                 outputOf("b", "area,n\nNorth,70\nSouth,60\nTotal,130\n"),
                                 outputOf("c", "area,n\nNorth,70\nSouth,50\nTotal,120\n"),
                                 outputOf("other dimension", "sex,n\nNorth,69\nTotal,119\n")};
    Differencing::judge(outputs, {}, 10); // 10 apart is not below 10
    QCOMPARE(describe(outputs), QStringLiteral("a= | b= | c= | other dimension="));
}

// 18-64 and 18-65 share their lower end: 103 − 100 = 3 people aged 65 in North.
void TestDifferencing::shiftedBands()
{
    QList<OutputResult> outputs {outputOf("working age", "area,18-64,65+\nNorth,100,50\n"),
                                 outputOf("to 65", "area,18-65,66+\nNorth,103,47\n")};
    Differencing::judge(outputs, {}, 10);
    QCOMPARE(describe(outputs),
             QStringLiteral("working age=fail North × 18-64: 100 in 18-64 here and 103 in 18-65 "
                            "of to 65 differ by 3 < 10: the bands differ only at one end, so the "
                            "difference is 3 people (and 1 more such cell) | to 65=fail North × "
                            "18-65: 100 in 18-64 here and 103 in 18-65 of to 65 differ by 3 < "
                            "10: the bands differ only at one end, so the difference is 3 people "
                            "(and 1 more such cell)"));
}

void TestDifferencing::suppressedHerePublishedThere()
{
    QList<OutputResult> outputs {outputOf("hidden", "area,n\nNorth,*\nSouth,50\n"),
                                 outputOf("shown", "area,n\nNorth,4\nEast,50\n")};
    Differencing::judge(outputs, {}, 10);
    QCOMPARE(describe(outputs),
             QStringLiteral("hidden=fail North × n: suppressed here, but shown publishes it: 4 | "
                            "shown="));
}

// A table released before counts as much as one in the request; it gets no findings itself.
void TestDifferencing::earlierReleases()
{
    QList<OutputResult> outputs {outputOf("now", "area,n\nNorth,70\nTotal,70\n")};
    const ComparableTable earlier {
        QStringLiteral("REQ-2026-0001/north"),
        std::make_shared<const egress::table::Table>(tableFromCsv("area,n\nNorth,71\n")), true};
    Differencing::judge(outputs, {earlier}, 10);
    QCOMPARE(describe(outputs),
             QStringLiteral("now=fail North × n: 70 here and 71 in REQ-2026-0001/north differ by "
                            "1 < 10: the difference is a group of 1"));
}

QTEST_GUILESS_MAIN(TestDifferencing)
#include "tst_differencing.moc"
