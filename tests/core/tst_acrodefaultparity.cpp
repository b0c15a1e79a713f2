// acro-default must reproduce ACRO 0.4's verdicts for threshold, p% and (n,k) when every row is
// its own contributor. Small microdata in tests/data/acro-parity are tabulated without a unit
// column, as `egress-check tabulate` does, checked under acro-default, and every published
// cell's findings are compared with ACRO's verdicts worked out by hand (the arithmetic is in that
// folder's README.md). Where the engine departs from ACRO on purpose, the expectation names the
// departure in its `engine` column, and README.md says why.
#include "check/checker.h"
#include "io/sourcefile.h"
#include "io/tablecsvwriter.h"
#include "profiles/profilecatalog.h"
#include "rules/status.h"
#include "tabulate/tabulator.h"

#include <QFile>
#include <QHash>
#include <QtTest>

#include <memory>

using egress::check::Checker;
using egress::check::OutputInput;
using egress::check::OutputResult;
using egress::rules::Status;
using egress::tabulate::Statistic;
using egress::tabulate::TabulationSpec;
using egress::tabulate::Tabulator;

namespace {

const QString kDataDir = QStringLiteral(EGRESS_TEST_DATA_DIR "/acro-parity/");

// ACRO's checks, each with the engine's rules that judge the same question. ACRO's threshold
// applies to zeros (0 < 10); the engine leaves zeros to its `zero` rule, which acro-default fails.
const QList<std::pair<QString, QStringList>> kChecks {
    {QStringLiteral("threshold"), {QStringLiteral("threshold"), QStringLiteral("zero")}},
    {QStringLiteral("p"), {QStringLiteral("dominance-p")}},
    {QStringLiteral("nk"), {QStringLiteral("dominance-nk")}},
    {QStringLiteral("negative"), {QStringLiteral("negative")}},
};

// One line of a case's expected table: the verdict of each ACRO check on one cell.
struct Expectation
{
    QHash<QString, QString> verdicts; // check → pass, fail, review, or "-" (not judged)
    bool matched = false;
};

QString cellKey(const QString& row, const QString& column)
{
    return row + QStringLiteral(" | ") + column;
}

// Reads `row,column,threshold,p,nk,negative,engine`. A verdict of "-" means the check does not
// judge the cell (ACRO runs only the threshold on a frequency table). `engine` holds the
// documented departures, "check=status" separated by spaces, which replace ACRO's verdict.
QHash<QString, Expectation> readExpectations(const QString& name)
{
    QHash<QString, Expectation> expectations;
    QFile file(kDataDir + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(file.fileName()));
        return expectations;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QStringList fields = lines.at(i).split(QLatin1Char(','));
        if (fields.size() != 7) {
            qWarning("%s line %lld: %lld fields, not 7", qPrintable(name),
                     static_cast<long long>(i + 1), static_cast<long long>(fields.size()));
            return {};
        }
        Expectation expectation;
        for (qsizetype check = 0; check < kChecks.size(); ++check)
            expectation.verdicts.insert(kChecks.at(check).first, fields.at(2 + check));
        for (const QString& departure : fields.at(6).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QStringList parts = departure.split(QLatin1Char('='));
            if (parts.size() != 2 || !expectation.verdicts.contains(parts.first())) {
                qWarning("%s line %lld: bad departure '%s'", qPrintable(name),
                         static_cast<long long>(i + 1), qPrintable(departure));
                return {};
            }
            expectation.verdicts.insert(parts.first(), parts.last());
        }
        expectations.insert(cellKey(fields.at(0), fields.at(1)), expectation);
    }
    return expectations;
}

QList<Statistic> statisticsOf(const QString& names)
{
    QList<Statistic> statistics;
    for (const QString& name : names.split(QLatin1Char(',')))
        statistics.append(*egress::tabulate::statisticFromString(name));
    return statistics;
}

// The check `egress-check tabulate` makes of its table: with the evidence, under the profile.
OutputResult tabulateAndCheck(const QString& microdata, const TabulationSpec& spec)
{
    egress::tabulate::Tabulation tabulation = Tabulator::tabulate(kDataDir + microdata, spec);
    tabulation.evidence.output = QStringLiteral("table");
    auto table = std::make_shared<const egress::table::Table>(std::move(tabulation.table));
    OutputInput input;
    input.id = QStringLiteral("table");
    input.file = QStringLiteral("table.csv");
    input.errorName = input.file;
    input.bytes = egress::io::TableCsvWriter::write(*table);
    input.sha256 = egress::io::SourceFile::sha256Hex(input.bytes);
    input.isTable = true;
    input.evidence = std::make_shared<const egress::table::Evidence>(tabulation.evidence);
    const Checker checker(
        egress::profiles::ProfileCatalog::builtIn(QStringLiteral("acro-default")));
    return checker.checkTable(input, table);
}

} // namespace

class TestAcroDefaultParity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellVerdicts_data();
    void cellVerdicts();
};

