#include "check/checker.h"
#include "check/requestloader.h"
#include "filetestsupport.h"
#include "io/packagefiles.h"
#include "profiles/profilecatalog.h"

#include <QTemporaryDir>
#include <QtTest>

using egress::check::Checker;
using egress::check::CheckResult;
using egress::check::LoadedPackage;
using egress::check::RequestLoader;
using egress::io::PackageFiles;
using egress::testing::inputErrorOf;
using egress::testing::writeFile;

namespace {

const QString kRequests = QStringLiteral(EGRESS_TEST_DATA_DIR "/requests");

QStringList outline(const CheckResult& result)
{
    QStringList lines;
    for (const auto& output : result.outputs) {
        QStringList rules;
        for (const auto& finding : output.findings)
            rules.append(finding.rule + u':' + egress::rules::toString(finding.status));
        lines.append(QStringLiteral("%1 %2 %3 [%4]")
                         .arg(output.id, output.file, egress::rules::toString(output.status),
                              rules.join(u' ')));
    }
    return lines;
}

CheckResult check(const QString& path)
{
    return Checker(egress::profiles::ProfileCatalog::builtIn(QStringLiteral("nhse-sde")))
        .checkPaths({path});
}

const QStringList kGoodOutline = {
    QStringLiteral("lts_by_sex outputs/lts_by_sex.csv pass []"),
    QStringLiteral("cost_by_setting outputs/cost_by_setting.csv fail [dominance-nk:fail "
                   "dominance-p:fail]"),
    QStringLiteral("extra notes/extra.txt review [unchecked:review unchecked:review]"),
};

// A package in a temporary folder: a manifest around one output, with `outputJson` spliced in.
QString packageWith(const QTemporaryDir& dir, const QByteArray& outputJson,
                    const QByteArray& extraTopLevel = {})
{
    writeFile(dir.filePath(QStringLiteral("outputs/a.csv")), "area,n\nNorth,20\nSouth,30\n");
    writeFile(dir.filePath(QStringLiteral("evidence/a.json")),
              R"({"schema": "egress-review/evidence/1", "output": "other", "cells": []})");
    writeFile(dir.filePath(QStringLiteral("egress-request.json")),
              R"({"schema": "egress-review/request/1", "request": {"id": "R-1"},)" + extraTopLevel
                  + R"("outputs": [)" + outputJson + "]}");
    return dir.path();
}

} // namespace

class TestRequestLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folderPackage();
    void zipPackageReadsTheSame();
    void bareZipIsAFolderOfOutputs();
    void evidenceReachesTheRules();
    void supportingFilesAreNeverOutputs();
    void unlistedFileCannotTakeAListedId();
    void errors_data();
    void errors();
    void packageAndLooseTablesTogetherAreRefused();
};

void TestRequestLoader::folderPackage()
{
    const CheckResult result = check(kRequests + QStringLiteral("/good"));
    QCOMPARE(outline(result), kGoodOutline);
    QVERIFY(result.request);
    QCOMPARE(result.request->id, QStringLiteral("REQ-2026-0042"));
    QCOMPARE(result.request->researcher, QStringLiteral("a.researcher"));
    QCOMPARE(result.request->datasets, QStringList {QStringLiteral("NWL Social Care CLD v1.0.4")});
    QCOMPARE(result.outputs.at(1).context.exception,
             QStringLiteral("The Nursing cell is a published figure"));
    QCOMPARE(result.outputs.at(0).context.controls, QStringLiteral("rounded to 5"));
    QCOMPARE(egress::rules::toString(result.status), QStringLiteral("fail"));
}

void TestRequestLoader::zipPackageReadsTheSame()
{
    const CheckResult folder = check(kRequests + QStringLiteral("/good"));
    const CheckResult zip = check(kRequests + QStringLiteral("/good.zip"));
    QCOMPARE(outline(zip), kGoodOutline);
    for (qsizetype index = 0; index < folder.outputs.size(); ++index)
        QCOMPARE(zip.outputs.at(index).sha256, folder.outputs.at(index).sha256);
}

void TestRequestLoader::bareZipIsAFolderOfOutputs()
{
    const CheckResult result = check(kRequests + QStringLiteral("/bare.zip"));
    QCOMPARE(outline(result),
             (QStringList {QStringLiteral("a a.csv fail [threshold:fail]"),
                           QStringLiteral("plot figures/plot.png review [unchecked:review]")}));
    QVERIFY(!result.request);
}

void TestRequestLoader::evidenceReachesTheRules()
{
    const CheckResult result = check(kRequests + QStringLiteral("/good"));
    const auto& cost = result.outputs.at(1);
    QVERIFY(cost.checkedWithEvidence);
    QVERIFY(!result.outputs.at(0).checkedWithEvidence);
    // (33000 + 4000) / 40000 = 92.5% > 90%; (40000 − 37000) / 33000 = 9.1% < 10%.
    QCOMPARE(cost.findings.at(0).message,
             QStringLiteral("the 2 largest contributors hold 92.5% of the total (limit 90%)"));
    QCOMPARE(cost.findings.at(0).cell->rowPath, QStringList {QStringLiteral("Hillingdon")});
    QCOMPARE(cost.findings.at(0).cell->columnPath, QStringList {QStringLiteral("Nursing")});
}

void TestRequestLoader::supportingFilesAreNeverOutputs()
{
    const LoadedPackage loaded
        = RequestLoader::load(PackageFiles::open(kRequests + QStringLiteral("/good")));
    QCOMPARE(loaded.supporting.size(), qsizetype(1));
    QCOMPARE(loaded.supporting.constFirst().file, QStringLiteral("code/analysis.R"));
    for (const auto& output : loaded.outputs) {
        QVERIFY(!output.file.startsWith(QLatin1String("code/")));
        QVERIFY(!output.file.startsWith(QLatin1String("evidence/")));
        QVERIFY(output.file != QLatin1String("egress-request.json"));
    }
}

