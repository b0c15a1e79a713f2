#include "io/csvtokenizer.h"
#include "io/inputerror.h"

#include <QtTest>

using egress::io::CsvRecord;
using egress::io::CsvTokenizer;
using egress::io::InputError;

namespace {

const QString kFile = QStringLiteral("tables/t.csv");

struct ErrorSeen
{
    bool thrown = false;
    QString file;
    int line = 0;
    int column = 0;
    QString problem;
    QString message;
};

ErrorSeen tokenizeError(const QString& text, QChar delimiter = u',')
{
    ErrorSeen seen;
    try {
        CsvTokenizer::tokenize(text, delimiter, kFile);
    } catch (const InputError& error) {
        seen = {true, error.file(), error.line(), error.column(), error.problem(), error.message()};
    }
    return seen;
}

} // namespace

class TestCsvTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsDelimiter_data();
    void detectsDelimiter();
    void tokenizes_data();
    void tokenizes();
    void unterminatedQuote_data();
    void unterminatedQuote();
    void textAfterClosingQuote_data();
    void textAfterClosingQuote();
};

void TestCsvTokenizer::detectsDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("comma") << QStringLiteral("a,b,c\n1,2,3\n") << QStringLiteral(",");
    QTest::newRow("semicolon") << QStringLiteral("a;b;c\n1;2;3\n") << QStringLiteral(";");
    QTest::newRow("tab") << QStringLiteral("a\tb\tc\n1\t2\t3\n") << QStringLiteral("\t");
    QTest::newRow("pipe") << QStringLiteral("a|b|c\n1|2|3\n") << QStringLiteral("|");
    // Grouped thousands put commas in some rows only: the comma split is inconsistent.
    QTest::newRow("semicolon with grouped thousands")
        << QStringLiteral("area;n;m\nNorth;1,234;5\nSouth;12;6,789\n") << QStringLiteral(";");
    QTest::newRow("tab with commas in labels")
        << QStringLiteral("area\tn\nNorth, upper\t12\nSouth\t3\n") << QStringLiteral("\t");
    QTest::newRow("delimiter inside quotes does not count")
        << QStringLiteral("\"a;b\",c\n\"1;2\",3\n") << QStringLiteral(",");
    QTest::newRow("comma inside quotes does not count")
        << QStringLiteral("\"a,b\";c\n\"1,2\";3\n") << QStringLiteral(";");
    QTest::newRow("more fields win") << QStringLiteral("a;b,c,d\n1;2,3,4\n") << QStringLiteral(",");
    QTest::newRow("equal fit prefers comma")
        << QStringLiteral("a,b|c\n1,2|3\n") << QStringLiteral(",");
    QTest::newRow("CRLF line ends") << QStringLiteral("a;b\r\n1;2\r\n") << QStringLiteral(";");
    QTest::newRow("no consistent split: widest header")
        << QStringLiteral("a;b;c\n1;2\n") << QStringLiteral(";");
    QTest::newRow("single column falls back to comma")
        << QStringLiteral("n\n5\n") << QStringLiteral(",");
}

void TestCsvTokenizer::detectsDelimiter()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(QString(CsvTokenizer::detectDelimiter(text)), expected);
}

