#include "check/acroloader.h"
#include "check/checker.h"
#include "filetestsupport.h"
#include "io/packagefiles.h"
#include "profiles/profilecatalog.h"

#include <QTemporaryDir>
#include <QtTest>

using egress::check::AcroLoader;
using egress::check::Checker;
using egress::check::CheckResult;
using egress::io::PackageFiles;

namespace {

const QString kAcro = QStringLiteral(EGRESS_TEST_DATA_DIR "/acro");

CheckResult check(const QString& path)
{
    return Checker(egress::profiles::ProfileCatalog::builtIn(QStringLiteral("acro-default")))
        .checkPaths({path});
}

QStringList outline(const CheckResult& result)
{
    QStringList lines;
    for (const auto& output : result.outputs) {
        lines.append(QStringLiteral("%1 %2 %3 %4")
                         .arg(output.id, output.file, egress::table::toString(output.kind),
                              egress::rules::toString(output.status)));
    }
    return lines;
}

} // namespace

class TestAcroLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothVersionsGiveTheSameVerdicts_data();
    void bothVersionsGiveTheSameVerdicts();
    void yearsAsRowLabelsStayLabels();
    void researcherWordsTravelWithTheOutputs();
    void regressionTakesAcrosDegreesOfFreedom();
    void sessionSummaryIsNeverReleasable();
    void fileNotInResultsGoesToAPerson();
    void namedFileMissing();
    void checksumsAreVerified_data();
    void checksumsAreVerified();
};

void TestAcroLoader::bothVersionsGiveTheSameVerdicts_data()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("0.4") << QStringLiteral("v0_4");
    QTest::newRow("1.x") << QStringLiteral("v1");
}

void TestAcroLoader::bothVersionsGiveTheSameVerdicts()
{
    QFETCH(QString, folder);
    const QStringList lines = outline(check(kAcro + u'/' + folder));
    const QStringList expected = {
        QStringLiteral("output_0 output_0_0.csv frequency fail"),
        QStringLiteral("grants_by_type grants_by_type_0.csv magnitude review"),
        QStringLiteral("output_2/0 output_2_0.csv regression pass"),
        QStringLiteral("output_2/1 output_2_1.csv regression pass"),
        QStringLiteral("output_3 histogram_0.png image review"),
        QStringLiteral("output_4 XandY.png image review"),
    };
    QCOMPARE(lines.first(expected.size()), expected);
}

void TestAcroLoader::yearsAsRowLabelsStayLabels()
{
    const CheckResult result = check(kAcro + QStringLiteral("/v0_4"));
    const auto& crosstab = *result.outputs.at(0).table;
    QCOMPARE(crosstab.rowDimensions(), QStringList {QStringLiteral("year")});
    QCOMPARE(crosstab.rowLabel(0), QStringList {QStringLiteral("2010")});
    // ACRO's two threshold cells, R/G in 2010 (4) and 2011 (7), and no others.
    QStringList failing;
    for (const auto& finding : result.outputs.at(0).findings)
        failing.append(finding.rule + u' ' + finding.cell->rowPath.join(u'/') + u'×'
                       + finding.cell->columnPath.join(u'/'));
    QCOMPARE(
        failing,
        (QStringList {QStringLiteral("threshold 2010×R/G"), QStringLiteral("threshold 2011×R/G")}));
    const auto& pivot = *result.outputs.at(1).table;
    QCOMPARE(
        pivot.columnLabel(0),
        (QStringList {QStringLiteral("mean"), QStringLiteral("inc_grants"), QStringLiteral("G")}));
    QCOMPARE(pivot.rowDimensions(), QStringList {QStringLiteral("year")});
}

void TestAcroLoader::researcherWordsTravelWithTheOutputs()
{
    const CheckResult result = check(kAcro + QStringLiteral("/v0_4"));
    const auto& histogram = result.outputs.at(4).context;
    QCOMPARE(histogram.exception, QStringLiteral("The bins are wide enough; please release"));
    QVERIFY(histogram.comments.constFirst().startsWith(QLatin1String("ACRO 0.4")));
    QVERIFY(histogram.comments.constFirst().contains(QLatin1String(" said fail")));
    const auto& custom = result.outputs.at(5).context;
    QVERIFY(custom.comments.contains(
        QStringLiteral("This output is an image showing the relationship between X and Y")));
}

void TestAcroLoader::regressionTakesAcrosDegreesOfFreedom()
{
    const CheckResult result = check(kAcro + QStringLiteral("/v0_4"));
    const auto& coefficients = *result.outputs.at(3).table;
    QCOMPARE(coefficients.modelStatistics().residualDegreesOfFreedom, std::optional<double>(806));
}

