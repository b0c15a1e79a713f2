#include "filetestsupport.h"
#include "io/inputerror.h"
#include "io/sourcefile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using egress::io::InputError;
using egress::io::SourceFile;

using egress::testing::writeFile;

namespace {

const QString kDisplayName = QStringLiteral("request/table.csv");

// A file of the given size that takes no room on disk: all zero bytes.
void writeSparseFile(const QString& path, qint64 size)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    QVERIFY(file.resize(size));
    file.close();
    QCOMPARE(QFileInfo(path).size(), size);
}

QString inputErrorOf(const QString& path, const QString& displayName)
{
    try {
        SourceFile::load(path, displayName);
    } catch (const InputError& error) {
        return error.message();
    }
    return QStringLiteral("<no InputError>");
}

} // namespace

class TestSourceFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsAFile();
    void loadsAnEmptyFile();
    void sha256Hex_data();
    void sha256Hex();
    void missingFile();
    void folderIsNotARegularFile();
    void fileAboveTheLimitIsRefused();
    void fileBelowTheLimitIsRead();
};

void TestSourceFile::loadsAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("abc.csv"));
    writeFile(path, "abc");

    const SourceFile source = SourceFile::load(path, kDisplayName);
    QCOMPARE(source.path, path);
    QCOMPARE(source.displayName, kDisplayName);
    QCOMPARE(source.bytes, QByteArray("abc"));
    QCOMPARE(source.sha256,
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestSourceFile::loadsAnEmptyFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("empty.csv"));
    writeFile(path, QByteArray());

    const SourceFile source = SourceFile::load(path, kDisplayName);
    QCOMPARE(source.bytes, QByteArray());
    QCOMPARE(source.sha256,
             QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

void TestSourceFile::sha256Hex_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("hex");

    QTest::newRow("empty") << QByteArray()
                           << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca49"
                                             "5991b7852b855");
    QTest::newRow("abc") << QByteArray("abc")
                         << QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410f"
                                           "f61f20015ad");
    // FIPS 180-2, appendix B.2.
    QTest::newRow("two blocks")
        << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        << QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

void TestSourceFile::sha256Hex()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, hex);
    QCOMPARE(SourceFile::sha256Hex(bytes), hex);
}

void TestSourceFile::missingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("nope.csv"));
    // The error names the file as the user knows it, not the path on disk.
    QCOMPARE(inputErrorOf(path, kDisplayName), QStringLiteral("request/table.csv: no such file"));
    try {
        SourceFile::load(path, kDisplayName);
        QFAIL("no InputError");
    } catch (const InputError& error) {
        QCOMPARE(error.file(), kDisplayName);
        QCOMPARE(error.problem(), QStringLiteral("no such file"));
        QCOMPARE(error.line(), 0);
        QCOMPARE(error.column(), 0);
    }
}

void TestSourceFile::folderIsNotARegularFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("table.csv")));
    QCOMPARE(inputErrorOf(dir.filePath(QStringLiteral("table.csv")), kDisplayName),
             QStringLiteral("request/table.csv: is not a regular file"));
}

void TestSourceFile::fileAboveTheLimitIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.csv"));
    writeSparseFile(path, SourceFile::kMaxBytes + 1);
    QCOMPARE(inputErrorOf(path, kDisplayName),
             QStringLiteral("request/table.csv: is 268435457 bytes, over the limit of 256 MiB"));

    writeSparseFile(path, SourceFile::kMaxBytes * 2 + 1);
    QCOMPARE(inputErrorOf(path, kDisplayName),
             QStringLiteral("request/table.csv: is 536870913 bytes, over the limit of 256 MiB"));
}

void TestSourceFile::fileBelowTheLimitIsRead()
{
    // Loading a file of exactly kMaxBytes would pin the boundary directly, but load() always
    // hashes what it reads, and SHA-256 of 256 MiB takes about 2.2 s on the development machine
    // (reading it 0.2 s): too slow for a unit test. The boundary is asserted another way:
    // kMaxBytes is pinned to exactly 256 MiB here, fileAboveTheLimitIsRefused() shows that one
    // byte more is refused by the size check, and this test shows that a large file below the
    // limit (a sparse 16 MiB, all zero bytes) passes the size check and is read whole and
    // hashed. That exactly kMaxBytes is accepted follows from the '>' in load() but is not run.
    QCOMPARE(SourceFile::kMaxBytes, qint64(256) * 1024 * 1024);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("large.csv"));
    const qint64 size = SourceFile::kMaxBytes / 16;
    writeSparseFile(path, size);

    const SourceFile source = SourceFile::load(path, kDisplayName);
    QCOMPARE(source.bytes.size(), qsizetype(size));
    QCOMPARE(source.bytes.count('\0'), qsizetype(size));
    // head -c 16777216 /dev/zero | sha256sum
    QCOMPARE(source.sha256,
             QStringLiteral("080acf35a507ac9849cfcba47dc2ad83e01b75663a516279c8b9d243b719643e"));
}

QTEST_GUILESS_MAIN(TestSourceFile)
#include "tst_sourcefile.moc"
