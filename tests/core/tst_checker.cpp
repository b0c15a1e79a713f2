#include "check/checker.h"
#include "filetestsupport.h"
#include "io/inputerror.h"
#include "io/outputlocator.h"
#include "io/sourcefile.h"
#include "profiles/profilecatalog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using egress::check::Checker;
using egress::check::CheckResult;
using egress::check::OutputResult;
using egress::io::InputError;
using egress::io::OutputLocation;
using egress::io::OutputLocator;
using egress::profiles::ProfileCatalog;
using egress::rules::Finding;
using egress::table::LabelPath;

using egress::testing::inputErrorOf;
using egress::testing::writeFile;

namespace {

const QString kSample = QStringLiteral(EGRESS_SAMPLE_DIR);
// Counts of at least 10, rounded to base 5: it passes under nhse-sde.
const QByteArray kPassingCsv = "area,n\nNorth,20\nSouth,15\n";

Checker checkerFor(const QString& profile)
{
    return Checker(ProfileCatalog::builtIn(profile));
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

struct Expected
{
    QString row; // "Hillingdon / 18-64"
    QString column;
    QString rule;
    QString status;
    double value;
};

QString statusOf(const OutputResult& output)
{
    return egress::rules::toString(output.status);
}

} // namespace

class TestChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleUnderDefaultProfile();
    void sampleSettingFindingsByHand();
    void sampleUnderOtherProfiles();
    void deterministic();
    void outputsAreNamedByTheLocator();
    void nonTablesAreUncheckedOutputs_data();
    void nonTablesAreUncheckedOutputs();
    void fileTypeFindingComesFirst();
    void locatorErrorsStopTheCheck();
    void unreadableTableStopsTheCheck();
    void readOptionsReachTheReader();
};

void TestChecker::sampleUnderDefaultProfile()
{
    const CheckResult result = checkerFor(QStringLiteral("nhse-sde")).checkPaths({kSample});
    const auto nhse = ProfileCatalog::builtIn(QStringLiteral("nhse-sde"));
    QCOMPARE(result.profile.name, QStringLiteral("nhse-sde"));
    QCOMPARE(result.profile.version, 3);
    QCOMPARE(result.profile.sha256, nhse.sha256());
    QCOMPARE(egress::rules::toString(result.status), QStringLiteral("fail"));
    QCOMPARE(result.outputs.size(), qsizetype(3));
    QCOMPARE(result.countWithStatus(egress::rules::Status::Pass), qsizetype(1));
    QCOMPARE(result.countWithStatus(egress::rules::Status::Review), qsizetype(1));
    QCOMPARE(result.countWithStatus(egress::rules::Status::Fail), qsizetype(1));

    const OutputResult& borough = result.outputs.at(0);
    QCOMPARE(borough.id, QStringLiteral("lts_by_borough"));
    QCOMPARE(borough.file, QStringLiteral("lts_by_borough.csv"));
    QCOMPARE(borough.sha256,
             egress::io::SourceFile::sha256Hex(
                 readFile(kSample + QStringLiteral("/lts_by_borough.csv"))));
    QCOMPARE(borough.sha256.size(), qsizetype(64));
    QCOMPARE(egress::table::toString(borough.kind), QStringLiteral("frequency"));
    QCOMPARE(statusOf(borough), QStringLiteral("pass"));
    QCOMPARE(borough.summary, QStringLiteral("all 12 published cells pass"));
    QCOMPARE(borough.findings.size(), qsizetype(0));
    QVERIFY(borough.table);
    QCOMPARE(borough.table->rowCount(), qsizetype(4));

    const OutputResult& setting = result.outputs.at(1);
    QCOMPARE(setting.id, QStringLiteral("lts_by_setting"));
    QCOMPARE(statusOf(setting), QStringLiteral("fail"));
    QCOMPARE(setting.summary,
             QStringLiteral("6 cells below threshold 10; 3 cells with zero to review"));

    const OutputResult& routes = result.outputs.at(2);
    QCOMPARE(routes.id, QStringLiteral("new_requests_by_route"));
    QCOMPARE(routes.file, QStringLiteral("new_requests_by_route.csv"));
    QCOMPARE(statusOf(routes), QStringLiteral("review"));
    QCOMPARE(routes.summary, QStringLiteral("1 cell with zero to review"));
    QCOMPARE(routes.findings.size(), qsizetype(1));
    const Finding& zero = routes.findings.first();
    QCOMPARE(zero.rule, QStringLiteral("zero"));
    QCOMPARE(zero.cell->rowPath, LabelPath {QStringLiteral("Self-Funder")});
    QCOMPARE(zero.cell->columnPath, LabelPath {QStringLiteral("Progress to Reablement/ST-Max")});
}

