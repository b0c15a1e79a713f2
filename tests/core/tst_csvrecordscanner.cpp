#include "filetestsupport.h"
#include "io/inputerror.h"
#include "tabulate/csvrecordscanner.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <unistd.h>

using egress::tabulate::CsvRecordBatch;
using egress::tabulate::CsvRecordScanner;

namespace {

// What a scan handed out: each record's wanted fields joined by '|', and the error, if any.
struct Scan
{
    QStringList records;
    QString error;
};

// Scans csv (a header line, then records) for the wanted columns with the given stride, from
// memory or (viaFile) read from a file as Tabulator does.
Scan scan(const QByteArray& csv, int columns, const std::vector<int>& wanted, qint64 stride,
          bool viaFile)
{
    Scan result;
    const qint64 begin = csv.indexOf('\n') + 1;
    QTemporaryDir dir;
    int fd = -1;
    if (viaFile) {
        const QString path = dir.filePath(QStringLiteral("t.csv"));
        egress::testing::writeFile(path, csv);
        fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    }
    try {
        CsvRecordScanner scanner(csv.constData(), csv.size(), begin, ',', columns, wanted,
                                 QStringLiteral("t.csv"), fd, stride);
        CsvRecordBatch batch;
        while (scanner.next(batch)) {
            for (int record = 0; record < batch.count(); ++record) {
                QStringList fields;
                for (int slot = 0; slot < int(wanted.size()); ++slot) {
                    const std::string_view field = batch.field(record, slot);
                    fields.append(QString::fromUtf8(field.data(), qsizetype(field.size())));
                }
                result.records.append(fields.join(QLatin1Char('|')));
            }
        }
    } catch (const egress::io::InputError& error) {
        result.error = error.message();
    }
    if (fd >= 0)
        ::close(fd);
    return result;
}

// Strides from one 64-byte block up, so that records, quoted line breaks, CRLF pairs and quotes
// fall on every kind of stride boundary, and the default.
const QList<qint64> kStrides {64, 128, 192, 320, 1024, CsvRecordScanner::kDefaultStride};

// n records "i,<note>,v<i>" whose notes are quoted in every way the scanner must handle; the
// line ends cycle through LF, CRLF and CR, with a blank line now and then.
QByteArray generated(int n, QStringList* expected)
{
    QByteArray csv = "id,note,value\n";
    const QList<QByteArray> notes {"plain",
                                   "\"quoted, with a delimiter\"",
                                   "\"a \"\"quote\"\" inside\"",
                                   "\"two\nlines\"",
                                   "\"crlf\r\ninside\"",
                                   "\"\"",
                                   ""};
    const QList<QByteArray> lineEnds {"\n", "\r\n", "\r"};
    for (int i = 0; i < n; ++i) {
        // Padding of every length, inside the quotes of a quoted note.
        QByteArray note = notes[i % notes.size()];
        note.insert(note.startsWith('"') ? note.size() - 1 : note.size(), QByteArray(i % 23, 'x'));
        csv += QByteArray::number(i) + "," + note + ",v" + QByteArray::number(i);
        csv += lineEnds[i % lineEnds.size()];
        if (i % 17 == 0)
            csv += lineEnds[(i / 17) % lineEnds.size()]; // a blank line
        expected->append(QStringLiteral("%1|%2|v%1").arg(i).arg(QString::fromUtf8(note)));
    }
    return csv;
}

} // namespace

class TestCsvRecordScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsAcrossStrides_data();
    void recordsAcrossStrides();
    void wantedColumnsOnly();
    void longRecordGrowsTheStride();
    void badInput_data();
    void badInput();
    void firstBadRowWins_data();
    void firstBadRowWins();
    void recordLongerThanTheLimit();
    void lineOf_data();
    void lineOf();
};

void TestCsvRecordScanner::recordsAcrossStrides_data()
{
    QTest::addColumn<qint64>("stride");
    QTest::addColumn<bool>("viaFile");
    for (const qint64 stride : kStrides) {
        for (const bool viaFile : {false, true}) {
            QTest::addRow("stride %lld, %s", stride, viaFile ? "read" : "memory")
                << stride << viaFile;
        }
    }
}

