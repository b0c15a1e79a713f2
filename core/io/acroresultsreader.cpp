#include "acroresultsreader.h"

#include "inputerror.h"
#include "relativepath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>

namespace egress::io {
namespace {

QByteArray withoutBom(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return bytes.mid(3);
    return bytes;
}

// QJsonDocument keeps only one of two equal keys, silently. In results.json that would hide an
// output (and its files, verdict and exception request) from the review, so the document is
// scanned once more for repeated keys. The scan also yields the outputs in the order ACRO wrote
// them, which QJsonObject does not keep.
class DuplicateKeyScanner
{
public:
    DuplicateKeyScanner(const QByteArray& json, const QString& fileName)
        : m_json(json)
        , m_fileName(fileName)
    { }

    // The keys of the top-level "results" object in document order. The document must already
    // be known to be valid JSON.
    QStringList scan()
    {
        QStringList resultsKeys;
        QList<Frame> stack;
        for (qsizetype i = 0; i < m_json.size(); ++i) {
            const char c = m_json.at(i);
            if (c == '"') {
                const qsizetype end = endOfString(i);
                if (!stack.isEmpty() && stack.last().object && stack.last().expectKey) {
                    Frame& frame = stack.last();
                    const QString key = decodedString(m_json.mid(i, end - i + 1));
                    frame.expectKey = false;
                    if (frame.keys.contains(key))
                        refuseDuplicate(stack, key);
                    frame.keys.insert(key);
                    frame.lastKey = key;
                    if (frame.results)
                        resultsKeys.append(key);
                }
                i = end;
            } else if (c == '{' || c == '[') {
                Frame frame;
                frame.object = c == '{';
                frame.expectKey = frame.object;
                frame.results = frame.object && stack.size() == 1 && stack.first().object
                    && stack.first().lastKey == QLatin1String("results");
                stack.append(frame);
            } else if (c == '}' || c == ']') {
                if (!stack.isEmpty())
                    stack.removeLast();
            } else if (c == ',') {
                if (!stack.isEmpty() && stack.last().object)
                    stack.last().expectKey = true;
            }
        }
        return resultsKeys;
    }

private:
    struct Frame
    {
        bool object = false;
        bool expectKey = false;
        bool results = false;
        QString lastKey;
        QSet<QString> keys;
    };

    qsizetype endOfString(qsizetype start) const
    {
        for (qsizetype i = start + 1; i < m_json.size(); ++i) {
            if (m_json.at(i) == '\\')
                ++i;
            else if (m_json.at(i) == '"')
                return i;
        }
        return m_json.size() - 1;
    }

    static QString decodedString(const QByteArray& quoted)
    {
        if (!quoted.contains('\\'))
            return QString::fromUtf8(quoted.mid(1, quoted.size() - 2));
        const QJsonDocument document = QJsonDocument::fromJson("[" + quoted + "]");
        return document.array().at(0).toString();
    }

    [[noreturn]] void refuseDuplicate(const QList<Frame>& stack, const QString& key) const
    {
        if (stack.last().results)
            throw InputError(m_fileName, QStringLiteral("output '%1' is listed twice").arg(key));
        if (stack.size() >= 3 && stack.at(1).results) {
            throw InputError(m_fileName,
                             QStringLiteral("key '%1' appears twice in output '%2'")
                                 .arg(key, stack.at(1).lastKey));
        }
        throw InputError(m_fileName, QStringLiteral("key '%1' appears twice").arg(key));
    }

    const QByteArray& m_json;
    QString m_fileName;
};

// Reads one entry of "results"; every complaint names the file and the output.
class OutputParser
{
public:
    OutputParser(const QString& fileName, const QString& uid)
        : m_fileName(fileName)
        , m_uid(uid)
    { }

    [[noreturn]] void refuse(const QString& problem) const
    {
        throw InputError(m_fileName, QStringLiteral("output '%1': %2").arg(m_uid, problem));
    }