void TestAcroLoader::sessionSummaryIsNeverReleasable()
{
    const CheckResult result = check(kAcro + QStringLiteral("/v1"));
    const auto& summary = result.outputs.constLast();
    QCOMPARE(summary.file, QStringLiteral("DO_NOT_RELEASE_session_summary.csv"));
    QCOMPARE(egress::rules::toString(summary.status), QStringLiteral("fail"));
    QCOMPARE(summary.findings.constFirst().message,
             QStringLiteral("ACRO marks this output as its session summary, for the output "
                            "checker only: it must never be released"));
}

void TestAcroLoader::fileNotInResultsGoesToAPerson()
{
    QTemporaryDir dir;
    const QDir source(kAcro + QStringLiteral("/v0_4"));
    for (const QString& name : source.entryList(QDir::Files))
        QVERIFY(QFile::copy(source.filePath(name), dir.filePath(name)));
    egress::testing::writeFile(dir.filePath(QStringLiteral("output_0.csv")), "a,n\nx,1\n");
    const CheckResult result = check(dir.path());
    const auto& extra = result.outputs.constLast();
    // Its base name is taken by ACRO's output_0, so it gets one of its own.
    QCOMPARE(extra.id, QStringLiteral("output_0-2"));
    QCOMPARE(extra.findings.constFirst().message,
             QStringLiteral("the file is in the ACRO folder but not in its results.json: ACRO "
                            "never checked it and nobody asked for it to be released"));
    QCOMPARE(egress::rules::toString(extra.status), QStringLiteral("fail")); // and 1 < 10
    QVERIFY(extra.summary.startsWith(QLatin1String("not listed in results.json; ")));
}

void TestAcroLoader::namedFileMissing()
{
    QTemporaryDir dir;
    const QDir source(kAcro + QStringLiteral("/v0_4"));
    for (const QString& name : source.entryList(QDir::Files)) {
        if (name != QLatin1String("XandY.png"))
            QVERIFY(QFile::copy(source.filePath(name), dir.filePath(name)));
    }
    QCOMPARE(
        egress::testing::inputErrorOf([&] { AcroLoader::load(PackageFiles::open(dir.path())); }),
        dir.path()
            + QStringLiteral("/results.json: output 'output_4' names 'XandY.png', which is "
                             "not in the folder"));
}

void TestAcroLoader::checksumsAreVerified_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem"); // empty: the folder checks as before

    const QString changed = QStringLiteral(": the file changed after ACRO checked it");
    QTest::newRow("untouched") << QString() << QByteArray() << QString();
    QTest::newRow("a table changed")
        << QStringLiteral("output_0_0.csv") << QByteArray("grant_type,n\nG,100\n") << changed;
    QFile results(kAcro + QStringLiteral("/v1/results.json"));
    QVERIFY(results.open(QIODevice::ReadOnly));
    QTest::newRow("results.json changed, still ACRO's")
        << QStringLiteral("results.json")
        << results.readAll().replace("\"status\": \"fail\"", "\"status\": \"pass\"") << changed;
    QTest::newRow("a checksum that is none")
        << QStringLiteral("checksums/XandY.png.txt") << QByteArray("not a digest")
        << QStringLiteral("checksums/XandY.png.txt: is not a SHA-256 checksum (64 hexadecimal "
                          "digits)");
    // A checksum of a file that is not there says nothing: results.json decides what must be.
    QTest::newRow("a checksum of no file")
        << QStringLiteral("checksums/gone.csv.txt") << QByteArray(64, 'a') << QString();
}

void TestAcroLoader::checksumsAreVerified()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    for (const QString& folder : {QString(), QStringLiteral("checksums")}) {
        const QDir source(kAcro + QStringLiteral("/v1/") + folder);
        QVERIFY(QDir().mkpath(dir.filePath(folder)));
        for (const QString& name : source.entryList(QDir::Files))
            QVERIFY(QFile::copy(source.filePath(name), QDir(dir.filePath(folder)).filePath(name)));
    }
    if (!file.isEmpty()) {
        QFile::remove(dir.filePath(file));
        egress::testing::writeFile(dir.filePath(file), bytes);
    }
    const QString message = egress::testing::inputErrorOf([&] { check(dir.path()); });
    if (problem.isEmpty()) {
        QCOMPARE(message, QStringLiteral("<no InputError>"));
        QCOMPARE(outline(check(dir.path())).size(),
                 outline(check(kAcro + QStringLiteral("/v1"))).size());
        return;
    }
    // The message names the file at fault: the changed one, or the checksum that is none.
    QVERIFY2(message.startsWith(dir.filePath(file) + QStringLiteral(": ")), qPrintable(message));
    QVERIFY2(message.endsWith(problem), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestAcroLoader)
#include "tst_acroloader.moc"
