#include "check/checker.h"
#include "profiles/profilecatalog.h"
#include "report/resulttextwriter.h"
#include "version.h"

#include <QtTest>

using egress::check::CheckResult;
using egress::check::OutputResult;
using egress::report::ResultTextWriter;
using egress::rules::Finding;
using egress::rules::Status;

namespace {

const QString kProfileSha
    = QStringLiteral("4ead9f2e55f45d37f4c38c76f9ed5fa7758da58221a3957e299c4d87216ba087");

Finding finding(const QString& rule, Status status, const QStringList& row,
                const QStringList& column, double value, const QString& message)
{
    Finding result;
    result.rule = rule;
    result.status = status;
    result.cell = egress::rules::CellPosition {0, 0, row, column};
    result.value = value;
    result.message = message;
    return result;
}

OutputResult output(const QString& file, Status status, const QString& summary,
                    const QList<Finding>& findings = {})
{
    OutputResult result;
    result.id = QFileInfo(file).completeBaseName();
    result.file = file;
    result.status = status;
    result.summary = summary;
    result.findings = findings;
    return result;
}

QString header()
{
    return QStringLiteral("egress-check %1 · profile nhse-sde v1 (sha256 4ead9f2e55f4…)\n")
        .arg(QLatin1String(egress::kToolVersion));
}

} // namespace

class TestResultTextWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindOfLine();
    void allPass();
    void sample();
};

void TestResultTextWriter::everyKindOfLine()
{
    CheckResult result;
    result.profile = {QStringLiteral("nhse-sde"), 1, kProfileSha};
    result.status = Status::Fail;
    Finding unchecked;
    unchecked.rule = QStringLiteral("unchecked");
    unchecked.status = Status::Review;
    unchecked.message = QStringLiteral("an image cannot be checked automatically");
    result.outputs = {
        output(QStringLiteral("tables/a.csv"), Status::Pass,
               QStringLiteral("all 12 published cells pass")),
        output(QStringLiteral("tables/b.csv"), Status::Fail,
               QStringLiteral("1 cell below threshold 10; 1 cell with zero to review"),
               {finding(QStringLiteral("threshold"), Status::Fail,
                        {QStringLiteral("Hillingdon"), QStringLiteral("65+")},
                        {QStringLiteral("Long Term Support: Prison")}, 1,
                        QStringLiteral("1 person < threshold 10")),
                finding(QStringLiteral("zero"), Status::Review, {}, {QStringLiteral("n")}, 0,
                        QStringLiteral("0 people: judge it"))}),
        output(QStringLiteral("figure.png"), Status::Review,
               QStringLiteral("needs a person's review: not a table"), {unchecked}),
    };

    const QString expected
        = header() + QStringLiteral("\n")
        + QStringLiteral("PASS   tables/a.csv  all 12 published cells pass\n")
        + QStringLiteral(
              "FAIL   tables/b.csv  1 cell below threshold 10; 1 cell with zero to review\n")
        + QStringLiteral("       fail   threshold  Hillingdon / 65+ × Long Term Support: Prison: "
                         "1 person < threshold 10\n")
        + QStringLiteral("       review zero       n: 0 people: judge it\n")
        + QStringLiteral("REVIEW figure.png  needs a person's review: not a table\n")
        + QStringLiteral("       review unchecked  an image cannot be checked automatically\n")
        + QStringLiteral("\n")
        + QStringLiteral("Verdict: FAIL (1 of 3 outputs pass, 1 need review, 1 fail)\n");
    QCOMPARE(ResultTextWriter::toText(result), expected);
}

void TestResultTextWriter::allPass()
{
    CheckResult result;
    result.profile = {QStringLiteral("nhse-sde"), 1, kProfileSha};
    result.status = Status::Pass;
    result.outputs = {
        output(QStringLiteral("a.csv"), Status::Pass, QStringLiteral("all 4 published cells pass")),
        output(QStringLiteral("b.csv"), Status::Pass,
               QStringLiteral("all 6 published cells pass"))};
    QCOMPARE(ResultTextWriter::toText(result),
             QString(header()
                     + QStringLiteral(
                         "\nPASS   a.csv  all 4 published cells pass\n"
                         "PASS   b.csv  all 6 published cells pass\n"
                         "\nVerdict: PASS (2 of 2 outputs pass, 0 need review, 0 fail)\n")));
}

void TestResultTextWriter::sample()
{
    const egress::check::Checker checker(
        egress::profiles::ProfileCatalog::builtIn(QStringLiteral("nhse-sde")));
    const QString text
        = ResultTextWriter::toText(checker.checkPaths({QStringLiteral(EGRESS_SAMPLE_DIR)}));
    const QStringList lines = text.split(u'\n');
    // header, blank, 3 outputs and their 10 findings, blank, verdict, and "" after the last '\n'
    QCOMPARE(lines.size(), qsizetype(18));
    QVERIFY(lines.at(0).startsWith(QStringLiteral("egress-check %1 · profile nhse-sde v3 (sha256 ")
                                       .arg(QLatin1String(egress::kToolVersion))));
    QCOMPARE(lines.at(2), QStringLiteral("PASS   lts_by_borough.csv  all 12 published cells pass"));
    QCOMPARE(
        lines.at(3),
        QStringLiteral("FAIL   lts_by_setting.csv  6 cells below threshold 10; 3 cells with zero "
                       "to review"));
    QCOMPARE(
        lines.at(4),
        QStringLiteral("       fail   threshold  Hillingdon / 18-64 × Long Term Support: Prison: 3 "
                       "people < threshold 10"));
    QCOMPARE(lines.at(13),
             QStringLiteral("REVIEW new_requests_by_route.csv  1 cell with zero to review"));
    QCOMPARE(lines.at(16),
             QStringLiteral("Verdict: FAIL (1 of 3 outputs pass, 1 need review, 1 fail)"));
    QCOMPARE(lines.at(17), QString());
}

QTEST_GUILESS_MAIN(TestResultTextWriter)
#include "tst_resulttextwriter.moc"
