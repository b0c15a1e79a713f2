#include "xlsxreader.h"

#include "inputerror.h"
#include "safezip.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QTime>
#include <QUrl>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <optional>

namespace egress::io {
namespace {

constexpr int kMaxRows = 1'048'576;
constexpr int kMaxColumns = 16'384; // A to XFD
constexpr qint64 kSecondsPerDay = 86'400;
// 9999-12-31, Excel's last date, as a serial day in each date system.
constexpr qint64 kLastDay1900 = 2'958'465;
constexpr qint64 kLastDay1904 = 2'957'003;
// The signature of an OLE compound file: how Excel stores an encrypted workbook.
const QByteArray kCompoundFileMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

// A cell position: row 1-based as Excel numbers it, column 0-based.
struct CellRef
{
    int row = 0;
    int column = 0;
};

struct CellRange
{
    CellRef topLeft;
    CellRef bottomRight;
};

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(static_cast<char16_t>(u'A' + (n - 1) % 26)));
    return name;
}

QString cellName(CellRef cell)
{
    return columnName(cell.column) + QString::number(cell.row);
}

// "B7" → {7, 1}; nothing for text that is not a reference inside A1:XFD1048576.
std::optional<CellRef> parseCellRef(QStringView text)
{
    qsizetype at = 0;
    int column = 0;
    for (; at < text.size() && at < 4; ++at) {
        const char16_t c = text[at].toUpper().unicode();
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c - u'A' + 1);
    }
    if (at == 0 || column > kMaxColumns)
        return std::nullopt;
    const qsizetype digits = text.size() - at;
    if (digits < 1 || digits > 7)
        return std::nullopt;
    bool ok = false;
    const int row = text.sliced(at).toInt(&ok);
    if (!ok || row < 1 || row > kMaxRows || !text[at].isDigit())
        return std::nullopt;
    return CellRef {row, column - 1};
}

// "B1:D3", or one cell "B1"; corners put in order whichever way round they are written.
std::optional<CellRange> parseRange(QStringView text)
{
    const qsizetype colon = text.indexOf(u':');
    const auto first = parseCellRef(colon < 0 ? text : text.first(colon));
    const auto second = colon < 0 ? first : parseCellRef(text.sliced(colon + 1));
    if (!first || !second)
        return std::nullopt;
    return CellRange {{std::min(first->row, second->row), std::min(first->column, second->column)},
                      {std::max(first->row, second->row), std::max(first->column, second->column)}};
}

