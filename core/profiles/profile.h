#pragma once

#include "rulesettings.h"
#include "zeroaction.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace egress::profiles {

// A named, versioned set of rule parameters. Every result and audit event records the name,
// version and SHA-256 of the profile it was produced under, so a decision can always be traced
// to the exact thresholds applied.
//
// The JSON form:
//   {"schema": "egress-review/profile/1", "name": "nhse-sde", "version": 1,
//    "title": "...", "description": "...",
//    "rules": {"threshold": {"t": 10}, "zero": {"action": "review"},
//              "rounding": {"base": 5, "above": 10, "midpoint6": false, "margins": "rerounded"},
//              "class-disclosure": {"action": "review"}}}
// threshold and zero are required; a rule that is absent is not applied.
class Profile
{
public:
    static constexpr const char* kSchema = "egress-review/profile/1";

    // Throws io::InputError naming sourceName for malformed JSON, a wrong schema, missing or
    // out-of-range settings, and rule ids the engine does not know (a typo must not silently
    // switch a rule off).
    static Profile fromJson(const QByteArray& json, const QString& sourceName);

    const QString& name() const { return m_name; }
    int version() const { return m_version; }
    const QString& title() const { return m_title; }
    const QString& description() const { return m_description; }
    // SHA-256 of the profile's canonical JSON (keys sorted, no white space): the same settings
    // give the same hash however the file was formatted.
    const QString& sha256() const { return m_sha256; }
    const QByteArray& canonicalJson() const { return m_canonicalJson; }

    // threshold rule: a count n fails when 0 < n < t.
    int threshold() const { return m_threshold; }
    ZeroAction zeroAction() const { return m_zeroAction; }
    const std::optional<RoundingSettings>& rounding() const { return m_rounding; }
    const std::optional<ClassDisclosureSettings>& classDisclosure() const
    {
        return m_classDisclosure;
    }
    const std::optional<DominanceNkSettings>& dominanceNk() const { return m_dominanceNk; }
    const std::optional<DominancePSettings>& dominanceP() const { return m_dominanceP; }
    const std::optional<ContributionSettings>& negative() const { return m_negative; }
    const std::optional<ContributionSettings>& missing() const { return m_missing; }
    const std::optional<DegreesOfFreedomSettings>& degreesOfFreedom() const
    {
        return m_degreesOfFreedom;
    }
    const std::optional<ExtremeValueSettings>& extremeValue() const { return m_extremeValue; }
    const std::optional<HistogramSettings>& histogram() const { return m_histogram; }
    const std::optional<SurvivalSettings>& survival() const { return m_survival; }
    const std::optional<FileTypeSettings>& fileType() const { return m_fileType; }

private:
    QString m_name;
    int m_version = 0;
    QString m_title;
    QString m_description;
    QString m_sha256;
    QByteArray m_canonicalJson;
    int m_threshold = 0;
    ZeroAction m_zeroAction = ZeroAction::Review;
    std::optional<RoundingSettings> m_rounding;
    std::optional<ClassDisclosureSettings> m_classDisclosure;
    std::optional<DominanceNkSettings> m_dominanceNk;
    std::optional<DominancePSettings> m_dominanceP;
    std::optional<ContributionSettings> m_negative;
    std::optional<ContributionSettings> m_missing;
    std::optional<DegreesOfFreedomSettings> m_degreesOfFreedom;
    std::optional<ExtremeValueSettings> m_extremeValue;
    std::optional<HistogramSettings> m_histogram;
    std::optional<SurvivalSettings> m_survival;
    std::optional<FileTypeSettings> m_fileType;
};

} // namespace egress::profiles
