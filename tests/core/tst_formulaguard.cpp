#include "io/formulaguard.h"

#include <QtTest>

using egress::io::guardFormula;
using egress::io::unguardFormula;

class TestFormulaGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guardAndBack_data();
    void guardAndBack();
    void unguardLeavesOtherApostrophes();
};

void TestFormulaGuard::guardAndBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("guarded");
    QTest::newRow("plain") << QStringLiteral("North") << QStringLiteral("North");
    QTest::newRow("=") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("+") << QStringLiteral("+1+2") << QStringLiteral("'+1+2");
    QTest::newRow("- text") << QStringLiteral("-5 to 0") << QStringLiteral("'-5 to 0");
    QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
    QTest::newRow("CR") << QStringLiteral("\rx") << QStringLiteral("'\rx");
    QTest::newRow("negative number") << QStringLiteral("-3") << QStringLiteral("-3");
    QTest::newRow("marker -") << QStringLiteral("-") << QStringLiteral("-");
    QTest::newRow("empty") << QString() << QString();
}

void TestFormulaGuard::guardAndBack()
{
    QFETCH(QString, text);
    QFETCH(QString, guarded);
    QCOMPARE(guardFormula(text), guarded);
    QCOMPARE(unguardFormula(guarded), text);
}

void TestFormulaGuard::unguardLeavesOtherApostrophes()
{
    QCOMPARE(unguardFormula(QStringLiteral("'North")), QStringLiteral("'North"));
    QCOMPARE(unguardFormula(QStringLiteral("'")), QStringLiteral("'"));
    QCOMPARE(unguardFormula(QStringLiteral("O'Neill")), QStringLiteral("O'Neill"));
}

QTEST_GUILESS_MAIN(TestFormulaGuard)
#include "tst_formulaguard.moc"