bool isXmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// Whitespace around a <t> that does not say xml:space="preserve" is not part of the text: Excel
// drops it too. Only XML's own whitespace, so that a no-break space survives.
QString trimmedXmlSpace(const QString& text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isXmlSpace(text[begin]))
        ++begin;
    while (end > begin && isXmlSpace(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// OOXML writes characters XML cannot carry (control characters, mostly a carriage return) as
// _xHHHH_; a literal "_x" that looks like one is itself escaped as _x005F_.
QString decodedEscapes(const QString& text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString decoded;
    decoded.reserve(text.size());
    for (qsizetype at = 0; at < text.size();) {
        if (text[at] == u'_' && at + 6 < text.size() && text[at + 1] == u'x'
            && text[at + 6] == u'_') {
            int code = 0;
            bool hex = true;
            for (qsizetype digit = at + 2; digit < at + 6 && hex; ++digit) {
                const int value = hexDigit(text[digit]);
                hex = value >= 0;
                code = code * 16 + value;
            }
            if (hex) {
                decoded.append(QChar(static_cast<char16_t>(code)));
                at += 7;
                continue;
            }
        }
        decoded.append(text[at]);
        ++at;
    }
    return decoded;
}

// Shortest text that reads back as the same double; whole numbers without an exponent, because
// that is how a count is written in a CSV export ("1000000", not "1e+06").
QString numberText(double value)
{
    if (value == 0)
        return QStringLiteral("0");
    if (std::trunc(value) == value && std::fabs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// ISO 8601 for a serial date, or nothing when the serial is no date Excel can show.
std::optional<QString> isoDateTime(double serial, bool date1904)
{
    if (!(serial >= 0) || serial > double(date1904 ? kLastDay1904 : kLastDay1900) + 1)
        return std::nullopt;
    const qint64 seconds = std::llround(serial * double(kSecondsPerDay));
    const qint64 day = seconds / kSecondsPerDay;
    const int secondOfDay = static_cast<int>(seconds % kSecondsPerDay);
    if (day > (date1904 ? kLastDay1904 : kLastDay1900))
        return std::nullopt;
    QString date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(day).toString(Qt::ISODate);
    } else if (day == 60) {
        // Lotus 1-2-3 took 1900 for a leap year and Excel kept the day for compatibility:
        // serial 60 is 1900-02-29, and every later serial is one day ahead of the calendar.
        date = QStringLiteral("1900-02-29");
    } else if (day > 0) {
        date = QDate(1899, 12, day < 60 ? 31 : 30).addDays(day).toString(Qt::ISODate);
    }
    // Day 0 of the 1900 system is no date ("1900-01-00" in Excel): a time of day on its own.
    if (secondOfDay == 0 && !date.isEmpty())
        return date;
    const QString time = QTime(0, 0).addSecs(secondOfDay).toString(Qt::ISODate);
    return date.isEmpty() ? time : date + QLatin1Char('T') + time;
}

bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
}

// Whether a number format code shows a date or time: a d, m, y, h or s token outside quoted
// text, escaped characters and [...] sections (colours, locales, conditions). A format with an
// elapsed-time section ([h], [mm], [ss]) is a duration, not a date, and stays a number.
bool isDateFormatCode(QStringView code)
{
    bool hasDateToken = false;
    for (qsizetype at = 0; at < code.size(); ++at) {
        const char16_t c = code[at].toLower().unicode();
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', at + 1);
            at = close < 0 ? code.size() : close;
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', at + 1);
            const QStringView inside
                = code.sliced(at + 1, (close < 0 ? code.size() : close) - at - 1);
            const bool elapsed
                = !inside.isEmpty() && std::all_of(inside.cbegin(), inside.cend(), [](QChar ch) {
                      const char16_t l = ch.toLower().unicode();
                      return l == u'h' || l == u'm' || l == u's';
                  });
            if (elapsed)
                return false;
            at = close < 0 ? code.size() : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++at; // the next character is shown as it is
        } else if (c == u'd' || c == u'm' || c == u'y' || c == u'h' || c == u's') {
            hasDateToken = true;
        }
    }
    return hasDateToken;
}

// The archive, with part names looked up without regard to case: OPC part names are
// case-insensitive, and relationship targets do not always match the stored spelling.
class Package
{
public:
    Package(const QByteArray& bytes, const QString& fileName)
        : m_zip(bytes, fileName)
    {
        for (const QString& name : m_zip.entryNames())
            m_names.insert(name.toLower(), name);
    }

    const QString& fileName() const { return m_zip.fileName(); }
    bool contains(const QString& part) const { return m_names.contains(part.toLower()); }
    QByteArray read(const QString& part) const { return m_zip.read(m_names.value(part.toLower())); }

private:
    SafeZip m_zip;
    QHash<QString, QString> m_names;
};

// One XML part streamed through QXmlStreamReader, refusing what a workbook never needs and an
// attacker would use: a DTD (entity expansion). Malformed XML is reported with its part and line.
class XmlPart
{
public:
    XmlPart(const Package& package, const QString& partName, QString where)
        : m_fileName(package.fileName())
        , m_where(std::move(where))
        , m_bytes(package.read(partName))
        , m_xml(m_bytes)
    { }

    QStringView name() const { return m_xml.name(); }
    QString attribute(QLatin1String name) const
    {
        return m_xml.attributes().value(name).toString();
    }
    QXmlStreamAttributes attributes() const { return m_xml.attributes(); }
    int depth() const { return m_depth; }

    // Moves to the next start element below the element open at depth (0: the whole document);
    // false once that element ends. Descendants come in document order, however deep.
    bool nextStartElementWithin(int depth)
    {
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = next();
            if (token == QXmlStreamReader::StartElement)
                return true;
            if (token == QXmlStreamReader::EndElement && m_depth < depth)
                return false;
        }
        return false;
    }

    // The character data of the current element (nested elements' too); ends on its end tag.
    QString elementText()
    {
        QString text;
        readToEndOfElement(&text);
        return text;
    }

    void skipElement() { readToEndOfElement(nullptr); }

private:
    void readToEndOfElement(QString* text)
    {
        const int depth = m_depth;
        for (;;) {
            const QXmlStreamReader::TokenType token = next();
            if (token == QXmlStreamReader::Characters && text)
                text->append(m_xml.text());
            else if (token == QXmlStreamReader::EndElement && m_depth < depth)
                return;
        }
    }

    QXmlStreamReader::TokenType next()
    {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            throw InputError(m_fileName,
                             QStringLiteral("%1 has a DTD (<!DOCTYPE>): refused, because it could "
                                            "declare entities that expand without limit")
                                 .arg(m_where));
        }
        if (token == QXmlStreamReader::Invalid) {
            throw InputError(m_fileName,
                             QStringLiteral("%1, line %2: malformed XML: %3")
                                 .arg(m_where)
                                 .arg(m_xml.lineNumber())
                                 .arg(m_xml.errorString()));
        }
        if (token == QXmlStreamReader::StartElement)
            ++m_depth;
        else if (token == QXmlStreamReader::EndElement)
            --m_depth;
        return token;
    }

    QString m_fileName;
    QString m_where;
    QByteArray m_bytes;
    QXmlStreamReader m_xml;
    int m_depth = 0;
};

