#include "profiles/profile.h"
#include "rules/histogramrule.h"
#include "ruletestsupport.h"
#include "table/evidence.h"
#include "table/table.h"

#include <QtTest>

#include <optional>

using egress::profiles::Profile;
using egress::rules::Finding;
using egress::rules::HistogramRule;
using egress::table::CellEvidence;
using egress::table::ColumnRole;
using egress::table::Evidence;
using egress::table::OutputKind;
using egress::table::Table;
using egress::testing::evidenceOf;
using egress::testing::profileWithExtraRules;
using egress::testing::tableOf;
using egress::testing::valueColumn;

namespace {

Profile histogramProfile(bool outerEdges = true, int t = 10)
{
    return profileWithExtraRules(
        QStringLiteral(R"("histogram": {"outer-edges": %1})")
            .arg(outerEdges ? QStringLiteral("true") : QStringLiteral("false")),
        t);
}

// Bins [0, 10), [10, 20), [20, 30] with the given counts, optionally followed by a Total row.
Table bins(const QList<double>& counts, bool withTotal = false, double totalLower = 0,
           double totalUpper = 30)
{
    QStringList rows = {QStringLiteral("0-10"), QStringLiteral("10-20"), QStringLiteral("20-30")};
    QList<std::optional<double>> values
        = {0, 10, counts.at(0), 10, 20, counts.at(1), 20, 30, counts.at(2)};
    if (withTotal) {
        rows.append(QStringLiteral("Total"));
        values << totalLower << totalUpper << counts.at(0) + counts.at(1) + counts.at(2);
    }
    return tableOf(OutputKind::Histogram, rows,
                   {valueColumn(QStringLiteral("lower"), ColumnRole::BinLower),
                    valueColumn(QStringLiteral("upper"), ColumnRole::BinUpper),
                    valueColumn(QStringLiteral("n"), ColumnRole::Count)},
                   values);
}

// The data's smallest and largest values, as the pre-check records them.
Evidence range(std::optional<double> minimum, std::optional<double> maximum)
{
    CellEvidence cell;
    cell.units = 150;
    cell.minimum = minimum;
    cell.maximum = maximum;
    return evidenceOf({cell});
}

QStringList describe(const QList<Finding>& findings)
{
    return egress::testing::describeFindings(findings, QStringLiteral("histogram"));
}

const QString kLowest = QStringLiteral("fail 0-10×lower | the lowest bin starts at 0, the smallest "
                                       "value in the data: one person's own value");
const QString kHighest = QStringLiteral("fail 20-30×upper | the highest bin ends at 30, the "
                                        "largest value in the data: one person's own value");
const QString kNoRange = QStringLiteral("review - | no evidence gives the data's minimum and "
                                        "maximum: a person must check that the outer bin edges "
                                        "are not people's own values");

} // namespace

class TestHistogramRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void id();
    void binCounts_data();
    void binCounts();
    void outerEdges_data();
    void outerEdges();
    void withoutEvidenceOneReview();
    void withoutEdgeColumnsNoEdgeFinding();
    void marginRowsAreNotEdges();
    void outerEdgesOff();
    void onlyHistograms();
    void summary();
};

void TestHistogramRule::id()
{
    QCOMPARE(HistogramRule().id(), QStringLiteral("histogram"));
}

void TestHistogramRule::binCounts_data()
{
    QTest::addColumn<int>("t");
    QTest::addColumn<double>("n");
    QTest::addColumn<QString>("message"); // empty: no finding

    for (const int t : {10, 5}) {
        QTest::addRow("t=%d, n = t-1", t)
            << t << double(t - 1)
            << QStringLiteral("this bin holds %1 people < threshold %2").arg(t - 1).arg(t);
        QTest::addRow("t=%d, n = t", t) << t << double(t) << QString();
        QTest::addRow("t=%d, n = t+1", t) << t << double(t + 1) << QString();
        QTest::addRow("t=%d, n = 1", t)
            << t << 1.0 << QStringLiteral("this bin holds 1 person < threshold %1").arg(t);
        // An empty bin says nobody has a value there; the outer edges are the rule's concern.
        QTest::addRow("t=%d, n = 0", t) << t << 0.0 << QString();
    }
}

void TestHistogramRule::binCounts()
{
    QFETCH(int, t);
    QFETCH(double, n);
    QFETCH(QString, message);

    // The middle bin is under test; the data range 2..28 lies inside the outer edges 0 and 30.
    const Evidence evidence = range(2, 28);
    const QList<Finding> findings
        = HistogramRule().evaluate(bins({50, n, 50}), &evidence, histogramProfile(true, t));
    if (message.isEmpty()) {
        QCOMPARE(describe(findings), QStringList());
        return;
    }
    QCOMPARE(describe(findings), QStringList {QStringLiteral("fail 10-20×n | ") + message});
    QCOMPARE(*findings.first().value, n);
}

