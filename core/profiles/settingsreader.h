#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace egress::profiles {

// Reads one profile's JSON values with the checks every setting needs, refusing anything else
// with an InputError that names the profile file, the rule and the key: a typo in a profile must
// never silently change what is checked.
class SettingsReader
{
public:
    explicit SettingsReader(QString sourceName)
        : m_sourceName(std::move(sourceName))
    { }

    [[noreturn]] void refuse(const QString& problem) const;
    void refuseUnknownKeys(const QJsonObject& object, const QStringList& known,
                           const QString& where) const;
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

private:
    QString m_sourceName;
};

} // namespace egress::profiles
