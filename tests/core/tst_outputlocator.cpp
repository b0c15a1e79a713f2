#include "filetestsupport.h"
#include "io/inputerror.h"
#include "io/outputlocator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using egress::io::InputError;
using egress::io::OutputLocation;
using egress::io::OutputLocator;

using egress::testing::inputErrorOf;
using egress::testing::writeFile;

namespace {

const QString kSample = QStringLiteral(EGRESS_SAMPLE_DIR);
const QByteArray kPassingCsv = "area,n\nNorth,12\nSouth,15\n";

QStringList ids(const QList<OutputLocation>& locations)
{
    QStringList result;
    for (const OutputLocation& location : locations)
        result.append(location.id);
    return result;
}

QStringList displayNames(const QList<OutputLocation>& locations)
{
    QStringList result;
    for (const OutputLocation& location : locations)
        result.append(location.displayName);
    return result;
}

QStringList paths(const QList<OutputLocation>& locations)
{
    QStringList result;
    for (const OutputLocation& location : locations)
        result.append(location.path);
    return result;
}

} // namespace

class TestOutputLocator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explicitFilesKeepTheirNames();
    void explicitFilesTableOrNot_data();
    void explicitFilesTableOrNot();
    void folderWalkIsSortedAndSkipsHidden();
    void symbolicLinksAreSkipped();
    void missingPath();
    void emptyFolder();
    void duplicateBaseNamesGetUniqueIds();
    void sameFileReachedTwiceIsOneOutput();
    void severalFoldersKeepTheirNames();
    void sameBaseNameInOneFolderGetsUniqueIds();
    void wholeFileNameEqualToAnotherBaseName();
    void kindFromFileName_data();
    void kindFromFileName();
};

void TestOutputLocator::explicitFilesKeepTheirNames()
{
    const QString borough = kSample + QStringLiteral("/lts_by_borough.csv");
    const QString routes = kSample + QStringLiteral("/new_requests_by_route.csv");
    const QList<OutputLocation> locations = OutputLocator::locate({routes, borough});
    QCOMPARE(locations.size(), qsizetype(2));
    // In the order given, named as given.
    QCOMPARE(locations.at(0).path, routes);
    QCOMPARE(locations.at(0).displayName, routes);
    QCOMPARE(locations.at(0).id, QStringLiteral("new_requests_by_route"));
    QVERIFY(locations.at(0).isTable);
    QCOMPARE(locations.at(1).path, borough);
    QCOMPARE(locations.at(1).displayName, borough);
    QCOMPARE(locations.at(1).id, QStringLiteral("lts_by_borough"));
    QVERIFY(locations.at(1).isTable);
}

void TestOutputLocator::explicitFilesTableOrNot_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("isTable");

    QTest::newRow("csv") << QStringLiteral("table.csv") << QStringLiteral("table") << true;
    QTest::newRow("CSV") << QStringLiteral("TABLE.CSV") << QStringLiteral("TABLE") << true;
    QTest::newRow("xlsx") << QStringLiteral("book.xlsx") << QStringLiteral("book") << true;
    QTest::newRow("png") << QStringLiteral("figure.png") << QStringLiteral("figure") << false;
    QTest::newRow("csv inside a longer name")
        << QStringLiteral("table.csv.bak") << QStringLiteral("table.csv") << false;
    QTest::newRow("no extension") << QStringLiteral("README") << QStringLiteral("README") << false;
}

void TestOutputLocator::explicitFilesTableOrNot()
{
    QFETCH(QString, fileName);
    QFETCH(QString, id);
    QFETCH(bool, isTable);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fileName);
    writeFile(path, kPassingCsv);
    const QList<OutputLocation> locations = OutputLocator::locate({path});
    QCOMPARE(locations.size(), qsizetype(1));
    QCOMPARE(locations.first().path, path);
    QCOMPARE(locations.first().displayName, path);
    QCOMPARE(locations.first().id, id);
    QCOMPARE(locations.first().isTable, isTable);
}

void TestOutputLocator::folderWalkIsSortedAndSkipsHidden()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("b.csv")), kPassingCsv);
    writeFile(dir.filePath(QStringLiteral("a.csv")), kPassingCsv);
    writeFile(dir.filePath(QStringLiteral("sub/c.csv")), kPassingCsv);
    writeFile(dir.filePath(QStringLiteral(".hidden.csv")), "not,a\ntable\n");
    writeFile(dir.filePath(QStringLiteral(".git/config.csv")), "x");
    writeFile(dir.filePath(QStringLiteral("sub/.DS_Store")), "x");

    const QList<OutputLocation> locations = OutputLocator::locate({dir.path()});
    QCOMPARE(displayNames(locations),
             (QStringList {QStringLiteral("a.csv"), QStringLiteral("b.csv"),
                           QStringLiteral("sub/c.csv")}));
    QCOMPARE(ids(locations),
             (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    const QDir root(dir.path());
    QCOMPARE(paths(locations),
             (QStringList {root.filePath(QStringLiteral("a.csv")),
                           root.filePath(QStringLiteral("b.csv")),
                           root.filePath(QStringLiteral("sub/c.csv"))}));
    QVERIFY(locations.at(0).isTable);
    QVERIFY(locations.at(1).isTable);
    QVERIFY(locations.at(2).isTable);
}

void TestOutputLocator::symbolicLinksAreSkipped()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("real.csv")), kPassingCsv);
    QVERIFY(QFile::link(kSample + QStringLiteral("/lts_by_setting.csv"),
                        dir.filePath(QStringLiteral("link.csv"))));
    // A link to a whole folder smuggles in nothing either.
    QVERIFY(QFile::link(kSample, dir.filePath(QStringLiteral("linked-folder"))));
    const QList<OutputLocation> locations = OutputLocator::locate({dir.path()});
    QCOMPARE(displayNames(locations), QStringList {QStringLiteral("real.csv")});
    QCOMPARE(paths(locations), QStringList {QDir(dir.path()).filePath(QStringLiteral("real.csv"))});
}

