#include "filetestsupport.h"
#include "io/acroresultsreader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>

using egress::io::AcroCellPosition;
using egress::io::AcroOutput;
using egress::io::AcroResults;
using egress::io::AcroResultsReader;
using egress::table::LabelPath;
using egress::testing::inputErrorOf;

namespace {

const QString kFileName = QStringLiteral("acro/results.json");
const QJsonValue kAbsent(QJsonValue::Undefined); // for changed(): remove the key

QString fixture(const QString& name)
{
    return QStringLiteral(EGRESS_TEST_DATA_DIR "/acro/") + name;
}

// A complete 0.4.x table output, to break one key at a time.
QJsonObject validOutput()
{
    return QJsonObject {
        {QStringLiteral("uid"), QStringLiteral("output_0")},
        {QStringLiteral("status"), QStringLiteral("fail")},
        {QStringLiteral("type"), QStringLiteral("table")},
        {QStringLiteral("properties"),
         QJsonObject {{QStringLiteral("method"), QStringLiteral("crosstab")}}},
        {QStringLiteral("files"),
         QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("output_0_0.csv")},
                                  {QStringLiteral("sdc"), QJsonObject {}}}}},
        {QStringLiteral("outcome"),
         QJsonObject {{QStringLiteral("R/G"),
                       QJsonObject {{QStringLiteral("2010"), QStringLiteral("threshold; ")}}}}},
        {QStringLiteral("command"),
         QStringLiteral("safe_table = acro.crosstab(df.year, df.grant_type)")},
        {QStringLiteral("summary"),
         QStringLiteral("fail; threshold: 1 cells may need suppressing; ")},
        {QStringLiteral("timestamp"), QStringLiteral("2023-07-11T10:14:58.412907")},
        {QStringLiteral("comments"), QJsonArray {}},
        {QStringLiteral("exception"), QString()}};
}

QJsonObject changed(QJsonObject object, const QString& key, const QJsonValue& value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}

QByteArray documentWith(const QJsonObject& results,
                        const QString& version = QStringLiteral("0.4.12"))
{
    return QJsonDocument(QJsonObject {{QStringLiteral("version"), version},
                                      {QStringLiteral("results"), results}})
        .toJson(QJsonDocument::Compact);
}

QByteArray documentWithOutput(const QJsonObject& output)
{
    return documentWith(QJsonObject {
        {output.value(QLatin1String("uid")).toString(QStringLiteral("output_0")), output}});
}

QJsonObject withFiles(QJsonObject output, const QStringList& names)
{
    QJsonArray files;
    for (const QString& name : names)
        files.append(QJsonObject {{QStringLiteral("name"), name}});
    output.insert(QStringLiteral("files"), files);
    return output;
}

QJsonObject withSdc(QJsonObject output, const QJsonValue& sdc)
{
    output.insert(
        QStringLiteral("files"),
        QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("output_0_0.csv")},
                                 {QStringLiteral("sdc"), sdc}}});
    return output;
}

QJsonObject withProperties(QJsonObject output, const QJsonObject& properties)
{
    output.insert(QStringLiteral("properties"), properties);
    return output;
}

const AcroOutput& outputNamed(const AcroResults& results, const QString& uid)
{
    for (const AcroOutput& output : results.outputs) {
        if (output.uid == uid)
            return output;
    }
    static const AcroOutput none;
    return none;
}

} // namespace

class TestAcroResultsReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsFixtureVersions_data();
    void readsFixtureVersions();
    void readsFixtureOutputs_data();
    void readsFixtureOutputs();
    void readsCellOutcomes_data();
    void readsCellOutcomes();
    void readsCellPositions_data();
    void readsCellPositions();
    void fixtureFilesExist_data();
    void fixtureFilesExist();
    void keepsDocumentOrder();
    void acceptsWhatSacroViewerWrites();
    void labelsOfPandasKeys_data();
    void labelsOfPandasKeys();
    void refusesBadDocuments_data();
    void refusesBadDocuments();
    void refusesBadFolders_data();
    void refusesBadFolders();
    void recognisesAcroFolders_data();
    void recognisesAcroFolders();
};

void TestAcroResultsReader::readsFixtureVersions_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("formatMajor");
    QTest::addColumn<QStringList>("uids");
    QTest::addColumn<bool>("hasSessionSummary");

    QTest::newRow("0.4") << QStringLiteral("v0_4") << QStringLiteral("0.4.12") << 0
                         << QStringList {QStringLiteral("output_0"),
                                         QStringLiteral("grants_by_type"),
                                         QStringLiteral("output_2"), QStringLiteral("output_3"),
                                         QStringLiteral("output_4")}
                         << false;
    QTest::newRow("1.x") << QStringLiteral("v1") << QStringLiteral("1.0.2") << 1
                         << QStringList {QStringLiteral("output_0"),
                                         QStringLiteral("grants_by_type"),
                                         QStringLiteral("output_2"),
                                         QStringLiteral("output_3"),
                                         QStringLiteral("output_4"),
                                         QStringLiteral("output_5")}
                         << true;
}