QString partWhere(const QString& partName)
{
    return QStringLiteral("part '%1'").arg(partName);
}

// Every relationship of a part, by id, with its target resolved to a part name.
struct Relationship
{
    QString type;
    QString target;
    bool external = false;
};

QString folderOf(const QString& partName)
{
    return partName.left(partName.lastIndexOf(u'/') + 1);
}

QString relationshipsPartOf(const QString& partName)
{
    return folderOf(partName) + QStringLiteral("_rels/")
        + partName.sliced(folderOf(partName).size()) + QStringLiteral(".rels");
}

// A target is relative to the folder of the part whose relationship it is, or absolute from the
// package root when it starts with '/'. Nothing when it climbs out of the package.
std::optional<QString> resolvedTarget(const QString& sourceFolder, const QString& target)
{
    QString path = QUrl::fromPercentEncoding(target.toUtf8());
    path.replace(u'\\', u'/');
    path = path.startsWith(u'/') ? path.sliced(1) : sourceFolder + path;
    QStringList parts;
    for (const QString& part : path.split(u'/')) {
        if (part.isEmpty() || part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (parts.isEmpty())
                return std::nullopt;
            parts.removeLast();
            continue;
        }
        parts.append(part);
    }
    return parts.join(u'/');
}

QHash<QString, Relationship> readRelationships(const Package& package, const QString& sourcePart)
{
    const QString relsName = relationshipsPartOf(sourcePart);
    QHash<QString, Relationship> relationships;
    if (!package.contains(relsName))
        return relationships;
    XmlPart part(package, relsName, partWhere(relsName));
    while (part.nextStartElementWithin(0)) {
        if (part.name() != QLatin1String("Relationship"))
            continue;
        Relationship relationship;
        relationship.type = part.attribute(QLatin1String("Type"));
        relationship.external
            = part.attribute(QLatin1String("TargetMode")) == QLatin1String("External");
        const QString target = part.attribute(QLatin1String("Target"));
        if (!relationship.external) {
            const auto resolved = resolvedTarget(folderOf(sourcePart), target);
            if (!resolved) {
                throw InputError(package.fileName(),
                                 QStringLiteral("%1: target '%2' points outside the workbook")
                                     .arg(partWhere(relsName), target));
            }
            relationship.target = *resolved;
        }
        relationships.insert(part.attribute(QLatin1String("Id")), relationship);
    }
    return relationships;
}

