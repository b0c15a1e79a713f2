#include "demorequestwriter.h"

#include "io/atomicfile.h"
#include "io/evidencejson.h"
#include "io/inputerror.h"
#include "io/jsonarray.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace egress::demo {
namespace {

const QString kManifestName = QStringLiteral("egress-request.json");
const QString kReadmeName = QStringLiteral("README.md");

QString evidencePath(const DemoOutput& output)
{
    return QStringLiteral("evidence/%1.json").arg(output.id);
}

QJsonObject outputObject(const DemoOutput& output)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), output.id);
    object.insert(QStringLiteral("file"), output.file);
    object.insert(QStringLiteral("sha256"),
                  QString::fromLatin1(
                      QCryptographicHash::hash(output.bytes, QCryptographicHash::Sha256).toHex()));
    object.insert(QStringLiteral("kind"), output.kind);
    const auto insertText = [&object](const char* key, const QString& value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    };
    insertText("unit", output.unit);
    insertText("statistic", output.statistic);
    if (!output.rows.isEmpty())
        object.insert(QStringLiteral("rows"), io::jsonArrayOf(output.rows));
    if (!output.cols.isEmpty())
        object.insert(QStringLiteral("cols"), io::jsonArrayOf(output.cols));
    if (output.margins)
        object.insert(QStringLiteral("margins"), true);
    if (output.evidence)
        object.insert(QStringLiteral("evidence"), evidencePath(output));
    insertText("description", output.description);
    insertText("context", output.context);
    insertText("controls", output.controls);
    object.insert(QStringLiteral("exception"), QJsonValue::Null);
    return object;
}

QByteArray readme(const QList<DemoOutput>& outputs)
{
    QByteArray text = "# Demo request " + DemoRequestWriter::requestId().toUtf8()
        + "\n\nMade by `egress-check sample` from the synthetic North West London Adult Social "
          "Care Client Level Data beside this folder. Each analysis comes as the researcher "
          "would submit it after disclosure control, and as an unsafe twin that fails for one "
          "intended reason.\n\n| output | built to |\n|---|---|\n";
    for (const DemoOutput& output : outputs) {
        text += "| `" + output.file.toUtf8() + "` | ";
        text += output.expectedRule.isEmpty() ? QByteArray("pass")
            : output.expectedRule == QLatin1String("unchecked")
            ? QByteArray("go to a person's review")
            : "fail `" + output.expectedRule.toUtf8() + '`';
        text += " |\n";
    }
    text += "\nThe evidence files hold individual contributions: they never leave the SDE.\n";
    return text;
}

void writeInto(const QDir& dir, const QString& relative, const QByteArray& bytes)
{
    const QString path = dir.filePath(relative);
    if (!QDir().mkpath(QFileInfo(path).path()))
        throw io::InputError(path, QStringLiteral("the folder cannot be made"));
    io::writeFileAtomically(path, bytes);
}

} // namespace

const QString& DemoRequestWriter::requestId()
{
    static const QString id = QStringLiteral("DEMO-2024-LTS");
    return id;
}

QByteArray DemoRequestWriter::manifest(const QList<DemoOutput>& outputs)
{
    QJsonObject request;
    request.insert(QStringLiteral("id"), requestId());
    request.insert(QStringLiteral("title"),
                   QStringLiteral("Long-term support in North West London, 2024"));
    request.insert(QStringLiteral("project"), QStringLiteral("LSDE-DEMO"));
    request.insert(QStringLiteral("researcher"), QStringLiteral("a.researcher"));
    request.insert(QStringLiteral("datasets"),
                   QJsonArray {QStringLiteral("NWL Social Care CLD (synthetic)")});
    request.insert(QStringLiteral("purpose"),
                   QStringLiteral("Demonstration: who receives long-term support, what it costs, "
                                  "and how soon older people move into care homes."));
    QJsonArray outputArray;
    for (const DemoOutput& output : outputs)
        outputArray.append(outputObject(output));
    QJsonObject root;
    root.insert(QStringLiteral("schema"), QStringLiteral("egress-review/request/1"));
    root.insert(QStringLiteral("request"), request);
    root.insert(QStringLiteral("outputs"), outputArray);
    root.insert(QStringLiteral("supporting"),
                QJsonArray {QJsonObject {{QStringLiteral("file"), kReadmeName},
                                         {QStringLiteral("role"), QStringLiteral("notes")}}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void DemoRequestWriter::write(const QString& folder, const QList<DemoOutput>& outputs)
{
    const QFileInfo target(folder);
    if (target.exists() && !QFileInfo::exists(QDir(folder).filePath(kManifestName)))
        throw io::InputError(folder,
                             QStringLiteral("exists and is not a demo request: it is "
                                            "left alone"));
    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent))
        throw io::InputError(parent, QStringLiteral("the folder cannot be made"));
    QTemporaryDir staging(QDir(parent).filePath(QStringLiteral(".demo-request-XXXXXX")));
    if (!staging.isValid())
        throw io::InputError(parent,
                             QStringLiteral("cannot be written: %1").arg(staging.errorString()));
    const QDir dir(staging.path());
    for (const DemoOutput& output : outputs) {
        writeInto(dir, output.file, output.bytes);
        if (output.evidence)
            writeInto(dir, evidencePath(output), io::EvidenceJson::write(*output.evidence));
    }
    writeInto(dir, kReadmeName, readme(outputs));
    writeInto(dir, kManifestName, manifest(outputs));

    if (target.exists() && !QDir(folder).removeRecursively())
        throw io::InputError(folder, QStringLiteral("the earlier demo request cannot be removed"));
    if (!QDir().rename(staging.path(), target.absoluteFilePath()))
        throw io::InputError(folder, QStringLiteral("cannot be written"));
    staging.setAutoRemove(false);
}

} // namespace egress::demo
