#pragma once

#include "table/outputkind.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace egress::io {

// One proposed output found on disk, before it is read.
struct OutputLocation
{
    QString id; // file name without extension; made unique by its folder if two clash
    QString path; // on disk
    QString displayName; // relative to the folder it was found in, or as the user gave it
    bool isTable = false; // a format we read as a table (CSV for now)
};

// Turns the paths a user names (files or folders) into the list of outputs to check. Folders
// are walked recursively in name order; hidden files and symbolic links are skipped so that a
// folder cannot smuggle in files from elsewhere. Every other file is an output: what we cannot
// read as a table is still listed, for a person to review, never silently ignored.
class OutputLocator
{
public:
    // Throws InputError for a path that does not exist or an empty folder.
    static QList<OutputLocation> locate(const QStringList& paths);

    // The kind we assume from a file's name before reading it.
    static table::OutputKind kindFromFileName(const QString& fileName);
    // A format we read as a table.
    static bool isTableFileName(const QString& fileName);
    // Gives every location an id no other has: the base name, else the folder and base name,
    // else the whole display name (display names are unique).
    static void makeIdsUnique(QList<OutputLocation>& locations);
};

} // namespace egress::io
