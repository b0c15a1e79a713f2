#include "check/checker.h"
#include "profiles/profilecatalog.h"
#include "report/resultjsonwriter.h"
#include "version.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using egress::check::CheckResult;
using egress::check::OutputResult;
using egress::report::ResultJsonWriter;
using egress::rules::Finding;
using egress::rules::Status;

namespace {

const QString kProfileSha
    = QStringLiteral("4ead9f2e55f45d37f4c38c76f9ed5fa7758da58221a3957e299c4d87216ba087");
const QString kFileSha
    = QStringLiteral("a1a462625ee4edd8627313e2b6a476677ce5cd20dd9b8698767bfcc0d03277b0");

Finding cellFinding(const QString& rule, Status status, const QStringList& row,
                    const QStringList& column, double value, const QString& message)
{
    Finding finding;
    finding.rule = rule;
    finding.status = status;
    finding.cell = egress::rules::CellPosition {1, 3, row, column};
    finding.value = value;
    finding.message = message;
    return finding;
}

// The example of formats.md, plus an output that is not a table and one that passes.
CheckResult handMadeResult()
{
    CheckResult result;
    result.profile = {QStringLiteral("nhse-sde"), 1, kProfileSha};
    result.status = Status::Fail;

    OutputResult setting;
    setting.id = QStringLiteral("lts_by_setting");
    setting.file = QStringLiteral("outputs/lts_by_setting.csv");
    setting.sha256 = kFileSha;
    setting.kind = egress::table::OutputKind::Frequency;
    setting.status = Status::Fail;
    setting.summary = QStringLiteral("2 cells below threshold 10");
    setting.findings = {
        cellFinding(QStringLiteral("threshold"), Status::Fail,
                    {QStringLiteral("Hillingdon"), QStringLiteral("65+")},
                    {QStringLiteral("Long Term Support: Prison")}, 3,
                    QStringLiteral("3 people < threshold 10")),
        cellFinding(QStringLiteral("threshold"), Status::Fail, {QStringLiteral("Westminster")},
                    {QStringLiteral("Prison")}, 9.5, QStringLiteral("9.5 people < threshold 10")),
        cellFinding(QStringLiteral("zero"), Status::Review, {QStringLiteral("Westminster")},
                    {QStringLiteral("Community")}, -0.0, QStringLiteral("0 people: judge it")),
        cellFinding(QStringLiteral("threshold"), Status::Review, {}, {QStringLiteral("n")},
                    -123456789012, QStringLiteral("a negative count")),
    };

    OutputResult figure;
    figure.id = QStringLiteral("figure1");
    figure.file = QStringLiteral("outputs/figure1.png");
    figure.sha256 = QString(64, u'0');
    figure.kind = egress::table::OutputKind::Image;
    figure.status = Status::Review;
    figure.summary = QStringLiteral("needs a person's review: not a table");
    Finding unchecked;
    unchecked.rule = QStringLiteral("unchecked");
    unchecked.status = Status::Review;
    unchecked.message = QStringLiteral("an image cannot be checked automatically");
    figure.findings = {unchecked};

    OutputResult clean;
    clean.id = QStringLiteral("clean");
    clean.file = QStringLiteral("clean.csv");
    clean.sha256 = QString(64, u'f');
    clean.kind = egress::table::OutputKind::Frequency;
    clean.status = Status::Pass;
    clean.summary = QStringLiteral("all 4 published cells pass");

    result.outputs = {setting, figure, clean};
    return result;
}

QStringList keysOf(const QJsonObject& object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QJsonArray strings(const QStringList& list)
{
    QJsonArray array;
    for (const QString& text : list)
        array.append(text);
    return array;
}

} // namespace

class TestResultJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void topLevel();
    void outputs();
    void cellFindings();
    void outputLevelFindingHasNoCell();
    void wholeNumbersAreIntegers();
    void bytesAreValidIndentedJson();
    void identicalInputGivesIdenticalBytes();
};