void TestAcroResultsReader::readsFixtureVersions()
{
    QFETCH(QString, folder);
    QFETCH(QString, version);
    QFETCH(int, formatMajor);
    QFETCH(QStringList, uids);
    QFETCH(bool, hasSessionSummary);

    const AcroResults results = AcroResultsReader::readFolder(fixture(folder));
    QCOMPARE(results.acroVersion, version);
    QCOMPARE(results.formatMajor, formatMajor);
    QStringList actualUids;
    for (const AcroOutput& output : results.outputs)
        actualUids.append(output.uid);
    QCOMPARE(actualUids, uids);
    QCOMPARE(!results.sessionSummary.isEmpty(), hasSessionSummary);
    if (hasSessionSummary) {
        QCOMPARE(results.sessionSummary.value(QLatin1String("DO_NOT_RELEASE")).toBool(), true);
        QCOMPARE(results.sessionSummary.value(QLatin1String("data")).toArray().size(), 4);
    }
}

void TestAcroResultsReader::readsFixtureOutputs_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("uid");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QStringList>("comments");
    QTest::addColumn<QString>("exception");
    QTest::addColumn<double>("dof"); // NaN: none
    QTest::addColumn<int>("cellOutcomes");
    QTest::addColumn<int>("cellPositions");
    QTest::addColumn<bool>("checkerOnly");

    const double none = std::nan("");
    const QString histogramSummary = QStringLiteral(
        "Please check the minimum and the maximum values. The minimum value of the inc_grants "
        "column is: 1000.0. The maximum value of the inc_grants column is: 913000.0");
    const QStringList imageComment {
        QStringLiteral("This output is an image showing the relationship between X and Y")};
    const QString imageException
        = QStringLiteral("It shows only a fitted line, no individual points");

    QTest::newRow("0.4 crosstab") << QStringLiteral("v0_4") << QStringLiteral("output_0")
                                  << QStringLiteral("table") << QStringLiteral("fail")
                                  << QStringLiteral("crosstab")
                                  << QStringList {QStringLiteral("output_0_0.csv")}
                                  << QStringLiteral(
                                         "fail; threshold: 2 cells may need suppressing; ")
                                  << QStringList {} << QString() << none << 2 << 2 << false;
    QTest::newRow("0.4 pivot_table")
        << QStringLiteral("v0_4") << QStringLiteral("grants_by_type") << QStringLiteral("table")
        << QStringLiteral("fail") << QStringLiteral("pivot_table")
        << QStringList {QStringLiteral("grants_by_type_0.csv")}
        << QStringLiteral("fail; threshold: 4 cells may need suppressing; p-ratio: 2 cells may "
                          "need suppressing; nk-rule: 2 cells may need suppressing; ")
        << QStringList {QStringLiteral("Means of grant income per charity")} << QString() << none
        << 6 << 8 << false;
    QTest::newRow("0.4 logit") << QStringLiteral("v0_4") << QStringLiteral("output_2")
                               << QStringLiteral("regression") << QStringLiteral("pass")
                               << QStringLiteral("logit")
                               << QStringList {QStringLiteral("output_2_0.csv"),
                                               QStringLiteral("output_2_1.csv")}
                               << QStringLiteral("pass; dof=806.0 >= 10") << QStringList {}
                               << QString() << 806.0 << 0 << 0 << false;
    QTest::newRow("0.4 histogram")
        << QStringLiteral("v0_4") << QStringLiteral("output_3") << QStringLiteral("histogram")
        << QStringLiteral("fail") << QStringLiteral("histogram")
        << QStringList {QStringLiteral("histogram_0.png")} << histogramSummary << QStringList {}
        << QStringLiteral("The bins are wide enough; please release") << none << 0 << 0 << false;
    QTest::newRow("0.4 custom") << QStringLiteral("v0_4") << QStringLiteral("output_4")
                                << QStringLiteral("custom") << QStringLiteral("review") << QString()
                                << QStringList {QStringLiteral("XandY.png")}
                                << QStringLiteral("review") << imageComment << imageException
                                << none << 0 << 0 << false;
    QTest::newRow("1.x crosstab")
        << QStringLiteral("v1") << QStringLiteral("output_0") << QStringLiteral("table")
        << QStringLiteral("fail") << QStringLiteral("crosstab")
        << QStringList {QStringLiteral("output_0_0.csv")}
        << QStringLiteral("FrequencyTable : \n PresenceOfLinkedTableCheck: A manual review is "
                          "needed. Variables defining table are:  ['year', 'grant_type'].\n "
                          "MinimumThresholdCheck: fail - 2 cells may need suppressing.\n")
        << QStringList {} << QStringLiteral("The R/G cells are published in the annual report")
        << none << 2 << 2 << false;
    QTest::newRow("1.x pivot_table")
        << QStringLiteral("v1") << QStringLiteral("grants_by_type") << QStringLiteral("table")
        << QStringLiteral("fail") << QStringLiteral("pivot_table")
        << QStringList {QStringLiteral("grants_by_type_0.csv")}
        << QStringLiteral("Mean : \nNKCheck: fail - 2 cells may need suppressing.\n PPercentCheck: "
                          "fail - 2 cells may need suppressing.\n MinimumThresholdCheck: fail - 4 "
                          "cells may need suppressing.\n")
        << QStringList {QStringLiteral("Means of grant income per charity")} << QString() << none
        << 6 << 8 << false;
    QTest::newRow("1.x logit")
        << QStringLiteral("v1") << QStringLiteral("output_2") << QStringLiteral("regression")
        << QStringLiteral("pass") << QStringLiteral("logit")
        << QStringList {QStringLiteral("output_2_0.csv"), QStringLiteral("output_2_1.csv")}
        << QStringLiteral("Logit : \n MinimumDoFCheck: pass - dof=806 >= 10.\n") << QStringList {}
        << QString() << 806.0 << 0 << 0 << false;
    QTest::newRow("1.x custom") << QStringLiteral("v1") << QStringLiteral("output_4")
                                << QStringLiteral("custom") << QStringLiteral("review") << QString()
                                << QStringList {QStringLiteral("XandY.png")}
                                << QStringLiteral("review") << imageComment << imageException
                                << none << 0 << 0 << false;
    QTest::newRow("1.x session summary")
        << QStringLiteral("v1") << QStringLiteral("output_5") << QStringLiteral("custom")
        << QStringLiteral("review") << QString()
        << QStringList {QStringLiteral("DO_NOT_RELEASE_session_summary.csv")}
        << QStringLiteral("review")
        << QStringList {QStringLiteral(
               "WARNING: DO NOT RELEASE - Session summary for output checker use only")}
        << QString() << none << 0 << 0 << true;
}