// The first internal relationship of a type, by the type's last path segment: the transitional
// and strict OOXML namespaces differ only before it.
std::optional<QString> targetOfType(const QHash<QString, Relationship>& relationships,
                                    QLatin1String type)
{
    for (const Relationship& relationship : relationships) {
        if (!relationship.external && relationship.type.endsWith(QLatin1Char('/') + QString(type)))
            return relationship.target;
    }
    return std::nullopt;
}

QString findWorkbookPart(const Package& package)
{
    const QString conventional = QStringLiteral("xl/workbook.xml");
    const auto declared
        = targetOfType(readRelationships(package, QString()), QLatin1String("officeDocument"));
    if (declared && declared->endsWith(QLatin1String(".bin"), Qt::CaseInsensitive)) {
        throw InputError(package.fileName(),
                         QStringLiteral("is an Excel binary workbook (.xlsb), which cannot be "
                                        "read: save it as .xlsx"));
    }
    if (declared && package.contains(*declared))
        return *declared;
    if (package.contains(conventional))
        return conventional;
    throw InputError(package.fileName(),
                     QStringLiteral("is not an XLSX workbook: it has no xl/workbook.xml"));
}

struct WorkbookSheet
{
    QString name;
    QString relationshipId;
};

struct Workbook
{
    bool date1904 = false;
    QList<WorkbookSheet> sheets;
};

Workbook readWorkbook(const Package& package, const QString& partName)
{
    XmlPart part(package, partName, partWhere(partName));
    Workbook workbook;
    if (!part.nextStartElementWithin(0) || part.name() != QLatin1String("workbook")) {
        throw InputError(package.fileName(),
                         QStringLiteral("is not an XLSX workbook: its main part '%1' is not a "
                                        "workbook")
                             .arg(partName));
    }
    while (part.nextStartElementWithin(0)) {
        if (part.name() == QLatin1String("workbookPr")) {
            const QString date1904 = part.attribute(QLatin1String("date1904"));
            workbook.date1904 = date1904 == QLatin1String("1") || date1904 == QLatin1String("true");
        } else if (part.name() == QLatin1String("sheet")) {
            if (workbook.sheets.size() == XlsxReader::kMaxSheets) {
                throw InputError(
                    package.fileName(),
                    QStringLiteral("has more than %1 sheets: refused").arg(XlsxReader::kMaxSheets));
            }
            WorkbookSheet sheet;
            sheet.name = part.attribute(QLatin1String("name"));
            // r:id, whichever prefix the relationships namespace is bound to.
            for (const QXmlStreamAttribute& attribute : part.attributes()) {
                if (attribute.name() == QLatin1String("id") && !attribute.namespaceUri().isEmpty())
                    sheet.relationshipId = attribute.value().toString();
            }
            workbook.sheets.append(sheet);
        } else if (part.name() == QLatin1String("extLst")) {
            part.skipElement();
        }
    }
    return workbook;
}

// A rich-text string (<si> or <is>): the text of its runs, without phonetic guides.
QString readRichText(XmlPart& part)
{
    const int depth = part.depth();
    QString text;
    while (part.nextStartElementWithin(depth)) {
        if (part.name() == QLatin1String("t")) {
            bool preserve = false;
            for (const QXmlStreamAttribute& attribute : part.attributes()) {
                if (attribute.qualifiedName() == QLatin1String("xml:space"))
                    preserve = attribute.value() == QLatin1String("preserve");
            }
            const QString run = part.elementText();
            text += decodedEscapes(preserve ? run : trimmedXmlSpace(run));
        } else if (part.name() == QLatin1String("rPh") || part.name() == QLatin1String("rPr")) {
            part.skipElement();
        }
    }
    return text;
}

