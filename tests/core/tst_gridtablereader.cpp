#include "io/csvtokenizer.h"
#include "io/gridtablereader.h"
#include "io/inputerror.h"
#include "table/table.h"

#include <QtTest>

using egress::io::CsvTokenizer;
using egress::io::GridTableReader;
using egress::io::InputError;
using egress::io::TableLayout;
using egress::table::ColumnRole;
using egress::table::LabelPath;
using egress::table::OutputKind;
using egress::table::Table;

namespace {

Table readText(const char* text, const TableLayout& layout = {})
{
    const QString csv = QString::fromUtf8(text);
    return GridTableReader::read(CsvTokenizer::tokenize(csv, u',', QStringLiteral("t.csv")),
                                 QStringLiteral("t.csv"), layout);
}

QString errorOf(const char* text, const TableLayout& layout = {})
{
    try {
        readText(text, layout);
    } catch (const InputError& error) {
        return error.message();
    }
    return QStringLiteral("no error");
}

QStringList columnTexts(const Table& table)
{
    QStringList texts;
    for (qsizetype column = 0; column < table.columnCount(); ++column)
        texts.append(table.columnLabel(column).join(u'|'));
    return texts;
}

QStringList rowTexts(const Table& table)
{
    QStringList texts;
    for (qsizetype row = 0; row < table.rowCount(); ++row)
        texts.append(table.rowLabel(row).join(u'|'));
    return texts;
}

QStringList roleNames(const QList<ColumnRole>& roles)
{
    QStringList names;
    for (const ColumnRole role : roles)
        names.append(egress::table::toString(role));
    return names;
}

QStringList roles(const Table& table)
{
    QList<ColumnRole> result;
    for (qsizetype column = 0; column < table.columnCount(); ++column)
        result.append(table.columnRole(column));
    return roleNames(result);
}

QString kindOf(const Table& table)
{
    return egress::table::toString(table.kind());
}

QString cellText(const Table& table, qsizetype row, qsizetype column)
{
    const auto& cell = table.cell(row, column);
    return cell.value ? QString::number(*cell.value, 'g', 15)
                      : QStringLiteral("suppressed '%1'").arg(cell.sourceText);
}

} // namespace

class TestGridTableReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergedUpperHeadingsAreFilledFromTheLeft();
    void pandasMultiIndexColumnsWithIndexNames();
    void pandasNamedColumnsWithIndexNames();
    void numericLowerHeadingsNeedDeclaredHeaderRows();
    void oneHeaderLineWhenTheSecondLineIsData();
    void headerWithoutDataRows();
    void longLayoutPivotsColumnDimensions();
    void longLayoutWithSeveralValueColumns();
    void longLayoutKeepsAStatisticHeading();
    void longLayoutErrors_data();
    void longLayoutErrors();
    void wideTableWithDeclaredColumnDimensions();
    void kinds_data();
    void kinds();
    void survivalWithTimeAsRows_data();
    void survivalWithTimeAsRows();
    void declaredStatisticGivesCategoryColumnsItsRole();
    void regressionModelStatistics();
    void structuralZeros();
    void structuralZeroErrors_data();
    void structuralZeroErrors();
};

void TestGridTableReader::mergedUpperHeadingsAreFilledFromTheLeft()
{
    const Table table = readText(",Residential,,Nursing,\n"
                                 "borough,n,mean,n,mean\n"
                                 "Hillingdon,12,950.5,20,1100\n"
                                 "Westminster,15,900,11,1200\n");
    QCOMPARE(table.rowDimensions(), QStringList {QStringLiteral("borough")});
    QCOMPARE(columnTexts(table),
             (QStringList {QStringLiteral("Residential|n"), QStringLiteral("Residential|mean"),
                           QStringLiteral("Nursing|n"), QStringLiteral("Nursing|mean")}));
    QCOMPARE(rowTexts(table),
             (QStringList {QStringLiteral("Hillingdon"), QStringLiteral("Westminster")}));
    QCOMPARE(kindOf(table), egress::table::toString(OutputKind::Magnitude));
    QCOMPARE(roles(table),
             roleNames(QList<ColumnRole> {ColumnRole::Count, ColumnRole::Mean, ColumnRole::Count,
                                          ColumnRole::Mean}));
    QCOMPARE(cellText(table, 0, 1), QStringLiteral("950.5"));
}

