#pragma once

#include "table/outputkind.h"
#include "tablelayout.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace egress::io {

// What the researcher says about the request as a whole.
struct RequestInfo
{
    QString id; // "REQ-2026-0042": letters, digits, '.', '_' and '-' only (it names the release)
    QString title;
    QString project;
    QString researcher;
    QStringList datasets;
    QString purpose;
    QString created;
};

// What the researcher says about one output: where it is, how to read it, and the context a
// checker needs to judge it.
struct RequestedOutput
{
    QString id;
    QString file; // relative to the package root, '/' separators
    QString sha256; // empty when the manifest gives none
    TableLayout layout; // kind, statistic, column dimensions, header rows, sheet, structural zeros
    QString unit;
    QStringList rowDimensions;
    bool margins = false;
    QString evidence; // relative path of its evidence file, or empty
    QString description;
    QString context;
    QString controls;
    QString exception; // the researcher's case for releasing it despite a failing rule
};

struct SupportingFile
{
    QString file;
    QString role; // "code", "log", ...
};

// `egress-request.json` at the root of a request package (schema egress-review/request/1).
struct RequestManifest
{
    static constexpr const char* kFileName = "egress-request.json";
    static constexpr const char* kSchema = "egress-review/request/1";

    RequestInfo request;
    QList<RequestedOutput> outputs;
    QList<SupportingFile> supporting;

    // Throws InputError naming fileName for malformed JSON, a wrong schema, a missing or
    // mistyped key, an unknown key (a typo must not silently drop a declaration such as a
    // structural zero), a path that leaves the package, two outputs with one id, and a file
    // named twice (an output's file can be neither evidence nor a supporting file).
    static RequestManifest read(const QByteArray& json, const QString& fileName);

    // Every file the manifest names, in the order it names them.
    QStringList namedFiles() const;
};

} // namespace egress::io