QStringList readSharedStrings(const Package& package, const QString& partName)
{
    XmlPart part(package, partName, partWhere(partName));
    QStringList strings;
    while (part.nextStartElementWithin(0)) {
        if (part.name() != QLatin1String("si"))
            continue;
        // No sheet can refer to more strings than it has cells; without a cap, a part of empty
        // <si/> would cost far more memory than its bytes.
        if (strings.size() == XlsxReader::kMaxCells) {
            throw InputError(package.fileName(),
                             QStringLiteral("%1 has more than %2 shared strings")
                                 .arg(partWhere(partName))
                                 .arg(XlsxReader::kMaxCells));
        }
        strings.append(readRichText(part));
    }
    return strings;
}

// For each cell style (index into cellXfs), whether it shows numbers as dates.
QList<bool> readDateStyles(const Package& package, const QString& partName)
{
    XmlPart part(package, partName, partWhere(partName));
    QHash<int, QString> customFormats;
    QList<int> cellFormats;
    while (part.nextStartElementWithin(0)) {
        if (part.name() == QLatin1String("numFmt")) {
            customFormats.insert(part.attribute(QLatin1String("numFmtId")).toInt(),
                                 part.attribute(QLatin1String("formatCode")));
        } else if (part.name() == QLatin1String("cellXfs")) {
            const int depth = part.depth();
            while (part.nextStartElementWithin(depth)) {
                if (part.name() == QLatin1String("xf")) {
                    cellFormats.append(part.attribute(QLatin1String("numFmtId")).toInt());
                    part.skipElement();
                }
            }
        } else if (part.name() == QLatin1String("cellStyleXfs")
                   || part.name() == QLatin1String("dxfs")
                   || part.name() == QLatin1String("extLst")) {
            part.skipElement(); // formats here are not what a cell's s attribute refers to
        }
    }
    QList<bool> dateStyles;
    dateStyles.reserve(cellFormats.size());
    for (const int format : cellFormats) {
        const auto custom = customFormats.constFind(format);
        dateStyles.append(custom != customFormats.constEnd() ? isDateFormatCode(*custom)
                                                             : isBuiltInDateFormat(format));
    }
    return dateStyles;
}

struct SheetContext
{
    QString fileName;
    QString sheetName;
    bool date1904 = false;
    const QStringList* sharedStrings = nullptr;
    const QList<bool>* dateStyles = nullptr;

    [[noreturn]] void fail(const QString& problem) const
    {
        throw InputError(fileName, QStringLiteral("sheet '%1': %2").arg(sheetName, problem));
    }
    [[noreturn]] void fail(CellRef cell, const QString& problem) const
    {
        throw InputError(
            fileName,
            QStringLiteral("sheet '%1', cell %2: %3").arg(sheetName, cellName(cell), problem));
    }
};

struct SheetCell
{
    CellRef ref;
    QString text;
};

QString cellText(const SheetContext& context, CellRef ref, QStringView type, int style,
                 const QString& value, const QString& inlineText)
{
    const QString trimmed = value.trimmed();
    if (type == QLatin1String("s")) {
        if (trimmed.isEmpty())
            return {};
        bool ok = false;
        const qint64 index = trimmed.toLongLong(&ok);
        if (!ok || index < 0)
            context.fail(ref,
                         QStringLiteral("shared string index '%1' is not a number").arg(value));
        if (index >= context.sharedStrings->size()) {
            context.fail(ref,
                         QStringLiteral("shared string %1 does not exist (the workbook has %2)")
                             .arg(index)
                             .arg(context.sharedStrings->size()));
        }
        return context.sharedStrings->at(index);
    }
    if (type == QLatin1String("inlineStr")) // some writers put the text in <v> instead of <is>
        return inlineText.isEmpty() ? decodedEscapes(value) : inlineText;
    if (type == QLatin1String("str"))
        return decodedEscapes(value);
    if (type == QLatin1String("e") || type == QLatin1String("d"))
        return trimmed;
    if (type == QLatin1String("b")) {
        if (trimmed.isEmpty())
            return {};
        if (trimmed == QLatin1String("1") || trimmed == QLatin1String("0"))
            return trimmed == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        context.fail(ref, QStringLiteral("'%1' is not a boolean (0 or 1)").arg(value));
    }
    if (type != QLatin1String("n") && !type.isEmpty())
        context.fail(ref, QStringLiteral("cell type '%1' is unknown").arg(type));
    if (trimmed.isEmpty())
        return {};
    bool ok = false;
    const double number = trimmed.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        context.fail(ref, QStringLiteral("'%1' is not a number").arg(value));
    if (style >= 0 && style < context.dateStyles->size() && context.dateStyles->at(style)) {
        if (const auto date = isoDateTime(number, context.date1904))
            return *date;
    }
    return numberText(number);
}

