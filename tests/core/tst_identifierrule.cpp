#include "profiles/profilecatalog.h"
#include "rules/identifierrule.h"
#include "rules/ruleengine.h"
#include "ruletestsupport.h"
#include "table/table.h"

#include <QtTest>

using egress::profiles::ProfileCatalog;
using egress::rules::Finding;
using egress::rules::IdentifierRule;
using egress::rules::Status;
using egress::table::Cell;
using egress::table::LabelPath;
using egress::table::Table;
using egress::testing::areaBySex;
using egress::testing::cellOf;
using egress::testing::profileWith;

Q_DECLARE_METATYPE(egress::table::Table)

namespace {

// A published cell as it stood in the file: "9434765919", "0101011237", "9,434,765,919".
Cell published(const QString& text)
{
    Cell cell;
    cell.value = QString(text).remove(u',').toDouble();
    cell.sourceText = text;
    return cell;
}

Cell suppressed(const QString& text)
{
    Cell cell;
    cell.sourceText = text;
    return cell;
}

// One value column "n" over one row dimension: the given labels, then a Total row.
Table labelled(const QString& dimension, const QString& label)
{
    return Table({dimension}, {LabelPath {label}, LabelPath {QStringLiteral("Total")}},
                 {LabelPath {QStringLiteral("n")}}, {cellOf(20), cellOf(20)});
}

// One value column "n" over rows r0, r1, …, holding the given source texts.
Table valueColumn(const QStringList& texts)
{
    QList<LabelPath> rows;
    QList<Cell> cells;
    for (const QString& text : texts) {
        rows.append(LabelPath {QStringLiteral("r%1").arg(rows.size())});
        cells.append(published(text));
    }
    return Table({QStringLiteral("group")}, rows, {LabelPath {QStringLiteral("n")}}, cells);
}

// "fail: the name of …" for an output-level finding, "fail r0 × n: …" for a cell.
QStringList described(const QList<Finding>& findings)
{
    QStringList lines;
    for (const Finding& finding : findings) {
        if (finding.rule != QLatin1String("identifier"))
            return {QStringLiteral("a finding of rule ") + finding.rule};
        QString line = egress::rules::toString(finding.status);
        if (finding.cell) {
            line += u' ' + egress::table::formatLabelPath(finding.cell->rowPath)
                + QStringLiteral(" × ") + egress::table::formatLabelPath(finding.cell->columnPath);
        }
        lines.append(line + QStringLiteral(": ") + finding.message);
    }
    return lines;
}

QList<Finding> evaluate(const Table& table)
{
    return IdentifierRule().evaluate(table, nullptr, profileWith(10));
}

const QString kValueIs = QStringLiteral(
    "the value is an NHS number (%1): every ten-digit value in the column has a valid check digit");
const QString kValueMayBe = QStringLiteral("the value may be an NHS number (%1): its check digit "
                                           "is valid, as it is for 1 in 11 ten-digit numbers");

} // namespace

class TestIdentifierRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void id() { QCOMPARE(IdentifierRule().id(), QStringLiteral("identifier")); }

    void rowLabels_data()
    {
        QTest::addColumn<QString>("dimension");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QStringList>("found");

        const QString where = QStringLiteral("fail: a label of row dimension 1 (first on row 1) ");
        QTest::newRow("NHS number, spaced")
            << QStringLiteral("patient") << QStringLiteral("943 476 5919")
            << QStringList {where + QStringLiteral("holds an NHS number (943 *** **19)")};
        QTest::newRow("NHS number, bare")
            << QStringLiteral("patient") << QStringLiteral("9434765919")
            << QStringList {where + QStringLiteral("holds an NHS number (943 *** **19)")};
        QTest::newRow("postcode")
            << QStringLiteral("home") << QStringLiteral("SW1A 1AA")
            << QStringList {where + QStringLiteral("holds a full postcode (SW1A ***)")};
        QTest::newRow("email")
            << QStringLiteral("contact") << QStringLiteral("Jane <jane@example.org>")
            << QStringList {where + QStringLiteral("holds an email address (j***@example.org)")};
        QTest::newRow("two identifiers in one label")
            << QStringLiteral("patient") << QStringLiteral("9434765919 M1 1AE")
            << QStringList {where
                            + QStringLiteral("holds an NHS number (943 *** **19), a full "
                                             "postcode (M1 ***)")};
        // The dimension's name says the labels are dates of birth.
        QTest::newRow("date in a date_of_birth dimension")
            << QStringLiteral("date_of_birth") << QStringLiteral("1948-03-07")
            << QStringList {where + QStringLiteral("holds a full date of birth (1948-**-**)")};
        QTest::newRow("date in a DOB dimension")
            << QStringLiteral("DOB") << QStringLiteral("07/03/1948")
            << QStringList {where + QStringLiteral("holds a full date of birth (**/**/1948)")};
        QTest::newRow("year in Der_Birth_Year")
            << QStringLiteral("Der_Birth_Year") << QStringLiteral("1948") << QStringList();
        QTest::newRow("month and year of birth")
            << QStringLiteral("birth_month") << QStringLiteral("1948-03") << QStringList();
        QTest::newRow("event date")
            << QStringLiteral("admission_date") << QStringLiteral("1948-03-07") << QStringList();
        QTest::newRow("area") << QStringLiteral("area") << QStringLiteral("Hillingdon")
                              << QStringList();
        QTest::newRow("LA code") << QStringLiteral("la_code") << QStringLiteral("E09000017")
                                 << QStringList();
        QTest::newRow("postcode district")
            << QStringLiteral("district") << QStringLiteral("SW1A") << QStringList();
        QTest::newRow("age band") << QStringLiteral("age") << QStringLiteral("18-64")
                                  << QStringList();
    }

    void rowLabels()
    {
        QFETCH(QString, dimension);
        QFETCH(QString, label);
        QFETCH(QStringList, found);
        const QList<Finding> findings = evaluate(labelled(dimension, label));
        QCOMPARE(described(findings), found);
        for (const Finding& finding : findings) {
            QVERIFY(!finding.cell);
            QVERIFY(!finding.value);
        }
    }

    void eachLabelOncePerDimension()
    {
        const Table table({QStringLiteral("patient"), QStringLiteral("home")},
                          {LabelPath {QStringLiteral("943 476 5919"), QStringLiteral("North")},
                           LabelPath {QStringLiteral("943 476 5919"), QStringLiteral("South")},
                           LabelPath {QStringLiteral("Total"), QStringLiteral("LS1 4AP")},
                           LabelPath {QStringLiteral("Other"), QStringLiteral("LS1 4AP")}},
                          {LabelPath {QStringLiteral("n")}},
                          {cellOf(20), cellOf(20), cellOf(40), cellOf(15)});
        QCOMPARE(described(evaluate(table)),
                 (QStringList {QStringLiteral("fail: a label of row dimension 1 (first on row 1) "
                                              "holds an NHS number (943 *** **19)"),
                               QStringLiteral("fail: a label of row dimension 2 (first on row 3) "
                                              "holds a full postcode (LS1 ***)")}));
    }

    void dimensionNames_data()
    {
        QTest::addColumn<QString>("dimension");
        QTest::addColumn<QStringList>("found");

        QTest::newRow("email") << QStringLiteral("sent by jane@example.org")
                               << QStringList {QStringLiteral(
                                      "fail: the name of row dimension 1 holds an email address "
                                      "(j***@example.org)")};
        QTest::newRow("date of birth")
            << QStringLiteral("DOB 1948-03-07")
            << QStringList {QStringLiteral("fail: the name of row dimension 1 holds a full "
                                           "date of birth (1948-**-**)")};
        // A heading that speaks of birth is not a date of birth.
        QTest::newRow("Der_Birth_Year") << QStringLiteral("Der_Birth_Year") << QStringList();
        QTest::newRow("DOB") << QStringLiteral("DOB") << QStringList();
        QTest::newRow("area") << QStringLiteral("area") << QStringList();
    }

    void dimensionNames()
    {
        QFETCH(QString, dimension);
        QFETCH(QStringList, found);
        const Table table({dimension}, {LabelPath {QStringLiteral("North")}},
                          {LabelPath {QStringLiteral("n")}}, {cellOf(20)});
        QCOMPARE(described(evaluate(table)), found);
    }

    void columnHeadings()
    {
        const Table table({QStringLiteral("area")}, {LabelPath {QStringLiteral("North")}},
                          {LabelPath {QStringLiteral("Visits")},
                           LabelPath {QStringLiteral("DOB 1948-03-07")},
                           LabelPath {QStringLiteral("Der_Birth_Year")},
                           LabelPath {QStringLiteral("born"), QStringLiteral("07.03.1948")},
                           LabelPath {QStringLiteral("Visits"), QStringLiteral("2023-05-01")}},
                          {cellOf(20), cellOf(20), cellOf(20), cellOf(20), cellOf(20)});
        QCOMPARE(described(evaluate(table)),
                 (QStringList {QStringLiteral("fail: the heading of value column 2 holds a full "
                                              "date of birth (1948-**-**)"),
                               QStringLiteral("fail: the heading of value column 4 holds a full "
                                              "date of birth (**.**.1948)")}));
    }

    void tenDigitValues_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QStringList>("found");

        // 9434765919 and 4010232137 pass the check (see tst_identifierscanner); two passing
        // values, and none failing, make a column of NHS numbers.
        QTest::newRow("a column of NHS numbers")
            << QStringList {QStringLiteral("9434765919"), QStringLiteral("4010232137")}
            << QStringList {
                   QStringLiteral("fail r0 × n: ") + kValueIs.arg(QStringLiteral("943 *** **19")),
                   QStringLiteral("fail r1 × n: ") + kValueIs.arg(QStringLiteral("401 *** **37"))};
        QTest::newRow("one ten-digit value")
            << QStringList {QStringLiteral("9434765919"), QStringLiteral("20")}
            << QStringList {QStringLiteral("review r0 × n: ")
                            + kValueMayBe.arg(QStringLiteral("943 *** **19"))};
        // 9434765918 fails the check: the column holds ordinary numbers, one passing by chance.
        QTest::newRow("one of two passes")
            << QStringList {QStringLiteral("9434765919"), QStringLiteral("9434765918")}
            << QStringList {QStringLiteral("review r0 × n: ")
                            + kValueMayBe.arg(QStringLiteral("943 *** **19"))};
        // 4000000080: check 10, never valid.
        QTest::newRow("check 10 beside a valid one")
            << QStringList {QStringLiteral("4000000080"), QStringLiteral("4000000020")}
            << QStringList {QStringLiteral("review r1 × n: ")
                            + kValueMayBe.arg(QStringLiteral("400 *** **20"))};
        // The parsed value 101011237 has nine digits; the published text has ten.
        QTest::newRow("leading zero")
            << QStringList {QStringLiteral("0101011237"), QStringLiteral("15")}
            << QStringList {QStringLiteral("review r0 × n: ")
                            + kValueMayBe.arg(QStringLiteral("010 *** **37"))};
        // 1+…: 10+18+24+28+30+30+28+24+18 = 210; 210 mod 11 = 1; check 10: invalid.
        QTest::newRow("1234567890")
            << QStringList {QStringLiteral("1234567890"), QStringLiteral("15")} << QStringList();
        QTest::newRow("comma grouped")
            << QStringList {QStringLiteral("9,434,765,919"), QStringLiteral("4,010,232,137")}
            << QStringList();
        QTest::newRow("placeholders")
            << QStringList {QStringLiteral("1111111111"), QStringLiteral("2222222222")}
            << QStringList();
        QTest::newRow("nine and eleven digits")
            << QStringList {QStringLiteral("943476591"), QStringLiteral("94347659190")}
            << QStringList();
        QTest::newRow("ordinary counts")
            << QStringList {QStringLiteral("20"), QStringLiteral("15")} << QStringList();
    }

    void tenDigitValues()
    {
        QFETCH(QStringList, values);
        QFETCH(QStringList, found);
        const QList<Finding> findings = evaluate(valueColumn(values));
        QCOMPARE(described(findings), found);
        // The value would be the NHS number in full.
        for (const Finding& finding : findings)
            QVERIFY(!finding.value);
    }

    void columnsJudgedApart()
    {
        const Table table(
            {QStringLiteral("group")},
            {LabelPath {QStringLiteral("r0")}, LabelPath {QStringLiteral("r1")}},
            {LabelPath {QStringLiteral("id")}, LabelPath {QStringLiteral("cost")}},
            {published(QStringLiteral("9434765919")), published(QStringLiteral("4010232137")),
             published(QStringLiteral("4000000020")), published(QStringLiteral("20"))});
        // id: two passing values and no failing one; cost: one passing value.
        QCOMPARE(
            described(evaluate(table)),
            (QStringList {
                QStringLiteral("fail r0 × id: ") + kValueIs.arg(QStringLiteral("943 *** **19")),
                QStringLiteral("review r0 × cost: ")
                    + kValueMayBe.arg(QStringLiteral("401 *** **37")),
                QStringLiteral("fail r1 × id: ") + kValueIs.arg(QStringLiteral("400 *** **20"))}));
    }

    void suppressedCellText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("found");

        QTest::newRow("email") << QStringLiteral("[REDACTED: jane@example.org]")
                               << QStringList {QStringLiteral(
                                      "fail North × Female: the text of the suppressed cell "
                                      "holds an email address (j***@example.org)")};
        QTest::newRow("NHS number")
            << QStringLiteral("withheld 943 476 5919")
            << QStringList {QStringLiteral("fail North × Female: the text of the suppressed "
                                           "cell holds an NHS number (943 *** **19)")};
        QTest::newRow("*") << QStringLiteral("*") << QStringList();
        QTest::newRow("<5") << QStringLiteral("<5") << QStringList();
        QTest::newRow("[REDACTED]") << QStringLiteral("[REDACTED]") << QStringList();
    }

    void suppressedCellText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, found);
        const Table table(
            {QStringLiteral("area")},
            {LabelPath {QStringLiteral("North")}, LabelPath {QStringLiteral("South")}},
            {LabelPath {QStringLiteral("Male")}, LabelPath {QStringLiteral("Female")}},
            {cellOf(20), suppressed(text), cellOf(20), cellOf(20)});
        const QList<Finding> findings = evaluate(table);
        QCOMPARE(described(findings), found);
        for (const Finding& finding : findings) {
            QCOMPARE(finding.cell->row, qsizetype(0));
            QCOMPARE(finding.cell->column, qsizetype(1));
            QVERIFY(!finding.value);
        }
    }

    void alwaysOn_data()
    {
        QTest::addColumn<QString>("profile");
        for (const QString& name : ProfileCatalog::builtInNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void alwaysOn()
    {
        QFETCH(QString, profile);
        // Counts that pass every built-in profile's other rules: 20 and 40, multiples of 5 and
        // of 10, above every threshold, no zeros.
        const Table table({QStringLiteral("patient")},
                          {LabelPath {QStringLiteral("943 476 5919")},
                           LabelPath {QStringLiteral("Other")},
                           LabelPath {QStringLiteral("Total")}},
                          {LabelPath {QStringLiteral("n")}}, {cellOf(20), cellOf(20), cellOf(40)});
        const egress::rules::Evaluation evaluation
            = egress::rules::RuleEngine().evaluate(table, ProfileCatalog::builtIn(profile));
        QCOMPARE(described(evaluation.findings),
                 QStringList {QStringLiteral("fail: a label of row dimension 1 (first on row 1) "
                                             "holds an NHS number (943 *** **19)")});
        QCOMPARE(egress::rules::toString(evaluation.status), QStringLiteral("fail"));
        QCOMPARE(evaluation.summary, QStringLiteral("1 place with a direct identifier"));
    }

    void nothingToFind_data()
    {
        QTest::addColumn<Table>("table");

        QTest::newRow("empty table") << Table();
        QTest::newRow("no rows") << Table({QStringLiteral("area")}, {},
                                          {LabelPath {QStringLiteral("n")}}, {});
        QTest::newRow("all suppressed")
            << areaBySex({std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                          std::nullopt, std::nullopt, std::nullopt, std::nullopt});
        QTest::newRow("ordinary counts") << areaBySex({3, 0, 3, 12, 15, 27, 15, 15, 30});
    }

    void nothingToFind()
    {
        QFETCH(Table, table);
        QCOMPARE(described(evaluate(table)), QStringList());
    }

    void findingOrderAndDeterminism()
    {
        const Table table(
            {QStringLiteral("patient"), QStringLiteral("sent by jane@example.org")},
            {LabelPath {QStringLiteral("943 476 5919"), QStringLiteral("a")},
             LabelPath {QStringLiteral("Other"), QStringLiteral("M1 1AE")}},
            {LabelPath {QStringLiteral("DOB 1948-03-07")}, LabelPath {QStringLiteral("n")}},
            {published(QStringLiteral("20")), suppressed(QStringLiteral("see x@y.org")),
             published(QStringLiteral("4010232137")), published(QStringLiteral("15"))});
        const QStringList expected {
            QStringLiteral("fail: the name of row dimension 2 holds an email address "
                           "(j***@example.org)"),
            QStringLiteral("fail: the heading of value column 1 holds a full date of birth "
                           "(1948-**-**)"),
            QStringLiteral("fail: a label of row dimension 1 (first on row 1) holds an NHS "
                           "number (943 *** **19)"),
            QStringLiteral("fail: a label of row dimension 2 (first on row 2) holds a full "
                           "postcode (M1 ***)"),
            QStringLiteral("fail 943 476 5919 / a × n: the text of the suppressed cell holds an "
                           "email address (x***@y.org)"),
            QStringLiteral("review Other / M1 1AE × DOB 1948-03-07: ")
                + kValueMayBe.arg(QStringLiteral("401 *** **37")),
        };
        QCOMPARE(described(evaluate(table)), expected);
        QCOMPARE(described(evaluate(table)), expected);
        QCOMPARE(described(IdentifierRule().evaluate(table, nullptr, profileWith(3))), expected);
    }

    void messagesNeverHoldTheIdentifier()
    {
        const Table table(
            {QStringLiteral("contact jane.doe@example.org")},
            {LabelPath {QStringLiteral("943 476 5919")}, LabelPath {QStringLiteral("EC1A 1BB")}},
            {LabelPath {QStringLiteral("date of birth 07/03/1948")}},
            {published(QStringLiteral("9434765919")), published(QStringLiteral("4010232137"))});
        const QList<Finding> findings = evaluate(table);
        QCOMPARE(findings.size(), qsizetype(6));
        const QStringList secrets {QStringLiteral("9434765919"), QStringLiteral("476"),
                                   QStringLiteral("4010232137"), QStringLiteral("1BB"),
                                   QStringLiteral("jane"),       QStringLiteral("07/03")};
        for (const Finding& finding : findings) {
            for (const QString& secret : secrets)
                QVERIFY2(!finding.message.contains(secret), qPrintable(finding.message));
            QVERIFY(!finding.value);
        }
    }

    void scanText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("found");

        QTest::newRow("email on line 2")
            << QStringLiteral("Summary\nContact jane@example.org\n")
            << QStringList {QStringLiteral("fail: line 2 holds an email address "
                                           "(j***@example.org)")};
        QTest::newRow("two on a line")
            << QStringLiteral("DOB 07/03/1948; NHS 943 476 5919")
            << QStringList {QStringLiteral("fail: line 1 holds a full date of birth (**/**/1948), "
                                           "an NHS number (943 *** **19)")};
        QTest::newRow("CRLF") << QStringLiteral("a\r\nb\r\nM1 1AE\r\n")
                              << QStringList {
                                     QStringLiteral("fail: line 3 holds a full postcode (M1 ***)")};
        QTest::newRow("lines apart")
            << QStringLiteral("jane@example.org\n\n943-476-5919")
            << QStringList {QStringLiteral("fail: line 1 holds an email address "
                                           "(j***@example.org)"),
                            QStringLiteral("fail: line 3 holds an NHS number (943 *** **19)")};
        // A mention of birth claims a date on its own line only.
        QTest::newRow("birth mentioned on another line")
            << QStringLiteral("Date of birth\n1948-03-07") << QStringList();
        QTest::newRow("event dates")
            << QStringLiteral("Extract taken 2023-05-01 at 10:00") << QStringList();
        QTest::newRow("empty") << QString() << QStringList();
    }

    void scanText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, found);
        QCOMPARE(described(IdentifierRule::scanText(text)), found);
    }

    void summarise_data()
    {
        QTest::addColumn<int>("certain");
        QTest::addColumn<int>("possible");
        QTest::addColumn<QString>("summary");

        QTest::newRow("1 certain") << 1 << 0 << QStringLiteral("1 place with a direct identifier");
        QTest::newRow("3 certain") << 3 << 0 << QStringLiteral("3 places with a direct identifier");
        QTest::newRow("1 possible")
            << 0 << 1 << QStringLiteral("1 value that may be an NHS number");
        QTest::newRow("2 and 2") << 2 << 2
                                 << QStringLiteral("2 places with a direct identifier; 2 values "
                                                   "that may be NHS numbers");
    }

    void summarise()
    {
        QFETCH(int, certain);
        QFETCH(int, possible);
        QFETCH(QString, summary);
        QList<Finding> findings;
        for (int i = 0; i < certain + possible; ++i) {
            Finding finding;
            finding.rule = QStringLiteral("identifier");
            finding.status = i < certain ? Status::Fail : Status::Review;
            findings.append(finding);
        }
        QCOMPARE(IdentifierRule().summarise(findings, profileWith(10)), summary);
    }
};

QTEST_GUILESS_MAIN(TestIdentifierRule)
#include "tst_identifierrule.moc"