void TestAcroResultsReader::readsFixtureOutputs()
{
    QFETCH(QString, folder);
    QFETCH(QString, uid);
    QFETCH(QString, type);
    QFETCH(QString, status);
    QFETCH(QString, method);
    QFETCH(QStringList, files);
    QFETCH(QString, summary);
    QFETCH(QStringList, comments);
    QFETCH(QString, exception);
    QFETCH(double, dof);
    QFETCH(int, cellOutcomes);
    QFETCH(int, cellPositions);
    QFETCH(bool, checkerOnly);

    const AcroResults results = AcroResultsReader::readFolder(fixture(folder));
    const AcroOutput& output = outputNamed(results, uid);
    QCOMPARE(output.uid, uid);
    QCOMPARE(output.type, type);
    QCOMPARE(output.status, status);
    QCOMPARE(output.method, method);
    QCOMPARE(output.files, files);
    QCOMPARE(output.summary, summary);
    QCOMPARE(output.comments, comments);
    QCOMPARE(output.exception, exception);
    QCOMPARE(output.residualDegreesOfFreedom.has_value(), !std::isnan(dof));
    if (output.residualDegreesOfFreedom)
        QCOMPARE(*output.residualDegreesOfFreedom, dof);
    QCOMPARE(output.cellOutcomes.size(), cellOutcomes);
    QCOMPARE(output.cellPositions.size(), cellPositions);
    QCOMPARE(output.suppressionApplied, false);
    QCOMPARE(output.checkerOnly, checkerOnly);
    QCOMPARE(output.raw.value(QLatin1String("uid")).toString(), uid);
}

void TestAcroResultsReader::readsCellOutcomes_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("uid");
    QTest::addColumn<int>("index");
    QTest::addColumn<QStringList>("row");
    QTest::addColumn<QStringList>("column");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QStringList>("checks");

    const QString year2010 = QStringLiteral("2010");
    const QString year2011 = QStringLiteral("2011");
    QTest::newRow("0.4 crosstab, first")
        << QStringLiteral("v0_4") << QStringLiteral("output_0") << 0 << QStringList {year2010}
        << QStringList {QStringLiteral("R/G")} << QStringLiteral("threshold; ")
        << QStringList {QStringLiteral("threshold")};
    QTest::newRow("0.4 crosstab, second")
        << QStringLiteral("v0_4") << QStringLiteral("output_0") << 1 << QStringList {year2011}
        << QStringList {QStringLiteral("R/G")} << QStringLiteral("threshold; ")
        << QStringList {QStringLiteral("threshold")};
    // Three column levels (statistic, value, grant_type), keys in the order QJsonObject sorts.
    QTest::newRow("0.4 pivot, dominated mean")
        << QStringLiteral("v0_4") << QStringLiteral("grants_by_type") << 0 << QStringList {year2011}
        << QStringList {QStringLiteral("mean"), QStringLiteral("inc_grants"), QStringLiteral("G")}
        << QStringLiteral("p-ratio; nk-rule; ")
        << QStringList {QStringLiteral("p-ratio"), QStringLiteral("nk-rule")};
    QTest::newRow("0.4 pivot, small std")
        << QStringLiteral("v0_4") << QStringLiteral("grants_by_type") << 5 << QStringList {year2011}
        << QStringList {QStringLiteral("std"), QStringLiteral("inc_grants"), QStringLiteral("R/G")}
        << QStringLiteral("threshold; ") << QStringList {QStringLiteral("threshold")};
    QTest::newRow("1.x crosstab") << QStringLiteral("v1") << QStringLiteral("output_0") << 1
                                  << QStringList {year2011} << QStringList {QStringLiteral("R/G")}
                                  << QStringLiteral("MinimumThresholdCheck; ")
                                  << QStringList {QStringLiteral("MinimumThresholdCheck")};
    QTest::newRow("1.x pivot, dominated std")
        << QStringLiteral("v1") << QStringLiteral("grants_by_type") << 3 << QStringList {year2011}
        << QStringList {QStringLiteral("std"), QStringLiteral("inc_grants"), QStringLiteral("G")}
        << QStringLiteral("PPercentCheck; NKCheck; ")
        << QStringList {QStringLiteral("PPercentCheck"), QStringLiteral("NKCheck")};
}

