#include "profiles/profile.h"
#include "rules/zerorule.h"
#include "ruletestsupport.h"
#include "table/table.h"

#include <QtTest>

#include <optional>

using egress::profiles::Profile;
using egress::rules::Finding;
using egress::rules::ZeroRule;
using egress::table::Table;

namespace {

// Rows North, South, Total × columns Male, Female, Total. The cell under test sits at
// (row, column); every other cell holds 50, which no rule objects to.
Table tableWith(std::optional<double> value, qsizetype row, qsizetype column)
{
    QList<std::optional<double>> values(9, 50.0);
    values[row * 3 + column] = value;
    return egress::testing::areaBySex(values);
}

const QString kReviewMessage = QStringLiteral(
    "0 people: a zero can disclose that nobody in this group has the attribute; judge it in its "
    "context");

} // namespace

class TestZeroRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void id();
    void actions_data();
    void actions();
    void summary_data();
    void summary();
    void onlyUnitCountsAreJudged_data();
    void onlyUnitCountsAreJudged();
    void structuralZerosPass_data();
    void structuralZerosPass();
};

void TestZeroRule::id()
{
    QCOMPARE(ZeroRule().id(), QStringLiteral("zero"));
}

void TestZeroRule::actions_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("suppressed");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("status"); // empty: no finding
    QTest::addColumn<QString>("message");

    const QString failMessage
        = QStringLiteral("0 people: profile test-t10-fail treats zeros as disclosive");
    struct Case
    {
        const char* name;
        bool suppressed;
        double value;
        int row;
        int column;
    };
    const Case cases[] = {
        {"0", false, 0.0, 0, 1},
        {"-0", false, -0.0, 1, 0},
        {"1", false, 1.0, 0, 0},
        {"suppressed", true, 0.0, 1, 1},
        {"0 in the Total row", false, 0.0, 2, 1},
        {"0 in the Total column", false, 0.0, 0, 2},
        {"0 in the grand total", false, 0.0, 2, 2},
    };
    for (const Case& c : cases) {
        const bool zero = !c.suppressed && c.value == 0.0;
        QTest::addRow("safe, %s", c.name) << QStringLiteral("safe") << c.suppressed << c.value
                                          << c.row << c.column << QString() << QString();
        QTest::addRow("review, %s", c.name)
            << QStringLiteral("review") << c.suppressed << c.value << c.row << c.column
            << (zero ? QStringLiteral("review") : QString()) << (zero ? kReviewMessage : QString());
        QTest::addRow("fail, %s", c.name)
            << QStringLiteral("fail") << c.suppressed << c.value << c.row << c.column
            << (zero ? QStringLiteral("fail") : QString()) << (zero ? failMessage : QString());
    }
}

void TestZeroRule::actions()
{
    QFETCH(QString, action);
    QFETCH(bool, suppressed);
    QFETCH(double, value);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, status);
    QFETCH(QString, message);

    const Table table
        = tableWith(suppressed ? std::nullopt : std::optional<double>(value), row, column);
    const QList<Finding> findings
        = ZeroRule().evaluate(table, nullptr, egress::testing::profileWith(10, action));
    if (status.isEmpty()) {
        QCOMPARE(findings.size(), qsizetype(0));
        return;
    }
    QCOMPARE(findings.size(), qsizetype(1));
    const Finding& finding = findings.first();
    QCOMPARE(finding.rule, QStringLiteral("zero"));
    QCOMPARE(egress::rules::toString(finding.status), status);
    QCOMPARE(finding.message, message);
    QVERIFY(finding.cell.has_value());
    QCOMPARE(finding.cell->row, qsizetype(row));
    QCOMPARE(finding.cell->column, qsizetype(column));
    QCOMPARE(finding.cell->rowPath, table.rowLabel(row));
    QCOMPARE(finding.cell->columnPath, table.columnLabel(column));
    QVERIFY(finding.value.has_value());
    QCOMPARE(*finding.value, 0.0);
}

