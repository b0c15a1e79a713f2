#include "tabulate/samebytes.h"

#include <QtTest>

#include <string>

using egress::tabulate::sameBytes;

class TestSameBytes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void differsAtEveryPosition_data();
    void differsAtEveryPosition();
    void lengthsDiffer();
};

void TestSameBytes::differsAtEveryPosition_data()
{
    QTest::addColumn<int>("size");
    // Every path: bytes one by one (< 4), two 4-byte words, two or four 8-byte words, memcmp.
    for (const int size : {0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 24, 31, 32, 33, 100})
        QTest::addRow("%d bytes", size) << size;
}

void TestSameBytes::differsAtEveryPosition()
{
    QFETCH(int, size);
    // Inside larger buffers, so that an overlapping load reading past either string would
    // see different bytes there and give itself away.
    std::string a(std::size_t(size) + 16, 'a');
    std::string b(std::size_t(size) + 16, 'b');
    for (int i = 0; i < size; ++i)
        a[std::size_t(i) + 8] = b[std::size_t(i) + 8] = char('A' + i % 26);
    const std::string_view left(a.data() + 8, std::size_t(size));
    const std::string_view right(b.data() + 8, std::size_t(size));
    QVERIFY(sameBytes(left, right));
    for (int i = 0; i < size; ++i) {
        b[std::size_t(i) + 8] = '#';
        QVERIFY2(!sameBytes(left, right), qPrintable(QString::number(i)));
        b[std::size_t(i) + 8] = a[std::size_t(i) + 8];
    }
}

void TestSameBytes::lengthsDiffer()
{
    QVERIFY(!sameBytes("abc", "abcd"));
    QVERIFY(!sameBytes("", "a"));
    QVERIFY(!sameBytes("Long Term Support: Nursing Care", "Long Term Support: Nursing Care "));
}

QTEST_GUILESS_MAIN(TestSameBytes)
#include "tst_samebytes.moc"