void TestGridTableReader::pandasMultiIndexColumnsWithIndexNames()
{
    const Table table = readText("c,X,X,Y,Y\n"
                                 "d,p,q,p,q\n"
                                 "a,,,,\n"
                                 "a1,1,2,3,4\n"
                                 "a2,5,6,7,8\n");
    QCOMPARE(table.rowDimensions(), QStringList {QStringLiteral("a")});
    QCOMPARE(columnTexts(table),
             (QStringList {QStringLiteral("X|p"), QStringLiteral("X|q"), QStringLiteral("Y|p"),
                           QStringLiteral("Y|q")}));
    QCOMPARE(rowTexts(table), (QStringList {QStringLiteral("a1"), QStringLiteral("a2")}));
    QCOMPARE(cellText(table, 1, 3), QStringLiteral("8"));
    QCOMPARE(kindOf(table), egress::table::toString(OutputKind::Frequency));
}

void TestGridTableReader::pandasNamedColumnsWithIndexNames()
{
    const Table table = readText("setting,Nursing,Residential\n"
                                 "borough,,\n"
                                 "Hillingdon,12,20\n"
                                 "Westminster,3,4\n");
    QCOMPARE(table.rowDimensions(), QStringList {QStringLiteral("borough")});
    QCOMPARE(columnTexts(table),
             (QStringList {QStringLiteral("Nursing"), QStringLiteral("Residential")}));
    QCOMPARE(table.rowCount(), qsizetype(2));
}

void TestGridTableReader::numericLowerHeadingsNeedDeclaredHeaderRows()
{
    const char* text = ",Male,Male,Female,Female\n"
                       "area,2021,2022,2021,2022\n"
                       "North,1,2,3,4\n";
    // Years are numbers, so without a declaration the second line is a row of data, and the
    // repeated upper headings collide.
    QCOMPARE(errorOf(text),
             QStringLiteral("t.csv: line 1, column 3: duplicate column heading 'Male' (also "
                            "column 2)"));
    TableLayout layout;
    layout.headerRows = 2;
    const Table table = readText(text, layout);
    QCOMPARE(columnTexts(table),
             (QStringList {QStringLiteral("Male|2021"), QStringLiteral("Male|2022"),
                           QStringLiteral("Female|2021"), QStringLiteral("Female|2022")}));
    QCOMPARE(table.rowDimensions(), QStringList {QStringLiteral("area")});
    QCOMPARE(rowTexts(table), QStringList {QStringLiteral("North")});
}

void TestGridTableReader::oneHeaderLineWhenTheSecondLineIsData()
{
    // Both lines hold only text in their value fields, but nothing ties the second to the
    // header: it is a row with two stray words, and says so.
    QCOMPARE(errorOf("area,Male,Female\n"
                     "South,n/a,none\n"
                     "North,1,2\n"),
             QStringLiteral("t.csv: line 2, column 2: 'n/a' is not a number in value column "
                            "'Male' (if this column holds row labels, say how many label columns "
                            "there are)"));
}

void TestGridTableReader::headerWithoutDataRows()
{
    TableLayout layout;
    layout.headerRows = 2;
    QCOMPARE(errorOf(",X\narea,n\n", layout),
             QStringLiteral("t.csv: cannot take 2 header lines: the table has 2 lines and needs "
                            "at least one data row"));
    // Two lines of headings and nothing else: no column holds numbers.
    QCOMPARE(errorOf(",X,X\narea,p,q\n"),
             QStringLiteral("t.csv: line 1: has no value columns: every column holds text"));
    // No label column, and every line names columns.
    QCOMPARE(errorOf(",X,Y\n,a,\n"),
             QStringLiteral("t.csv: line 2: has header lines but no data rows"));
}

