#include "resultjsonwriter.h"

#include "io/jsonarray.h"
#include "version.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace egress::report {
namespace {

QJsonValue numberValue(double value)
{
    // Whole numbers as integers ("3", not "3.0") for scripts that compare counts.
    if (value == std::trunc(value) && std::fabs(value) < 9.0e15)
        return QJsonValue(static_cast<qint64>(value));
    return QJsonValue(value);
}

QJsonObject findingToJson(const rules::Finding& finding)
{
    QJsonObject object;
    object.insert(QStringLiteral("rule"), finding.rule);
    object.insert(QStringLiteral("status"), rules::toString(finding.status));
    if (finding.cell) {
        object.insert(
            QStringLiteral("cell"),
            QJsonObject {{QStringLiteral("row"), io::jsonArrayOf(finding.cell->rowPath)},
                         {QStringLiteral("col"), io::jsonArrayOf(finding.cell->columnPath)}});
    }
    if (finding.value)
        object.insert(QStringLiteral("value"), numberValue(*finding.value));
    object.insert(QStringLiteral("message"), finding.message);
    return object;
}

QJsonObject outputToJson(const check::OutputResult& output)
{
    QJsonArray findings;
    for (const rules::Finding& finding : output.findings)
        findings.append(findingToJson(finding));
    QJsonObject object {
        {QStringLiteral("id"), output.id},
        {QStringLiteral("file"), output.file},
        {QStringLiteral("sha256"), output.sha256},
        {QStringLiteral("kind"), table::toString(output.kind)},
        {QStringLiteral("status"), rules::toString(output.status)},
        {QStringLiteral("summary"), output.summary},
        {QStringLiteral("findings"), findings},
    };
    if (!output.sheet.isEmpty())
        object.insert(QStringLiteral("sheet"), output.sheet);
    if (output.checkedWithEvidence)
        object.insert(QStringLiteral("evidence"), true);
    // What the researcher said, only where they said it, so that a result of loose files stays
    // as it was.
    const std::pair<const char*, const QString*> context[] = {
        {"description", &output.context.description},
        {"context", &output.context.context},
        {"controls", &output.context.controls},
        {"exception", &output.context.exception},
    };
    for (const auto& [key, text] : context) {
        if (!text->isEmpty())
            object.insert(QLatin1String(key), *text);
    }
    if (!output.context.comments.isEmpty())
        object.insert(QStringLiteral("comments"), io::jsonArrayOf(output.context.comments));
    return object;
}

QJsonObject requestToJson(const io::RequestInfo& request,
                          const QList<io::SupportingFile>& supporting)
{
    QJsonArray files;
    for (const io::SupportingFile& file : supporting)
        files.append(
            QJsonObject {{QStringLiteral("file"), file.file}, {QStringLiteral("role"), file.role}});
    return QJsonObject {
        {QStringLiteral("id"), request.id},
        {QStringLiteral("title"), request.title},
        {QStringLiteral("project"), request.project},
        {QStringLiteral("researcher"), request.researcher},
        {QStringLiteral("datasets"), io::jsonArrayOf(request.datasets)},
        {QStringLiteral("purpose"), request.purpose},
        {QStringLiteral("created"), request.created},
        {QStringLiteral("supporting"), files},
    };
}

} // namespace

QJsonObject ResultJsonWriter::toJson(const check::CheckResult& result)
{
    QJsonArray outputs;
    for (const check::OutputResult& output : result.outputs)
        outputs.append(outputToJson(output));
    QJsonObject object {
        {QStringLiteral("schema"), QLatin1String(kSchema)},
        {QStringLiteral("tool"),
         QJsonObject {{QStringLiteral("name"), QStringLiteral("egress-check")},
                      {QStringLiteral("version"), QLatin1String(kToolVersion)}}},
        {QStringLiteral("profile"),
         QJsonObject {{QStringLiteral("name"), result.profile.name},
                      {QStringLiteral("version"), result.profile.version},
                      {QStringLiteral("sha256"), result.profile.sha256}}},
        {QStringLiteral("status"), rules::toString(result.status)},
        {QStringLiteral("outputs"), outputs},
    };
    if (result.request)
        object.insert(QStringLiteral("request"), requestToJson(*result.request, result.supporting));
    return object;
}

QByteArray ResultJsonWriter::toBytes(const check::CheckResult& result)
{
    return QJsonDocument(toJson(result)).toJson(QJsonDocument::Indented);
}

} // namespace egress::report
