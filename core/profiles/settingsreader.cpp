#include "settingsreader.h"

#include "io/inputerror.h"

#include <QJsonArray>

#include <cmath>

namespace egress::profiles {

QJsonObject SettingsReader::requireObject(const QJsonObject& parent, const QString& key,
                                          const QString& where) const
{
    const QJsonValue value = parent.value(key);
    if (!value.isObject())
        refuse(QStringLiteral("%1 needs an object '%2'").arg(where, key));
    return value.toObject();
}

int SettingsReader::wholeNumber(const QJsonObject& object, const QString& key, int minimum,
                                const QString& where) const
{
    const QJsonValue value = object.value(key);
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || number != std::floor(number) || number < minimum
        || number > 1'000'000'000) {
        refuse(QStringLiteral("%1 needs '%2' as a whole number of at least %3")
                   .arg(where, key)
                   .arg(minimum));
    }
    return static_cast<int>(number);
}

std::optional<int> SettingsReader::optionalWholeNumber(const QJsonObject& object,
                                                       const QString& key, int minimum,
                                                       const QString& where) const
{
    if (!object.contains(key))
        return std::nullopt;
    return wholeNumber(object, key, minimum, where);
}

double SettingsReader::number(const QJsonObject& object, const QString& key, double minimum,
                              double maximum, const QString& where) const
{
    const QJsonValue value = object.value(key);
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || !(number >= minimum && number <= maximum)) {
        refuse(QStringLiteral("%1 needs '%2' as a number from %3 to %4")
                   .arg(where, key)
                   .arg(minimum)
                   .arg(maximum));
    }
    return number;
}

std::optional<double> SettingsReader::optionalNumber(const QJsonObject& object, const QString& key,
                                                     double minimum, double maximum,
                                                     const QString& where) const
{
    if (!object.contains(key))
        return std::nullopt;
    return number(object, key, minimum, maximum, where);
}

bool SettingsReader::optionalBool(const QJsonObject& object, const QString& key, bool fallback,
                                  const QString& where) const
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool())
        refuse(QStringLiteral("%1 needs '%2' as true or false").arg(where, key));
    return value.toBool();
}

QString SettingsReader::choice(const QJsonObject& object, const QString& key,
                               const QStringList& allowed, const std::optional<QString>& fallback,
                               const QString& where) const
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && fallback)
        return *fallback;
    if (!value.isString() || !allowed.contains(value.toString())) {
        refuse(QStringLiteral("%1 needs '%2': %3")
                   .arg(where, key, allowed.join(QStringLiteral(" or "))));
    }
    return value.toString();
}

QStringList SettingsReader::stringList(const QJsonObject& object, const QString& key,
                                       const QString& where) const
{
    const QJsonValue value = object.value(key);
    QStringList result;
    bool valid = value.isArray() && !value.toArray().isEmpty();
    for (const QJsonValue& item : value.toArray()) {
        valid = valid && item.isString() && !item.toString().isEmpty();
        result.append(item.toString());
    }
    if (!valid)
        refuse(QStringLiteral("%1 needs '%2' as a list of words").arg(where, key));
    return result;
}

} // namespace egress::profiles