void TestAcroResultsReader::readsCellOutcomes()
{
    QFETCH(QString, folder);
    QFETCH(QString, uid);
    QFETCH(int, index);
    QFETCH(QStringList, row);
    QFETCH(QStringList, column);
    QFETCH(QString, outcome);
    QFETCH(QStringList, checks);

    const AcroOutput output = outputNamed(AcroResultsReader::readFolder(fixture(folder)), uid);
    QVERIFY(index < output.cellOutcomes.size());
    QCOMPARE(output.cellOutcomes.at(index).row, LabelPath(row));
    QCOMPARE(output.cellOutcomes.at(index).column, LabelPath(column));
    QCOMPARE(output.cellOutcomes.at(index).outcome, outcome);
    QCOMPARE(output.cellOutcomes.at(index).checks, checks);
}

void TestAcroResultsReader::readsCellPositions_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("uid");
    QTest::addColumn<QList<AcroCellPosition>>("positions");

    const QString threshold = QStringLiteral("threshold");
    QTest::newRow("0.4 crosstab") << QStringLiteral("v0_4") << QStringLiteral("output_0")
                                  << QList<AcroCellPosition> {{threshold, 0, 3}, {threshold, 1, 3}};
    // Checks in key order: nk-rule, p-ratio, threshold.
    QTest::newRow("0.4 pivot") << QStringLiteral("v0_4") << QStringLiteral("grants_by_type")
                               << QList<AcroCellPosition> {{QStringLiteral("nk-rule"), 1, 0},
                                                           {QStringLiteral("nk-rule"), 1, 4},
                                                           {QStringLiteral("p-ratio"), 1, 0},
                                                           {QStringLiteral("p-ratio"), 1, 4},
                                                           {threshold, 0, 3},
                                                           {threshold, 0, 7},
                                                           {threshold, 1, 3},
                                                           {threshold, 1, 7}};
    QTest::newRow("1.x crosstab") << QStringLiteral("v1") << QStringLiteral("output_0")
                                  << QList<AcroCellPosition> {
                                         {QStringLiteral("MinimumThresholdCheck"), 0, 3},
                                         {QStringLiteral("MinimumThresholdCheck"), 1, 3}};
    QTest::newRow("regression") << QStringLiteral("v1") << QStringLiteral("output_2")
                                << QList<AcroCellPosition> {};
}

void TestAcroResultsReader::readsCellPositions()
{
    QFETCH(QString, folder);
    QFETCH(QString, uid);
    QFETCH(QList<AcroCellPosition>, positions);

    const AcroOutput output = outputNamed(AcroResultsReader::readFolder(fixture(folder)), uid);
    QCOMPARE(output.cellPositions.size(), positions.size());
    for (qsizetype i = 0; i < positions.size(); ++i) {
        QCOMPARE(output.cellPositions.at(i).check, positions.at(i).check);
        QCOMPARE(output.cellPositions.at(i).row, positions.at(i).row);
        QCOMPARE(output.cellPositions.at(i).column, positions.at(i).column);
    }
}

void TestAcroResultsReader::fixtureFilesExist_data()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("0.4") << QStringLiteral("v0_4");
    QTest::newRow("1.x") << QStringLiteral("v1");
}

// The fixtures are a whole folder as ACRO leaves it: every named file is there.
void TestAcroResultsReader::fixtureFilesExist()
{
    QFETCH(QString, folder);
    const AcroResults results = AcroResultsReader::readFolder(fixture(folder));
    for (const AcroOutput& output : results.outputs) {
        for (const QString& file : output.files)
            QVERIFY2(QFile::exists(fixture(folder + QLatin1Char('/') + file)), qPrintable(file));
    }
}

void TestAcroResultsReader::keepsDocumentOrder()
{
    // QJsonObject would sort these as output_0, output_10, output_2.
    QByteArray text = "{\"version\": \"0.4.5\", \"results\": {";
    const QStringList uids {QStringLiteral("output_2"), QStringLiteral("output_10"),
                            QStringLiteral("output_0")};
    for (const QString& uid : uids) {
        QJsonObject output = withFiles(changed(validOutput(), QStringLiteral("uid"), uid),
                                       {uid + QStringLiteral("_0.csv")});
        if (uid != uids.first())
            text += ", ";
        text += "\"" + uid.toUtf8() + "\": " + QJsonDocument(output).toJson(QJsonDocument::Compact);
    }
    text += "}}";
    const AcroResults results = AcroResultsReader::read(text, kFileName);
    QCOMPARE(results.outputs.size(), 3);
    QCOMPARE(results.outputs.at(0).uid, uids.at(0));
    QCOMPARE(results.outputs.at(1).uid, uids.at(1));
    QCOMPARE(results.outputs.at(2).uid, uids.at(2));
}

