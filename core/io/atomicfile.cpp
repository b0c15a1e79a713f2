#include "atomicfile.h"

#include "inputerror.h"

#include <QSaveFile>

namespace egress::io {

void writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw InputError(path, QStringLiteral("cannot be written: %1").arg(file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        throw InputError(path, QStringLiteral("cannot be written: %1").arg(file.errorString()));
}

} // namespace egress::io
