#include "filetestsupport.h"
#include "io/xlsxreader.h"

#include <QtTest>

using egress::io::SpreadsheetSheet;
using egress::io::XlsxReader;
using egress::testing::inputErrorOf;

namespace {

QByteArray fixture(const QString& path)
{
    QFile file(QStringLiteral(EGRESS_TEST_DATA_DIR "/") + path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(path));
    return file.readAll();
}

QByteArray workbook(const QString& name)
{
    return fixture(QStringLiteral("xlsx/") + name);
}

// "[Sheet]" and then one "row: a|b|c" line per record, with line breaks and bars escaped so
// that every cell's exact text shows.
QString rendered(const QList<SpreadsheetSheet>& sheets)
{
    QStringList lines;
    for (const SpreadsheetSheet& sheet : sheets) {
        lines.append(QLatin1Char('[') + sheet.name + QLatin1Char(']'));
        for (const egress::io::CsvRecord& record : sheet.records) {
            QStringList fields;
            for (QString field : record.fields) {
                field.replace(QLatin1Char('|'), QLatin1String("\\|"));
                field.replace(QLatin1Char('\r'), QLatin1String("\\r"));
                field.replace(QLatin1Char('\n'), QLatin1String("\\n"));
                fields.append(field);
            }
            lines.append(QString::number(record.line) + QLatin1String(": ")
                         + fields.join(QLatin1Char('|')));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

const QString kFile = QStringLiteral("outputs/costs.xlsx");

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryCell_data()
    {
        QTest::addColumn<QString>("fixtureName");
        QTest::addColumn<QString>("expected");
        // Rich text runs are joined and phonetic guides dropped; whitespace around a <t> counts
        // only with xml:space="preserve"; _xHHHH_ escapes and XML entities are decoded.
        QTest::newRow("strings") << QStringLiteral("strings.xlsx")
                                 << QStringLiteral("[Strings]\n"
                                                   "1: Area|Count|Notes \n"
                                                   "2: North West|xy|  padded  \n"
                                                   "3: trimmed|東京|R&D <5\n"
                                                   "4: line\\r\\ntwo|_x0041_|\n"
                                                   "5: in v||");
        // Row 1: shortest round-trip numbers. Row 2: booleans, errors, a formula without a
        // cached value, an ISO date cell. Row 3: styles 14, 22, yyyy-mm-dd, '0.0 "days"' (not a
        // date), [h]:mm (a duration), a locale-prefixed date, a number format, hh:mm, mm:ss.0.
        // Row 4: around the Lotus leap day, before and after the calendar, a time that rounds
        // into the next day, a style that does not exist.
        QTest::newRow("values")
            << QStringLiteral("values.xlsx")
            << QStringLiteral(
                   "[Values]\n"
                   "1: 12|0.1|1e-07|-3.5|0.30000000000000004|1000000|1.5e+20|12|0\n"
                   "2: TRUE|FALSE|#DIV/0!|#N/A||2023-03-31T00:00:00|||\n"
                   "3: 2023-03-31|2023-03-31T10:15:00|2023-03-31|45016|1.5|2023-01-01|1234|"
                   "10:30:00|12:00:00\n"
                   "4: 1900-02-28|1900-02-29|1900-03-01|1900-01-01|-1|9999-12-31|2958466|"
                   "2023-04-01|45016");
        QTest::newRow("1904 date system")
            << QStringLiteral("date1904.xlsx")
            << QStringLiteral("[Dates]\n1: 2023-03-31|1904-01-01|1904-01-01T12:00:00|43554");
        // B1:D1 and E1:F1 (written F1:E1) repeat the years over their quarters, A1:A2 repeats
        // "Area" down; the text hidden under B1:D1 is overwritten; G1:H3 is empty and does not
        // widen the sheet.
        QTest::newRow("merged header") << QStringLiteral("merged.xlsx")
                                       << QStringLiteral("[Costs]\n"
                                                         "1: Area|2022|2022|2022|2023|2023\n"
                                                         "2: Area|Q1|Q2|Q3|Q1|Q2\n"
                                                         "3: North|1|2|3|4|5");
        // Workbook order, not part-name order; the chart sheet between them is left out, the
        // hidden sheet is not.
        QTest::newRow("two sheets")
            << QStringLiteral("two_sheets.xlsx")
            << QStringLiteral("[Summary]\n1: summary|9\n[Detail]\n1: detail|3");
        // Styled empty cells (H2, row 3) neither widen the sheet nor make a record; the cells of
        // row 6 without r follow the previous cell, and row 6 itself follows row 5.
        QTest::newRow("sparse") << QStringLiteral("sparse.xlsx")
                                << QStringLiteral("[Sparse]\n"
                                                  "2: |1||x||\n"
                                                  "5: ||7|||\n"
                                                  "6: 8|9|||10|11");
        QTest::newRow("absolute targets")
            << QStringLiteral("absolute_targets.xlsx")
            << QStringLiteral("[Data]\n1: found through the relationship|2023-03-31");
        // 10 columns × 1000000 rows: exactly the most cells a sheet's used range may span.
        QTest::newRow("range at the cell limit")
            << QStringLiteral("range_at_limit.xlsx")
            << QStringLiteral("[Limit]\n1: 1|||||||||\n1000000: |||||||||2");
        // Written by LibreOffice Calc 7.4 from libreoffice.csv.
        QTest::newRow("LibreOffice") << QStringLiteral("libreoffice.xlsx")
                                     << QStringLiteral("[libreoffice]\n"
                                                       "1: area|date|2022|2023\n"
                                                       "2: North|2023-03-31|12|0.5\n"
                                                       "3: South|2023-04-01||7\n"
                                                       "4: Total||12|7.5");
    }
    void readsEveryCell()
    {
        QFETCH(QString, fixtureName);
        QFETCH(QString, expected);
        const QList<SpreadsheetSheet> sheets = XlsxReader::read(workbook(fixtureName), kFile);
        QCOMPARE(rendered(sheets), expected);
        for (const SpreadsheetSheet& sheet : sheets) {
            for (const egress::io::CsvRecord& record : sheet.records)
                QCOMPARE(record.fields.size(), sheet.records.first().fields.size());
        }
    }

    void readsTheMostSheetsAllowed()
    {
        const QList<SpreadsheetSheet> sheets
            = XlsxReader::read(workbook(QStringLiteral("thousand_sheets.xlsx")), kFile);
        QCOMPARE(sheets.size(), XlsxReader::kMaxSheets);
        QCOMPARE(sheets.last().name, QStringLiteral("S1000"));
        QCOMPARE(rendered({sheets.last()}), QStringLiteral("[S1000]\n1: 1"));
    }

    void refusesBadWorkbooks_data()
    {
        QTest::addColumn<QString>("fixturePath");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, const char* path, const QString& problem) {
            QTest::newRow(name) << QString::fromUtf8(path) << kFile + QLatin1String(": ") + problem;
        };
        row("DTD", "xlsx/dtd.xlsx",
            QStringLiteral("part 'xl/sharedStrings.xml' has a DTD (<!DOCTYPE>): refused, because "
                           "it could declare entities that expand without limit"));
        row("shared string out of range", "xlsx/bad_shared_string.xlsx",
            QStringLiteral("sheet 'Costs', cell C7: shared string 912 does not exist (the "
                           "workbook has 40)"));
        row("shared string index not a number", "xlsx/bad_shared_index.xlsx",
            QStringLiteral("sheet 'Index', cell A1: shared string index 'one' is not a number"));
        row("huge range", "xlsx/huge_range.xlsx",
            QStringLiteral("sheet 'Huge': its used range A1:XFD1048576 has 17179869184 cells, "
                           "more than the 10000000 allowed"));
        row("range one cell over the limit", "xlsx/range_over_limit.xlsx",
            QStringLiteral("sheet 'Over': its used range A1:K909091 has 10000001 cells, more "
                           "than the 10000000 allowed"));
        row("huge merge", "xlsx/huge_merge.xlsx",
            QStringLiteral("sheet 'Merged': its used range A1:XFD1048576 has 17179869184 cells, "
                           "more than the 10000000 allowed"));
        row("overlapping merges", "xlsx/overlapping_merges.xlsx",
            QStringLiteral("sheet 'Twice': its merged ranges cover more than 10000000 cells"));
        row("malformed XML", "xlsx/malformed.xlsx",
            QStringLiteral("sheet 'Bad' (xl/worksheets/sheet1.xml), line 4: malformed XML: "
                           "Opening and ending tag mismatch."));
        row("cell beyond XFD", "xlsx/bad_cell_ref.xlsx",
            QStringLiteral(
                "sheet 'Refs': cell reference 'XFE1' is outside Excel's grid A1:XFD1048576"));
        row("row beyond 1048576", "xlsx/bad_row.xlsx",
            QStringLiteral("sheet 'Rows': row 1048577 is outside Excel's grid (rows 1 to "
                           "1048576)"));
        row("cells without r past XFD", "xlsx/cells_past_xfd.xlsx",
            QStringLiteral("sheet 'Wide': row 4 has a cell beyond column XFD, the last in Excel"));
        row("not a number", "xlsx/bad_number.xlsx",
            QStringLiteral("sheet 'Numbers', cell B2: 'abc' is not a number"));
        row("not a boolean", "xlsx/bad_boolean.xlsx",
            QStringLiteral("sheet 'Flags', cell A1: '2' is not a boolean (0 or 1)"));
        row("unknown cell type", "xlsx/bad_type.xlsx",
            QStringLiteral("sheet 'Types', cell D3: cell type 'x' is unknown"));
        row("bad merged range", "xlsx/bad_merge.xlsx",
            QStringLiteral("sheet 'Merge': merged range 'A1:B' is not a range inside Excel's "
                           "grid A1:XFD1048576"));
        row("no workbook", "xlsx/no_workbook.xlsx",
            QStringLiteral("is not an XLSX workbook: it has no xl/workbook.xml"));
        row("Word document", "xlsx/word_document.xlsx",
            QStringLiteral("is not an XLSX workbook: its main part 'word/document.xml' is not a "
                           "workbook"));
        row("binary workbook", "xlsx/binary_workbook.xlsx",
            QStringLiteral(
                "is an Excel binary workbook (.xlsb), which cannot be read: save it as .xlsx"));
        row("only a chart sheet", "xlsx/chart_only.xlsx", QStringLiteral("has no worksheets"));
        row("missing sheet part", "xlsx/missing_sheet_part.xlsx",
            QStringLiteral("sheet 'Gone': its part 'xl/worksheets/elsewhere.xml' is missing"));
        row("missing relationship", "xlsx/missing_relationship.xlsx",
            QStringLiteral(
                "sheet 'Lost' refers to relationship 'rId1', which the workbook does not have"));
        row("target outside the package", "xlsx/target_outside.xlsx",
            QStringLiteral("part 'xl/_rels/workbook.xml.rels': target '../../../etc/passwd' points "
                           "outside the workbook"));
        row("too many sheets", "xlsx/too_many_sheets.xlsx",
            QStringLiteral("has more than 1000 sheets: refused"));
        row("encrypted", "xlsx/encrypted.xlsx",
            QStringLiteral("is a password-protected workbook or an old .xls file: "
                           "password-protected workbooks cannot be read, save it as .xlsx "
                           "without a password"));
        // The zip itself is opened through SafeZip, which refuses it before any part is read.
        row("zip slip", "zip/slip_parent.zip",
            QStringLiteral("member 'outputs/../../evil.csv' points outside the archive"));
        row("damaged zip", "zip/truncated.zip",
            QStringLiteral("is not a readable zip archive (damaged?)"));
    }
    void refusesBadWorkbooks()
    {
        QFETCH(QString, fixturePath);
        QFETCH(QString, expected);
        QCOMPARE(inputErrorOf([&] { XlsxReader::read(fixture(fixturePath), kFile); }), expected);
    }

    void refusesBytesThatAreNotAZip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("csv") << QByteArray("area,n\nA,12\n");
    }
    void refusesBytesThatAreNotAZip()
    {
        QFETCH(QByteArray, bytes);
        QCOMPARE(inputErrorOf([&] { XlsxReader::read(bytes, kFile); }),
                 QStringLiteral("outputs/costs.xlsx: is not an XLSX workbook (it is not a zip "
                                "archive)"));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