void TestGridTableReader::longLayoutPivotsColumnDimensions()
{
    TableLayout layout;
    layout.columnDimensions = {QStringLiteral("setting")};
    const Table table = readText("borough,setting,n\n"
                                 "Hillingdon,Residential,12\n"
                                 "Hillingdon,Nursing,20\n"
                                 "Westminster,Residential,15\n"
                                 "Total,Residential,27\n",
                                 layout);
    QCOMPARE(table.rowDimensions(), QStringList {QStringLiteral("borough")});
    QCOMPARE(rowTexts(table),
             (QStringList {QStringLiteral("Hillingdon"), QStringLiteral("Westminster"),
                           QStringLiteral("Total")}));
    QCOMPARE(columnTexts(table),
             (QStringList {QStringLiteral("Residential"), QStringLiteral("Nursing")}));
    QCOMPARE(cellText(table, 0, 1), QStringLiteral("20"));
    // Not listed: not published, and never taken for a zero.
    QCOMPARE(cellText(table, 1, 1), QStringLiteral("suppressed ''"));
    QVERIFY(table.isMarginRow(2));
    QCOMPARE(kindOf(table), egress::table::toString(OutputKind::Frequency));
}

void TestGridTableReader::longLayoutWithSeveralValueColumns()
{
    TableLayout layout;
    layout.columnDimensions = {QStringLiteral("setting")};
    const Table table = readText("borough,setting,n,mean\n"
                                 "Hillingdon,Residential,12,950\n"
                                 "Hillingdon,Nursing,20,1100\n",
                                 layout);
    QCOMPARE(columnTexts(table),
             (QStringList {QStringLiteral("Residential|n"), QStringLiteral("Residential|mean"),
                           QStringLiteral("Nursing|n"), QStringLiteral("Nursing|mean")}));
    QCOMPARE(kindOf(table), egress::table::toString(OutputKind::Magnitude));
    QCOMPARE(roles(table),
             roleNames(QList<ColumnRole> {ColumnRole::Count, ColumnRole::Mean, ColumnRole::Count,
                                          ColumnRole::Mean}));
    QCOMPARE(cellText(table, 0, 3), QStringLiteral("1100"));
}

void TestGridTableReader::longLayoutKeepsAStatisticHeading()
{
    TableLayout layout;
    layout.columnDimensions = {QStringLiteral("setting"), QStringLiteral("borough")};
    const Table table = readText("borough,setting,mean\n"
                                 "Hillingdon,Residential,950\n"
                                 "Hillingdon,Nursing,1100\n",
                                 layout);
    // Every dimension went to the columns: one row, named by nothing.
    QCOMPARE(table.rowCount(), qsizetype(1));
    QCOMPARE(table.rowLabel(0), LabelPath());
    QCOMPARE(columnTexts(table),
             (QStringList {QStringLiteral("Residential|Hillingdon|mean"),
                           QStringLiteral("Nursing|Hillingdon|mean")}));
    QCOMPARE(roles(table), roleNames(QList<ColumnRole> {ColumnRole::Mean, ColumnRole::Mean}));
}

void TestGridTableReader::longLayoutErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("dimension");
    QTest::addColumn<QString>("message");
    QTest::newRow("one of two dimensions unknown")
        << QStringLiteral("borough,setting,n\nH,R,1\n") << QStringLiteral("setting,sex")
        << QStringLiteral("t.csv: column dimension 'sex' is not one of the table's label "
                          "columns (borough, setting)");
    QTest::newRow("a combination twice")
        << QStringLiteral("borough,setting,n\nH,R,1\nH,N,2\nH,R,3\n") << QStringLiteral("setting")
        << QStringLiteral("t.csv: line 4, column 1: the combination 'H / R' appears twice (also "
                          "on line 2)");
}

void TestGridTableReader::longLayoutErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, dimension);
    QFETCH(QString, message);
    TableLayout layout;
    layout.columnDimensions = dimension.split(u',');
    QCOMPARE(errorOf(text.toUtf8().constData(), layout), message);
}

void TestGridTableReader::wideTableWithDeclaredColumnDimensions()
{
    TableLayout layout;
    layout.columnDimensions = {QStringLiteral("sex")};
    const Table table = readText("borough,Male,Female\nH,10,20\n", layout);
    QCOMPARE(columnTexts(table), (QStringList {QStringLiteral("Male"), QStringLiteral("Female")}));
    QCOMPARE(rowTexts(table), QStringList {QStringLiteral("H")});
}