void TestResultJsonWriter::topLevel()
{
    const QJsonObject json = ResultJsonWriter::toJson(handMadeResult());
    QCOMPARE(keysOf(json),
             sorted({QStringLiteral("schema"), QStringLiteral("tool"), QStringLiteral("profile"),
                     QStringLiteral("status"), QStringLiteral("outputs")}));
    QCOMPARE(json.value(QLatin1String("schema")).toString(),
             QStringLiteral("egress-review/result/1"));
    QCOMPARE(
        json.value(QLatin1String("tool")).toObject(),
        (QJsonObject {{QStringLiteral("name"), QStringLiteral("egress-check")},
                      {QStringLiteral("version"), QString::fromLatin1(egress::kToolVersion)}}));
    const QJsonObject profile = json.value(QLatin1String("profile")).toObject();
    QCOMPARE(keysOf(profile),
             sorted({QStringLiteral("name"), QStringLiteral("version"), QStringLiteral("sha256")}));
    QCOMPARE(profile.value(QLatin1String("name")).toString(), QStringLiteral("nhse-sde"));
    QCOMPARE(profile.value(QLatin1String("version")).toInteger(-1), qint64(1));
    QCOMPARE(profile.value(QLatin1String("sha256")).toString(), kProfileSha);
    QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
    QCOMPARE(json.value(QLatin1String("outputs")).toArray().size(), qsizetype(3));
}

