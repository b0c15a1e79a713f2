#include "jsonreader.h"

#include "inputerror.h"

namespace egress::io {

JsonReader::JsonReader(QString fileName, QString format)
    : m_fileName(std::move(fileName))
    , m_format(std::move(format))
{ }

void JsonReader::refuse(const QString& problem) const
{
    throw InputError(m_fileName, m_format + QStringLiteral(": ") + problem);
}

void JsonReader::refuseUnknownKeys(const QJsonObject& object, const QStringList& known,
                                   const QString& where) const
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            refuse(QStringLiteral("unknown key '%1' in %2").arg(it.key(), where));
    }
}

} // namespace egress::io