SheetCell readCell(XmlPart& part, const SheetContext& context, int rowNumber, int previousColumn)
{
    CellRef ref {rowNumber, previousColumn + 1};
    const QString written = part.attribute(QLatin1String("r"));
    if (!written.isEmpty()) {
        const auto parsed = parseCellRef(written);
        if (!parsed) {
            context.fail(QStringLiteral("cell reference '%1' is outside Excel's grid "
                                        "A1:XFD1048576")
                             .arg(written));
        }
        ref = *parsed;
    } else if (ref.column >= kMaxColumns) {
        context.fail(QStringLiteral("row %1 has a cell beyond column XFD, the last in Excel")
                         .arg(rowNumber));
    }
    const QString type = part.attribute(QLatin1String("t"));
    const QString styleText = part.attribute(QLatin1String("s"));
    const int style = styleText.isEmpty() ? 0 : styleText.toInt();
    QString value;
    QString inlineText;
    const int depth = part.depth();
    while (part.nextStartElementWithin(depth)) {
        if (part.name() == QLatin1String("v"))
            value = part.elementText();
        else if (part.name() == QLatin1String("is"))
            inlineText = readRichText(part);
        else
            part.skipElement(); // <f>: the cached value in <v> is what the sheet shows
    }
    return SheetCell {ref, cellText(context, ref, type, style, value, inlineText)};
}

// Keeps the used range of a sheet within XlsxReader::kMaxCells while it grows, so that a few
// cells far apart are refused before a grid spanning them is allocated.
class UsedRange
{
public:
    explicit UsedRange(const SheetContext& context)
        : m_context(context)
    { }

    void include(CellRef cell)
    {
        m_lastRow = std::max(m_lastRow, cell.row);
        m_lastColumn = std::max(m_lastColumn, cell.column);
        const qint64 cells = qint64(m_lastRow) * (m_lastColumn + 1);
        if (cells > XlsxReader::kMaxCells) {
            m_context.fail(QStringLiteral("its used range A1:%1 has %2 cells, more than the %3 "
                                          "allowed")
                               .arg(cellName({m_lastRow, m_lastColumn}))
                               .arg(cells)
                               .arg(XlsxReader::kMaxCells));
        }
    }
    int width() const { return m_lastColumn + 1; }

private:
    const SheetContext& m_context;
    int m_lastRow = 0;
    int m_lastColumn = -1;
};

bool cellBefore(const SheetCell& a, const SheetCell& b)
{
    return a.ref.row != b.ref.row ? a.ref.row < b.ref.row : a.ref.column < b.ref.column;
}