void TestChecker::sampleSettingFindingsByHand()
{
    // resources/sample/lts_by_setting.csv, column "Long Term Support: Prison": 3, 1, 4 in
    // Hillingdon, 0, 0, 0 in Kensington and Chelsea, 4, 2, 6 in Westminster, 10 in the grand
    // total (n = t passes). Every other cell is at least 10 (Hillingdon and Kensington and
    // Chelsea 18-64 Nursing Care are exactly 10), and every count above 10 is a multiple of 5,
    // margins included, so rounding has nothing to say. No row or column holds its whole count
    // in one cell (the Prison zeros sit beside non-zero cells), so class-disclosure has nothing
    // to say either.
    const QString prison = QStringLiteral("Long Term Support: Prison");
    const QList<Expected> expected = {
        {QStringLiteral("Hillingdon / 18-64"), prison, QStringLiteral("threshold"),
         QStringLiteral("fail"), 3},
        {QStringLiteral("Hillingdon / 65+"), prison, QStringLiteral("threshold"),
         QStringLiteral("fail"), 1},
        {QStringLiteral("Hillingdon / Total"), prison, QStringLiteral("threshold"),
         QStringLiteral("fail"), 4},
        {QStringLiteral("Kensington and Chelsea / 18-64"), prison, QStringLiteral("zero"),
         QStringLiteral("review"), 0},
        {QStringLiteral("Kensington and Chelsea / 65+"), prison, QStringLiteral("zero"),
         QStringLiteral("review"), 0},
        {QStringLiteral("Kensington and Chelsea / Total"), prison, QStringLiteral("zero"),
         QStringLiteral("review"), 0},
        {QStringLiteral("Westminster / 18-64"), prison, QStringLiteral("threshold"),
         QStringLiteral("fail"), 4},
        {QStringLiteral("Westminster / 65+"), prison, QStringLiteral("threshold"),
         QStringLiteral("fail"), 2},
        {QStringLiteral("Westminster / Total"), prison, QStringLiteral("threshold"),
         QStringLiteral("fail"), 6},
    };
    const CheckResult result = checkerFor(QStringLiteral("nhse-sde"))
                                   .checkPaths({kSample + QStringLiteral("/lts_by_setting.csv")});
    QCOMPARE(result.outputs.size(), qsizetype(1));
    const QList<Finding>& findings = result.outputs.first().findings;
    QCOMPARE(findings.size(), expected.size());
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const Finding& finding = findings.at(i);
        QCOMPARE(egress::table::formatLabelPath(finding.cell->rowPath), expected.at(i).row);
        QCOMPARE(egress::table::formatLabelPath(finding.cell->columnPath), expected.at(i).column);
        QCOMPARE(finding.rule, expected.at(i).rule);
        QCOMPARE(egress::rules::toString(finding.status), expected.at(i).status);
        QCOMPARE(*finding.value, expected.at(i).value);
        QCOMPARE(finding.cell->column, qsizetype(3));
    }
    QCOMPARE(findings.at(1).message, QStringLiteral("1 person < threshold 10"));
    QCOMPARE(findings.at(8).message, QStringLiteral("6 people < threshold 10"));
}