    AcroOutput parse(const QJsonValue& value) const
    {
        if (!value.isObject())
            refuse(QStringLiteral("it is not an object"));
        const QJsonObject object = value.toObject();
        AcroOutput output;
        output.raw = object;
        output.uid = requiredString(object, QStringLiteral("uid"));
        if (output.uid != m_uid)
            refuse(QStringLiteral("its 'uid' is '%1': the two must be the same").arg(output.uid));
        output.status = requiredString(object, QStringLiteral("status"));
        if (output.status != QLatin1String("pass") && output.status != QLatin1String("fail")
            && output.status != QLatin1String("review")) {
            refuse(QStringLiteral("'status' must be pass, fail or review, not '%1'")
                       .arg(output.status));
        }
        output.type = requiredString(object, QStringLiteral("type"));
        if (output.type.isEmpty())
            refuse(QStringLiteral("'type' is empty"));
        output.command = optionalString(object, QStringLiteral("command"));
        output.summary = optionalString(object, QStringLiteral("summary"));
        output.timestamp = optionalString(object, QStringLiteral("timestamp"));
        output.exception = optionalString(object, QStringLiteral("exception"));
        output.comments = comments(object);
        readProperties(object, output);
        readFiles(object, output);
        readOutcome(object, output);
        output.checkerOnly = isCheckerOnly(output);
        return output;
    }

private:
    QString requiredString(const QJsonObject& object, const QString& key) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            refuse(QStringLiteral("'%1' is missing").arg(key));
        if (!value.isString())
            refuse(QStringLiteral("'%1' must be a string").arg(key));
        return value.toString();
    }