void TestCsvRecordScanner::recordsAcrossStrides()
{
    QFETCH(qint64, stride);
    QFETCH(bool, viaFile);
    QStringList expected;
    const QByteArray csv = generated(300, &expected);
    const Scan result = scan(csv, 3, {0, 1, 2}, stride, viaFile);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.records.size(), expected.size());
    QCOMPARE(result.records, expected);
}

void TestCsvRecordScanner::wantedColumnsOnly()
{
    // The first and the last column, a last record without a line end, and spaces kept as
    // written (trimming is the caller's business).
    const QByteArray csv = "a,b,c,d\n1,2,3,4\n\"x,y\",z, w ,\"q\"\n5,,,8";
    for (const qint64 stride : kStrides) {
        const Scan result = scan(csv, 4, {0, 3}, stride, true);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.records,
                 (QStringList {QStringLiteral("1|4"), QStringLiteral("\"x,y\"|\"q\""),
                               QStringLiteral("5|8")}));
    }
}

void TestCsvRecordScanner::longRecordGrowsTheStride()
{
    // A quoted field of 100 000 bytes with line breaks and delimiters in it: the 64-byte stride
    // doubles until the record fits, then the next stride starts at the next record.
    QByteArray note(100000, 'n');
    for (qsizetype i = 0; i < note.size(); i += 97)
        note[i] = i % 2 == 0 ? '\n' : ',';
    const QByteArray csv = "id,note\n1,short\n2,\"" + note + "\"\r\n3,end\n";
    for (const bool viaFile : {false, true}) {
        const Scan result = scan(csv, 2, {0, 1}, 64, viaFile);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.records.size(), 3);
        QCOMPARE(result.records[1], QStringLiteral("2|\"%1\"").arg(QString::fromUtf8(note)));
        QCOMPARE(result.records[2], QStringLiteral("3|end"));
    }
}

void TestCsvRecordScanner::badInput_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("goodRecords");
    QTest::addColumn<QString>("message");

    // Sixty good records first, so that the bad one lies several strides in.
    QByteArray good = "id,area,v\n";
    for (int i = 0; i < 60; ++i)
        good += "p" + QByteArray::number(i) + ",N,1\n";
    QTest::newRow("ragged: too few") << good + "p,N\n"
                                     << 60
                                     << "t.csv: line 62, column 3: ragged row: 2 fields, but "
                                        "the header has 3";
    QTest::newRow("ragged: too many, no line end")
        << good + "p,N,1,9" << 60
        << "t.csv: line 62, column 4: ragged row: 4 fields, but the "
           "header has 3";
    QTest::newRow("unterminated quote") << good + "p,\"N,1\np,N,1\n"
                                        << 60
                                        << "t.csv: line 62, column 2: unterminated quoted field: "
                                           "the quote opened here is never closed";
    QTest::newRow("quote inside an unquoted field")
        << good + "p,5\" pipe,1\n"
        << 60
        << "t.csv: line 62, column 2: a quote inside an unquoted field (quote the whole field "
           "and write the quote as \"\")";
    QTest::newRow("text after a closing quote")
        << good + "p,\"N\"x,1\n"
        << 60
        << "t.csv: line 62, column 2: unexpected text after a closing quote (write a quote "
           "inside a quoted field as \"\")";
    QTest::newRow("spaces, then text after a closing quote")
        << good + "p,\"N\"   x,1\n"
        << 60
        << "t.csv: line 62, column 2: unexpected text after a closing quote (write a quote "
           "inside a quoted field as \"\")";
    QTest::newRow("a quoted line break counts as a line")
        << good + "p,\"two\nlines\",1\np,\"N\"x,1\n"
        << 61
        << "t.csv: line 64, column 2: unexpected text after a closing quote (write a quote "
           "inside a quoted field as \"\")";
}