void TestChecker::sampleUnderOtherProfiles()
{
    const CheckResult acro = checkerFor(QStringLiteral("acro-default")).checkPaths({kSample});
    QCOMPARE(acro.profile.name, QStringLiteral("acro-default"));
    QCOMPARE(statusOf(acro.outputs.at(0)), QStringLiteral("pass"));
    QCOMPARE(statusOf(acro.outputs.at(1)), QStringLiteral("fail"));
    QCOMPARE(acro.outputs.at(1).summary,
             QStringLiteral("6 cells below threshold 10; 3 cells with zero"));
    QCOMPARE(statusOf(acro.outputs.at(2)), QStringLiteral("fail"));
    // Without rounding the published counts are exact, and the totals give back the Prison row.
    QCOMPARE(acro.outputs.at(2).summary,
             QStringLiteral("4 suppressed cells recoverable from the totals; 1 cell with zero"));
    QCOMPARE(acro.outputs.at(2).findings.first().message,
             QStringLiteral("0 people: profile acro-default treats zeros as disclosive"));

    // DataSHIELD: t = 3, zeros safe. Only the 1 and the 2 fail, and, as it does not round, the
    // Prison row that the exact totals give back.
    const CheckResult datashield = checkerFor(QStringLiteral("datashield")).checkPaths({kSample});
    QCOMPARE(statusOf(datashield.outputs.at(1)), QStringLiteral("fail"));
    QCOMPARE(datashield.outputs.at(1).summary, QStringLiteral("2 cells below threshold 3"));
    QCOMPARE(statusOf(datashield.outputs.at(2)), QStringLiteral("fail"));
    QCOMPARE(datashield.outputs.at(2).summary,
             QStringLiteral("4 suppressed cells recoverable from the totals"));
    QCOMPARE(egress::rules::toString(datashield.status), QStringLiteral("fail"));

    // The sample's counts above 7 are all multiples of 5 and no class sits in one cell, so the
    // profiles that round (and OpenSAFELY, which fails class disclosure) find only the small
    // counts: 3, 1, 4, 4, 2, 6 are below 8 as well as below 10.
    for (const QString& name : {QStringLiteral("hes"), QStringLiteral("opensafely")}) {
        const CheckResult rounded = checkerFor(name).checkPaths({kSample});
        QCOMPARE(rounded.profile.name, name);
        QCOMPARE(statusOf(rounded.outputs.at(0)), QStringLiteral("pass"));
        QCOMPARE(statusOf(rounded.outputs.at(1)), QStringLiteral("fail"));
        QCOMPARE(rounded.outputs.at(1).summary, QStringLiteral("6 cells below threshold 8"));
        QCOMPARE(statusOf(rounded.outputs.at(2)), QStringLiteral("pass"));
        QCOMPARE(rounded.outputs.at(2).summary, QStringLiteral("all 20 published cells pass"));
    }
    const CheckResult ons = checkerFor(QStringLiteral("ons-10-5")).checkPaths({kSample});
    QCOMPARE(ons.outputs.at(1).summary,
             QStringLiteral("6 cells below threshold 10; 3 cells with zero to review"));
    QCOMPARE(ons.outputs.at(2).summary, QStringLiteral("1 cell with zero to review"));
}

void TestChecker::deterministic()
{
    const Checker checker = checkerFor(QStringLiteral("nhse-sde"));
    const CheckResult first = checker.checkPaths({kSample});
    const CheckResult second = checker.checkPaths({kSample});
    QCOMPARE(second.outputs.size(), first.outputs.size());
    for (qsizetype i = 0; i < first.outputs.size(); ++i) {
        QCOMPARE(second.outputs.at(i).id, first.outputs.at(i).id);
        QCOMPARE(second.outputs.at(i).sha256, first.outputs.at(i).sha256);
        QCOMPARE(second.outputs.at(i).summary, first.outputs.at(i).summary);
        QCOMPARE(second.outputs.at(i).findings.size(), first.outputs.at(i).findings.size());
    }
}