void TestGridTableReader::kinds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("declaredKind");
    QTest::addColumn<OutputKind>("kind");
    QTest::addColumn<QList<ColumnRole>>("roles");
    QTest::newRow("frequency: every column a count, whatever its name")
        << QStringLiteral("area,Days,Years\nN,1,2\n") << QString() << OutputKind::Frequency
        << QList<ColumnRole> {ColumnRole::Count, ColumnRole::Count};
    QTest::newRow("magnitude by heading")
        << QStringLiteral("area,n,mean,median\nN,1,2,3\n") << QString() << OutputKind::Magnitude
        << QList<ColumnRole> {ColumnRole::Count, ColumnRole::Mean, ColumnRole::Median};
    QTest::newRow("regression by coefficient headings")
        << QStringLiteral("variable,coef,std err,P>|z|\nage,0.1,0.01,0.001\n") << QString()
        << OutputKind::Regression
        << QList<ColumnRole> {ColumnRole::Estimate, ColumnRole::Estimate, ColumnRole::Estimate};
    QTest::newRow("regression of y ~ x: the term x is a label, not a suppressed cell")
        << QStringLiteral("term,Estimate,Std. Error\n(Intercept),1.2,0.3\nx,0.5,0.1\n") << QString()
        << OutputKind::Regression << QList<ColumnRole> {ColumnRole::Estimate, ColumnRole::Estimate};
    QTest::newRow("survival") << QStringLiteral("group,time,at risk,events,censored\nA,1,20,2,0\n")
                              << QString() << OutputKind::Survival
                              << QList<ColumnRole> {ColumnRole::Time, ColumnRole::AtRisk,
                                                    ColumnRole::Events, ColumnRole::Censored};
    QTest::newRow("histogram") << QStringLiteral("bin,lower,upper,count\nfirst,0,10,12\n")
                               << QString() << OutputKind::Histogram
                               << QList<ColumnRole> {ColumnRole::BinLower, ColumnRole::BinUpper,
                                                     ColumnRole::Count};
    QTest::newRow("a declared kind wins")
        << QStringLiteral("area,n,mean\nN,1,2\n") << QStringLiteral("frequency")
        << OutputKind::Frequency << QList<ColumnRole> {ColumnRole::Count, ColumnRole::Count};
    QTest::newRow("declared magnitude without statistic headings")
        << QStringLiteral("area,Residential\nN,1\n") << QStringLiteral("magnitude")
        << OutputKind::Magnitude << QList<ColumnRole> {ColumnRole::Other};
}

void TestGridTableReader::kinds()
{
    QFETCH(QString, text);
    QFETCH(QString, declaredKind);
    QFETCH(OutputKind, kind);
    QFETCH(QList<ColumnRole>, roles);
    TableLayout layout;
    if (!declaredKind.isEmpty())
        layout.kind = egress::table::outputKindFromString(declaredKind);
    const Table table = readText(text.toUtf8().constData(), layout);
    QCOMPARE(kindOf(table), egress::table::toString(kind));
    QCOMPARE(::roles(table), roleNames(roles));
}

void TestGridTableReader::survivalWithTimeAsRows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("labelColumns"); // 0: inferred
    QTest::addColumn<OutputKind>("kind");
    QTest::addColumn<QList<ColumnRole>>("roles");
    // statsmodels' SurvfuncRight.summary() as pandas writes it, its index "Time" first; ACRO's
    // outcomes say the first column holds labels.
    QTest::newRow("ACRO surv_func, time as the row labels")
        << QStringLiteral("Time,Surv prob,Surv prob SE,num at risk,num events\n"
                          "1,0.95,0.02,120,6\n2,0.9,0.03,114,6\n")
        << 1 << OutputKind::Survival
        << QList<ColumnRole> {ColumnRole::Other, ColumnRole::Other, ColumnRole::AtRisk,
                              ColumnRole::Events};
    QTest::newRow("time labels that are text")
        << QStringLiteral("time,at risk,events\n1 month,20,2\n2 months,18,1\n") << 0
        << OutputKind::Survival << QList<ColumnRole> {ColumnRole::AtRisk, ColumnRole::Events};
    QTest::newRow("deaths by year, without an at-risk column, stay a frequency table")
        << QStringLiteral("year,deaths\n2020,4\n2021,12\n") << 1 << OutputKind::Frequency
        << QList<ColumnRole> {ColumnRole::Count};
    QTest::newRow("at risk by a row dimension that is not a time")
        << QStringLiteral("area,at risk\nNorth,20\n") << 0 << OutputKind::Frequency
        << QList<ColumnRole> {ColumnRole::Count};
}

