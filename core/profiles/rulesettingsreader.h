#pragma once

#include "rulesettings.h"
#include "settingsreader.h"

#include <QJsonObject>

namespace egress::profiles {

// Each function reads one rule's object from a profile's "rules" and checks every key; see
// docs/rules.md for what the settings mean.
namespace rulesettings {

RoundingSettings readRounding(const SettingsReader& reader, const QJsonObject& object);
ClassDisclosureSettings readClassDisclosure(const SettingsReader& reader,
                                            const QJsonObject& object);
DominanceNkSettings readDominanceNk(const SettingsReader& reader, const QJsonObject& object);
DominancePSettings readDominanceP(const SettingsReader& reader, const QJsonObject& object);
ContributionSettings readContributions(const SettingsReader& reader, const QJsonObject& object,
                                       const QString& ruleId);
DegreesOfFreedomSettings readDegreesOfFreedom(const SettingsReader& reader,
                                              const QJsonObject& object);
ExtremeValueSettings readExtremeValue(const SettingsReader& reader, const QJsonObject& object);
HistogramSettings readHistogram(const SettingsReader& reader, const QJsonObject& object);
SurvivalSettings readSurvival(const SettingsReader& reader, const QJsonObject& object);
FileTypeSettings readFileType(const SettingsReader& reader, const QJsonObject& object);

} // namespace rulesettings
} // namespace egress::profiles