void TestChecker::outputsAreNamedByTheLocator()
{
    // How paths become outputs is tested in tst_outputlocator; here, that the checker takes the
    // located outputs in order, with their names and ids, and combines their verdicts.
    const QString borough = kSample + QStringLiteral("/lts_by_borough.csv");
    const QString routes = kSample + QStringLiteral("/new_requests_by_route.csv");
    const CheckResult explicitFiles
        = checkerFor(QStringLiteral("nhse-sde")).checkPaths({routes, borough});
    QCOMPARE(explicitFiles.outputs.size(), qsizetype(2));
    QCOMPARE(explicitFiles.outputs.at(0).file, routes);
    QCOMPARE(explicitFiles.outputs.at(0).id, QStringLiteral("new_requests_by_route"));
    QCOMPARE(explicitFiles.outputs.at(1).file, borough);
    QCOMPARE(explicitFiles.outputs.at(1).id, QStringLiteral("lts_by_borough"));
    QCOMPARE(egress::rules::toString(explicitFiles.status), QStringLiteral("review"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("north/table.csv")), kPassingCsv);
    writeFile(dir.filePath(QStringLiteral("south/table.csv")), kPassingCsv);
    writeFile(dir.filePath(QStringLiteral("summary.csv")), kPassingCsv);
    writeFile(dir.filePath(QStringLiteral(".hidden.csv")), "not,a\ntable\n");
    const QList<OutputLocation> located = OutputLocator::locate({dir.path()});
    const CheckResult folder = checkerFor(QStringLiteral("nhse-sde")).checkPaths({dir.path()});
    QCOMPARE(folder.outputs.size(), qsizetype(3));
    QCOMPARE(folder.outputs.size(), located.size());
    for (qsizetype i = 0; i < located.size(); ++i) {
        QCOMPARE(folder.outputs.at(i).id, located.at(i).id);
        QCOMPARE(folder.outputs.at(i).file, located.at(i).displayName);
    }
    QCOMPARE(folder.outputs.at(0).id, QStringLiteral("north/table"));
    QCOMPARE(folder.outputs.at(1).id, QStringLiteral("south/table"));
    QCOMPARE(folder.outputs.at(2).id, QStringLiteral("summary"));
    QCOMPARE(egress::rules::toString(folder.status), QStringLiteral("pass"));
}

void TestChecker::nonTablesAreUncheckedOutputs_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("png") << QStringLiteral("figure.png") << QStringLiteral("image")
                         << QStringLiteral("an image cannot be checked automatically: a person "
                                           "must review what it shows");
    QTest::newRow("txt")
        << QStringLiteral("notes.txt") << QStringLiteral("document")
        << QStringLiteral("a document cannot be checked automatically: a person must read it");
    QTest::newRow("unknown") << QStringLiteral("model.rds") << QStringLiteral("other")
                             << QStringLiteral("this kind of file cannot be checked automatically: "
                                               "a person must review it");
}

void TestChecker::nonTablesAreUncheckedOutputs()
{
    QFETCH(QString, fileName);
    QFETCH(QString, kind);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray content = "\x89PNG or whatever: never read as a table";
    writeFile(dir.filePath(fileName), content);
    writeFile(dir.filePath(QStringLiteral("table.csv")), kPassingCsv);

    // hes has no file-type allow-list, so the unchecked finding is the only one.
    const CheckResult result = checkerFor(QStringLiteral("hes")).checkPaths({dir.path()});
    QCOMPARE(result.outputs.size(), qsizetype(2));
    const qsizetype index = fileName < QStringLiteral("table.csv") ? 0 : 1;
    const OutputResult& output = result.outputs.at(index);
    QCOMPARE(output.file, fileName);
    QCOMPARE(output.id, QFileInfo(fileName).completeBaseName());
    QCOMPARE(output.sha256, egress::io::SourceFile::sha256Hex(content));
    QCOMPARE(egress::table::toString(output.kind), kind);
    QCOMPARE(statusOf(output), QStringLiteral("review"));
    QCOMPARE(output.summary, QStringLiteral("needs a person's review: not a table"));
    QVERIFY(!output.table);
    QCOMPARE(output.findings.size(), qsizetype(1));
    const Finding& finding = output.findings.first();
    QCOMPARE(finding.rule, QStringLiteral("unchecked"));
    QCOMPARE(egress::rules::toString(finding.status), QStringLiteral("review"));
    QVERIFY(!finding.cell.has_value());
    QVERIFY(!finding.value.has_value());
    QCOMPARE(finding.message, message);

    QCOMPARE(statusOf(result.outputs.at(1 - index)), QStringLiteral("pass"));
    QCOMPARE(egress::rules::toString(result.status), QStringLiteral("review"));
}

