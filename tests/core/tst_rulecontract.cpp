#include "profiles/profile.h"
#include "rules/rule.h"
#include "rules/ruleengine.h"
#include "ruletestsupport.h"
#include "table/evidence.h"
#include "table/table.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

#include <optional>

// What every rule the engine runs promises, whatever it checks: nothing to say about a table
// with nothing published, the same findings every time, and messages a person can read that
// name no grid offset (cells are named by their labels).

using egress::profiles::Profile;
using egress::rules::Finding;
using egress::rules::Rule;
using egress::rules::RuleEngine;
using egress::table::CellEvidence;
using egress::table::ColumnRole;
using egress::table::Evidence;
using egress::table::OutputKind;
using egress::table::Table;
using egress::testing::contributions;
using egress::testing::evidenceOf;
using egress::testing::tableOf;
using egress::testing::ValueColumn;
using egress::testing::valueColumn;

namespace {

// Every configurable rule on, twice: once with the milder settings, once with the stricter.
Profile allRules(bool strict)
{
    const QString rules = strict
        ? QStringLiteral(R"({"threshold": {"t": 10}, "zero": {"action": "fail"},
            "rounding": {"base": 5, "above": 10, "midpoint6": true, "margins": "summed"},
            "class-disclosure": {"action": "fail"},
            "dominance-nk": {"n": 3, "k": 80, "comparison": ">="},
            "dominance-p": {"p": 20, "non-positive-total": "fail"},
            "negative": {"action": "fail"}, "missing": {"action": "fail"},
            "dof": {"min": 0, "max-parameter-share": 0.25},
            "extreme-value": {"action": "fail", "scope": "always"},
            "histogram": {"outer-edges": false}, "survival": {"t": 20},
            "file-type": {"allow": ["csv"], "max-mib": 1}})")
        : QStringLiteral(R"({"threshold": {"t": 10}, "zero": {"action": "review"},
            "rounding": {"base": 5, "above": 10},
            "class-disclosure": {"action": "review"},
            "dominance-nk": {"n": 2, "k": 90}, "dominance-p": {"p": 10},
            "negative": {"action": "review"}, "missing": {"action": "review"},
            "dof": {"min": 10, "max-parameter-share": 0.5},
            "extreme-value": {"action": "review", "scope": "below-threshold"},
            "histogram": {"outer-edges": true}, "survival": {"t": 10},
            "file-type": {"allow": ["csv"], "max-mib": 1}})");
    return egress::testing::profileWithRules(
        strict ? QStringLiteral("strict") : QStringLiteral("mild"), rules);
}

// One output of each kind, shaped so that every rule has something to say about one of them.
struct Fixture
{
    QString name;
    OutputKind kind;
    QStringList rows;
    QList<ValueColumn> columns;
    QList<std::optional<double>> values;
    Evidence evidence;
    egress::table::ModelStatistics model;

    Table table(const QStringList& rowLabels, const QList<std::optional<double>>& cellValues) const
    {
        Table built = tableOf(kind, rowLabels, columns, cellValues);
        built.setModelStatistics(model);
        return built;
    }
    Table published() const { return table(rows, values); }
    Table empty() const { return table({}, {}); }
    Table allSuppressed() const
    {
        return table(rows, QList<std::optional<double>>(values.size(), std::nullopt));
    }
};

