#include "profile.h"

#include "io/inputerror.h"
#include "rulesettingsreader.h"
#include "settingsreader.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace egress::profiles {
namespace {

// Every rule id a profile may configure, in the order the engine applies them. `identifier`
// and `unchecked` are not here: they are always on.
const QStringList& configurableRuleIds()
{
    static const QStringList ids = {QStringLiteral("threshold"),
                                    QStringLiteral("zero"),
                                    QStringLiteral("class-disclosure"),
                                    QStringLiteral("rounding"),
                                    QStringLiteral("dominance-nk"),
                                    QStringLiteral("dominance-p"),
                                    QStringLiteral("negative"),
                                    QStringLiteral("missing"),
                                    QStringLiteral("dof"),
                                    QStringLiteral("extreme-value"),
                                    QStringLiteral("histogram"),
                                    QStringLiteral("survival"),
                                    QStringLiteral("file-type")};
    return ids;
}

// The rule's object when the profile configures it; nullopt when the rule is off.
std::optional<QJsonObject> ruleObject(const SettingsReader& reader, const QJsonObject& rules,
                                      const QString& ruleId)
{
    if (!rules.contains(ruleId))
        return std::nullopt;
    return reader.requireObject(rules, ruleId, QStringLiteral("'rules'"));
}

template <typename Settings, typename Read>
std::optional<Settings> readOptionalRule(const SettingsReader& reader, const QJsonObject& rules,
                                         const char* ruleId, Read read)
{
    const std::optional<QJsonObject> object = ruleObject(reader, rules, QLatin1String(ruleId));
    if (!object)
        return std::nullopt;
    return read(reader, *object);
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
    const SettingsReader reader(sourceName);
    if (!document.isObject())
        reader.refuse(QStringLiteral("the top level must be a JSON object"));
    const QJsonObject root = document.object();
    reader.refuseUnknownKeys(root,
                             {QStringLiteral("schema"), QStringLiteral("name"),
                              QStringLiteral("version"), QStringLiteral("title"),
                              QStringLiteral("description"), QStringLiteral("rules")},
                             QStringLiteral("the profile"));

    if (root.value(QLatin1String("schema")).toString() != QLatin1String(kSchema))
        reader.refuse(QStringLiteral("'schema' must be \"%1\"").arg(QLatin1String(kSchema)));

    Profile profile;
    static const QRegularExpression namePattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    profile.m_name = root.value(QLatin1String("name")).toString();
    if (!namePattern.match(profile.m_name).hasMatch()) {
        reader.refuse(
            QStringLiteral("'name' must be 1–64 lower-case letters, digits, '.', '_' or '-'"));
    }
    profile.m_version
        = reader.wholeNumber(root, QStringLiteral("version"), 1, QStringLiteral("the profile"));
    for (const QLatin1String key : {QLatin1String("title"), QLatin1String("description")}) {
        const QJsonValue value = root.value(key);
        if (!value.isUndefined() && !value.isString())
            reader.refuse(QStringLiteral("'%1' must be a string").arg(key));
    }
    profile.m_title = root.value(QLatin1String("title")).toString();
    profile.m_description = root.value(QLatin1String("description")).toString();

    const QJsonObject rules
        = reader.requireObject(root, QStringLiteral("rules"), QStringLiteral("the profile"));
    reader.refuseUnknownKeys(rules, configurableRuleIds(),
                             QStringLiteral("'rules' (rule ids this version knows: %1)")
                                 .arg(configurableRuleIds().join(QStringLiteral(", "))));

    const QString thresholdWhere = QStringLiteral("rule 'threshold'");
    const QJsonObject threshold
        = reader.requireObject(rules, QStringLiteral("threshold"), QStringLiteral("'rules'"));
    reader.refuseUnknownKeys(threshold, {QStringLiteral("t")}, thresholdWhere);
    profile.m_threshold = reader.wholeNumber(threshold, QStringLiteral("t"), 1, thresholdWhere);

    const QJsonObject zero
        = reader.requireObject(rules, QStringLiteral("zero"), QStringLiteral("'rules'"));
    reader.refuseUnknownKeys(zero, {QStringLiteral("action")}, QStringLiteral("rule 'zero'"));
    const auto action = zeroActionFromString(zero.value(QLatin1String("action")).toString());
    if (!action)
        reader.refuse(QStringLiteral("rule 'zero' needs 'action': safe, review or fail"));
    profile.m_zeroAction = *action;

    using namespace rulesettings;
    profile.m_rounding
        = readOptionalRule<RoundingSettings>(reader, rules, "rounding", &readRounding);
    profile.m_classDisclosure = readOptionalRule<ClassDisclosureSettings>(
        reader, rules, "class-disclosure", &readClassDisclosure);
    profile.m_dominanceNk
        = readOptionalRule<DominanceNkSettings>(reader, rules, "dominance-nk", &readDominanceNk);
    profile.m_dominanceP
        = readOptionalRule<DominancePSettings>(reader, rules, "dominance-p", &readDominanceP);
    for (const auto& [ruleId, target] :
         {std::pair {"negative", &profile.m_negative}, std::pair {"missing", &profile.m_missing}}) {
        *target = readOptionalRule<ContributionSettings>(
            reader, rules, ruleId, [ruleId](const SettingsReader& r, const QJsonObject& object) {
                return readContributions(r, object, QLatin1String(ruleId));
            });
    }
    profile.m_degreesOfFreedom
        = readOptionalRule<DegreesOfFreedomSettings>(reader, rules, "dof", &readDegreesOfFreedom);
    profile.m_extremeValue
        = readOptionalRule<ExtremeValueSettings>(reader, rules, "extreme-value", &readExtremeValue);
    profile.m_histogram
        = readOptionalRule<HistogramSettings>(reader, rules, "histogram", &readHistogram);
    profile.m_survival
        = readOptionalRule<SurvivalSettings>(reader, rules, "survival", &readSurvival);
    profile.m_fileType
        = readOptionalRule<FileTypeSettings>(reader, rules, "file-type", &readFileType);

    profile.m_canonicalJson = QJsonDocument(root).toJson(QJsonDocument::Compact);
    profile.m_sha256 = QString::fromLatin1(
        QCryptographicHash::hash(profile.m_canonicalJson, QCryptographicHash::Sha256).toHex());
    return profile;
}

} // namespace egress::profiles
