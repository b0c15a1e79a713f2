#pragma once

#include "demooutput.h"

#include <QList>
#include <QString>

namespace egress::demo {

// Writes the demo request as a request package folder (formats.md): egress-request.json with
// every output's SHA-256, outputs/, evidence/ and a README for the checker. All or nothing: the
// package is made in a temporary folder beside the target and renamed into place.
class DemoRequestWriter
{
public:
    static const QString& requestId();

    // Replaces folder when it holds an earlier demo request; refuses any other existing path.
    // Throws io::InputError naming the folder.
    static void write(const QString& folder, const QList<DemoOutput>& outputs);

    // The manifest alone, for the outputs as they are.
    static QByteArray manifest(const QList<DemoOutput>& outputs);
};

} // namespace egress::demo
