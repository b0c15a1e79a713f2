#include "profilecatalog.h"

#include "io/inputerror.h"
#include "io/sourcefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace egress::profiles {
namespace {

const QString kResourceFolder = QStringLiteral(":/egress/profiles");

} // namespace

QStringList ProfileCatalog::builtInNames()
{
    QStringList names;
    const QStringList files
        = QDir(kResourceFolder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        names.append(QFileInfo(file).completeBaseName());
    return names;
}

Profile ProfileCatalog::builtIn(const QString& name)
{
    QFile file(kResourceFolder + u'/' + name + QStringLiteral(".json"));
    if (!builtInNames().contains(name) || !file.open(QIODevice::ReadOnly)) {
        throw io::InputError(name,
                             QStringLiteral("no built-in profile of that name (built-in: %1)")
                                 .arg(builtInNames().join(QStringLiteral(", "))));
    }
    return Profile::fromJson(file.readAll(), QStringLiteral("built-in profile ") + name);
}

Profile ProfileCatalog::resolve(const QString& nameOrPath)
{
    if (builtInNames().contains(nameOrPath))
        return builtIn(nameOrPath);
    if (!QFileInfo::exists(nameOrPath)) {
        throw io::InputError(nameOrPath,
                             QStringLiteral("neither a built-in profile (%1) nor a profile file")
                                 .arg(builtInNames().join(QStringLiteral(", "))));
    }
    const io::SourceFile source = io::SourceFile::load(nameOrPath, nameOrPath);
    return Profile::fromJson(source.bytes, nameOrPath);
}

} // namespace egress::profiles