void TestHistogramRule::outerEdges_data()
{
    QTest::addColumn<double>("minimum");
    QTest::addColumn<double>("maximum");
    QTest::addColumn<QStringList>("findings");

    // Outer edges 0 and 30.
    QTest::newRow("both edges are the data's") << 0.0 << 30.0 << QStringList {kLowest, kHighest};
    QTest::newRow("lowest edge is the minimum") << 0.0 << 29.5 << QStringList {kLowest};
    QTest::newRow("highest edge is the maximum") << 0.5 << 30.0 << QStringList {kHighest};
    QTest::newRow("edges outside the data") << 0.5 << 29.5 << QStringList();
    // Inner edges (10, 20) equal to the extremes are not outer edges.
    QTest::newRow("inner edges equal the extremes") << 10.0 << 20.0 << QStringList();
}

void TestHistogramRule::outerEdges()
{
    QFETCH(double, minimum);
    QFETCH(double, maximum);
    QFETCH(QStringList, findings);

    const Evidence evidence = range(minimum, maximum);
    const QList<Finding> result
        = HistogramRule().evaluate(bins({50, 50, 50}), &evidence, histogramProfile());
    QCOMPARE(describe(result), findings);
    for (const Finding& finding : result)
        QCOMPARE(*finding.value, finding.cell->row == 0 ? 0.0 : 30.0);
}

void TestHistogramRule::withoutEvidenceOneReview()
{
    // One review for the output, whatever the number of bins, beside the bin findings.
    QCOMPARE(describe(HistogramRule().evaluate(bins({50, 3, 50}), nullptr, histogramProfile())),
             (QStringList {QStringLiteral("fail 10-20×n | this bin holds 3 people < threshold "
                                          "10"),
                           kNoRange}));
    // Evidence that does not give the range is no better.
    const Evidence withoutRange = range(std::nullopt, std::nullopt);
    QCOMPARE(
        describe(HistogramRule().evaluate(bins({50, 50, 50}), &withoutRange, histogramProfile())),
        QStringList {kNoRange});
    // The smallest and largest over every evidence cell: 0 from one, 30 from another.
    CellEvidence low;
    low.minimum = 0;
    low.maximum = 12;
    CellEvidence high;
    high.row = {QStringLiteral("other")};
    high.minimum = 4;
    high.maximum = 30;
    const Evidence split = evidenceOf({low, high});
    QCOMPARE(describe(HistogramRule().evaluate(bins({50, 50, 50}), &split, histogramProfile())),
             (QStringList {kLowest, kHighest}));
}

void TestHistogramRule::withoutEdgeColumnsNoEdgeFinding()
{
    const Table countsOnly
        = tableOf(OutputKind::Histogram, {QStringLiteral("0-10"), QStringLiteral("10-20")},
                  {valueColumn(QStringLiteral("n"), ColumnRole::Count)}, {50, 50});
    QCOMPARE(describe(HistogramRule().evaluate(countsOnly, nullptr, histogramProfile())),
             QStringList());
    const Evidence evidence = range(0, 30);
    QCOMPARE(describe(HistogramRule().evaluate(countsOnly, &evidence, histogramProfile())),
             QStringList());
}

void TestHistogramRule::marginRowsAreNotEdges()
{
    // The Total row spans -1..31; were it read as a bin, the outer edges would be -1 and 31 and
    // nothing would be found.
    const Evidence evidence = range(0, 30);
    QCOMPARE(describe(HistogramRule().evaluate(bins({50, 50, 50}, true, -1, 31), &evidence,
                                               histogramProfile())),
             (QStringList {kLowest, kHighest}));
}

void TestHistogramRule::outerEdgesOff()
{
    const Evidence evidence = range(0, 30);
    QCOMPARE(
        describe(HistogramRule().evaluate(bins({50, 50, 50}), &evidence, histogramProfile(false))),
        QStringList());
    QCOMPARE(
        describe(HistogramRule().evaluate(bins({50, 9, 50}), nullptr, histogramProfile(false))),
        QStringList {QStringLiteral("fail 10-20×n | this bin holds 9 people < threshold 10")});
}

void TestHistogramRule::onlyHistograms()
{
    Table frequency = bins({3, 3, 3});
    frequency.setKind(OutputKind::Frequency);
    QCOMPARE(describe(HistogramRule().evaluate(frequency, nullptr, histogramProfile())),
             QStringList());
    QCOMPARE(describe(HistogramRule().evaluate(bins({3, 3, 3}), nullptr,
                                               egress::testing::profileWith(10))),
             QStringList());
    // Suppressed bins are not judged.
    const Table suppressed
        = tableOf(OutputKind::Histogram, {QStringLiteral("0-10")},
                  {valueColumn(QStringLiteral("n"), ColumnRole::Count)}, {std::nullopt});
    QCOMPARE(describe(HistogramRule().evaluate(suppressed, nullptr, histogramProfile())),
             QStringList());
}

void TestHistogramRule::summary()
{
    const Profile profile = histogramProfile();
    const HistogramRule rule;
    QCOMPARE(rule.summarise(rule.evaluate(bins({50, 3, 50}), nullptr, profile), profile),
             QStringLiteral("1 bin below threshold 10; outer bin edges to check"));
    const Evidence evidence = range(2, 28);
    QCOMPARE(rule.summarise(rule.evaluate(bins({3, 3, 50}), &evidence, profile), profile),
             QStringLiteral("2 bins below threshold 10"));
}

QTEST_GUILESS_MAIN(TestHistogramRule)
#include "tst_histogramrule.moc"