    QString optionalString(const QJsonObject& object, const QString& key) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString())
            refuse(QStringLiteral("'%1' must be a string").arg(key));
        return value.toString();
    }

    QStringList comments(const QJsonObject& object) const
    {
        const QJsonValue value = object.value(QLatin1String("comments"));
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray())
            refuse(QStringLiteral("'comments' must be a list of strings"));
        QStringList result;
        for (const QJsonValue& comment : value.toArray()) {
            if (!comment.isString())
                refuse(QStringLiteral("'comments' must be a list of strings"));
            result.append(comment.toString());
        }
        return result;
    }

    void readProperties(const QJsonObject& object, AcroOutput& output) const
    {
        const QJsonValue value = object.value(QLatin1String("properties"));
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isObject())
            refuse(QStringLiteral("'properties' must be an object"));
        const QJsonObject properties = value.toObject();
        const QJsonValue method = properties.value(QLatin1String("method"));
        if (!method.isUndefined() && !method.isNull()) {
            if (!method.isString())
                refuse(QStringLiteral("properties 'method' must be a string"));
            output.method = method.toString();
        }
        const QJsonValue dof = properties.value(QLatin1String("dof"));
        if (dof.isUndefined() || dof.isNull())
            return;
        // ACRO writes the residual degrees of freedom as a float (806.0); accept its text too.
        bool ok = dof.isDouble();
        double number = dof.toDouble();
        if (dof.isString())
            number = dof.toString().toDouble(&ok);
        if (!ok || !std::isfinite(number))
            refuse(QStringLiteral("properties 'dof' must be a number"));
        output.residualDegreesOfFreedom = number;
    }

    void readFiles(const QJsonObject& object, AcroOutput& output) const
    {
        const QJsonValue value = object.value(QLatin1String("files"));
        if (value.isUndefined())
            refuse(QStringLiteral("'files' is missing"));
        if (!value.isArray())
            refuse(QStringLiteral("'files' must be a list"));
        const QJsonArray files = value.toArray();
        if (files.isEmpty())
            refuse(QStringLiteral("it names no files"));
        for (qsizetype index = 0; index < files.size(); ++index) {
            const QString where = QStringLiteral("file %1").arg(index + 1);
            if (!files.at(index).isObject())
                refuse(QStringLiteral("%1 is not an object").arg(where));
            const QJsonObject file = files.at(index).toObject();
            const QJsonValue name = file.value(QLatin1String("name"));
            if (name.isUndefined())
                refuse(QStringLiteral("%1 has no 'name'").arg(where));
            if (!name.isString())
                refuse(QStringLiteral("%1: 'name' must be a string").arg(where));
            const QString problem = relativePathProblem(name.toString());
            if (!problem.isEmpty()) {
                refuse(QStringLiteral("file name '%1' is not a plain path inside the folder: %2")
                           .arg(name.toString(), problem));
            }
            if (output.files.contains(name.toString()))
                refuse(QStringLiteral("it lists file '%1' twice").arg(name.toString()));
            output.files.append(name.toString());
            const QList<AcroCellPosition> positions = cellPositions(file, where);
            if (index == 0) {
                output.cellPositions = positions;
                output.suppressionApplied = suppressed(file, where);
            } else {
                suppressed(file, where);
            }
        }
    }

    QJsonObject sdcOf(const QJsonObject& file, const QString& where) const
    {
        const QJsonValue sdc = file.value(QLatin1String("sdc"));
        if (sdc.isUndefined() || sdc.isNull())
            return {};
        if (!sdc.isObject())
            refuse(QStringLiteral("%1: 'sdc' must be an object").arg(where));
        return sdc.toObject();
    }

    bool suppressed(const QJsonObject& file, const QString& where) const
    {
        const QJsonValue summary = sdcOf(file, where).value(QLatin1String("summary"));
        if (summary.isUndefined() || summary.isNull())
            return false;
        if (!summary.isObject())
            refuse(QStringLiteral("%1: sdc 'summary' must be an object").arg(where));
        const QJsonValue flag = summary.toObject().value(QLatin1String("suppressed"));
        if (flag.isUndefined() || flag.isNull())
            return false;
        if (!flag.isBool())
            refuse(QStringLiteral("%1: sdc summary 'suppressed' must be true or false").arg(where));
        return flag.toBool();
    }

    QList<AcroCellPosition> cellPositions(const QJsonObject& file, const QString& where) const
    {
        const QJsonValue cells = sdcOf(file, where).value(QLatin1String("cells"));
        if (cells.isUndefined() || cells.isNull())
            return {};
        const QString malformed
            = QStringLiteral("%1: sdc 'cells' must map each check to a list of [row, column] pairs")
                  .arg(where);
        if (!cells.isObject())
            refuse(malformed);
        QList<AcroCellPosition> positions;
        const QJsonObject byCheck = cells.toObject();
        for (auto check = byCheck.begin(); check != byCheck.end(); ++check) {
            if (!check.value().isArray())
                refuse(malformed);
            for (const QJsonValue& pair : check.value().toArray()) {
                const QJsonArray coordinates = pair.toArray();
                if (!pair.isArray() || coordinates.size() != 2 || !isIndex(coordinates.at(0))
                    || !isIndex(coordinates.at(1))) {
                    refuse(malformed);
                }
                positions.append(
                    {check.key(), coordinates.at(0).toInt(), coordinates.at(1).toInt()});
            }
        }
        return positions;
    }

    static bool isIndex(const QJsonValue& value)
    {
        const double number = value.toDouble(-1);
        return value.isDouble() && number >= 0 && number == std::floor(number)
            && number <= std::numeric_limits<int>::max();
    }

    void readOutcome(const QJsonObject& object, AcroOutput& output) const
    {
        const QJsonValue value = object.value(QLatin1String("outcome"));
        if (value.isUndefined() || value.isNull())
            return;
        const QString malformed
            = QStringLiteral("'outcome' must map each column to an object of rows");
        if (!value.isObject())
            refuse(malformed);
        const QJsonObject columns = value.toObject();
        for (auto column = columns.begin(); column != columns.end(); ++column) {
            if (!column.value().isObject())
                refuse(malformed);
            const QJsonObject rows = column.value().toObject();
            for (auto row = rows.begin(); row != rows.end(); ++row) {
                if (row.value().isNull())
                    continue; // pandas writes NaN, a cell no check judged, as null
                if (!row.value().isString()) {
                    refuse(QStringLiteral("the outcome of column '%1', row '%2' is not text")
                               .arg(column.key(), row.key()));
                }
                const QString text = row.value().toString();
                if (text.isEmpty() || text == QLatin1String("ok"))
                    continue;
                AcroCellOutcome cell;
                cell.row = AcroResultsReader::labelsOfPandasKey(row.key());
                cell.column = AcroResultsReader::labelsOfPandasKey(column.key());
                cell.outcome = text;
                for (const QString& check : text.split(QLatin1Char(';'))) {
                    if (!check.trimmed().isEmpty())
                        cell.checks.append(check.trimmed());
                }
                output.cellOutcomes.append(cell);
            }
        }
    }

    // ACRO 1.x adds its session summary as a custom output, for the output checker only.
    static bool isCheckerOnly(const AcroOutput& output)
    {
        if (output.type != QLatin1String("custom"))
            return false;
        for (const QString& comment : output.comments) {
            if (comment.contains(QLatin1String("DO NOT RELEASE"), Qt::CaseInsensitive))
                return true;
        }
        for (const QString& file : output.files) {
            if (file.section(QLatin1Char('/'), -1).startsWith(QLatin1String("DO_NOT_RELEASE")))
                return true;
        }
        return false;
    }

    QString m_fileName;
    QString m_uid;
};

