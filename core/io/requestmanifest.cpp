#include "requestmanifest.h"

#include "inputerror.h"
#include "jsonreader.h"
#include "relativepath.h"
#include "table/columnrole.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace egress::io {
namespace {

class ManifestParser : public JsonReader
{
public:
    explicit ManifestParser(const QString& fileName)
        : JsonReader(fileName, QStringLiteral("invalid request manifest"))
    { }

    QString text(const QJsonObject& object, const QString& key, const QString& where,
                 bool required = false) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                refuse(QStringLiteral("%1 needs '%2'").arg(where, key));
            return {};
        }
        if (!value.isString() || (required && value.toString().trimmed().isEmpty()))
            refuse(QStringLiteral("%1: '%2' must be %3text")
                       .arg(where, key, required ? QStringLiteral("non-empty ") : QString()));
        return value.toString();
    }

    QStringList texts(const QJsonObject& object, const QString& key, const QString& where) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return {};
        QStringList result;
        bool valid = value.isArray();
        for (const QJsonValue& item : value.toArray()) {
            valid = valid && item.isString() && !item.toString().isEmpty();
            result.append(item.toString());
        }
        if (!valid)
            refuse(QStringLiteral("%1: '%2' must be a list of names").arg(where, key));
        return result;
    }

    QString path(const QJsonObject& object, const QString& key, const QString& where,
                 bool required) const
    {
        const QString value = text(object, key, where, required);
        if (!value.isEmpty() && !isSafeRelativePath(value))
            refuse(QStringLiteral("%1: '%2' is not a path inside the package").arg(where, value));
        return value;
    }

    QJsonArray array(const QJsonObject& object, const QString& key, const QString& where) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isArray())
            refuse(QStringLiteral("%1: '%2' must be a list").arg(where, key));
        return value.toArray();
    }

    QJsonObject objectAt(const QJsonValue& value, const QString& where) const
    {
        if (!value.isObject())
            refuse(QStringLiteral("%1 must be an object").arg(where));
        return value.toObject();
    }
};

RequestInfo readRequest(const ManifestParser& parser, const QJsonObject& root)
{
    const QString where = QStringLiteral("'request'");
    if (!root.value(QStringLiteral("request")).isObject())
        parser.refuse(QStringLiteral("it needs an object 'request'"));
    const QJsonObject object = root.value(QStringLiteral("request")).toObject();
    parser.refuseUnknownKeys(object,
                             {QStringLiteral("id"), QStringLiteral("title"),
                              QStringLiteral("project"), QStringLiteral("researcher"),
                              QStringLiteral("datasets"), QStringLiteral("purpose"),
                              QStringLiteral("created")},
                             where);
    RequestInfo info;
    info.id = parser.text(object, QStringLiteral("id"), where, true);
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"));
    if (!idPattern.match(info.id).hasMatch())
        parser.refuse(QStringLiteral("the request id '%1' may hold only letters, digits, '.', "
                                     "'_' and '-' (it names the release file)")
                          .arg(info.id));
    info.title = parser.text(object, QStringLiteral("title"), where);
    info.project = parser.text(object, QStringLiteral("project"), where);
    info.researcher = parser.text(object, QStringLiteral("researcher"), where);
    info.datasets = parser.texts(object, QStringLiteral("datasets"), where);
    info.purpose = parser.text(object, QStringLiteral("purpose"), where);
    info.created = parser.text(object, QStringLiteral("created"), where);
    return info;
}

QList<std::pair<table::LabelPath, table::LabelPath>>
readStructuralZeros(const ManifestParser& parser, const QJsonObject& object, const QString& where)
{
    QList<std::pair<table::LabelPath, table::LabelPath>> cells;
    for (const QJsonValue& value :
         parser.array(object, QStringLiteral("structural_zeros"), where)) {
        const QString cellWhere = where + QStringLiteral(", a structural zero");
        const QJsonObject cell = parser.objectAt(value, cellWhere);
        parser.refuseUnknownKeys(cell, {QStringLiteral("row"), QStringLiteral("col")}, cellWhere);
        cells.append({parser.texts(cell, QStringLiteral("row"), cellWhere),
                      parser.texts(cell, QStringLiteral("col"), cellWhere)});
    }
    return cells;
}

