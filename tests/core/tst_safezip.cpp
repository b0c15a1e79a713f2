#include "filetestsupport.h"
#include "io/safezip.h"

#include <QtTest>

using egress::io::SafeZip;
using egress::io::ZipLimits;
using egress::testing::inputErrorOf;

namespace {

QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(EGRESS_TEST_DATA_DIR "/zip/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

} // namespace

class TestSafeZip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsFilesWithNormalisedNames()
    {
        const SafeZip zip(fixture(QStringLiteral("good.zip")), QStringLiteral("req.zip"));
        // The folder member is left out; "./outputs//b.csv" is normalised.
        QCOMPARE(zip.entryNames(),
                 QStringList({QStringLiteral("egress-request.json"),
                              QStringLiteral("outputs/a.csv"), QStringLiteral("outputs/b.csv")}));
        QVERIFY(zip.contains(QStringLiteral("outputs/b.csv")));
        QVERIFY(!zip.contains(QStringLiteral("./outputs//b.csv")));
        QCOMPARE(zip.read(QStringLiteral("outputs/a.csv")), QByteArray("area,n\nA,12\n"));
        QCOMPARE(zip.read(QStringLiteral("outputs/b.csv")), QByteArray("area,n\nB,15\n"));
    }

    void refusesHostileArchives_data()
    {
        QTest::addColumn<QString>("fixtureName");
        QTest::addColumn<QString>("expected");
        QTest::newRow("parent") << QStringLiteral("slip_parent.zip")
                                << QStringLiteral("h.zip: member 'outputs/../../evil.csv' points "
                                                  "outside the archive");
        QTest::newRow("absolute")
            << QStringLiteral("slip_absolute.zip")
            << QStringLiteral("h.zip: member '/etc/evil.csv' points outside the archive");
        QTest::newRow("backslash")
            << QStringLiteral("slip_backslash.zip")
            << QStringLiteral(
                   "h.zip: member 'outputs\\..\\..\\evil.csv' points outside the archive");
        QTest::newRow("drive") << QStringLiteral("slip_drive.zip")
                               << QStringLiteral(
                                      "h.zip: member 'C:/evil.csv' points outside the archive");
        QTest::newRow("duplicate")
            << QStringLiteral("duplicate.zip")
            << QStringLiteral("h.zip: has two members named 'outputs/a.csv'");
        QTest::newRow("symlink") << QStringLiteral(
            "symlink.zip") << QStringLiteral("h.zip: member 'outputs/link.csv' is a symbolic link");
        QTest::newRow("encrypted") << QStringLiteral("encrypted_flag.zip")
                                   << QStringLiteral("h.zip: member 'outputs/a.csv' is encrypted");
        QTest::newRow("truncated")
            << QStringLiteral("truncated.zip")
            << QStringLiteral("h.zip: is not a readable zip archive (damaged?)");
    }
    void refusesHostileArchives()
    {
        QFETCH(QString, fixtureName);
        QFETCH(QString, expected);
        QCOMPARE(inputErrorOf([&] { SafeZip(fixture(fixtureName), QStringLiteral("h.zip")); }),
                 expected);
    }

    void refusesBytesThatAreNotAZip()
    {
        QCOMPARE(inputErrorOf([] { SafeZip(QByteArray("area,n\n"), QStringLiteral("t.zip")); }),
                 QStringLiteral("t.zip: is not a zip archive"));
        QVERIFY(!SafeZip::looksLikeZip(QByteArray()));
        QVERIFY(SafeZip::looksLikeZip(fixture(QStringLiteral("good.zip"))));
    }

    void reportsDamagedMemberData()
    {
        const SafeZip zip(fixture(QStringLiteral("bad_crc.zip")), QStringLiteral("d.zip"));
        QCOMPARE(inputErrorOf([&] { zip.read(QStringLiteral("a.csv")); }),
                 QStringLiteral("d.zip: member 'a.csv' is damaged (checksum mismatch)"));
    }

    void reportsMissingMember()
    {
        const SafeZip zip(fixture(QStringLiteral("good.zip")), QStringLiteral("req.zip"));
        QCOMPARE(inputErrorOf([&] { zip.read(QStringLiteral("outputs/c.csv")); }),
                 QStringLiteral("req.zip: has no member 'outputs/c.csv'"));
    }

    // 1 MiB of zeros deflates to about 1 KiB: the limit must bite on what is inflated.
    void stopsInflatingAtTheMemberLimit_data()
    {
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("limit one byte short") << qint64(1024 * 1024 - 1) << false;
        QTest::newRow("limit exactly the size") << qint64(1024 * 1024) << true;
    }
    void stopsInflatingAtTheMemberLimit()
    {
        QFETCH(qint64, limit);
        QFETCH(bool, allowed);
        ZipLimits limits;
        limits.maxEntryBytes = limit;
        const SafeZip zip(fixture(QStringLiteral("zeros_1mib.zip")), QStringLiteral("z.zip"),
                          limits);
        const QString error = inputErrorOf([&] {
            QCOMPARE(zip.read(QStringLiteral("zeros.bin")).size(), qsizetype(1024 * 1024));
        });
        QCOMPARE(error == QStringLiteral("<no InputError>"), allowed);
        if (!allowed)
            QVERIFY2(error.contains(QStringLiteral("possible zip bomb")), qPrintable(error));
    }

    void stopsInflatingAtTheArchiveTotal()
    {
        ZipLimits limits;
        limits.maxTotalBytes = 30; // both members together are 24 bytes; a third read is over
        const SafeZip zip(fixture(QStringLiteral("good.zip")), QStringLiteral("req.zip"), limits);
        zip.read(QStringLiteral("outputs/a.csv"));
        zip.read(QStringLiteral("outputs/b.csv"));
        QVERIFY(inputErrorOf([&] {
                    zip.read(QStringLiteral("outputs/a.csv"));
                }).contains(QStringLiteral("possible zip bomb")));
    }

    void refusesTooManyMembers()
    {
        ZipLimits limits;
        limits.maxEntries = 3; // good.zip has 4 members, its folder included
        QCOMPARE(inputErrorOf([&] {
                     SafeZip(fixture(QStringLiteral("good.zip")), QStringLiteral("req.zip"),
                             limits);
                 }),
                 QStringLiteral("req.zip: has 4 members, more than the 3 allowed"));
    }
};

QTEST_GUILESS_MAIN(TestSafeZip)
#include "tst_safezip.moc"