void TestOutputLocator::missingPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("nope.csv"));
    QCOMPARE(inputErrorOf([&] { OutputLocator::locate({missing}); }),
             missing + QStringLiteral(": no such file or folder"));
    // One missing path among good ones still stops the whole search.
    QCOMPARE(inputErrorOf([&] {
                 OutputLocator::locate({kSample, missing});
             }),
             missing + QStringLiteral(": no such file or folder"));

    try {
        OutputLocator::locate({missing});
        QFAIL("no InputError");
    } catch (const InputError& error) {
        QCOMPARE(error.file(), missing);
        QCOMPARE(error.problem(), QStringLiteral("no such file or folder"));
        QCOMPARE(error.line(), 0);
        QCOMPARE(error.column(), 0);
    }
}

void TestOutputLocator::emptyFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString expected = dir.path() + QStringLiteral(": the folder holds no files to check");
    QCOMPARE(inputErrorOf([&] { OutputLocator::locate({dir.path()}); }), expected);

    // Hidden files only, and an empty subfolder: still nothing to check.
    writeFile(dir.filePath(QStringLiteral(".hidden.csv")), kPassingCsv);
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("empty-subfolder")));
    QCOMPARE(inputErrorOf([&] { OutputLocator::locate({dir.path()}); }), expected);

    // An empty folder beside a good one stops the search too.
    QCOMPARE(inputErrorOf([&] { OutputLocator::locate({kSample, dir.path()}); }), expected);
}

void TestOutputLocator::duplicateBaseNamesGetUniqueIds()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("north/table.csv")), kPassingCsv);
    writeFile(dir.filePath(QStringLiteral("south/table.csv")), kPassingCsv);
    writeFile(dir.filePath(QStringLiteral("summary.csv")), kPassingCsv);
    QCOMPARE(ids(OutputLocator::locate({dir.path()})),
             (QStringList {QStringLiteral("north/table"), QStringLiteral("south/table"),
                           QStringLiteral("summary")}));

    // A clash between the top folder and a subfolder.
    writeFile(dir.filePath(QStringLiteral("table.csv")), kPassingCsv);
    const QList<OutputLocation> locations = OutputLocator::locate({dir.path()});
    QCOMPARE(ids(locations),
             (QStringList {QStringLiteral("north/table"), QStringLiteral("south/table"),
                           QStringLiteral("summary"), QStringLiteral("table")}));
    // Only the ids change: the names stay relative to the folder.
    QCOMPARE(displayNames(locations),
             (QStringList {QStringLiteral("north/table.csv"), QStringLiteral("south/table.csv"),
                           QStringLiteral("summary.csv"), QStringLiteral("table.csv")}));
}

void TestOutputLocator::sameFileReachedTwiceIsOneOutput()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("north/table.csv")), kPassingCsv);
    writeFile(dir.filePath(QStringLiteral("south/table.csv")), kPassingCsv);
    writeFile(dir.filePath(QStringLiteral("summary.csv")), kPassingCsv);
    writeFile(dir.filePath(QStringLiteral("table.csv")), kPassingCsv);

    // The same file named twice is one output.
    const QString summary = dir.filePath(QStringLiteral("summary.csv"));
    const QList<OutputLocation> twice = OutputLocator::locate({summary, summary});
    QCOMPARE(ids(twice), QStringList {QStringLiteral("summary")});
    QCOMPARE(displayNames(twice), QStringList {summary});

    // Named and inside a named folder: one output, found in the folder (which came first).
    // With two roots the names say which root they came from.
    const QList<OutputLocation> both = OutputLocator::locate({dir.path(), summary});
    QCOMPARE(both.size(), qsizetype(4));
    const QDir root(dir.path());
    QCOMPARE(displayNames(both),
             (QStringList {root.filePath(QStringLiteral("north/table.csv")),
                           root.filePath(QStringLiteral("south/table.csv")),
                           root.filePath(QStringLiteral("summary.csv")),
                           root.filePath(QStringLiteral("table.csv"))}));
    QCOMPARE(ids(both),
             (QStringList {root.filePath(QStringLiteral("north/table")),
                           root.filePath(QStringLiteral("south/table")), QStringLiteral("summary"),
                           root.filePath(QStringLiteral("table"))}));
}