// SACRO-Viewer's scaffold for a plain folder: no sdc, exception null, version 0.4.0.
void TestAcroResultsReader::acceptsWhatSacroViewerWrites()
{
    const QByteArray json = "\xEF\xBB\xBF{\"version\": \"0.4.0\", \"results\": {\"README.md\": {"
                            "\"uid\": \"README.md\", \"files\": [{\"name\": \"README.md\"}], "
                            "\"status\": \"review\", \"type\": \"custom\", \"properties\": {}, "
                            "\"outcome\": {}, \"command\": \"custom\", \"summary\": \"review\", "
                            "\"exception\": null, \"timestamp\": \"2025-10-06T11:30:08.479605\", "
                            "\"comments\": [\"This non-ACRO output metadata was auto generated the "
                            "SACRO Viewer application\"]}}}";
    const AcroResults results = AcroResultsReader::read(json, kFileName);
    QCOMPARE(results.formatMajor, 0);
    QCOMPARE(results.outputs.size(), 1);
    QCOMPARE(results.outputs.first().files, QStringList {QStringLiteral("README.md")});
    QCOMPARE(results.outputs.first().exception, QString());
    QCOMPARE(results.outputs.first().checkerOnly, false);
}

void TestAcroResultsReader::labelsOfPandasKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("labels");

    QTest::newRow("plain") << QStringLiteral("R/G") << QStringList {QStringLiteral("R/G")};
    QTest::newRow("number") << QStringLiteral("2010") << QStringList {QStringLiteral("2010")};
    QTest::newRow("empty") << QString() << QStringList {QString()};
    QTest::newRow("pair") << QStringLiteral("('mean', 'inc_grants')")
                          << QStringList {QStringLiteral("mean"), QStringLiteral("inc_grants")};
    QTest::newRow("three levels") << QStringLiteral("('std', 'inc_grants', 'R/G')")
                                  << QStringList {QStringLiteral("std"),
                                                  QStringLiteral("inc_grants"),
                                                  QStringLiteral("R/G")};
    QTest::newRow("number and text") << QStringLiteral("(2010, 'G')")
                                     << QStringList {QStringLiteral("2010"), QStringLiteral("G")};
    QTest::newRow("float and None") << QStringLiteral("(1.5, None)")
                                    << QStringList {QStringLiteral("1.5"), QStringLiteral("None")};
    QTest::newRow("apostrophe in double quotes")
        << QStringLiteral("(\"children's\", 'a')")
        << QStringList {QStringLiteral("children's"), QStringLiteral("a")};
    QTest::newRow("escapes") << QStringLiteral("('a\\'b', 'c\\\\d')")
                             << QStringList {QStringLiteral("a'b"), QStringLiteral("c\\d")};
    QTest::newRow("comma inside quotes")
        << QStringLiteral("('a, b', 'c')")
        << QStringList {QStringLiteral("a, b"), QStringLiteral("c")};
    QTest::newRow("tuple of one") << QStringLiteral("('a',)") << QStringList {QStringLiteral("a")};
    QTest::newRow("parenthesised word")
        << QStringLiteral("(missing)") << QStringList {QStringLiteral("(missing)")};
    QTest::newRow("parenthesised number")
        << QStringLiteral("(2010)") << QStringList {QStringLiteral("(2010)")};
    QTest::newRow("bare words") << QStringLiteral("(a, b)")
                                << QStringList {QStringLiteral("(a, b)")};
    QTest::newRow("unterminated quote")
        << QStringLiteral("('a, 'b)") << QStringList {QStringLiteral("('a, 'b)")};
    QTest::newRow("text after quote")
        << QStringLiteral("('a'x, 'b')") << QStringList {QStringLiteral("('a'x, 'b')")};
    QTest::newRow("unknown escape")
        << QStringLiteral("('\\x41', 'b')") << QStringList {QStringLiteral("('\\x41', 'b')")};
    QTest::newRow("empty parentheses")
        << QStringLiteral("()") << QStringList {QStringLiteral("()")};
}

void TestAcroResultsReader::labelsOfPandasKeys()
{
    QFETCH(QString, key);
    QFETCH(QStringList, labels);
    QCOMPARE(AcroResultsReader::labelsOfPandasKey(key), LabelPath(labels));
}

