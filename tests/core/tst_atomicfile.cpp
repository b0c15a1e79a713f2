#include "io/atomicfile.h"
#include "io/inputerror.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using egress::io::InputError;
using egress::io::writeFileAtomically;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<cannot read>");
    return file.readAll();
}

// Everything in the folder, hidden files included: a temporary file left behind would show.
QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestAtomicFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheExactBytes_data();
    void writesTheExactBytes();
    void replacesAnExistingFileEntirely();
    void missingFolderIsAnInputError();
    void folderAsTargetIsAnInputError();
};

void TestAtomicFile::writesTheExactBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("{\"status\": \"pass\"}\n");
    QTest::newRow("CRLF and UTF-8 kept as they are") << QByteArray("a,b\r\n\xe2\x89\xa4"
                                                                   "5,2\r\n");
    QTest::newRow("NUL bytes") << QByteArray("a\0b\0", 4);
}

void TestAtomicFile::writesTheExactBytes()
{
    QFETCH(QByteArray, bytes);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("result.json"));
    writeFileAtomically(path, bytes);
    QCOMPARE(readFile(path), bytes);
    QCOMPARE(QFileInfo(path).size(), qint64(bytes.size()));
    QCOMPARE(entries(dir.path()), QStringList {QStringLiteral("result.json")});
}

void TestAtomicFile::replacesAnExistingFileEntirely()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("result.json"));
    writeFileAtomically(path, QByteArray("a much longer first version of the file\n"));
    QCOMPARE(readFile(path), QByteArray("a much longer first version of the file\n"));

    // Shorter new content: nothing of the old tail is left.
    writeFileAtomically(path, QByteArray("short\n"));
    QCOMPARE(readFile(path), QByteArray("short\n"));
    QCOMPARE(QFileInfo(path).size(), qint64(6));

    writeFileAtomically(path, QByteArray());
    QCOMPARE(readFile(path), QByteArray());
    QCOMPARE(entries(dir.path()), QStringList {QStringLiteral("result.json")});
}

void TestAtomicFile::missingFolderIsAnInputError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no-such-folder/result.json"));
    try {
        writeFileAtomically(path, QByteArray("x"));
        QFAIL("no InputError");
    } catch (const InputError& error) {
        QVERIFY2(error.message().startsWith(path + QStringLiteral(": cannot be written")),
                 qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("cannot be written")),
                 qPrintable(error.message()));
        QCOMPARE(error.file(), path);
        // The reason from the system follows the colon.
        QVERIFY2(error.problem().startsWith(QStringLiteral("cannot be written: ")),
                 qPrintable(error.problem()));
        QVERIFY2(error.problem().size() > QStringLiteral("cannot be written: ").size(),
                 qPrintable(error.problem()));
    }
    // Neither the folder nor any temporary file was made.
    QCOMPARE(entries(dir.path()), QStringList());
}

void TestAtomicFile::folderAsTargetIsAnInputError()
{
    // The folder exists, so a temporary file could be made there; none may be left behind, and
    // what is already there is untouched.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("result.json")));
    const QString path = dir.filePath(QStringLiteral("result.json"));
    try {
        writeFileAtomically(path, QByteArray("x"));
        QFAIL("no InputError");
    } catch (const InputError& error) {
        QVERIFY2(error.message().startsWith(path + QStringLiteral(": cannot be written: ")),
                 qPrintable(error.message()));
        QCOMPARE(error.file(), path);
    }
    QCOMPARE(entries(dir.path()), QStringList {QStringLiteral("result.json")});
    QVERIFY(QFileInfo(path).isDir());
    QCOMPARE(entries(path), QStringList());
}

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