void TestAcroDefaultParity::cellVerdicts_data()
{
    QTest::addColumn<QString>("microdata");
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QString>("cols");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("statistics");
    QTest::addColumn<bool>("margins");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("status");

    // Counts 9, 10, 11 and 0, and margins: ACRO's crosstab without values runs its threshold only.
    QTest::newRow("frequency") << QStringLiteral("frequency.csv") << QStringLiteral("region")
                               << QStringLiteral("sex") << QString() << QStringLiteral("count")
                               << true << QStringLiteral("frequency.expected.csv")
                               << QStringLiteral("fail");
    // 9/10/11 rows, shares of exactly 90% and 91%, p of exactly 10% and 9%, a total of 0, one
    // and two rows, a missing value; each verdict twice, for the sum and the std.
    QTest::newRow("boundaries") << QStringLiteral("boundaries.csv") << QStringLiteral("cell")
                                << QString() << QStringLiteral("v") << QStringLiteral("sum,std")
                                << false << QStringLiteral("boundaries.expected.csv")
                                << QStringLiteral("fail");
    // Mean and median with margins: a margin of exactly 10 rows passes the threshold while its
    // cells of 5 fail, and the margins' dominance is judged on all of their rows.
    QTest::newRow("margins") << QStringLiteral("margins.csv") << QStringLiteral("area")
                             << QStringLiteral("kind") << QStringLiteral("v")
                             << QStringLiteral("mean,median") << true
                             << QStringLiteral("margins.expected.csv") << QStringLiteral("fail");
    // Negative contributions: those cells go to review. ACRO calls the whole table "review"
    // then; the engine keeps the threshold failure of another cell (README.md).
    QTest::newRow("negative") << QStringLiteral("negative.csv") << QStringLiteral("cell")
                              << QString() << QStringLiteral("v") << QStringLiteral("sum") << false
                              << QStringLiteral("negative.expected.csv") << QStringLiteral("fail");
}

void TestAcroDefaultParity::cellVerdicts()
{
    QFETCH(QString, microdata);
    QFETCH(QString, rows);
    QFETCH(QString, cols);
    QFETCH(QString, value);
    QFETCH(QString, statistics);
    QFETCH(bool, margins);
    QFETCH(QString, expected);
    QFETCH(QString, status);

    TabulationSpec spec;
    spec.rows = rows.split(QLatin1Char(','), Qt::SkipEmptyParts);
    spec.cols = cols.split(QLatin1Char(','), Qt::SkipEmptyParts);
    spec.value = value;
    spec.statistics = statisticsOf(statistics);
    spec.margins = margins; // and no unit: every row is its own contributor, as in ACRO
    const OutputResult result = tabulateAndCheck(microdata, spec);
    QVERIFY(result.table);
    const egress::table::Table& table = *result.table;

    QHash<QString, Expectation> expectations = readExpectations(expected);
    QVERIFY(!expectations.isEmpty());

    // The findings per cell and per rule. Every finding must be on a cell and from a rule that
    // answers one of ACRO's checks: anything else would be a verdict ACRO does not give.
    QHash<QString, QHash<QString, Status>> found;
    for (const egress::rules::Finding& finding : result.findings) {
        QVERIFY2(finding.cell,
                 qPrintable(QStringLiteral("an output-level finding: %1 %2")
                                .arg(finding.rule, finding.message)));
        const QString key = cellKey(egress::table::formatLabelPath(finding.cell->rowPath),
                                    egress::table::formatLabelPath(finding.cell->columnPath));
        QString check;
        for (const auto& [name, ruleIds] : kChecks) {
            if (ruleIds.contains(finding.rule))
                check = name;
        }
        QVERIFY2(!check.isEmpty(),
                 qPrintable(QStringLiteral("%1: a finding of rule %2: %3")
                                .arg(key, finding.rule, finding.message)));
        QHash<QString, Status>& cell = found[key];
        cell.insert(check, egress::rules::worst(cell.value(check, Status::Pass), finding.status));
    }

    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        for (qsizetype column = 0; column < table.columnCount(); ++column) {
            const QString key = cellKey(egress::table::formatLabelPath(table.rowLabel(row)),
                                        egress::table::formatLabelPath(table.columnLabel(column)));
            const auto expectation = expectations.find(key);
            QVERIFY2(
                expectation != expectations.end(),
                qPrintable(QStringLiteral("%1 is published but not in %2").arg(key, expected)));
            expectation->matched = true;
            for (const auto& [check, ruleIds] : kChecks) {
                const QString want = expectation->verdicts.value(check);
                const QString got = found.value(key).contains(check)
                    ? egress::rules::toString(found.value(key).value(check))
                    : QStringLiteral("pass");
                // "-": ACRO does not run this check here, and neither does the engine.
                QCOMPARE(QStringLiteral("%1 %2 %3").arg(key, check, got),
                         QStringLiteral("%1 %2 %3")
                             .arg(key, check,
                                  want == QLatin1String("-") ? QStringLiteral("pass") : want));
            }
        }
    }
    for (auto it = expectations.cbegin(); it != expectations.cend(); ++it)
        QVERIFY2(it->matched,
                 qPrintable(
                     QStringLiteral("%1 names no cell of the table: %2").arg(expected, it.key())));
    QCOMPARE(egress::rules::toString(result.status), status);
}

QTEST_GUILESS_MAIN(TestAcroDefaultParity)
#include "tst_acrodefaultparity.moc"