void TestRequestLoader::unlistedFileCannotTakeAListedId()
{
    QTemporaryDir dir;
    packageWith(dir, R"({"id": "b", "file": "outputs/a.csv"})");
    writeFile(dir.filePath(QStringLiteral("other/b.csv")), "area,n\nNorth,20\n");
    QFile::remove(dir.filePath(QStringLiteral("evidence/a.json")));
    QCOMPARE(outline(check(dir.path())),
             (QStringList {QStringLiteral("b outputs/a.csv pass []"),
                           QStringLiteral("b-2 other/b.csv review [unchecked:review]")}));
}

void TestRequestLoader::errors_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QByteArray>("topLevel");
    QTest::addColumn<QString>("message");
    const QString manifest = QStringLiteral("%1/egress-request.json: invalid request manifest: ");
    QTest::newRow("no file") << QByteArray(R"({"id": "a"})") << QByteArray()
                             << manifest + QStringLiteral("output 'a' needs 'file'");
    QTest::newRow("climbs out") << QByteArray(R"({"id": "a", "file": "../a.csv"})") << QByteArray()
                                << manifest
            + QStringLiteral("output 'a': '../a.csv' is not a path inside the package");
    QTest::newRow("absolute") << QByteArray(R"({"id": "a", "file": "/etc/passwd"})") << QByteArray()
                              << manifest
            + QStringLiteral("output 'a': '/etc/passwd' is not a path inside the package");
    QTest::newRow("unknown key")
        << QByteArray(R"({"id": "a", "file": "outputs/a.csv", "structural_zero": []})")
        << QByteArray() << manifest + QStringLiteral("unknown key 'structural_zero' in output 'a'");
    QTest::newRow("two ids") << QByteArray(
        R"({"id": "a", "file": "outputs/a.csv"}, {"id": "a", "file": "outputs/b.csv"})")
                             << QByteArray()
                             << manifest + QStringLiteral("two outputs have the id 'a'");
    QTest::newRow("named twice") << QByteArray(
        R"({"id": "a", "file": "outputs/a.csv", "evidence": "outputs/a.csv"})")
                                 << QByteArray()
                                 << manifest
            + QStringLiteral("'outputs/a.csv' is named twice: an output, its evidence and the "
                             "supporting files are each a file of their own");
    QTest::newRow("unknown kind") << QByteArray(
        R"({"id": "a", "file": "outputs/a.csv", "kind": "pie"})")
                                  << QByteArray()
                                  << manifest + QStringLiteral("output 'a': unknown kind 'pie'");
    QTest::newRow("bad header rows")
        << QByteArray(R"({"id": "a", "file": "outputs/a.csv", "header_rows": 0})") << QByteArray()
        << manifest
            + QStringLiteral("output 'a': 'header_rows' must be a whole number from 1 to 100");
    QTest::newRow("bad sha")
        << QByteArray(R"({"id": "a", "file": "outputs/a.csv", "sha256": "abc"})") << QByteArray()
        << manifest + QStringLiteral("output 'a': 'sha256' must be 64 hexadecimal digits");
    QTest::newRow("missing file")
        << QByteArray(R"({"id": "a", "file": "outputs/none.csv"})") << QByteArray()
        << QStringLiteral("%1/egress-request.json: output 'a' names 'outputs/none.csv', which is "
                          "not in the package");
    QTest::newRow("changed after packaging")
        << QByteArray(R"({"id": "a", "file": "outputs/a.csv", "sha256": ")"
                      "0000000000000000000000000000000000000000000000000000000000000000\"}")
        << QByteArray()
        << QStringLiteral(
               "%1/outputs/a.csv: its SHA-256 is "
               "64306cfa8ef1443619a94c319981be7f795e1e890e1457ed47e56c9beea14449, but the "
               "manifest says "
               "0000000000000000000000000000000000000000000000000000000000000000: the "
               "file changed after it was packaged");
    QTest::newRow("someone else's evidence")
        << QByteArray(R"({"id": "a", "file": "outputs/a.csv", "evidence": "evidence/a.json"})")
        << QByteArray()
        << QStringLiteral("%1/evidence/a.json: is the evidence of output 'other', but the "
                          "manifest gives it to output 'a'");
    QTest::newRow("missing supporting file")
        << QByteArray(R"({"id": "a", "file": "outputs/a.csv"})")
        << QByteArray(R"("supporting": [{"file": "code/x.R", "role": "code"}],)")
        << QStringLiteral("%1/egress-request.json: a supporting file names 'code/x.R', which is "
                          "not in the package");
    QTest::newRow("no outputs") << QByteArray() << QByteArray()
                                << manifest + QStringLiteral("it lists no outputs");
}

void TestRequestLoader::errors()
{
    QFETCH(QByteArray, output);
    QFETCH(QByteArray, topLevel);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = packageWith(dir, output, topLevel);
    QCOMPARE(inputErrorOf([&] { check(path); }), message.arg(path));
}

void TestRequestLoader::packageAndLooseTablesTogetherAreRefused()
{
    const QString package = kRequests + QStringLiteral("/good");
    QCOMPARE(inputErrorOf([&] {
                 check(package);
                 Checker(egress::profiles::ProfileCatalog::builtIn(QStringLiteral("nhse-sde")))
                     .checkPaths({package, kRequests + QStringLiteral("/bare.zip")});
             }),
             package
                 + QStringLiteral(": a request package is checked on its own: name one package, "
                                  "or tables and folders without one"));
}

QTEST_GUILESS_MAIN(TestRequestLoader)
#include "tst_requestloader.moc"