void TestGridTableReader::survivalWithTimeAsRows()
{
    QFETCH(QString, text);
    QFETCH(int, labelColumns);
    QFETCH(OutputKind, kind);
    QFETCH(QList<ColumnRole>, roles);
    TableLayout layout;
    if (labelColumns > 0)
        layout.labelColumns = labelColumns;
    const Table table = readText(text.toUtf8().constData(), layout);
    QCOMPARE(kindOf(table), egress::table::toString(kind));
    QCOMPARE(::roles(table), roleNames(roles));
}

void TestGridTableReader::declaredStatisticGivesCategoryColumnsItsRole()
{
    TableLayout layout;
    layout.statistic = QStringLiteral("sum");
    const Table table = readText("borough,Residential,Nursing,n\nH,950,1100,12\n", layout);
    QCOMPARE(kindOf(table), egress::table::toString(OutputKind::Magnitude));
    QCOMPARE(roles(table),
             roleNames(QList<ColumnRole> {ColumnRole::Sum, ColumnRole::Sum, ColumnRole::Count}));
    layout.statistic = QStringLiteral("count");
    QCOMPARE(kindOf(readText("borough,Residential\nH,950\n", layout)),
             egress::table::toString(OutputKind::Frequency));
}

void TestGridTableReader::regressionModelStatistics()
{
    const Table table = readText("variable,coef,std err,z,P>|z|\n"
                                 "const,-2.1,0.3,-7,0.000\n"
                                 "age,0.05,0.01,5,0.000\n"
                                 "female,0.2,0.1,2,0.04\n"
                                 "No. Observations:,1200,,,\n"
                                 "Df Residuals:,1197,,,\n");
    QCOMPARE(kindOf(table), egress::table::toString(OutputKind::Regression));
    QCOMPARE(table.modelStatistics().observations, std::optional<double>(1200));
    QCOMPARE(table.modelStatistics().residualDegreesOfFreedom, std::optional<double>(1197));
    QCOMPARE(table.modelStatistics().parameters, std::optional<double>(3));

    const Table bare = readText("variable,coef\nage,0.05\nnobs,40\n");
    QCOMPARE(bare.modelStatistics().observations, std::optional<double>(40));
    QVERIFY(!bare.modelStatistics().residualDegreesOfFreedom);
    QCOMPARE(bare.modelStatistics().effectiveResidualDegreesOfFreedom(), std::optional<double>(39));
}

void TestGridTableReader::structuralZeros()
{
    TableLayout layout;
    layout.structuralZeros
        = {{LabelPath {QStringLiteral("Male")}, LabelPath {QStringLiteral("Cervical")}}};
    const Table table = readText("sex,Cervical,Breast\nMale,0,0\nFemale,40,50\n", layout);
    QVERIFY(table.isStructuralZero(0, 0));
    QVERIFY(!table.isStructuralZero(0, 1));
    QVERIFY(!table.isStructuralZero(1, 0));
}

void TestGridTableReader::structuralZeroErrors_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("no such row") << QStringLiteral("Other") << QStringLiteral("Cervical")
                                 << QStringLiteral("t.csv: the structural zero 'Other × Cervical' "
                                                   "names no cell of the table");
    QTest::newRow("no such column")
        << QStringLiteral("Male") << QStringLiteral("Lung")
        << QStringLiteral("t.csv: the structural zero 'Male × Lung' names no cell of the table");
    QTest::newRow("not zero") << QStringLiteral("Female") << QStringLiteral("Cervical")
                              << QStringLiteral("t.csv: the structural zero 'Female × Cervical' "
                                                "holds 40, not 0");
}

void TestGridTableReader::structuralZeroErrors()
{
    QFETCH(QString, row);
    QFETCH(QString, column);
    QFETCH(QString, message);
    TableLayout layout;
    layout.structuralZeros = {{LabelPath {row}, LabelPath {column}}};
    QCOMPARE(errorOf("sex,Cervical,Breast\nMale,0,0\nFemale,40,50\n", layout), message);
}

QTEST_GUILESS_MAIN(TestGridTableReader)
#include "tst_gridtablereader.moc"