void readSheetData(XmlPart& part, const SheetContext& context, UsedRange& used,
                   QList<SheetCell>& cells)
{
    const int depth = part.depth();
    int rowNumber = 1;
    int previousRow = 0;
    int previousColumn = -1;
    while (part.nextStartElementWithin(depth)) {
        if (part.name() == QLatin1String("row")) {
            const QString written = part.attribute(QLatin1String("r"));
            bool ok = true;
            rowNumber = written.isEmpty() ? previousRow + 1 : written.toInt(&ok);
            if (!ok || rowNumber < 1 || rowNumber > kMaxRows) {
                context.fail(QStringLiteral("row %1 is outside Excel's grid (rows 1 to %2)")
                                 .arg(written.isEmpty() ? QString::number(rowNumber) : written)
                                 .arg(kMaxRows));
            }
            previousRow = rowNumber;
            previousColumn = -1;
        } else if (part.name() == QLatin1String("c")) {
            SheetCell cell = readCell(part, context, rowNumber, previousColumn);
            previousColumn = cell.ref.column;
            if (cell.text.isEmpty())
                continue;
            used.include(cell.ref);
            if (cells.size() == XlsxReader::kMaxCells)
                context.fail(QStringLiteral("has more than %1 cells").arg(XlsxReader::kMaxCells));
            cells.append(std::move(cell));
        } else {
            part.skipElement();
        }
    }
}

// The cells holding a value, in document order, and the merged ranges. The part's bytes are
// released on return, before the grid is built.
std::pair<QList<SheetCell>, QList<CellRange>> readSheetContent(const Package& package,
                                                               const QString& partName,
                                                               const SheetContext& context,
                                                               UsedRange& used)
{
    XmlPart part(package, partName,
                 QStringLiteral("sheet '%1' (%2)").arg(context.sheetName, partName));
    QList<SheetCell> cells;
    QList<CellRange> merges;
    while (part.nextStartElementWithin(0)) {
        if (part.name() == QLatin1String("sheetData")) {
            readSheetData(part, context, used, cells);
        } else if (part.name() == QLatin1String("mergeCell")) {
            const QString written = part.attribute(QLatin1String("ref"));
            const auto range = parseRange(written);
            if (!range) {
                context.fail(QStringLiteral("merged range '%1' is not a range inside Excel's grid "
                                            "A1:XFD1048576")
                                 .arg(written));
            }
            merges.append(*range);
        } else if (part.name() != QLatin1String("worksheet")
                   && part.name() != QLatin1String("mergeCells")) {
            part.skipElement();
        }
    }
    return {std::move(cells), std::move(merges)};
}

SpreadsheetSheet readSheet(const Package& package, const QString& partName,
                           const SheetContext& context)
{
    UsedRange used(context);
    auto [cells, merges] = readSheetContent(package, partName, context, used);

    // Later duplicates of a cell win, as they would when the XML is applied in order.
    if (!std::is_sorted(cells.cbegin(), cells.cend(), cellBefore))
        std::stable_sort(cells.begin(), cells.end(), cellBefore);
    const auto textAt = [&cells](CellRef ref) -> QString {
        const SheetCell probe {ref, {}};
        auto after = std::upper_bound(cells.cbegin(), cells.cend(), probe, cellBefore);
        if (after == cells.cbegin())
            return {};
        --after;
        return after->ref.row == ref.row && after->ref.column == ref.column ? after->text
                                                                            : QString();
    };
    QList<std::pair<CellRange, QString>> filled;
    qint64 filledCells = 0;
    for (const CellRange& range : merges) {
        QString text = textAt(range.topLeft);
        if (text.isEmpty())
            continue;
        used.include(range.bottomRight);
        // Each range fits the used range now; overlapping ranges could still multiply the work.
        filledCells += qint64(range.bottomRight.row - range.topLeft.row + 1)
            * (range.bottomRight.column - range.topLeft.column + 1);
        if (filledCells > XlsxReader::kMaxCells) {
            context.fail(QStringLiteral("its merged ranges cover more than %1 cells")
                             .arg(XlsxReader::kMaxCells));
        }
        filled.append({range, std::move(text)});
    }

    const int width = used.width();
    QMap<int, QStringList> rows;
    // Cells come row by row, so the row last used is nearly always the one wanted.
    QMap<int, QStringList>::iterator lastRow = rows.end();
    const auto rowAt = [&rows, &lastRow, width](int row) -> QStringList& {
        if (lastRow == rows.end() || lastRow.key() != row) {
            lastRow = rows.find(row);
            if (lastRow == rows.end()) {
                lastRow = rows.insert(row, QStringList());
                lastRow->resize(width);
            }
        }
        return *lastRow;
    };
    for (const SheetCell& cell : cells)
        rowAt(cell.ref.row)[cell.ref.column] = cell.text;
    for (const auto& [range, text] : filled) {
        for (int row = range.topLeft.row; row <= range.bottomRight.row; ++row) {
            QStringList& fields = rowAt(row);
            for (int column = range.topLeft.column; column <= range.bottomRight.column; ++column)
                fields[column] = text;
        }
    }

    SpreadsheetSheet sheet;
    sheet.name = context.sheetName;
    sheet.records.reserve(rows.size());
    for (auto row = rows.begin(); row != rows.end(); ++row)
        sheet.records.append(CsvRecord {std::move(row.value()), row.key()});
    return sheet;
}

} // namespace