RequestedOutput readOutput(const ManifestParser& parser, const QJsonObject& object,
                           const QString& where)
{
    parser.refuseUnknownKeys(
        object,
        {QStringLiteral("id"), QStringLiteral("file"), QStringLiteral("sha256"),
         QStringLiteral("kind"), QStringLiteral("unit"), QStringLiteral("statistic"),
         QStringLiteral("rows"), QStringLiteral("cols"), QStringLiteral("margins"),
         QStringLiteral("structural_zeros"), QStringLiteral("evidence"),
         QStringLiteral("description"), QStringLiteral("context"), QStringLiteral("controls"),
         QStringLiteral("exception"), QStringLiteral("header_rows"), QStringLiteral("sheet")},
        where);
    RequestedOutput output;
    output.file = parser.path(object, QStringLiteral("file"), where, true);
    output.sha256 = parser.text(object, QStringLiteral("sha256"), where).toLower();
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    if (!output.sha256.isEmpty() && !hex64.match(output.sha256).hasMatch())
        parser.refuse(QStringLiteral("%1: 'sha256' must be 64 hexadecimal digits").arg(where));

    const QString kind = parser.text(object, QStringLiteral("kind"), where);
    if (!kind.isEmpty()) {
        output.layout.kind = table::outputKindFromString(kind);
        if (!output.layout.kind)
            parser.refuse(QStringLiteral("%1: unknown kind '%2'").arg(where, kind));
    }
    output.layout.statistic = parser.text(object, QStringLiteral("statistic"), where);
    if (!output.layout.statistic.isEmpty()
        && !table::columnRoleFromHeading(output.layout.statistic))
        parser.refuse(
            QStringLiteral("%1: unknown statistic '%2'").arg(where, output.layout.statistic));
    output.rowDimensions = parser.texts(object, QStringLiteral("rows"), where);
    output.layout.columnDimensions = parser.texts(object, QStringLiteral("cols"), where);
    output.layout.structuralZeros = readStructuralZeros(parser, object, where);
    output.layout.sheet = parser.text(object, QStringLiteral("sheet"), where);
    const QJsonValue headerRows = object.value(QStringLiteral("header_rows"));
    if (!headerRows.isUndefined()) {
        const double rows = headerRows.toDouble(-1);
        if (!headerRows.isDouble() || rows < 1 || rows > 100 || rows != double(int(rows)))
            parser.refuse(QStringLiteral("%1: 'header_rows' must be a whole number from 1 to 100")
                              .arg(where));
        output.layout.headerRows = int(rows);
    }
    const QJsonValue margins = object.value(QStringLiteral("margins"));
    if (!margins.isUndefined() && !margins.isBool())
        parser.refuse(QStringLiteral("%1: 'margins' must be true or false").arg(where));
    output.margins = margins.toBool(false);
    output.unit = parser.text(object, QStringLiteral("unit"), where);
    output.evidence = parser.path(object, QStringLiteral("evidence"), where, false);
    output.description = parser.text(object, QStringLiteral("description"), where);
    output.context = parser.text(object, QStringLiteral("context"), where);
    output.controls = parser.text(object, QStringLiteral("controls"), where);
    output.exception = parser.text(object, QStringLiteral("exception"), where);
    return output;
}

} // namespace

RequestManifest RequestManifest::read(const QByteArray& json, const QString& fileName)
{
    const ManifestParser parser(fileName);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        parser.refuse(
            QStringLiteral("not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        parser.refuse(QStringLiteral("it must be a JSON object"));
    const QJsonObject root = document.object();
    parser.refuseUnknownKeys(root,
                             {QStringLiteral("schema"), QStringLiteral("request"),
                              QStringLiteral("outputs"), QStringLiteral("supporting")},
                             QStringLiteral("the manifest"));
    if (root.value(QStringLiteral("schema")).toString() != QLatin1String(kSchema))
        parser.refuse(QStringLiteral("'schema' must be \"%1\"").arg(QLatin1String(kSchema)));

    RequestManifest manifest;
    manifest.request = readRequest(parser, root);
    QSet<QString> ids;
    const QJsonArray outputs
        = parser.array(root, QStringLiteral("outputs"), QStringLiteral("the manifest"));
    if (outputs.isEmpty())
        parser.refuse(QStringLiteral("it lists no outputs"));
    for (qsizetype index = 0; index < outputs.size(); ++index) {
        const QString position = QStringLiteral("output %1").arg(index + 1);
        const QJsonObject object = parser.objectAt(outputs.at(index), position);
        const QString id = parser.text(object, QStringLiteral("id"), position, true);
        RequestedOutput output = readOutput(parser, object, QStringLiteral("output '%1'").arg(id));
        output.id = id;
        if (ids.contains(id))
            parser.refuse(QStringLiteral("two outputs have the id '%1'").arg(id));
        ids.insert(id);
        manifest.outputs.append(std::move(output));
    }
    const QJsonArray supporting
        = parser.array(root, QStringLiteral("supporting"), QStringLiteral("the manifest"));
    for (qsizetype index = 0; index < supporting.size(); ++index) {
        const QString where = QStringLiteral("supporting file %1").arg(index + 1);
        const QJsonObject object = parser.objectAt(supporting.at(index), where);
        parser.refuseUnknownKeys(object, {QStringLiteral("file"), QStringLiteral("role")}, where);
        manifest.supporting.append({parser.path(object, QStringLiteral("file"), where, true),
                                    parser.text(object, QStringLiteral("role"), where)});
    }

    QSet<QString> named;
    for (const QString& file : manifest.namedFiles()) {
        if (named.contains(file))
            parser.refuse(QStringLiteral("'%1' is named twice: an output, its evidence and the "
                                         "supporting files are each a file of their own")
                              .arg(file));
        named.insert(file);
    }
    if (named.contains(QLatin1String(kFileName)))
        parser.refuse(QStringLiteral("the manifest cannot name itself"));
    return manifest;
}

QStringList RequestManifest::namedFiles() const
{
    QStringList files;
    for (const RequestedOutput& output : outputs) {
        files.append(output.file);
        if (!output.evidence.isEmpty())
            files.append(output.evidence);
    }
    for (const SupportingFile& file : supporting)
        files.append(file.file);
    return files;
}

} // namespace egress::io
