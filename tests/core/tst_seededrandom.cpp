#include "sample/seededrandom.h"

#include <QtTest>

#include <limits>

using egress::sample::SeededRandom;

// The expected numbers come from an independent implementation of splitmix64 and xoshiro256**
// (Vigna's reference algorithms): they pin the stream on every platform.
class TestSeededRandom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstOutputs_data();
    void firstOutputs();
    void splitMix64MatchesTheReference();
    void scrambleIsTheSplitMixOutputFunction();
    void streamsAreReproducibleAndIndependent();
    void belowMatchesTheReference();
    void belowStaysInRange_data();
    void belowStaysInRange();
    void belowIsUniform();
    void betweenIncludesBothEnds_data();
    void betweenIncludesBothEnds();
    void unitIsInTheHalfOpenInterval();
    void chanceAtTheExtremes();
};

void TestSeededRandom::firstOutputs_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<QList<quint64>>("expected");

    QTest::newRow("seed 0") << quint64(0)
                            << QList<quint64> {0x99ec5f36cb75f2b4ULL, 0xbf6e1f784956452aULL,
                                               0x1a5f849d4933e6e0ULL, 0x6aa594f1262d2d2cULL};
    QTest::newRow("seed 1") << quint64(1)
                            << QList<quint64> {0xb3f2af6d0fc710c5ULL, 0x853b559647364ceaULL,
                                               0x92f89756082a4514ULL, 0x642e1c7bc266a3a7ULL};
    QTest::newRow("seed 42") << quint64(42)
                             << QList<quint64> {0x15780b2e0c2ec716ULL, 0x6104d9866d113a7eULL,
                                                0xae17533239e499a1ULL, 0xecb8ad4703b360a1ULL};
}

void TestSeededRandom::firstOutputs()
{
    QFETCH(quint64, seed);
    QFETCH(QList<quint64>, expected);

    SeededRandom random(seed);
    QList<quint64> actual;
    for (qsizetype i = 0; i < expected.size(); ++i)
        actual.append(random.next());
    QCOMPARE(actual, expected);
}

void TestSeededRandom::splitMix64MatchesTheReference()
{
    quint64 state = 0;
    QCOMPARE(SeededRandom::splitMix64(state), 0xe220a8397b1dcdafULL);
    QCOMPARE(state, 0x9e3779b97f4a7c15ULL);
}

void TestSeededRandom::scrambleIsTheSplitMixOutputFunction()
{
    QCOMPARE(SeededRandom::scramble(0), quint64(0));
    QCOMPARE(SeededRandom::scramble(1), 0x5692161d100b05e5ULL);
    QCOMPARE(SeededRandom::scramble(2), 0xdbd238973a2b148aULL);
    quint64 state = 0;
    const quint64 first = SeededRandom::splitMix64(state);
    QCOMPARE(SeededRandom::scramble(0x9e3779b97f4a7c15ULL), first);
}

void TestSeededRandom::streamsAreReproducibleAndIndependent()
{
    SeededRandom stream = SeededRandom::forStream(1, 2, 3);
    QCOMPARE(stream.next(), 0x7332e0ea5832dc9bULL);
    QCOMPARE(stream.next(), 0x6f805ff80f029f9aULL);

    SeededRandom again = SeededRandom::forStream(1, 2, 3);
    QCOMPARE(again.next(), 0x7332e0ea5832dc9bULL);
    // Another item, another purpose, another seed: another stream.
    QVERIFY(SeededRandom::forStream(1, 2, 4).next() != 0x7332e0ea5832dc9bULL);
    QVERIFY(SeededRandom::forStream(1, 3, 3).next() != 0x7332e0ea5832dc9bULL);
    QVERIFY(SeededRandom::forStream(2, 2, 3).next() != 0x7332e0ea5832dc9bULL);
}

void TestSeededRandom::belowMatchesTheReference()
{
    SeededRandom random(42);
    QCOMPARE(random.below(6), quint64(0));
    QCOMPARE(random.below(100), quint64(2));
    QCOMPARE(random.below(1000000007), quint64(436452291));
    QCOMPARE(random.below((quint64(1) << 63) | 1), quint64(7834202072327348384ULL));
}

void TestSeededRandom::belowStaysInRange_data()
{
    QTest::addColumn<quint64>("bound");

    QTest::newRow("0 gives 0") << quint64(0);
    QTest::newRow("1 gives 0") << quint64(1);
    QTest::newRow("2") << quint64(2);
    QTest::newRow("3") << quint64(3);
    QTest::newRow("1000") << quint64(1000);
    // Just over half the range: nearly half the raw draws are rejected.
    QTest::newRow("2^63 + 1") << ((quint64(1) << 63) | 1);
    QTest::newRow("2^64 - 1") << std::numeric_limits<quint64>::max();
}

void TestSeededRandom::belowStaysInRange()
{
    QFETCH(quint64, bound);

    SeededRandom random(7);
    for (int i = 0; i < 10000; ++i) {
        const quint64 value = random.below(bound);
        QVERIFY2(bound <= 1 ? value == 0 : value < bound, qPrintable(QString::number(value)));
    }
}

void TestSeededRandom::belowIsUniform()
{
    SeededRandom random(11);
    QList<int> counts(6, 0);
    for (int i = 0; i < 60000; ++i)
        ++counts[qsizetype(random.below(6))];
    for (const int count : counts)
        QVERIFY2(count > 9500 && count < 10500, qPrintable(QString::number(count)));
}

void TestSeededRandom::betweenIncludesBothEnds_data()
{
    QTest::addColumn<qint64>("low");
    QTest::addColumn<qint64>("high");

    QTest::newRow("one value") << qint64(5) << qint64(5);
    QTest::newRow("around zero") << qint64(-3) << qint64(3);
    QTest::newRow("months") << qint64(1) << qint64(12);
    QTest::newRow("large") << qint64(1) << (qint64(1) << 40);
}

void TestSeededRandom::betweenIncludesBothEnds()
{
    QFETCH(qint64, low);
    QFETCH(qint64, high);

    SeededRandom random(3);
    bool sawLow = false;
    bool sawHigh = false;
    for (int i = 0; i < 20000; ++i) {
        const qint64 value = random.between(low, high);
        QVERIFY(value >= low && value <= high);
        sawLow = sawLow || value == low;
        sawHigh = sawHigh || value == high;
    }
    if (high - low < 100) {
        QVERIFY(sawLow);
        QVERIFY(sawHigh);
    }
}

void TestSeededRandom::unitIsInTheHalfOpenInterval()
{
    SeededRandom random(5);
    double sum = 0;
    for (int i = 0; i < 100000; ++i) {
        const double value = random.unit();
        QVERIFY(value >= 0.0 && value < 1.0);
        sum += value;
    }
    QVERIFY(qAbs(sum / 100000 - 0.5) < 0.01);
}

void TestSeededRandom::chanceAtTheExtremes()
{
    SeededRandom random(9);
    int hits = 0;
    for (int i = 0; i < 1000; ++i) {
        QVERIFY(!random.chance(0, 7));
        QVERIFY(random.chance(7, 7));
        hits += random.chance(1, 4) ? 1 : 0;
    }
    QVERIFY2(hits > 200 && hits < 300, qPrintable(QString::number(hits)));
}

QTEST_GUILESS_MAIN(TestSeededRandom)
#include "tst_seededrandom.moc"