QList<SpreadsheetSheet> XlsxReader::read(const QByteArray& bytes, const QString& fileName)
{
    // Excel encrypts a password-protected workbook into an OLE compound file; old .xls files
    // are one too. Neither is a zip, and saying so would leave the researcher guessing.
    if (bytes.startsWith(kCompoundFileMagic)) {
        throw InputError(fileName,
                         QStringLiteral("is a password-protected workbook or an old .xls file: "
                                        "password-protected workbooks cannot be read, save it as "
                                        ".xlsx without a password"));
    }
    if (!SafeZip::looksLikeZip(bytes)) {
        throw InputError(fileName,
                         QStringLiteral("is not an XLSX workbook (it is not a zip archive)"));
    }
    const Package package(bytes, fileName);
    const QString workbookPart = findWorkbookPart(package);
    const Workbook workbook = readWorkbook(package, workbookPart);
    const QHash<QString, Relationship> relationships = readRelationships(package, workbookPart);

    const auto partOfType = [&](QLatin1String type, const QString& conventional) {
        const auto target = targetOfType(relationships, type);
        if (target && package.contains(*target))
            return *target;
        return package.contains(conventional) ? conventional : QString();
    };
    const QString sharedStringsPart
        = partOfType(QLatin1String("sharedStrings"), QStringLiteral("xl/sharedStrings.xml"));
    const QString stylesPart = partOfType(QLatin1String("styles"), QStringLiteral("xl/styles.xml"));
    const QStringList sharedStrings = sharedStringsPart.isEmpty()
        ? QStringList()
        : readSharedStrings(package, sharedStringsPart);
    const QList<bool> dateStyles
        = stylesPart.isEmpty() ? QList<bool>() : readDateStyles(package, stylesPart);

    QList<SpreadsheetSheet> sheets;
    for (const WorkbookSheet& entry : workbook.sheets) {
        const auto relationship = relationships.constFind(entry.relationshipId);
        if (relationship == relationships.constEnd()) {
            throw InputError(fileName,
                             QStringLiteral("sheet '%1' refers to relationship '%2', "
                                            "which the workbook does not have")
                                 .arg(entry.name, entry.relationshipId));
        }
        // Chart sheets and dialog sheets hold no cells.
        if (relationship->external || !relationship->type.endsWith(QLatin1String("/worksheet")))
            continue;
        if (!package.contains(relationship->target)) {
            throw InputError(fileName,
                             QStringLiteral("sheet '%1': its part '%2' is missing")
                                 .arg(entry.name, relationship->target));
        }
        const SheetContext context {fileName, entry.name, workbook.date1904, &sharedStrings,
                                    &dateStyles};
        sheets.append(readSheet(package, relationship->target, context));
    }
    if (sheets.isEmpty())
        throw InputError(fileName, QStringLiteral("has no worksheets"));
    return sheets;
}

} // namespace egress::io