void TestResultJsonWriter::outputs()
{
    const QJsonArray outputs
        = ResultJsonWriter::toJson(handMadeResult()).value(QLatin1String("outputs")).toArray();
    const QStringList outputKeys
        = sorted({QStringLiteral("id"), QStringLiteral("file"), QStringLiteral("sha256"),
                  QStringLiteral("kind"), QStringLiteral("status"), QStringLiteral("summary"),
                  QStringLiteral("findings")});

    const QJsonObject setting = outputs.at(0).toObject();
    QCOMPARE(keysOf(setting), outputKeys);
    QCOMPARE(setting.value(QLatin1String("id")).toString(), QStringLiteral("lts_by_setting"));
    QCOMPARE(setting.value(QLatin1String("file")).toString(),
             QStringLiteral("outputs/lts_by_setting.csv"));
    QCOMPARE(setting.value(QLatin1String("sha256")).toString(), kFileSha);
    QCOMPARE(setting.value(QLatin1String("kind")).toString(), QStringLiteral("frequency"));
    QCOMPARE(setting.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
    QCOMPARE(setting.value(QLatin1String("summary")).toString(),
             QStringLiteral("2 cells below threshold 10"));
    QCOMPARE(setting.value(QLatin1String("findings")).toArray().size(), qsizetype(4));

    const QJsonObject figure = outputs.at(1).toObject();
    QCOMPARE(keysOf(figure), outputKeys);
    QCOMPARE(figure.value(QLatin1String("kind")).toString(), QStringLiteral("image"));
    QCOMPARE(figure.value(QLatin1String("status")).toString(), QStringLiteral("review"));

    const QJsonObject clean = outputs.at(2).toObject();
    QCOMPARE(keysOf(clean), outputKeys);
    QCOMPARE(clean.value(QLatin1String("status")).toString(), QStringLiteral("pass"));
    QVERIFY(clean.value(QLatin1String("findings")).isArray());
    QCOMPARE(clean.value(QLatin1String("findings")).toArray().size(), qsizetype(0));
}

void TestResultJsonWriter::cellFindings()
{
    const QJsonArray findings = ResultJsonWriter::toJson(handMadeResult())
                                    .value(QLatin1String("outputs"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QLatin1String("findings"))
                                    .toArray();
    const QJsonObject first = findings.at(0).toObject();
    QCOMPARE(keysOf(first),
             sorted({QStringLiteral("rule"), QStringLiteral("status"), QStringLiteral("cell"),
                     QStringLiteral("value"), QStringLiteral("message")}));
    QCOMPARE(first.value(QLatin1String("rule")).toString(), QStringLiteral("threshold"));
    QCOMPARE(first.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
    // Cells are named by label path only, never by grid position.
    QCOMPARE(
        first.value(QLatin1String("cell")).toObject(),
        (QJsonObject {
            {QStringLiteral("row"), strings({QStringLiteral("Hillingdon"), QStringLiteral("65+")})},
            {QStringLiteral("col"), strings({QStringLiteral("Long Term Support: Prison")})}}));
    QCOMPARE(first.value(QLatin1String("value")).toInteger(-1), qint64(3));
    QCOMPARE(first.value(QLatin1String("message")).toString(),
             QStringLiteral("3 people < threshold 10"));

    QCOMPARE(findings.at(1).toObject().value(QLatin1String("value")).toDouble(), 9.5);
    QCOMPARE(findings.at(2).toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("review"));
    // A table without label columns: the row path is empty.
    QCOMPARE(findings.at(3).toObject().value(QLatin1String("cell")).toObject(),
             (QJsonObject {{QStringLiteral("row"), QJsonArray()},
                           {QStringLiteral("col"), strings({QStringLiteral("n")})}}));
}

void TestResultJsonWriter::outputLevelFindingHasNoCell()
{
    const QJsonObject finding = ResultJsonWriter::toJson(handMadeResult())
                                    .value(QLatin1String("outputs"))
                                    .toArray()
                                    .at(1)
                                    .toObject()
                                    .value(QLatin1String("findings"))
                                    .toArray()
                                    .at(0)
                                    .toObject();
    QCOMPARE(finding,
             (QJsonObject {{QStringLiteral("rule"), QStringLiteral("unchecked")},
                           {QStringLiteral("status"), QStringLiteral("review")},
                           {QStringLiteral("message"),
                            QStringLiteral("an image cannot be checked automatically")}}));
}

void TestResultJsonWriter::wholeNumbersAreIntegers()
{
    const QByteArray bytes = ResultJsonWriter::toBytes(handMadeResult());
    QVERIFY2(bytes.contains("\"value\": 3\n"), bytes.constData());
    QVERIFY2(bytes.contains("\"value\": 9.5\n"), bytes.constData());
    QVERIFY2(bytes.contains("\"value\": 0\n"), bytes.constData()); // -0 is written as 0
    QVERIFY2(bytes.contains("\"value\": -123456789012\n"), bytes.constData());
    QVERIFY2(bytes.contains("\"version\": 1\n"), bytes.constData());
    QVERIFY(!bytes.contains("\"value\": 3.0"));
    QVERIFY(!bytes.contains("\"value\": -0"));
    QVERIFY(!bytes.contains("e+"));
}

void TestResultJsonWriter::bytesAreValidIndentedJson()
{
    const CheckResult result = handMadeResult();
    const QByteArray bytes = ResultJsonWriter::toBytes(result);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.object(), ResultJsonWriter::toJson(result));
    QVERIFY(bytes.startsWith("{\n    \""));
    QVERIFY(bytes.endsWith("}\n"));
    // UTF-8, not escaped: "×" and "≤" in labels stay readable.
    CheckResult unicode = result;
    unicode.outputs[0].findings[0].cell->rowPath = {QStringLiteral("Café ≤ 5")};
    QVERIFY(ResultJsonWriter::toBytes(unicode).contains("\"Caf\xc3\xa9 \xe2\x89\xa4 5\""));
}

void TestResultJsonWriter::identicalInputGivesIdenticalBytes()
{
    QCOMPARE(ResultJsonWriter::toBytes(handMadeResult()),
             ResultJsonWriter::toBytes(handMadeResult()));

    const egress::check::Checker checker(
        egress::profiles::ProfileCatalog::builtIn(QStringLiteral("nhse-sde")));
    const QByteArray first
        = ResultJsonWriter::toBytes(checker.checkPaths({QStringLiteral(EGRESS_SAMPLE_DIR)}));
    const QByteArray second
        = ResultJsonWriter::toBytes(checker.checkPaths({QStringLiteral(EGRESS_SAMPLE_DIR)}));
    QCOMPARE(first, second);
    QVERIFY(first.contains("\"schema\": \"egress-review/result/1\""));
    QVERIFY(first.contains("\"id\": \"lts_by_setting\""));
}

QTEST_GUILESS_MAIN(TestResultJsonWriter)
#include "tst_resultjsonwriter.moc"
