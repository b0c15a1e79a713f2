#include "rulesettingsreader.h"

namespace egress::profiles::rulesettings {
namespace {

QString ruleWhere(const char* ruleId)
{
    return QStringLiteral("rule '%1'").arg(QLatin1String(ruleId));
}

// fallback nullopt: "action" is required.
Severity readSeverity(const SettingsReader& reader, const QJsonObject& object, const QString& where,
                      std::optional<Severity> fallback)
{
    std::optional<QString> fallbackName;
    if (fallback)
        fallbackName
            = *fallback == Severity::Fail ? QStringLiteral("fail") : QStringLiteral("review");
    const QString action
        = reader.choice(object, QStringLiteral("action"),
                        {QStringLiteral("review"), QStringLiteral("fail")}, fallbackName, where);
    return action == QLatin1String("fail") ? Severity::Fail : Severity::Review;
}

} // namespace

RoundingSettings readRounding(const SettingsReader& reader, const QJsonObject& object)
{
    const QString where = ruleWhere("rounding");
    reader.refuseUnknownKeys(object,
                             {QStringLiteral("base"), QStringLiteral("above"),
                              QStringLiteral("midpoint6"), QStringLiteral("margins")},
                             where);
    RoundingSettings settings;
    settings.base = reader.wholeNumber(object, QStringLiteral("base"), 2, where);
    settings.above = reader.wholeNumber(object, QStringLiteral("above"), 0, where);
    settings.midpointSixAccepted
        = reader.optionalBool(object, QStringLiteral("midpoint6"), false, where);
    settings.marginsRerounded
        = reader.choice(object, QStringLiteral("margins"),
                        {QStringLiteral("rerounded"), QStringLiteral("summed")},
                        QStringLiteral("rerounded"), where)
        == QLatin1String("rerounded");
    return settings;
}

ClassDisclosureSettings readClassDisclosure(const SettingsReader& reader, const QJsonObject& object)
{
    const QString where = ruleWhere("class-disclosure");
    reader.refuseUnknownKeys(object, {QStringLiteral("action")}, where);
    return {readSeverity(reader, object, where, std::nullopt)};
}

DominanceNkSettings readDominanceNk(const SettingsReader& reader, const QJsonObject& object)
{
    const QString where = ruleWhere("dominance-nk");
    reader.refuseUnknownKeys(
        object, {QStringLiteral("n"), QStringLiteral("k"), QStringLiteral("comparison")}, where);
    DominanceNkSettings settings;
    settings.n = reader.wholeNumber(object, QStringLiteral("n"), 1, where);
    settings.k = reader.number(object, QStringLiteral("k"), 0, 100, where);
    settings.failAtExactlyK
        = reader.choice(object, QStringLiteral("comparison"),
                        {QStringLiteral(">"), QStringLiteral(">=")}, QStringLiteral(">"), where)
        == QLatin1String(">=");
    return settings;
}

DominancePSettings readDominanceP(const SettingsReader& reader, const QJsonObject& object)
{
    const QString where = ruleWhere("dominance-p");
    reader.refuseUnknownKeys(object, {QStringLiteral("p"), QStringLiteral("non-positive-total")},
                             where);
    DominancePSettings settings;
    settings.p = reader.number(object, QStringLiteral("p"), 0, 100, where);
    settings.nonPositiveTotalFails = reader.choice(object, QStringLiteral("non-positive-total"),
                                                   {QStringLiteral("pass"), QStringLiteral("fail")},
                                                   QStringLiteral("pass"), where)
        == QLatin1String("fail");
    return settings;
}

ContributionSettings readContributions(const SettingsReader& reader, const QJsonObject& object,
                                       const QString& ruleId)
{
    const QString where = QStringLiteral("rule '%1'").arg(ruleId);
    reader.refuseUnknownKeys(object, {QStringLiteral("action")}, where);
    return {readSeverity(reader, object, where, Severity::Review)};
}

DegreesOfFreedomSettings readDegreesOfFreedom(const SettingsReader& reader,
                                              const QJsonObject& object)
{
    const QString where = ruleWhere("dof");
    reader.refuseUnknownKeys(object, {QStringLiteral("min"), QStringLiteral("max-parameter-share")},
                             where);
    DegreesOfFreedomSettings settings;
    settings.minimum = reader.wholeNumber(object, QStringLiteral("min"), 0, where);
    settings.maxParameterShare
        = reader.optionalNumber(object, QStringLiteral("max-parameter-share"), 0, 1, where);
    return settings;
}

ExtremeValueSettings readExtremeValue(const SettingsReader& reader, const QJsonObject& object)
{
    const QString where = ruleWhere("extreme-value");
    reader.refuseUnknownKeys(object, {QStringLiteral("action"), QStringLiteral("scope")}, where);
    ExtremeValueSettings settings;
    settings.severity = readSeverity(reader, object, where, Severity::Fail);
    settings.onlyBelowThreshold
        = reader.choice(object, QStringLiteral("scope"),
                        {QStringLiteral("always"), QStringLiteral("below-threshold")},
                        QStringLiteral("always"), where)
        == QLatin1String("below-threshold");
    return settings;
}

HistogramSettings readHistogram(const SettingsReader& reader, const QJsonObject& object)
{
    const QString where = ruleWhere("histogram");
    reader.refuseUnknownKeys(object, {QStringLiteral("outer-edges")}, where);
    return {reader.optionalBool(object, QStringLiteral("outer-edges"), true, where)};
}

SurvivalSettings readSurvival(const SettingsReader& reader, const QJsonObject& object)
{
    const QString where = ruleWhere("survival");
    reader.refuseUnknownKeys(object, {QStringLiteral("t")}, where);
    return {reader.wholeNumber(object, QStringLiteral("t"), 1, where)};
}

FileTypeSettings readFileType(const SettingsReader& reader, const QJsonObject& object)
{
    const QString where = ruleWhere("file-type");
    reader.refuseUnknownKeys(object, {QStringLiteral("allow"), QStringLiteral("max-mib")}, where);
    FileTypeSettings settings;
    for (const QString& suffix : reader.stringList(object, QStringLiteral("allow"), where)) {
        QString normalised = suffix.toLower();
        if (normalised.startsWith(QLatin1Char('.')))
            normalised.remove(0, 1);
        settings.allowedSuffixes.append(normalised);
    }
    settings.maxBytes
        = qint64(reader.wholeNumber(object, QStringLiteral("max-mib"), 1, where)) * 1024 * 1024;
    return settings;
}

} // namespace egress::profiles::rulesettings
