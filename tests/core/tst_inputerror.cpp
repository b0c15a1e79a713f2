#include "io/inputerror.h"

#include <QtTest>

#include <exception>

using egress::io::InputError;

class TestInputError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void message_data();
    void message();
    void accessors();
    void whatIsTheUtf8Message();
    void caughtAsStdException();
};

void TestInputError::message_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("no line") << 0 << 0 << QStringLiteral("f.csv: problem");
    QTest::newRow("line only") << 4 << 0 << QStringLiteral("f.csv: line 4: problem");
    QTest::newRow("line and column")
        << 4 << 3 << QStringLiteral("f.csv: line 4, column 3: problem");
    QTest::newRow("column without a line is not shown")
        << 0 << 3 << QStringLiteral("f.csv: problem");
    QTest::newRow("negative line is not shown") << -1 << 3 << QStringLiteral("f.csv: problem");
    QTest::newRow("line 1, column 1")
        << 1 << 1 << QStringLiteral("f.csv: line 1, column 1: problem");
    QTest::newRow("large numbers without separators")
        << 123456 << 1000 << QStringLiteral("f.csv: line 123456, column 1000: problem");
}

void TestInputError::message()
{
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const InputError error(QStringLiteral("f.csv"), QStringLiteral("problem"), line, column);
    QCOMPARE(error.message(), message);
    QCOMPARE(QByteArray(error.what()), message.toUtf8());
}

void TestInputError::accessors()
{
    const InputError error(QStringLiteral("tables/a.csv"), QStringLiteral("ragged row"), 4, 3);
    QCOMPARE(error.file(), QStringLiteral("tables/a.csv"));
    QCOMPARE(error.problem(), QStringLiteral("ragged row"));
    QCOMPARE(error.line(), 4);
    QCOMPARE(error.column(), 3);

    const InputError defaults(QStringLiteral("a.csv"), QStringLiteral("empty"));
    QCOMPARE(defaults.line(), 0);
    QCOMPARE(defaults.column(), 0);
    QCOMPARE(defaults.message(), QStringLiteral("a.csv: empty"));
}

void TestInputError::whatIsTheUtf8Message()
{
    const InputError error(QStringLiteral("Café/f.csv"), QStringLiteral("suppressed as ≤5"), 4, 3);
    QCOMPARE(error.message(), QStringLiteral("Café/f.csv: line 4, column 3: suppressed as ≤5"));
    QCOMPARE(QByteArray(error.what()), error.message().toUtf8());
    // é is C3 A9 and ≤ is E2 89 A4 in UTF-8.
    QCOMPARE(QByteArray(error.what()),
             QByteArray("Caf\xc3\xa9/f.csv: line 4, column 3: suppressed as \xe2\x89\xa4"
                        "5"));
}

void TestInputError::caughtAsStdException()
{
    // A front end that only knows std::exception still gets the whole message, also from a copy.
    try {
        throw InputError(QStringLiteral("f.csv"), QStringLiteral("≤5"), 4);
    } catch (const std::exception& error) {
        QCOMPARE(QString::fromUtf8(error.what()), QStringLiteral("f.csv: line 4: ≤5"));
    }
    const InputError original(QStringLiteral("f.csv"), QStringLiteral("problem"), 2);
    const InputError copy = original;
    QCOMPARE(QByteArray(copy.what()), QByteArray("f.csv: line 2: problem"));
    QCOMPARE(copy.message(), original.message());
}

QTEST_GUILESS_MAIN(TestInputError)
#include "tst_inputerror.moc"
