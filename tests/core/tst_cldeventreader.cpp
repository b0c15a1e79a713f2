#include "demo/cldeventreader.h"
#include "filetestsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using egress::demo::CldEvent;
using egress::demo::CldEventReader;

namespace {

// Every row's asked fields, joined by '|', rows by '/'.
QString readAll(const QString& path, const QByteArrayList& columns)
{
    QStringList rows;
    CldEventReader::read(path, columns, [&rows](const CldEvent& event) {
        QStringList fields;
        for (qsizetype k = 0; k < 2; ++k)
            fields.append(QString::fromUtf8(event.field(k)));
        rows.append(QString::number(event.line()) + u':' + fields.join(u'|'));
    });
    return rows.join(u'/');
}

} // namespace

class TestCldEventReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheAskedColumns_data();
    void readsTheAskedColumns();
    void badFilesAreInputErrors_data();
    void badFilesAreInputErrors();
    void rowsAcrossReadBlocks();

private:
    QTemporaryDir m_dir;
};

void TestCldEventReader::readsTheAskedColumns_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain, columns in the asked order")
        << QByteArray("a,b,c\n1,2,3\n4,5,6\n") << QStringLiteral("2:3|1/3:6|4");
    QTest::newRow("quoted commas and doubled quotes")
        << QByteArray("a,b,c\n\"x, y\",2,\"say \"\"hi\"\"\"\n")
        << QStringLiteral("2:say \"hi\"|x, y");
    QTest::newRow("CRLF, a blank line, no final line end")
        << QByteArray("a,b,c\r\n1,2,3\r\n\r\n4,5,6") << QStringLiteral("2:3|1/4:6|4");
    QTest::newRow("empty fields, a trailing one too")
        << QByteArray("a,b,c\n,,\n\"\",x,\n") << QStringLiteral("2:|/3:|");
}

void TestCldEventReader::readsTheAskedColumns()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(QStringLiteral("events.csv"));
    egress::testing::writeFile(path, csv);
    QCOMPARE(readAll(path, {"c", "a"}), expected);
}

void TestCldEventReader::badFilesAreInputErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("problem");

    QTest::newRow("missing column")
        << QByteArray("a,b\n1,2\n") << QStringLiteral("the header has no column c");
    QTest::newRow("ragged row") << QByteArray("a,b,c\n1,2,3\n1,2\n")
                                << QStringLiteral("line 3: ragged row: 2 fields, the header has 3");
    QTest::newRow("unterminated quote")
        << QByteArray("a,b,c\n1,\"2,3\n") << QStringLiteral("line 2: broken quoting");
    QTest::newRow("text after a closing quote")
        << QByteArray("a,b,c\n1,\"2\"x,3\n") << QStringLiteral("line 2: broken quoting");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("the file is empty");
}

void TestCldEventReader::badFilesAreInputErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, problem);
    const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
    egress::testing::writeFile(path, csv);
    const QString message = egress::testing::inputErrorOf([&path] { readAll(path, {"c", "a"}); });
    QVERIFY2(message.startsWith(path + QStringLiteral(": ")), qPrintable(message));
    QVERIFY2(message.endsWith(problem), qPrintable(message));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.csv"))));
    QVERIFY(egress::testing::inputErrorOf([this] {
                readAll(m_dir.filePath(QStringLiteral("missing.csv")), {"a"});
            }).contains(QStringLiteral("cannot be read")));
}

// The reader takes 4 MiB at a time: a row cut by a block's end must come out whole.
void TestCldEventReader::rowsAcrossReadBlocks()
{
    QByteArray csv("a,b,c\n");
    qint64 rows = 0;
    while (csv.size() < 9 * 1024 * 1024) {
        csv += QByteArray::number(rows) + ",\"q, " + QByteArray::number(rows) + "\",x\n";
        ++rows;
    }
    const QString path = m_dir.filePath(QStringLiteral("large.csv"));
    egress::testing::writeFile(path, csv);
    qint64 seen = 0;
    bool allWhole = true;
    CldEventReader::read(path, {"a", "b"}, [&](const CldEvent& event) {
        allWhole = allWhole && event.field(0) == QByteArray::number(seen)
            && event.field(1) == QByteArray("q, " + QByteArray::number(seen));
        ++seen;
    });
    QCOMPARE(seen, rows);
    QVERIFY(allWhole);
}

QTEST_GUILESS_MAIN(TestCldEventReader)
#include "tst_cldeventreader.moc"