void TestZeroRule::summary_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("zeros");
    QTest::addColumn<QString>("summary");

    QTest::newRow("review, one") << QStringLiteral("review") << 1
                                 << QStringLiteral("1 cell with zero to review");
    QTest::newRow("review, three")
        << QStringLiteral("review") << 3 << QStringLiteral("3 cells with zero to review");
    QTest::newRow("fail, one") << QStringLiteral("fail") << 1 << QStringLiteral("1 cell with zero");
    QTest::newRow("fail, two") << QStringLiteral("fail") << 2
                               << QStringLiteral("2 cells with zero");
}

void TestZeroRule::summary()
{
    QFETCH(QString, action);
    QFETCH(int, zeros);
    QFETCH(QString, summary);

    QList<std::optional<double>> values;
    for (int i = 0; i < 4; ++i)
        values.append(i < zeros ? 0.0 : 25.0);
    const Table table = egress::testing::grid(2, 2, values);
    const Profile profile = egress::testing::profileWith(10, action);
    const ZeroRule rule;
    const QList<Finding> findings = rule.evaluate(table, nullptr, profile);
    QCOMPARE(findings.size(), qsizetype(zeros));
    QCOMPARE(rule.summarise(findings, profile), summary);
}

void TestZeroRule::onlyUnitCountsAreJudged_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("review") << QStringLiteral("review");
    QTest::newRow("fail") << QStringLiteral("fail");
}

void TestZeroRule::onlyUnitCountsAreJudged()
{
    QFETCH(QString, action);

    using egress::table::ColumnRole;
    using egress::testing::valueColumn;
    // A magnitude table where every value is 0: only the count of people is a zero cell; a sum,
    // mean, minimum, … of 0 is a value, not an empty group.
    const Table table = egress::testing::magnitudeTable(
        {QStringLiteral("A")},
        {valueColumn(QStringLiteral("n"), ColumnRole::Count),
         valueColumn(QStringLiteral("sum"), ColumnRole::Sum),
         valueColumn(QStringLiteral("mean"), ColumnRole::Mean),
         valueColumn(QStringLiteral("median"), ColumnRole::Median),
         valueColumn(QStringLiteral("std"), ColumnRole::Std),
         valueColumn(QStringLiteral("min"), ColumnRole::Min),
         valueColumn(QStringLiteral("max"), ColumnRole::Max)},
        {0, 0, 0, 0, 0, 0, 0});
    const QList<Finding> findings
        = ZeroRule().evaluate(table, nullptr, egress::testing::profileWith(10, action));
    QCOMPARE(egress::testing::describeFindings(findings, QStringLiteral("zero")),
             QStringList {QStringLiteral("%1 A×n | ").arg(action)
                          + (action == QLatin1String("fail")
                                 ? QStringLiteral("0 people: profile test-t10-fail treats zeros "
                                                  "as disclosive")
                                 : kReviewMessage)});

    // Nor are a histogram's bins, a survival table's counts or a regression's estimates: they
    // have rules of their own.
    for (const auto kind :
         {egress::table::OutputKind::Histogram, egress::table::OutputKind::Survival,
          egress::table::OutputKind::Regression}) {
        const Table other
            = egress::testing::tableOf(kind, {QStringLiteral("A")},
                                       {valueColumn(QStringLiteral("n"), ColumnRole::Count)}, {0});
        QVERIFY(ZeroRule()
                    .evaluate(other, nullptr, egress::testing::profileWith(10, action))
                    .isEmpty());
    }
}

void TestZeroRule::structuralZerosPass_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("review") << QStringLiteral("review");
    QTest::newRow("fail") << QStringLiteral("fail");
}

void TestZeroRule::structuralZerosPass()
{
    QFETCH(QString, action);
    // North × Male and South × Female are zero; only North × Male is zero by definition.
    Table table = egress::testing::areaBySex({0, 50, 50, 50, 0, 50, 50, 50, 100});
    table.markStructuralZero(0, 0);
    const QList<Finding> findings
        = ZeroRule().evaluate(table, nullptr, egress::testing::profileWith(10, action));
    QCOMPARE(findings.size(), qsizetype(1));
    QCOMPARE(findings.constFirst().cell->row, qsizetype(1));
    QCOMPARE(findings.constFirst().cell->column, qsizetype(1));
}

QTEST_GUILESS_MAIN(TestZeroRule)
#include "tst_zerorule.moc"