void TestCsvTokenizer::tokenizes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QList<QStringList>>("fields");
    QTest::addColumn<QList<int>>("lines");

    const QString comma = QStringLiteral(",");
    QTest::newRow("LF")
        << QStringLiteral("a,b,c\n1,2,3\n") << comma
        << QList<QStringList> {{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                               {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}}
        << QList<int> {1, 2};
    QTest::newRow("CRLF") << QStringLiteral("a,b\r\n1,2\r\n") << comma
                          << QList<QStringList> {{QStringLiteral("a"), QStringLiteral("b")},
                                                 {QStringLiteral("1"), QStringLiteral("2")}}
                          << QList<int> {1, 2};
    QTest::newRow("lone CR, no final line end")
        << QStringLiteral("a,b\r1,2\r3,4") << comma
        << QList<QStringList> {{QStringLiteral("a"), QStringLiteral("b")},
                               {QStringLiteral("1"), QStringLiteral("2")},
                               {QStringLiteral("3"), QStringLiteral("4")}}
        << QList<int> {1, 2, 3};
    QTest::newRow("semicolon") << QStringLiteral("a;1,5\n") << QStringLiteral(";")
                               << QList<QStringList> {{QStringLiteral("a"), QStringLiteral("1,5")}}
                               << QList<int> {1};
    QTest::newRow("tab") << QStringLiteral("a b\tc,d\n") << QStringLiteral("\t")
                         << QList<QStringList> {{QStringLiteral("a b"), QStringLiteral("c,d")}}
                         << QList<int> {1};
    QTest::newRow("pipe") << QStringLiteral("a|b\n1|2\n") << QStringLiteral("|")
                          << QList<QStringList> {{QStringLiteral("a"), QStringLiteral("b")},
                                                 {QStringLiteral("1"), QStringLiteral("2")}}
                          << QList<int> {1, 2};
    QTest::newRow("doubled quotes")
        << QStringLiteral("\"say \"\"hi\"\"\",x\n\"\"\"\",y\n") << comma
        << QList<QStringList> {{QStringLiteral("say \"hi\""), QStringLiteral("x")},
                               {QStringLiteral("\""), QStringLiteral("y")}}
        << QList<int> {1, 2};
    QTest::newRow("delimiter inside quotes")
        << QStringLiteral("\"a,b\",c\n") << comma
        << QList<QStringList> {{QStringLiteral("a,b"), QStringLiteral("c")}} << QList<int> {1};
    // A record starting on line 2 spans lines 2-3; the next one starts on line 4.
    QTest::newRow("LF inside quotes")
        << QStringLiteral("h1,h2\n\"line one\nline two\",5\nnext,6\n") << comma
        << QList<QStringList> {{QStringLiteral("h1"), QStringLiteral("h2")},
                               {QStringLiteral("line one\nline two"), QStringLiteral("5")},
                               {QStringLiteral("next"), QStringLiteral("6")}}
        << QList<int> {1, 2, 4};
    QTest::newRow("CRLF inside quotes becomes LF")
        << QStringLiteral("\"x\r\ny\",1\r\nz,2\r\n") << comma
        << QList<QStringList> {{QStringLiteral("x\ny"), QStringLiteral("1")},
                               {QStringLiteral("z"), QStringLiteral("2")}}
        << QList<int> {1, 3};
    QTest::newRow("two line breaks inside quotes")
        << QStringLiteral("\"a\n\nb\",1\nc,2\n") << comma
        << QList<QStringList> {{QStringLiteral("a\n\nb"), QStringLiteral("1")},
                               {QStringLiteral("c"), QStringLiteral("2")}}
        << QList<int> {1, 4};
    QTest::newRow("blank lines skipped, lines still counted")
        << QStringLiteral("a,b\n\n1,2\n\r\n\n3,4\n") << comma
        << QList<QStringList> {{QStringLiteral("a"), QStringLiteral("b")},
                               {QStringLiteral("1"), QStringLiteral("2")},
                               {QStringLiteral("3"), QStringLiteral("4")}}
        << QList<int> {1, 3, 6};
    QTest::newRow("leading blank lines")
        << QStringLiteral("\n\na,b\n") << comma
        << QList<QStringList> {{QStringLiteral("a"), QStringLiteral("b")}} << QList<int> {3};
    QTest::newRow("empty fields kept")
        << QStringLiteral("a,,c\n,\n") << comma
        << QList<QStringList> {{QStringLiteral("a"), QString(), QStringLiteral("c")},
                               {QString(), QString()}}
        << QList<int> {1, 2};
    QTest::newRow("fields not trimmed")
        << QStringLiteral(" a , b \n") << comma
        << QList<QStringList> {{QStringLiteral(" a "), QStringLiteral(" b ")}} << QList<int> {1};
    QTest::newRow("quoted empty field")
        << QStringLiteral("\"\",x\n") << comma
        << QList<QStringList> {{QString(), QStringLiteral("x")}} << QList<int> {1};
    QTest::newRow("spaces after a closing quote are dropped")
        << QStringLiteral("\"a\"  ,b\n") << comma
        << QList<QStringList> {{QStringLiteral("a"), QStringLiteral("b")}} << QList<int> {1};
    QTest::newRow("quoted last field without line end")
        << QStringLiteral("a,\"b\"") << comma
        << QList<QStringList> {{QStringLiteral("a"), QStringLiteral("b")}} << QList<int> {1};
    QTest::newRow("empty text") << QString() << comma << QList<QStringList> {} << QList<int> {};
}

void TestCsvTokenizer::tokenizes()
{
    QFETCH(QString, text);
    QFETCH(QString, delimiter);
    QFETCH(QList<QStringList>, fields);
    QFETCH(QList<int>, lines);

    const QList<CsvRecord> records = CsvTokenizer::tokenize(text, delimiter.at(0), kFile);
    QList<QStringList> actualFields;
    QList<int> actualLines;
    for (const CsvRecord& record : records) {
        actualFields.append(record.fields);
        actualLines.append(record.line);
    }
    QCOMPARE(actualFields, fields);
    QCOMPARE(actualLines, lines);
}

void TestCsvTokenizer::unterminatedQuote_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("second field of line 2") << QStringLiteral("a,b\n1,\"oops\n2,3\n") << 2 << 2;
    QTest::newRow("first field") << QStringLiteral("\"a,b\n") << 1 << 1;
    // The quote opens on line 4: the record before it spans lines 2-3.
    QTest::newRow("after a multi-line record")
        << QStringLiteral("a,b\n\"x\ny\",1\nz,\"never closed") << 4 << 2;
    QTest::newRow("CRLF file") << QStringLiteral("a,b\r\n1,2\r\n3,\"x\r\n") << 3 << 2;
}

void TestCsvTokenizer::unterminatedQuote()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);

    const ErrorSeen error = tokenizeError(text);
    QVERIFY(error.thrown);
    QCOMPARE(error.file, kFile);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY2(error.problem.contains(QLatin1String("unterminated")), qPrintable(error.problem));
    QVERIFY2(error.message.startsWith(
                 QStringLiteral("tables/t.csv: line %1, column %2: ").arg(line).arg(column)),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("unterminated quoted field")),
             qPrintable(error.message));
}

void TestCsvTokenizer::textAfterClosingQuote_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("first field") << QStringLiteral("a,b\n\"x\"y,2\n") << QStringLiteral(",") << 2
                                 << 1;
    QTest::newRow("second field") << QStringLiteral("a;b\n1;\"x\" y\n") << QStringLiteral(";") << 2
                                  << 2;
    QTest::newRow("second quoted part")
        << QStringLiteral("\"a\"\"b\" \"c\"\n") << QStringLiteral(",") << 1 << 1;
}

void TestCsvTokenizer::textAfterClosingQuote()
{
    QFETCH(QString, text);
    QFETCH(QString, delimiter);
    QFETCH(int, line);
    QFETCH(int, column);

    const ErrorSeen error = tokenizeError(text, delimiter.at(0));
    QVERIFY(error.thrown);
    QCOMPARE(error.file, kFile);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QCOMPARE(
        error.problem,
        QStringLiteral(
            "unexpected text after a closing quote (write a quote inside a quoted field as \"\")"));
}

QTEST_GUILESS_MAIN(TestCsvTokenizer)
#include "tst_csvtokenizer.moc"