void TestChecker::fileTypeFindingComesFirst()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("model.rds")), "an R object, never read");

    // nhse-sde allows csv, xlsx, txt, … but not .rds: the file fails before anyone reads it.
    const CheckResult result = checkerFor(QStringLiteral("nhse-sde")).checkPaths({dir.path()});
    QCOMPARE(result.outputs.size(), qsizetype(1));
    const OutputResult& output = result.outputs.first();
    QCOMPARE(statusOf(output), QStringLiteral("fail"));
    QCOMPARE(output.summary,
             QStringLiteral("file type not allowed; needs a person's review: not a table"));
    QCOMPARE(output.findings.size(), qsizetype(2));
    const Finding& fileType = output.findings.at(0);
    QCOMPARE(fileType.rule, QStringLiteral("file-type"));
    QCOMPARE(egress::rules::toString(fileType.status), QStringLiteral("fail"));
    QVERIFY(!fileType.cell);
    QCOMPARE(fileType.message,
             QStringLiteral("a .rds file may not leave under profile nhse-sde (allowed: csv, xlsx, "
                            "txt, md, log, json, html, pdf, png, jpg, jpeg, svg)"));
    QCOMPARE(output.findings.at(1).rule, QStringLiteral("unchecked"));
    QCOMPARE(egress::rules::toString(result.status), QStringLiteral("fail"));
}

void TestChecker::locatorErrorsStopTheCheck()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("nope.csv"));
    QCOMPARE(inputErrorOf([&] { checkerFor(QStringLiteral("nhse-sde")).checkPaths({missing}); }),
             missing + QStringLiteral(": no such file or folder"));
    // One missing path among good ones still stops the check.
    QCOMPARE(inputErrorOf([&] {
                 checkerFor(QStringLiteral("nhse-sde")).checkPaths({kSample, missing});
             }),
             missing + QStringLiteral(": no such file or folder"));

    // A folder with hidden files only holds nothing to check.
    writeFile(dir.filePath(QStringLiteral(".hidden.csv")), kPassingCsv);
    QCOMPARE(inputErrorOf([&] { checkerFor(QStringLiteral("nhse-sde")).checkPaths({dir.path()}); }),
             dir.path() + QStringLiteral(": the folder holds no files to check"));
}

void TestChecker::unreadableTableStopsTheCheck()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("a.csv")), kPassingCsv);
    writeFile(dir.filePath(QStringLiteral("tables/b.csv")), "area,n\nNorth,12,13\n");
    QCOMPARE(inputErrorOf([&] { checkerFor(QStringLiteral("nhse-sde")).checkPaths({dir.path()}); }),
             QStringLiteral(
                 "tables/b.csv: line 2, column 3: ragged row: 3 fields, but the header has 2"));
}

void TestChecker::readOptionsReachTheReader()
{
    const QString codes = QStringLiteral(EGRESS_TEST_DATA_DIR "/csv/numeric_codes.csv");
    // Inferred: the codes 1 and 2 are counts below 10.
    const CheckResult inferred = checkerFor(QStringLiteral("nhse-sde")).checkPaths({codes});
    QCOMPARE(statusOf(inferred.outputs.first()), QStringLiteral("fail"));
    QCOMPARE(inferred.outputs.first().summary, QStringLiteral("2 cells below threshold 10"));

    egress::io::TableLayout options;
    options.labelColumns = 1;
    const CheckResult declared
        = Checker(ProfileCatalog::builtIn(QStringLiteral("nhse-sde")), options).checkPaths({codes});
    QCOMPARE(statusOf(declared.outputs.first()), QStringLiteral("pass"));
    QCOMPARE(declared.outputs.first().summary, QStringLiteral("all 2 published cells pass"));
}

QTEST_GUILESS_MAIN(TestChecker)
#include "tst_checker.moc"
