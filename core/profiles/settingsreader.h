#pragma once

#include "io/jsonreader.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace egress::profiles {

// Reads one profile's JSON values with the checks every setting needs, refusing anything else
// with an InputError that names the profile file, the rule and the key: a typo in a profile must
// never silently change what is checked.
class SettingsReader : public io::JsonReader
{
public:
    explicit SettingsReader(QString sourceName)
        : JsonReader(std::move(sourceName), QStringLiteral("invalid profile"))
    { }

    QJsonObject requireObject(const QJsonObject& parent, const QString& key,
                              const QString& where) const;

    int wholeNumber(const QJsonObject& object, const QString& key, int minimum,
                    const QString& where) const;
    std::optional<int> optionalWholeNumber(const QJsonObject& object, const QString& key,
                                           int minimum, const QString& where) const;
    // A number in [minimum, maximum].
    double number(const QJsonObject& object, const QString& key, double minimum, double maximum,
                  const QString& where) const;
    std::optional<double> optionalNumber(const QJsonObject& object, const QString& key,
                                         double minimum, double maximum,
                                         const QString& where) const;
    bool optionalBool(const QJsonObject& object, const QString& key, bool fallback,
                      const QString& where) const;
    // One of `allowed`; `fallback` when the key is absent (nullopt: the key is required).
    QString choice(const QJsonObject& object, const QString& key, const QStringList& allowed,
                   const std::optional<QString>& fallback, const QString& where) const;
    QStringList stringList(const QJsonObject& object, const QString& key,
                           const QString& where) const;
};

} // namespace egress::profiles