void TestAcroResultsReader::refusesBadDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    const QString prefix = kFileName + QStringLiteral(": ");
    const QString output0 = prefix + QStringLiteral("output 'output_0': ");
    const QJsonObject valid = validOutput();

    QTest::newRow("not JSON") << QByteArray(
        "{\"version\": ") << prefix + QStringLiteral("not JSON (unterminated object at byte 12)");
    QTest::newRow("empty") << QByteArray()
                           << prefix + QStringLiteral("not JSON (illegal value at byte 0)");
    QTest::newRow("array") << QByteArray(
        "[]") << prefix + QStringLiteral("not ACRO results: the top level is not an object");
    QTest::newRow("before 0.4") << QByteArray(
        "{\"output_0\": {\"command\": \"x\", \"output\": \"outputs/output_0.csv\"}}")
                                << prefix
            + QStringLiteral("not ACRO results of version 0.4 or later: it has neither "
                             "'version' nor 'results'");
    QTest::newRow("no version") << QByteArray("{\"results\": {}}")
                                << prefix + QStringLiteral("'version' is missing");
    QTest::newRow("version number") << QByteArray("{\"version\": 0.4, \"results\": {}}")
                                    << prefix
            + QStringLiteral("'version' must be a string such as "
                             "\"0.4.12\"");
    QTest::newRow("version text") << QByteArray("{\"version\": \"latest\", \"results\": {}}")
                                  << prefix
            + QStringLiteral("'version' 'latest' is not a version "
                             "number such as \"0.4.12\"");
    QTest::newRow("version 0.3") << documentWith({}, QStringLiteral("0.3.0"))
                                 << prefix
            + QStringLiteral("ACRO version 0.3.0 is not supported: "
                             "this reader knows 0.4.x and 1.x");
    QTest::newRow("version 2") << documentWith({}, QStringLiteral("2.0.0"))
                               << prefix
            + QStringLiteral("ACRO version 2.0.0 is not supported: this "
                             "reader knows 0.4.x and 1.x");
    QTest::newRow("no results") << QByteArray("{\"version\": \"0.4.12\"}")
                                << prefix + QStringLiteral("'results' is missing");
    QTest::newRow("results list") << QByteArray("{\"version\": \"0.4.12\", \"results\": []}")
                                  << prefix
            + QStringLiteral("'results' must be an object of outputs");
    QTest::newRow("session summary list")
        << QByteArray("{\"version\": \"1.0.2\", \"results\": {}, \"session_summary\": []}")
        << prefix + QStringLiteral("'session_summary' must be an object");
    QTest::newRow("duplicate output")
        << QByteArray(
               "{\"version\": \"0.4.12\", \"results\": {\"output_0\": {}, \"output_0\": {}}}")
        << prefix + QStringLiteral("output 'output_0' is listed twice");
    QTest::newRow("duplicate escaped output")
        << QByteArray("{\"version\": \"0.4.12\", \"results\": {\"a\": {}, \"\\u0061\": {}}}")
        << prefix + QStringLiteral("output 'a' is listed twice");
    QTest::newRow("duplicate key in output")
        << QByteArray("{\"version\": \"0.4.12\", \"results\": {\"output_0\": {\"status\": "
                      "\"fail\", \"files\": [{\"name\": \"a,{b\"}], \"status\": \"pass\"}}}")
        << prefix + QStringLiteral("key 'status' appears twice in output 'output_0'");
    QTest::newRow("duplicate top-level key")
        << QByteArray("{\"version\": \"0.4.12\", \"version\": \"1.0.0\", \"results\": {}}")
        << prefix + QStringLiteral("key 'version' appears twice");
    QTest::newRow("output not object")
        << documentWith(QJsonObject {{QStringLiteral("output_0"), 3}})
        << output0 + QStringLiteral("it is not an object");
    QTest::newRow("no uid") << documentWith(
        QJsonObject {{QStringLiteral("output_0"), changed(valid, QStringLiteral("uid"), kAbsent)}})
                            << output0 + QStringLiteral("'uid' is missing");
    QTest::newRow("uid not its key")
        << documentWith(QJsonObject {{QStringLiteral("output_1"), valid}})
        << prefix
            + QStringLiteral(
                "output 'output_1': its 'uid' is 'output_0': the two must be the same");
    QTest::newRow("no status") << documentWithOutput(
        changed(valid, QStringLiteral("status"), kAbsent))
                               << output0 + QStringLiteral("'status' is missing");
    QTest::newRow("status number")
        << documentWithOutput(changed(valid, QStringLiteral("status"), 1))
        << output0 + QStringLiteral("'status' must be a string");
    QTest::newRow("status unknown")
        << documentWithOutput(changed(valid, QStringLiteral("status"), QStringLiteral("unknown")))
        << output0 + QStringLiteral("'status' must be pass, fail or review, not 'unknown'");
    QTest::newRow("status case") << documentWithOutput(
        changed(valid, QStringLiteral("status"), QStringLiteral("Pass")))
                                 << output0
            + QStringLiteral("'status' must be pass, fail or review, not 'Pass'");
    QTest::newRow("no type") << documentWithOutput(changed(valid, QStringLiteral("type"), kAbsent))
                             << output0 + QStringLiteral("'type' is missing");
    QTest::newRow("empty type") << documentWithOutput(
        changed(valid, QStringLiteral("type"), QString()))
                                << output0 + QStringLiteral("'type' is empty");
    QTest::newRow("summary list") << documentWithOutput(
        changed(valid, QStringLiteral("summary"), QJsonArray {}))
                                  << output0 + QStringLiteral("'summary' must be a string");
    QTest::newRow("command number")
        << documentWithOutput(changed(valid, QStringLiteral("command"), 7))
        << output0 + QStringLiteral("'command' must be a string");
    QTest::newRow("exception object")
        << documentWithOutput(changed(valid, QStringLiteral("exception"), QJsonObject {}))
        << output0 + QStringLiteral("'exception' must be a string");
    QTest::newRow("comments text")
        << documentWithOutput(changed(valid, QStringLiteral("comments"), QStringLiteral("hi")))
        << output0 + QStringLiteral("'comments' must be a list of strings");
    QTest::newRow("comments numbers")
        << documentWithOutput(changed(valid, QStringLiteral("comments"), QJsonArray {1}))
        << output0 + QStringLiteral("'comments' must be a list of strings");
    QTest::newRow("properties list")
        << documentWithOutput(changed(valid, QStringLiteral("properties"), QJsonArray {}))
        << output0 + QStringLiteral("'properties' must be an object");
    QTest::newRow("method number")
        << documentWithOutput(withProperties(valid, {{QStringLiteral("method"), 1}}))
        << output0 + QStringLiteral("properties 'method' must be a string");
    QTest::newRow("dof text") << documentWithOutput(
        withProperties(valid, {{QStringLiteral("dof"), QStringLiteral("many")}}))
                              << output0 + QStringLiteral("properties 'dof' must be a number");
    QTest::newRow("dof list") << documentWithOutput(
        withProperties(valid, {{QStringLiteral("dof"), QJsonArray {}}}))
                              << output0 + QStringLiteral("properties 'dof' must be a number");
    QTest::newRow("no files") << documentWithOutput(
        changed(valid, QStringLiteral("files"), kAbsent))
                              << output0 + QStringLiteral("'files' is missing");
    QTest::newRow("files text") << documentWithOutput(
        changed(valid, QStringLiteral("files"), QStringLiteral("a.csv")))
                                << output0 + QStringLiteral("'files' must be a list");
    QTest::newRow("files empty") << documentWithOutput(
        changed(valid, QStringLiteral("files"), QJsonArray {}))
                                 << output0 + QStringLiteral("it names no files");
    QTest::newRow("file text") << documentWithOutput(
        changed(valid, QStringLiteral("files"), QJsonArray {QStringLiteral("a.csv")}))
                               << output0 + QStringLiteral("file 1 is not an object");
    QTest::newRow("file without name") << documentWithOutput(
        changed(valid, QStringLiteral("files"),
                QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("a.csv")}},
                            QJsonObject {{QStringLiteral("sdc"), QJsonObject {}}}}))
                                       << output0 + QStringLiteral("file 2 has no 'name'");
    QTest::newRow("file name number")
        << documentWithOutput(changed(valid, QStringLiteral("files"),
                                      QJsonArray {QJsonObject {{QStringLiteral("name"), 5}}}))
        << output0 + QStringLiteral("file 1: 'name' must be a string");
    QTest::newRow("path escape") << documentWithOutput(
        withFiles(valid, {QStringLiteral("../../etc/passwd")}))
                                 << output0
            + QStringLiteral("file name '../../etc/passwd' is not a plain "
                             "path inside the folder: it has a '..' part");
    QTest::newRow("absolute path")
        << documentWithOutput(withFiles(valid, {QStringLiteral("/etc/passwd")}))
        << output0
            + QStringLiteral("file name '/etc/passwd' is not a plain path "
                             "inside the folder: it is an absolute path");
    QTest::newRow("old absolute path") << documentWithOutput(
        withFiles(valid, {QStringLiteral("C:/Users/a/ACRO/outputs/output_1.csv")}))
                                       << output0
            + QStringLiteral("file name 'C:/Users/a/ACRO/outputs/output_1.csv' is not a plain "
                             "path inside the folder: it starts with a drive letter");
    QTest::newRow("backslash") << documentWithOutput(
        withFiles(valid, {QStringLiteral("..\\a.csv")}))
                               << output0
            + QStringLiteral("file name '..\\a.csv' is not a plain path "
                             "inside the folder: it has a backslash");
    QTest::newRow("file twice in one output")
        << documentWithOutput(withFiles(valid, {QStringLiteral("a.csv"), QStringLiteral("a.csv")}))
        << output0 + QStringLiteral("it lists file 'a.csv' twice");
    QJsonObject other = changed(valid, QStringLiteral("uid"), QStringLiteral("output_1"));
    QTest::newRow("file in two outputs") << documentWith(QJsonObject {
        {QStringLiteral("output_0"), valid},
        {QStringLiteral("output_1"),
         withFiles(other, {QStringLiteral("b.csv"), QStringLiteral("output_0_0.csv")})}})
                                         << prefix
            + QStringLiteral("output 'output_1': file 'output_0_0.csv' is already listed by "
                             "output 'output_0'");
    QTest::newRow("sdc list") << documentWithOutput(withSdc(valid, QJsonArray {}))
                              << output0 + QStringLiteral("file 1: 'sdc' must be an object");
    const QString badCells
        = output0
        + QStringLiteral(
              "file 1: sdc 'cells' must map each check to a list of [row, column] pairs");
    QTest::newRow("cells list") << documentWithOutput(
        withSdc(valid, QJsonObject {{QStringLiteral("cells"), QJsonArray {}}}))
                                << badCells;
    QTest::newRow("cells check not list") << documentWithOutput(withSdc(
        valid,
        QJsonObject {{QStringLiteral("cells"), QJsonObject {{QStringLiteral("threshold"), 1}}}}))
                                          << badCells;
    QTest::newRow("cell of three") << documentWithOutput(withSdc(
        valid,
        QJsonObject {
            {QStringLiteral("cells"),
             QJsonObject {{QStringLiteral("threshold"), QJsonArray {QJsonArray {0, 1, 2}}}}}}))
                                   << badCells;
    QTest::newRow("negative cell") << documentWithOutput(withSdc(
        valid,
        QJsonObject {
            {QStringLiteral("cells"),
             QJsonObject {{QStringLiteral("threshold"), QJsonArray {QJsonArray {0, -1}}}}}}))
                                   << badCells;
    QTest::newRow("fractional cell") << documentWithOutput(withSdc(
        valid,
        QJsonObject {
            {QStringLiteral("cells"),
             QJsonObject {{QStringLiteral("threshold"), QJsonArray {QJsonArray {0.5, 1}}}}}}))
                                     << badCells;
    QTest::newRow("sdc summary list")
        << documentWithOutput(
               withSdc(valid, QJsonObject {{QStringLiteral("summary"), QJsonArray {}}}))
        << output0 + QStringLiteral("file 1: sdc 'summary' must be an object");
    QTest::newRow("suppressed text")
        << documentWithOutput(withSdc(
               valid,
               QJsonObject {{QStringLiteral("summary"),
                             QJsonObject {{QStringLiteral("suppressed"), QStringLiteral("yes")}}}}))
        << output0 + QStringLiteral("file 1: sdc summary 'suppressed' must be true or false");
    const QString badOutcome
        = output0 + QStringLiteral("'outcome' must map each column to an object of rows");
    QTest::newRow("outcome text") << documentWithOutput(
        changed(valid, QStringLiteral("outcome"), QStringLiteral("{}")))
                                  << badOutcome;
    QTest::newRow("outcome column list") << documentWithOutput(changed(
        valid, QStringLiteral("outcome"), QJsonObject {{QStringLiteral("G"), QJsonArray {}}}))
                                         << badOutcome;
    QTest::newRow("outcome cell number")
        << documentWithOutput(changed(
               valid, QStringLiteral("outcome"),
               QJsonObject {{QStringLiteral("G"), QJsonObject {{QStringLiteral("2010"), 3}}}}))
        << output0 + QStringLiteral("the outcome of column 'G', row '2010' is not text");
}