QList<Fixture> fixtures()
{
    QList<Fixture> all;

    // 9434765919 is a valid NHS number (check digit 9); North is held in Male alone; 3 < 10;
    // 12 is not rounded; 0 is a zero.
    all.append({QStringLiteral("frequency"),
                OutputKind::Frequency,
                {QStringLiteral("North"), QStringLiteral("South"), QStringLiteral("Total")},
                {valueColumn(QStringLiteral("Male"), ColumnRole::Count),
                 valueColumn(QStringLiteral("Female"), ColumnRole::Count),
                 valueColumn(QStringLiteral("Total"), ColumnRole::Count)},
                {12, 0, 12, 3, 9434765919.0, 9434765922.0, 15, 9434765919.0, 9434765934.0},
                {},
                {}});

    // North: 7 people (below threshold), one negative contribution; South: 1000 + 150 of 1200
    // dominate (95.8%, and 1200 − 1150 = 50 < 10% of 1000), 2 values missing; Total: no
    // evidence.
    CellEvidence north = contributions(QStringLiteral("North"), {}, 7, 700, {400, 200});
    north.negatives = 1;
    north.minimum = 3;
    north.maximum = 400;
    CellEvidence south = contributions(QStringLiteral("South"), {}, 12, 1200, {1000, 150});
    south.missing = 2;
    all.append({QStringLiteral("magnitude"),
                OutputKind::Magnitude,
                {QStringLiteral("North"), QStringLiteral("South"), QStringLiteral("Total")},
                {valueColumn(QStringLiteral("n"), ColumnRole::Count),
                 valueColumn(QStringLiteral("sum"), ColumnRole::Sum),
                 valueColumn(QStringLiteral("mean"), ColumnRole::Mean),
                 valueColumn(QStringLiteral("min"), ColumnRole::Min),
                 valueColumn(QStringLiteral("max"), ColumnRole::Max)},
                {7, 700, 100, 3, 400, 12, 1200, 100, 5, 1000, 19, 1900, 100, 3, 1000},
                evidenceOf({north, south}),
                {}});

    // df 5 < 10; 7 parameters for N = 12 exceed both shares.
    egress::table::ModelStatistics model;
    model.residualDegreesOfFreedom = 5;
    model.observations = 12;
    model.parameters = 7;
    all.append({QStringLiteral("regression"),
                OutputKind::Regression,
                {QStringLiteral("(Intercept)"), QStringLiteral("age")},
                {valueColumn(QStringLiteral("coef"), ColumnRole::Estimate),
                 valueColumn(QStringLiteral("se"), ColumnRole::Estimate)},
                {1.5, 0.2, 0.03, 0.01},
                {},
                model});

    // A bin of 3; the outer edges 0 and 30 are the data's own minimum and maximum.
    CellEvidence range;
    range.units = 103;
    range.minimum = 0;
    range.maximum = 30;
    all.append({QStringLiteral("histogram"),
                OutputKind::Histogram,
                {QStringLiteral("0-10"), QStringLiteral("10-20"), QStringLiteral("20-30")},
                {valueColumn(QStringLiteral("lower"), ColumnRole::BinLower),
                 valueColumn(QStringLiteral("upper"), ColumnRole::BinUpper),
                 valueColumn(QStringLiteral("n"), ColumnRole::Count)},
                {0, 10, 50, 10, 20, 3, 20, 30, 50},
                evidenceOf({range}),
                {}});

    // 100 → 91: 9 left; 9 at risk at the last step.
    all.append({QStringLiteral("survival"),
                OutputKind::Survival,
                {QStringLiteral("day 0"), QStringLiteral("day 30"), QStringLiteral("day 60")},
                {valueColumn(QStringLiteral("time"), ColumnRole::Time),
                 valueColumn(QStringLiteral("at risk"), ColumnRole::AtRisk)},
                {0, 100, 30, 91, 60, 9},
                {},
                {}});

    // A suppressed count that the margins give back: 23 − 20 = 3.
    all.append({QStringLiteral("suppressed"),
                OutputKind::Frequency,
                {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("Total")},
                {valueColumn(QStringLiteral("M"), ColumnRole::Count),
                 valueColumn(QStringLiteral("F"), ColumnRole::Count),
                 valueColumn(QStringLiteral("Total"), ColumnRole::Count)},
                {std::nullopt, 20, 23, 30, 40, 70, 33, 60, 93},
                {},
                {}});
    return all;
}

// "row 3", "column 2", "cell 4", "line 7", "(3, 2)", "[3,2]", "R3C2": offsets, not labels.
bool namesAGridOffset(const QString& message)
{
    static const QRegularExpression offset(
        QStringLiteral(R"(\b(row|column|col|cell|line)\s*#?\s*\d+|\(\s*\d+\s*,\s*\d+\s*\)|)"
                       R"(\[\s*\d+\s*,\s*\d+\s*\]|\bR\d+C\d+\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return offset.match(message).hasMatch();
}

QString describe(const Finding& finding)
{
    return QStringLiteral("%1 %2 %3×%4 %5 | %6")
        .arg(finding.rule, egress::rules::toString(finding.status),
             finding.cell ? QStringLiteral("%1,%2 %3")
                                .arg(finding.cell->row)
                                .arg(finding.cell->column)
                                .arg(finding.cell->rowPath.join(u'/'))
                          : QStringLiteral("-"),
             finding.cell ? finding.cell->columnPath.join(u'/') : QStringLiteral("-"),
             finding.value ? QString::number(*finding.value, 'g', 17) : QStringLiteral("-"),
             finding.message);
}

QStringList describeAll(const QList<Finding>& findings)
{
    QStringList lines;
    for (const Finding& finding : findings)
        lines.append(describe(finding));
    return lines;
}

} // namespace

class TestRuleContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRuleIsCovered();
    void contract_data();
    void contract();
    void everyRuleSpeaksAboutSomeFixture();
};

