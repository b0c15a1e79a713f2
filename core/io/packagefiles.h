#pragma once

#include "safezip.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace egress::io {

// The files of a request package, whether it is a folder or a zip: the same names, the same
// bytes, the same refusals. Names are relative to the package root with '/' separators. Hidden
// files and symbolic links in a folder are not part of it, just as a zip may hold neither.
class PackageFiles
{
public:
    // Throws InputError naming the path when it is neither a folder nor a readable zip.
    static PackageFiles open(const QString& path);

    // Whether a path is a zip archive (by its first bytes), so that a caller can tell a package
    // from a table without reading the whole file.
    static bool isZipFile(const QString& path);

    const QString& path() const { return m_path; }
    bool isZip() const { return m_zip != nullptr; }
    // In name order.
    const QStringList& names() const { return m_names; }
    bool contains(const QString& name) const { return m_names.contains(name); }
    // Throws InputError naming the file inside the package ("request.zip: outputs/a.csv").
    QByteArray read(const QString& name) const;
    // "request.zip/outputs/a.csv": how results and messages name a file of the package.
    QString displayName(const QString& name) const;

private:
    QString m_path;
    QStringList m_names;
    std::shared_ptr<const SafeZip> m_zip;
};

} // namespace egress::io
