#include "sample/seededrandom.h"
#include "sample/weightedchoice.h"

#include <QtTest>

#include <stdexcept>

using egress::sample::SeededRandom;
using egress::sample::WeightedChoice;

namespace {

const QByteArrayList kColours {"red", "green", "blue, dark", "say \"cyan\""};

} // namespace

class TestWeightedChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void picksInProportion();
    void zeroWeightIsNeverPicked();
    void valuesAreKeptCsvEncoded_data();
    void valuesAreKeptCsvEncoded();
    void valueOutsideTheCodeListIsRefused();
    void allWeightsZeroIsRefused();
};

void TestWeightedChoice::picksInProportion()
{
    const WeightedChoice choice({{"red", 1}, {"green", 3}}, kColours);
    SeededRandom random(1);
    int green = 0;
    for (int i = 0; i < 40000; ++i)
        green += choice.pickIndex(random) == 1 ? 1 : 0;
    QVERIFY2(green > 29400 && green < 30600, qPrintable(QString::number(green)));
}

void TestWeightedChoice::zeroWeightIsNeverPicked()
{
    const WeightedChoice choice({{"red", 0}, {"green", 5}, {"blue, dark", 0}}, kColours);
    SeededRandom random(2);
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(choice.pick(random), QByteArray("green"));
}

void TestWeightedChoice::valuesAreKeptCsvEncoded_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("csv");

    QTest::newRow("plain") << QByteArray("red") << QByteArray("red");
    QTest::newRow("comma: quoted") << QByteArray("blue, dark") << QByteArray("\"blue, dark\"");
    QTest::newRow("quote: quoted and doubled")
        << QByteArray("say \"cyan\"") << QByteArray("\"say \"\"cyan\"\"\"");
}

void TestWeightedChoice::valuesAreKeptCsvEncoded()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, csv);

    const WeightedChoice choice({{value.constData(), 1}}, kColours);
    QCOMPARE(choice.value(0), value);
    QCOMPARE(choice.csvValue(0), csv);
    SeededRandom random(3);
    QCOMPARE(choice.pick(random), csv);
}

void TestWeightedChoice::valueOutsideTheCodeListIsRefused()
{
    QVERIFY_THROWS_EXCEPTION(std::logic_error, WeightedChoice({{"red", 1}, {"Red", 1}}, kColours));
}

void TestWeightedChoice::allWeightsZeroIsRefused()
{
    QVERIFY_THROWS_EXCEPTION(std::logic_error, WeightedChoice({{"red", 0}}, kColours));
}

QTEST_GUILESS_MAIN(TestWeightedChoice)
#include "tst_weightedchoice.moc"