struct ParsedVersion
{
    int major = -1;
    int minor = -1;
};

ParsedVersion parseVersion(const QString& version)
{
    // "0.4.12", "1.0.1", and pre-releases such as "1.0rc1" or "1.1.0.dev2".
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,4})\\.(\\d{1,4})"));
    const QRegularExpressionMatch match = pattern.match(version);
    if (!match.hasMatch())
        return {};
    return {match.captured(1).toInt(), match.captured(2).toInt()};
}

// Python's repr of one tuple element, from position pos; false when it is not one.
bool readTupleElement(const QString& text, qsizetype& pos, QString& element)
{
    const QChar quote = text.at(pos);
    if (quote == QLatin1Char('\'') || quote == QLatin1Char('"')) {
        element.clear();
        for (++pos; pos < text.size(); ++pos) {
            const QChar c = text.at(pos);
            if (c == quote) {
                ++pos;
                return true;
            }
            if (c == QLatin1Char('\\')) {
                if (++pos >= text.size())
                    return false;
                const QChar escaped = text.at(pos);
                if (escaped == QLatin1Char('n'))
                    element.append(QLatin1Char('\n'));
                else if (escaped == QLatin1Char('t'))
                    element.append(QLatin1Char('\t'));
                else if (escaped == QLatin1Char('\\') || escaped == QLatin1Char('\'')
                         || escaped == QLatin1Char('"'))
                    element.append(escaped);
                else
                    return false;
            } else {
                element.append(c);
            }
        }
        return false;
    }
    // Unquoted: numbers, and the few constants pandas labels can be.
    const qsizetype start = pos;
    while (pos < text.size() && text.at(pos) != QLatin1Char(','))
        ++pos;
    element = text.mid(start, pos - start).trimmed();
    static const QStringList constants {QStringLiteral("True"), QStringLiteral("False"),
                                        QStringLiteral("None"), QStringLiteral("nan"),
                                        QStringLiteral("NaN"),  QStringLiteral("inf"),
                                        QStringLiteral("-inf"), QStringLiteral("NaT")};
    bool number = false;
    element.toDouble(&number);
    return number || constants.contains(element);
}

} // namespace

table::LabelPath AcroResultsReader::labelsOfPandasKey(const QString& key)
{
    if (key.size() < 3 || !key.startsWith(QLatin1Char('(')) || !key.endsWith(QLatin1Char(')')))
        return {key};
    const QString inner = key.mid(1, key.size() - 2);
    table::LabelPath labels;
    bool trailingComma = false;
    qsizetype pos = 0;
    while (true) {
        while (pos < inner.size() && inner.at(pos) == QLatin1Char(' '))
            ++pos;
        if (pos >= inner.size())
            break;
        QString element;
        if (!readTupleElement(inner, pos, element))
            return {key};
        labels.append(element);
        while (pos < inner.size() && inner.at(pos) == QLatin1Char(' '))
            ++pos;
        trailingComma = false;
        if (pos >= inner.size())
            break;
        if (inner.at(pos) != QLatin1Char(','))
            return {key};
        ++pos;
        trailingComma = true;
    }
    // "(2010)" is not a tuple; Python writes a tuple of one as "('a',)".
    if (labels.size() >= 2 || (labels.size() == 1 && trailingComma))
        return labels;
    return {key};
}