void TestOutputLocator::severalFoldersKeepTheirNames()
{
    // Two request folders that both hold "table.csv": the names and ids say which is which.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("first/table.csv")), kPassingCsv);
    writeFile(dir.filePath(QStringLiteral("second/table.csv")), kPassingCsv);
    const QString first = dir.filePath(QStringLiteral("first"));
    const QString second = dir.filePath(QStringLiteral("second"));
    const QList<OutputLocation> found = OutputLocator::locate({first, second});
    QCOMPARE(found.size(), qsizetype(2));
    QCOMPARE(found.at(0).displayName, first + QStringLiteral("/table.csv"));
    QCOMPARE(found.at(1).displayName, second + QStringLiteral("/table.csv"));
    QCOMPARE(found.at(0).id, first + QStringLiteral("/table"));
    QCOMPARE(found.at(1).id, second + QStringLiteral("/table"));
    QCOMPARE(found.at(0).path, first + QStringLiteral("/table.csv"));
    QCOMPARE(found.at(1).path, second + QStringLiteral("/table.csv"));
}

void TestOutputLocator::sameBaseNameInOneFolderGetsUniqueIds()
{
    // The data behind a chart and the chart itself: a common pair in a request.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("figure1.csv")), kPassingCsv);
    writeFile(dir.filePath(QStringLiteral("figure1.png")), "png");
    writeFile(dir.filePath(QStringLiteral("sub/figure2.csv")), kPassingCsv);
    writeFile(dir.filePath(QStringLiteral("sub/figure2.svg")), "<svg/>");
    const QList<OutputLocation> locations = OutputLocator::locate({dir.path()});
    QCOMPARE(ids(locations),
             (QStringList {QStringLiteral("figure1.csv"), QStringLiteral("figure1.png"),
                           QStringLiteral("sub/figure2.csv"), QStringLiteral("sub/figure2.svg")}));
    QCOMPARE(locations.at(0).isTable, true);
    QCOMPARE(locations.at(1).isTable, false);
    QCOMPARE(locations.at(2).isTable, true);
    QCOMPARE(locations.at(3).isTable, false);
}

void TestOutputLocator::wholeFileNameEqualToAnotherBaseName()
{
    // "results.csv" and "results.png" fall back to their whole file names as ids, and
    // "results.csv.gz" already has the id "results.csv": ids must still be unique.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("results.csv")), kPassingCsv);
    writeFile(dir.filePath(QStringLiteral("results.csv.gz")), "gz");
    writeFile(dir.filePath(QStringLiteral("results.png")), "png");
    QCOMPARE(ids(OutputLocator::locate({dir.path()})),
             (QStringList {QStringLiteral("results.csv"), QStringLiteral("results.csv.gz"),
                           QStringLiteral("results.png")}));
}

void TestOutputLocator::kindFromFileName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("kind");

    QTest::newRow("csv") << QStringLiteral("a.csv") << QStringLiteral("frequency");
    QTest::newRow("CSV") << QStringLiteral("dir/a.CSV") << QStringLiteral("frequency");
    QTest::newRow("png") << QStringLiteral("a.png") << QStringLiteral("image");
    QTest::newRow("jpg") << QStringLiteral("a.jpg") << QStringLiteral("image");
    QTest::newRow("JPEG") << QStringLiteral("a.JPEG") << QStringLiteral("image");
    QTest::newRow("svg") << QStringLiteral("a.svg") << QStringLiteral("image");
    QTest::newRow("gif") << QStringLiteral("a.gif") << QStringLiteral("image");
    QTest::newRow("tif") << QStringLiteral("a.tif") << QStringLiteral("image");
    QTest::newRow("tiff") << QStringLiteral("a.tiff") << QStringLiteral("image");
    QTest::newRow("pdf") << QStringLiteral("a.pdf") << QStringLiteral("document");
    QTest::newRow("txt") << QStringLiteral("a.txt") << QStringLiteral("document");
    QTest::newRow("md") << QStringLiteral("a.md") << QStringLiteral("document");
    QTest::newRow("html") << QStringLiteral("a.html") << QStringLiteral("document");
    QTest::newRow("htm") << QStringLiteral("a.htm") << QStringLiteral("document");
    QTest::newRow("log") << QStringLiteral("a.log") << QStringLiteral("document");
    QTest::newRow("docx") << QStringLiteral("a.docx") << QStringLiteral("document");
    QTest::newRow("odt") << QStringLiteral("a.odt") << QStringLiteral("document");
    QTest::newRow("xlsx") << QStringLiteral("a.xlsx") << QStringLiteral("frequency");
    QTest::newRow("no extension") << QStringLiteral("README") << QStringLiteral("other");
    QTest::newRow("csv inside a longer name")
        << QStringLiteral("a.csv.bak") << QStringLiteral("other");
}

void TestOutputLocator::kindFromFileName()
{
    QFETCH(QString, fileName);
    QFETCH(QString, kind);
    QCOMPARE(egress::table::toString(OutputLocator::kindFromFileName(fileName)), kind);
}

QTEST_GUILESS_MAIN(TestOutputLocator)
#include "tst_outputlocator.moc"