void TestAcroResultsReader::refusesBadDocuments()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QCOMPARE(inputErrorOf([&] { AcroResultsReader::read(json, kFileName); }), message);
}

void TestAcroResultsReader::refusesBadFolders_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("problem");

    QTest::newRow("malformed") << QStringLiteral("bad_malformed")
                               << QStringLiteral("not JSON (unterminated object at byte 127)");
    QTest::newRow("missing status") << QStringLiteral("bad_missing_status")
                                    << QStringLiteral("output 'output_0': 'status' is missing");
    QTest::newRow("path escape")
        << QStringLiteral("bad_path_escape")
        << QStringLiteral("output 'output_0': file name '../../etc/passwd' is not a plain path "
                          "inside the folder: it has a '..' part");
    QTest::newRow("duplicate output") << QStringLiteral("bad_duplicate_output")
                                      << QStringLiteral("output 'output_0' is listed twice");
}

void TestAcroResultsReader::refusesBadFolders()
{
    QFETCH(QString, folder);
    QFETCH(QString, problem);
    const QString path = fixture(folder) + QStringLiteral("/results.json");
    QCOMPARE(inputErrorOf([&] { AcroResultsReader::readFolder(fixture(folder)); }),
             path + QStringLiteral(": ") + problem);
}

void TestAcroResultsReader::recognisesAcroFolders_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<bool>("acro");

    QTest::newRow("0.4") << fixture(QStringLiteral("v0_4")) << true;
    QTest::newRow("1.x") << fixture(QStringLiteral("v1")) << true;
    QTest::newRow("right shape, bad content")
        << fixture(QStringLiteral("bad_missing_status")) << true;
    QTest::newRow("malformed") << fixture(QStringLiteral("bad_malformed")) << false;
    QTest::newRow("plain folder") << QStringLiteral(EGRESS_TEST_DATA_DIR "/csv") << false;
    QTest::newRow("no such folder") << fixture(QStringLiteral("no_such_folder")) << false;
    QTest::newRow("the fixtures' parent") << fixture(QString()) << false;
}

void TestAcroResultsReader::recognisesAcroFolders()
{
    QFETCH(QString, folder);
    QFETCH(bool, acro);
    QCOMPARE(AcroResultsReader::looksLikeAcroFolder(folder), acro);
}

QTEST_GUILESS_MAIN(TestAcroResultsReader)
#include "tst_acroresultsreader.moc"
