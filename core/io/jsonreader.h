#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace egress::io {

// What every reader of one of our JSON formats (request manifests, evidence, profiles) shares:
// one way to refuse a file, with an InputError that names it and says which format it failed
// ("invalid profile: ..."), and the refusal of unknown keys, so that a typo never silently
// changes what is checked.
class JsonReader
{
public:
    // format: what the file should have been, as the message starts ("invalid evidence").
    JsonReader(QString fileName, QString format);

    const QString& fileName() const { return m_fileName; }

    [[noreturn]] void refuse(const QString& problem) const;
    // where names the object in the message: "unknown key 'x' in output 2".
    void refuseUnknownKeys(const QJsonObject& object, const QStringList& known,
                           const QString& where) const;

private:
    QString m_fileName;
    QString m_format;
};

} // namespace egress::io