void TestCsvRecordScanner::badInput()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, goodRecords);
    QFETCH(QString, message);
    for (const qint64 stride : kStrides) {
        for (const bool viaFile : {false, true}) {
            const Scan result = scan(csv, 3, {0, 1, 2}, stride, viaFile);
            // Every record before the bad one comes out first.
            QCOMPARE(result.records.size(), goodRecords);
            QCOMPARE(result.error, message);
        }
    }
}

void TestCsvRecordScanner::firstBadRowWins_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");

    // Quoting errors are found while classifying, ahead of the records; a ragged row only when
    // its record is cut. Whichever comes first in the file is the one reported.
    QTest::newRow("ragged before a quoting error")
        << QByteArray("id,area,v\np1,N,1\np2,N\np3,\"N\"x,1\n")
        << "t.csv: line 3, column 3: ragged row: 2 fields, but the header has 3";
    QTest::newRow("quoting error before a ragged row")
        << QByteArray("id,area,v\np1,N,1\np2,\"N\"x,1\np3,N\n")
        << "t.csv: line 3, column 2: unexpected text after a closing quote (write a quote "
           "inside a quoted field as \"\")";
}

void TestCsvRecordScanner::firstBadRowWins()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    for (const qint64 stride : kStrides) {
        const Scan result = scan(csv, 3, {0, 1, 2}, stride, true);
        QCOMPARE(result.records, QStringList {QStringLiteral("p1|N|1")});
        QCOMPARE(result.error, message);
    }
}

void TestCsvRecordScanner::recordLongerThanTheLimit()
{
    const QByteArray longField(CsvRecordScanner::kMaxRecordBytes + 1000, 'x');
    // Closed: a long record; never closed: the quote is the problem.
    const Scan closed = scan("id,note\n1,ok\n2,\"" + longField + "\"\n3,ok\n", 2, {0, 1},
                             CsvRecordScanner::kDefaultStride, true);
    QCOMPARE(closed.records, QStringList {QStringLiteral("1|ok")});
    QCOMPARE(closed.error, QStringLiteral("t.csv: line 3: a record longer than 16 MiB"));
    const Scan open = scan("id,note\n1,ok\n2,\"" + longField + "\n3,ok\n", 2, {0, 1},
                           CsvRecordScanner::kDefaultStride, true);
    QCOMPARE(open.error,
             QStringLiteral("t.csv: line 3, column 2: unterminated quoted field: the "
                            "quote opened here is never closed"));
}

void TestCsvRecordScanner::lineOf_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<int>("line");
    // "a\r\nb\rc\n\nd": CRLF, a lone CR and LF each end a line.
    QTest::newRow("start") << qint64(0) << 1;
    QTest::newRow("on the CR of CRLF") << qint64(1) << 1;
    QTest::newRow("on its LF") << qint64(2) << 1;
    QTest::newRow("after CRLF") << qint64(3) << 2;
    QTest::newRow("after a lone CR") << qint64(5) << 3;
    QTest::newRow("a blank line") << qint64(7) << 4;
    QTest::newRow("last line") << qint64(8) << 5;
    QTest::newRow("past the end") << qint64(99) << 5;
}

void TestCsvRecordScanner::lineOf()
{
    QFETCH(qint64, offset);
    QFETCH(int, line);
    const QByteArray csv = "a\r\nb\rc\n\nd";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    egress::testing::writeFile(path, csv);
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    QVERIFY(fd >= 0);
    const CsvRecordScanner fromMemory(csv.constData(), csv.size(), 3, ',', 1, {0},
                                      QStringLiteral("t.csv"));
    const CsvRecordScanner fromFile(csv.constData(), csv.size(), 3, ',', 1, {0},
                                    QStringLiteral("t.csv"), fd);
    QCOMPARE(fromMemory.lineOf(offset), line);
    QCOMPARE(fromFile.lineOf(offset), line);
    ::close(fd);
}

QTEST_GUILESS_MAIN(TestCsvRecordScanner)
#include "tst_csvrecordscanner.moc"
