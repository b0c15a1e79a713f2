#include "profile.h"

#include "io/inputerror.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace egress::profiles {
namespace {

[[noreturn]] void refuse(const QString& sourceName, const QString& problem)
{
    throw io::InputError(sourceName, QStringLiteral("invalid profile: ") + problem);
}

void refuseUnknownKeys(const QJsonObject& object, const QStringList& known, const QString& where,
                       const QString& sourceName)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            refuse(sourceName, QStringLiteral("unknown key '%1' in %2").arg(it.key(), where));
    }
}

QJsonObject requireObject(const QJsonObject& parent, const QString& key, const QString& where,
                          const QString& sourceName)
{
    const QJsonValue value = parent.value(key);
    if (!value.isObject())
        refuse(sourceName, QStringLiteral("%1 needs an object '%2'").arg(where, key));
    return value.toObject();
}

int requireWholeNumber(const QJsonObject& parent, const QString& key, int minimum,
                       const QString& where, const QString& sourceName)
{
    const QJsonValue value = parent.value(key);
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || number != std::floor(number) || number < minimum
        || number > 1'000'000'000) {
        refuse(sourceName,
               QStringLiteral("%1 needs '%2' as a whole number of at least %3")
                   .arg(where, key)
                   .arg(minimum));
    }
    return static_cast<int>(number);
}

RoundingSettings readRounding(const QJsonObject& rules, const QString& sourceName)
{
    const QString where = QStringLiteral("rule 'rounding'");
    const QJsonObject object
        = requireObject(rules, QStringLiteral("rounding"), QStringLiteral("'rules'"), sourceName);
    refuseUnknownKeys(object,
                      {QStringLiteral("base"), QStringLiteral("above"), QStringLiteral("midpoint6"),
                       QStringLiteral("margins")},
                      where, sourceName);
    RoundingSettings settings;
    settings.base = requireWholeNumber(object, QStringLiteral("base"), 2, where, sourceName);
    settings.above = requireWholeNumber(object, QStringLiteral("above"), 0, where, sourceName);
    const QJsonValue midpoint = object.value(QLatin1String("midpoint6"));
    if (!midpoint.isUndefined() && !midpoint.isBool())
        refuse(sourceName, QStringLiteral("%1 needs 'midpoint6' as true or false").arg(where));
    settings.midpointSixAccepted = midpoint.toBool(false);
    const QString margins
        = object.value(QLatin1String("margins")).toString(QStringLiteral("rerounded"));
    if (margins != QLatin1String("rerounded") && margins != QLatin1String("summed"))
        refuse(sourceName, QStringLiteral("%1 needs 'margins': rerounded or summed").arg(where));
    settings.marginsRerounded = margins == QLatin1String("rerounded");
    return settings;
}

ClassDisclosureSettings readClassDisclosure(const QJsonObject& rules, const QString& sourceName)
{
    const QString where = QStringLiteral("rule 'class-disclosure'");
    const QJsonObject object = requireObject(rules, QStringLiteral("class-disclosure"),
                                             QStringLiteral("'rules'"), sourceName);
    refuseUnknownKeys(object, {QStringLiteral("action")}, where, sourceName);
    const QString action = object.value(QLatin1String("action")).toString();
    if (action != QLatin1String("review") && action != QLatin1String("fail"))
        refuse(sourceName, QStringLiteral("%1 needs 'action': review or fail").arg(where));
    return {action == QLatin1String("fail") ? Severity::Fail : Severity::Review};
}

} // namespace

Profile Profile::fromJson(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        throw io::InputError(sourceName,
                             QStringLiteral("is not valid JSON: %1 at byte %2")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset));
    }
    if (!document.isObject())
        refuse(sourceName, QStringLiteral("the top level must be a JSON object"));
    const QJsonObject root = document.object();
    refuseUnknownKeys(root,
                      {QStringLiteral("schema"), QStringLiteral("name"), QStringLiteral("version"),
                       QStringLiteral("title"), QStringLiteral("description"),
                       QStringLiteral("rules")},
                      QStringLiteral("the profile"), sourceName);

    if (root.value(QLatin1String("schema")).toString() != QLatin1String(kSchema)) {
        refuse(sourceName, QStringLiteral("'schema' must be \"%1\"").arg(QLatin1String(kSchema)));
    }

    Profile profile;
    static const QRegularExpression namePattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    profile.m_name = root.value(QLatin1String("name")).toString();
    if (!namePattern.match(profile.m_name).hasMatch()) {
        refuse(sourceName,
               QStringLiteral("'name' must be 1–64 lower-case letters, digits, '.', '_' or '-'"));
    }
    profile.m_version = requireWholeNumber(root, QStringLiteral("version"), 1,
                                           QStringLiteral("the profile"), sourceName);
    for (const QLatin1String key : {QLatin1String("title"), QLatin1String("description")}) {
        const QJsonValue value = root.value(key);
        if (!value.isUndefined() && !value.isString())
            refuse(sourceName, QStringLiteral("'%1' must be a string").arg(key));
    }
    profile.m_title = root.value(QLatin1String("title")).toString();
    profile.m_description = root.value(QLatin1String("description")).toString();

    const QJsonObject rules
        = requireObject(root, QStringLiteral("rules"), QStringLiteral("the profile"), sourceName);
    refuseUnknownKeys(rules,
                      {QStringLiteral("threshold"), QStringLiteral("zero"),
                       QStringLiteral("rounding"), QStringLiteral("class-disclosure")},
                      QStringLiteral("'rules' (rule ids this version knows: threshold, zero, "
                                     "rounding, class-disclosure)"),
                      sourceName);

    const QString thresholdWhere = QStringLiteral("rule 'threshold'");
    const QJsonObject threshold
        = requireObject(rules, QStringLiteral("threshold"), QStringLiteral("'rules'"), sourceName);
    refuseUnknownKeys(threshold, {QStringLiteral("t")}, thresholdWhere, sourceName);
    profile.m_threshold
        = requireWholeNumber(threshold, QStringLiteral("t"), 1, thresholdWhere, sourceName);

    const QJsonObject zero
        = requireObject(rules, QStringLiteral("zero"), QStringLiteral("'rules'"), sourceName);
    refuseUnknownKeys(zero, {QStringLiteral("action")}, QStringLiteral("rule 'zero'"), sourceName);
    const auto action = zeroActionFromString(zero.value(QLatin1String("action")).toString());
    if (!action)
        refuse(sourceName, QStringLiteral("rule 'zero' needs 'action': safe, review or fail"));
    profile.m_zeroAction = *action;

    if (rules.contains(QLatin1String("rounding")))
        profile.m_rounding = readRounding(rules, sourceName);
    if (rules.contains(QLatin1String("class-disclosure")))
        profile.m_classDisclosure = readClassDisclosure(rules, sourceName);

    profile.m_canonicalJson = QJsonDocument(root).toJson(QJsonDocument::Compact);
    profile.m_sha256 = QString::fromLatin1(
        QCryptographicHash::hash(profile.m_canonicalJson, QCryptographicHash::Sha256).toHex());
    return profile;
}

} // namespace egress::profiles