void TestRuleContract::everyRuleIsCovered()
{
    const RuleEngine engine;
    QStringList ids;
    for (const Rule* rule : engine.rules())
        ids.append(rule->id());
    QCOMPARE(ids, engine.ruleIds());
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
}

void TestRuleContract::contract_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<QString>("rule");

    const RuleEngine engine;
    for (const Fixture& fixture : fixtures()) {
        for (const bool strict : {false, true}) {
            for (const QString& rule : engine.ruleIds()) {
                QTest::addRow("%s, %s, %s", qPrintable(fixture.name), strict ? "strict" : "mild",
                              qPrintable(rule))
                    << fixture.name << strict << rule;
            }
        }
    }
}

void TestRuleContract::contract()
{
    QFETCH(QString, fixture);
    QFETCH(bool, strict);
    QFETCH(QString, rule);

    const RuleEngine engine;
    const Rule* judged = nullptr;
    for (const Rule* candidate : engine.rules()) {
        if (candidate->id() == rule)
            judged = candidate;
    }
    QVERIFY(judged);
    const Profile profile = allRules(strict);
    const QList<Fixture> all = fixtures();
    const auto found = std::find_if(all.cbegin(), all.cend(),
                                    [&](const Fixture& f) { return f.name == fixture; });
    QVERIFY(found != all.cend());
    const Fixture& f = *found;

    // Nothing published, nothing to say: with or without evidence.
    for (const Evidence* evidence : {static_cast<const Evidence*>(nullptr), &f.evidence}) {
        QCOMPARE(describeAll(judged->evaluate(f.empty(), evidence, profile)), QStringList());
        QCOMPARE(describeAll(judged->evaluate(f.allSuppressed(), evidence, profile)),
                 QStringList());
    }

    for (const Evidence* evidence : {static_cast<const Evidence*>(nullptr), &f.evidence}) {
        const Table table = f.published();
        const QList<Finding> first = judged->evaluate(table, evidence, profile);
        // Deterministic: the same findings, in the same order, from a fresh evaluation.
        QCOMPARE(describeAll(judged->evaluate(table, evidence, profile)), describeAll(first));
        QCOMPARE(describeAll(judged->evaluate(f.published(), evidence, profile)),
                 describeAll(first));
        for (const Finding& finding : first) {
            QCOMPARE(finding.rule, rule);
            QVERIFY2(!finding.message.trimmed().isEmpty(), qPrintable(describe(finding)));
            QVERIFY2(!namesAGridOffset(finding.message), qPrintable(describe(finding)));
            if (finding.cell) {
                // The labels a finding names are those of the cell it points at.
                QCOMPARE(finding.cell->rowPath, table.rowLabel(finding.cell->row));
                QCOMPARE(finding.cell->columnPath, table.columnLabel(finding.cell->column));
            }
        }
        if (!first.isEmpty())
            QVERIFY(!judged->summarise(first, profile).trimmed().isEmpty());
    }
}

void TestRuleContract::everyRuleSpeaksAboutSomeFixture()
{
    // So that the contract above is not kept by silence: under the mild profile each rule has
    // findings for at least one fixture.
    const RuleEngine engine;
    const Profile profile = allRules(false);
    QSet<QString> speaking;
    for (const Fixture& fixture : fixtures()) {
        for (const Rule* rule : engine.rules()) {
            if (!rule->evaluate(fixture.published(), &fixture.evidence, profile).isEmpty())
                speaking.insert(rule->id());
        }
    }
    const QStringList ids = engine.ruleIds();
    QCOMPARE(speaking, QSet<QString>(ids.cbegin(), ids.cend()));

    // And the engine as a whole keeps the contract too.
    for (const Fixture& fixture : fixtures()) {
        QVERIFY(engine.evaluate(fixture.empty(), &fixture.evidence, profile).findings.isEmpty());
        QVERIFY(engine.evaluate(fixture.allSuppressed(), &fixture.evidence, profile)
                    .findings.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestRuleContract)
#include "tst_rulecontract.moc"
