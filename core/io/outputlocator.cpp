#include "outputlocator.h"

#include "folderfiles.h"
#include "inputerror.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

namespace egress::io {
namespace {

OutputLocation makeLocation(const QString& path, const QString& displayName)
{
    OutputLocation location;
    location.path = path;
    location.displayName = displayName;
    location.id = QFileInfo(displayName).completeBaseName();
    location.isTable = OutputLocator::isTableFileName(displayName);
    return location;
}

QList<OutputLocation> locateInFolder(const QString& folder)
{
    const QDir root(QFileInfo(folder).absoluteFilePath());
    QList<OutputLocation> locations;
    for (const QString& relative : filesInFolder(folder))
        locations.append(makeLocation(root.filePath(relative), relative));
    return locations;
}

QHash<QString, int> idUses(const QList<OutputLocation>& locations)
{
    QHash<QString, int> uses;
    for (const OutputLocation& location : locations)
        ++uses[location.id];
    return uses;
}

// Renames every location whose id clashes with another's; says whether anything changed.
bool renameClashing(QList<OutputLocation>& locations,
                    const std::function<QString(const OutputLocation&)>& rename)
{
    const QHash<QString, int> uses = idUses(locations);
    bool changed = false;
    for (OutputLocation& location : locations) {
        if (uses.value(location.id) > 1) {
            const QString renamed = rename(location);
            changed = changed || renamed != location.id;
            location.id = renamed;
        }
    }
    return changed;
}

} // namespace

bool OutputLocator::isTableFileName(const QString& fileName)
{
    return fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        || fileName.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
}

void OutputLocator::makeIdsUnique(QList<OutputLocation>& locations)
{
    // First the folder tells clashing outputs apart ("sub/table" beside "table").
    renameClashing(locations, [](const OutputLocation& location) {
        const QFileInfo info(location.displayName);
        return info.path() == QLatin1String(".") ? info.completeBaseName()
                                                 : info.path() + u'/' + info.completeBaseName();
    });
    // Then the whole file name ("figure1.csv" beside "figure1.png"). A whole name can equal an id
    // that was never renamed ("results.csv" is also the base name of "results.csv.gz"), so repeat
    // until nothing changes: display names are unique, so this ends with unique ids.
    while (renameClashing(locations,
                          [](const OutputLocation& location) { return location.displayName; })) { }
}

QList<OutputLocation> OutputLocator::locate(const QStringList& paths)
{
    QList<OutputLocation> locations;
    QSet<QString> seenFiles;
    const auto add = [&](OutputLocation location) {
        // A file reached twice (named twice, or named and inside a named folder) is one output.
        const QString canonical = QFileInfo(location.path).canonicalFilePath();
        if (!seenFiles.contains(canonical)) {
            seenFiles.insert(canonical);
            locations.append(std::move(location));
        }
    };
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            throw InputError(path, QStringLiteral("no such file or folder"));
        if (!info.isDir()) {
            add(makeLocation(path, path));
            continue;
        }
        const QList<OutputLocation> found = locateInFolder(path);
        if (found.isEmpty())
            throw InputError(path, QStringLiteral("the folder holds no files to check"));
        for (OutputLocation location : found) {
            // With several roots, a name relative to its folder would not say which folder.
            if (paths.size() > 1)
                location.displayName = QDir(path).filePath(location.displayName);
            add(std::move(location));
        }
    }
    makeIdsUnique(locations);
    return locations;
}

table::OutputKind OutputLocator::kindFromFileName(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    static const QStringList images = {
        QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("svg"),
        QStringLiteral("gif"), QStringLiteral("tif"), QStringLiteral("tiff")};
    static const QStringList documents
        = {QStringLiteral("pdf"),  QStringLiteral("txt"), QStringLiteral("md"),
           QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("log"),
           QStringLiteral("docx"), QStringLiteral("odt")};
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx"))
        return table::OutputKind::Frequency;
    if (images.contains(suffix))
        return table::OutputKind::Image;
    if (documents.contains(suffix))
        return table::OutputKind::Document;
    return table::OutputKind::Other;
}

} // namespace egress::io