AcroResults AcroResultsReader::read(const QByteArray& bytes, const QString& fileName)
{
    const QByteArray json = withoutBom(bytes);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        throw InputError(fileName,
                         QStringLiteral("not JSON (%1 at byte %2)")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    }
    if (!document.isObject())
        throw InputError(fileName,
                         QStringLiteral("not ACRO results: the top level is not an object"));
    const QStringList uids = DuplicateKeyScanner(json, fileName).scan();
    const QJsonObject root = document.object();

    const QJsonValue version = root.value(QLatin1String("version"));
    const QJsonValue results = root.value(QLatin1String("results"));
    if (version.isUndefined() && results.isUndefined()) {
        throw InputError(fileName,
                         QStringLiteral("not ACRO results of version 0.4 or later: it has neither "
                                        "'version' nor 'results'"));
    }
    if (version.isUndefined())
        throw InputError(fileName, QStringLiteral("'version' is missing"));
    if (!version.isString())
        throw InputError(fileName, QStringLiteral("'version' must be a string such as \"0.4.12\""));
    const ParsedVersion parsed = parseVersion(version.toString());
    if (parsed.major < 0) {
        throw InputError(fileName,
                         QStringLiteral("'version' '%1' is not a version number such as "
                                        "\"0.4.12\"")
                             .arg(version.toString()));
    }
    if ((parsed.major == 0 && parsed.minor < 4) || parsed.major > 1) {
        throw InputError(fileName,
                         QStringLiteral("ACRO version %1 is not supported: this reader "
                                        "knows 0.4.x and 1.x")
                             .arg(version.toString()));
    }
    if (results.isUndefined())
        throw InputError(fileName, QStringLiteral("'results' is missing"));
    if (!results.isObject())
        throw InputError(fileName, QStringLiteral("'results' must be an object of outputs"));

    AcroResults acro;
    acro.acroVersion = version.toString();
    acro.formatMajor = parsed.major;
    const QJsonValue sessionSummary = root.value(QLatin1String("session_summary"));
    if (!sessionSummary.isUndefined() && !sessionSummary.isNull()) {
        if (!sessionSummary.isObject())
            throw InputError(fileName, QStringLiteral("'session_summary' must be an object"));
        acro.sessionSummary = sessionSummary.toObject();
    }

    const QJsonObject outputs = results.toObject();
    QHash<QString, QString> ownerOfFile;
    for (const QString& uid : uids) {
        AcroOutput output = OutputParser(fileName, uid).parse(outputs.value(uid));
        for (const QString& file : output.files) {
            const auto owner = ownerOfFile.constFind(file);
            if (owner != ownerOfFile.constEnd()) {
                throw InputError(fileName,
                                 QStringLiteral("output '%1': file '%2' is already listed by "
                                                "output '%3'")
                                     .arg(uid, file, owner.value()));
            }
            ownerOfFile.insert(file, uid);
        }
        acro.outputs.append(std::move(output));
    }
    return acro;
}

AcroResults AcroResultsReader::readFolder(const QString& folder)
{
    const QString path = QDir(folder).filePath(QLatin1String(kFileName));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, QStringLiteral("cannot be read: %1").arg(file.errorString()));
    if (file.size() > kMaxFileBytes)
        throw InputError(path, QStringLiteral("is larger than %1 MiB").arg(kMaxFileBytes >> 20));
    return read(file.readAll(), path);
}

bool AcroResultsReader::looksLikeAcroFolder(const QString& folder)
{
    const QFileInfo info(QDir(folder).filePath(QLatin1String(kFileName)));
    if (!info.isFile() || info.size() > kMaxFileBytes)
        return false;
    QFile file(info.filePath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonDocument document = QJsonDocument::fromJson(withoutBom(file.readAll()));
    const QJsonObject root = document.object();
    return document.isObject() && root.value(QLatin1String("version")).isString()
        && root.value(QLatin1String("results")).isObject();
}

} // namespace egress::io
