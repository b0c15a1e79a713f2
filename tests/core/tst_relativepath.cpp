#include "io/relativepath.h"

#include <QtTest>

using egress::io::isHiddenPath;
using egress::io::isSafeRelativePath;
using egress::io::relativePathProblem;

class TestRelativePath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problems_data();
    void problems();
    void hiddenPaths_data();
    void hiddenPaths();
};

void TestRelativePath::problems_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("problem");

    QTest::newRow("flat") << QStringLiteral("output_0_0.csv") << QString();
    QTest::newRow("subfolder") << QStringLiteral("plots/kaplan-meier_0.png") << QString();
    QTest::newRow("dots in a name") << QStringLiteral("a..b.csv") << QString();
    QTest::newRow("spaces and unicode") << QStringLiteral("Ynys Môn table.csv") << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("it is empty");
    QTest::newRow("too long") << QString(1025, QLatin1Char('a'))
                              << QStringLiteral("it is longer than 1024 characters");
    QTest::newRow("newline") << QStringLiteral("a\nb.csv")
                             << QStringLiteral("it has a control character");
    QTest::newRow("nul") << QString::fromUtf8("a\0b", 3)
                         << QStringLiteral("it has a control character");
    QTest::newRow("backslash") << QStringLiteral("..\\secret.csv")
                               << QStringLiteral("it has a backslash");
    QTest::newRow("unc") << QStringLiteral("\\\\server\\share\\a.csv")
                         << QStringLiteral("it has a backslash");
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd")
                              << QStringLiteral("it is an absolute path");
    QTest::newRow("drive letter") << QStringLiteral("C:/Users/a/outputs/output_1.csv")
                                  << QStringLiteral("it starts with a drive letter");
    QTest::newRow("drive relative")
        << QStringLiteral("c:secret.csv") << QStringLiteral("it starts with a drive letter");
    QTest::newRow("stream") << QStringLiteral("a.csv:hidden") << QStringLiteral("it has a ':'");
    QTest::newRow("parent") << QStringLiteral("../secret.csv")
                            << QStringLiteral("it has a '..' part");
    QTest::newRow("parent inside")
        << QStringLiteral("a/../../b.csv") << QStringLiteral("it has a '..' part");
    QTest::newRow("parent alone") << QStringLiteral("..") << QStringLiteral("it has a '..' part");
    QTest::newRow("current") << QStringLiteral("./a.csv") << QStringLiteral("it has a '.' part");
    QTest::newRow("double slash") << QStringLiteral("a//b.csv")
                                  << QStringLiteral("it has an empty path part");
    QTest::newRow("trailing slash")
        << QStringLiteral("plots/") << QStringLiteral("it has an empty path part");
    QTest::newRow("hidden file") << QStringLiteral("outputs/.secret.csv")
                                 << QStringLiteral("it has a hidden part '.secret.csv'");
    QTest::newRow("hidden folder")
        << QStringLiteral(".git/config") << QStringLiteral("it has a hidden part '.git'");
    QTest::newRow("leading space")
        << QStringLiteral("outputs/ a.csv")
        << QStringLiteral("it has a part that begins or ends with a space");
    QTest::newRow("trailing space")
        << QStringLiteral("outputs /a.csv")
        << QStringLiteral("it has a part that begins or ends with a space");
    QTest::newRow("C1 control") << QStringLiteral("a\u0085b.csv")
                                << QStringLiteral("it has a control character");
}

void TestRelativePath::problems()
{
    QFETCH(QString, name);
    QFETCH(QString, problem);
    QCOMPARE(relativePathProblem(name), problem);
    QCOMPARE(isSafeRelativePath(name), problem.isEmpty());
}

void TestRelativePath::hiddenPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("hidden");
    QTest::newRow("plain") << QStringLiteral("outputs/a.csv") << false;
    QTest::newRow("dot inside a name") << QStringLiteral("outputs/a.b.csv") << false;
    QTest::newRow("hidden file") << QStringLiteral("outputs/.a.csv") << true;
    QTest::newRow("hidden folder") << QStringLiteral(".cache/a.csv") << true;
}

void TestRelativePath::hiddenPaths()
{
    QFETCH(QString, path);
    QFETCH(bool, hidden);
    QCOMPARE(isHiddenPath(path), hidden);
}

QTEST_GUILESS_MAIN(TestRelativePath)
#include "tst_relativepath.moc"
