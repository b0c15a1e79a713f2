#include "profiles/profile.h"
#include "profiles/profilecatalog.h"
#include "rules/filetyperule.h"
#include "ruletestsupport.h"

#include <QtTest>

#include <optional>

using egress::profiles::Profile;
using egress::profiles::ProfileCatalog;
using egress::rules::FileTypeRule;
using egress::rules::Finding;
using egress::testing::profileWithExtraRules;

namespace {

// Allowed: csv, txt, png (written three ways); at most 1 MiB = 1048576 bytes.
Profile fileTypeProfile()
{
    return profileWithExtraRules(
        QStringLiteral(R"("file-type": {"allow": ["csv", "TXT", ".png"], "max-mib": 1})"));
}

constexpr qint64 kMebibyte = 1024 * 1024;

QStringList describe(const std::optional<Finding>& finding)
{
    if (!finding)
        return {};
    return egress::testing::describeFindings({*finding}, QStringLiteral("file-type"));
}

} // namespace

class TestFileTypeRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void id();
    void check_data();
    void check();
    void findingValues();
    void profileWithoutFileType();
    void builtInLimits_data();
    void builtInLimits();
    void summary();
};

void TestFileTypeRule::id()
{
    QCOMPARE(FileTypeRule::id(), QStringLiteral("file-type"));
}

void TestFileTypeRule::check_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("finding"); // empty: none

    const auto notAllowed = [](const char* what) {
        return QStringLiteral("fail - | %1 may not leave under profile test (allowed: csv, txt, "
                              "png)")
            .arg(QLatin1String(what));
    };
    // Suffixes, case-insensitively; only the last one counts.
    QTest::newRow("table.csv") << QStringLiteral("table.csv") << qint64(100) << QString();
    QTest::newRow("a.CSV") << QStringLiteral("a.CSV") << qint64(100) << QString();
    QTest::newRow("allowed as TXT") << QStringLiteral("notes.txt") << qint64(100) << QString();
    QTest::newRow("allowed as .png") << QStringLiteral("figure.PNG") << qint64(100) << QString();
    QTest::newRow("in a folder") << QStringLiteral("outputs/v1.2/table.csv") << qint64(100)
                                 << QString();
    QTest::newRow("x.csv.exe") << QStringLiteral("x.csv.exe") << qint64(100)
                               << notAllowed("a .exe file");
    QTest::newRow("model.rds") << QStringLiteral("model.rds") << qint64(100)
                               << notAllowed("a .rds file");
    QTest::newRow("archive.tar.gz")
        << QStringLiteral("archive.tar.gz") << qint64(100) << notAllowed("a .gz file");
    QTest::newRow("no suffix") << QStringLiteral("README") << qint64(100)
                               << notAllowed("a file without a type");
    QTest::newRow("trailing dot") << QStringLiteral("table.") << qint64(100)
                                  << notAllowed("a file without a type");
    QTest::newRow("folder with a dot, file without")
        << QStringLiteral("v1.csv/README") << qint64(100) << notAllowed("a file without a type");

    // Size: at most 1 MiB.
    QTest::newRow("empty file") << QStringLiteral("table.csv") << qint64(0) << QString();
    QTest::newRow("exactly 1 MiB") << QStringLiteral("table.csv") << kMebibyte << QString();
    QTest::newRow("1 MiB + 1 byte")
        << QStringLiteral("table.csv") << kMebibyte + 1
        << QStringLiteral("fail - | the file is 1048577 bytes, over the 1 MiB (1048576 bytes) "
                          "profile test allows");
    // A type not allowed is the finding, whatever the size.
    QTest::newRow("not allowed and too large")
        << QStringLiteral("x.exe") << 5 * kMebibyte << notAllowed("a .exe file");
}

void TestFileTypeRule::check()
{
    QFETCH(QString, fileName);
    QFETCH(qint64, bytes);
    QFETCH(QString, finding);

    QCOMPARE(describe(FileTypeRule::check(fileName, bytes, fileTypeProfile())),
             finding.isEmpty() ? QStringList() : QStringList {finding});
}

void TestFileTypeRule::findingValues()
{
    // The size finding carries the size; the type finding no value.
    const std::optional<Finding> size
        = FileTypeRule::check(QStringLiteral("t.csv"), kMebibyte + 1, fileTypeProfile());
    QVERIFY(size);
    QCOMPARE(*size->value, double(kMebibyte + 1));
    QVERIFY(!size->cell);
    const std::optional<Finding> type
        = FileTypeRule::check(QStringLiteral("t.exe"), 1, fileTypeProfile());
    QVERIFY(type);
    QVERIFY(!type->value);
}

void TestFileTypeRule::profileWithoutFileType()
{
    for (const char* name : {"hes", "ons-10-5", "ukllc", "acro-default", "datashield"}) {
        const Profile profile = ProfileCatalog::builtIn(QString::fromLatin1(name));
        QVERIFY(!FileTypeRule::check(QStringLiteral("model.rds"), 10 * 1024 * kMebibyte, profile));
    }
    QVERIFY(!FileTypeRule::check(QStringLiteral("README"), 0, egress::testing::profileWith(10)));
}

void TestFileTypeRule::builtInLimits_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<QString>("allowed");
    QTest::addColumn<QString>("refused");

    QTest::newRow("nhse-sde: 64 MiB, spreadsheets")
        << QStringLiteral("nhse-sde") << 64 * kMebibyte << QStringLiteral("results.xlsx")
        << QStringLiteral("model.rds");
    // Airlock's list has no spreadsheets.
    QTest::newRow("opensafely: 16 MiB, Airlock's types")
        << QStringLiteral("opensafely") << 16 * kMebibyte << QStringLiteral("notes.md")
        << QStringLiteral("results.xlsx");
}

void TestFileTypeRule::builtInLimits()
{
    QFETCH(QString, profile);
    QFETCH(qint64, limit);
    QFETCH(QString, allowed);
    QFETCH(QString, refused);

    const Profile builtIn = ProfileCatalog::builtIn(profile);
    QVERIFY(!FileTypeRule::check(QStringLiteral("table.csv"), limit, builtIn));
    QVERIFY(FileTypeRule::check(QStringLiteral("table.csv"), limit + 1, builtIn));
    QVERIFY(!FileTypeRule::check(allowed, 1, builtIn));
    QVERIFY(FileTypeRule::check(refused, 1, builtIn));
}

void TestFileTypeRule::summary()
{
    QCOMPARE(FileTypeRule::summarise(
                 *FileTypeRule::check(QStringLiteral("t.exe"), 1, fileTypeProfile())),
             QStringLiteral("file type not allowed"));
    QCOMPARE(FileTypeRule::summarise(
                 *FileTypeRule::check(QStringLiteral("t.csv"), kMebibyte + 1, fileTypeProfile())),
             QStringLiteral("file over the size limit"));
}

QTEST_GUILESS_MAIN(TestFileTypeRule)
#include "tst_filetyperule.moc"
