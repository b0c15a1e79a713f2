#include "statistic.h"

#include <array>
#include <utility>

namespace egress::tabulate {
namespace {

struct StatisticNames
{
    Statistic statistic;
    const char* name;
    const char* heading;
    table::ColumnRole role;
};

constexpr std::array kStatistics {
    StatisticNames {Statistic::Count, "count", "n", table::ColumnRole::Count},
    StatisticNames {Statistic::Sum, "sum", "sum", table::ColumnRole::Sum},
    StatisticNames {Statistic::Mean, "mean", "mean", table::ColumnRole::Mean},
    StatisticNames {Statistic::Median, "median", "median", table::ColumnRole::Median},
    StatisticNames {Statistic::Min, "min", "min", table::ColumnRole::Min},
    StatisticNames {Statistic::Max, "max", "max", table::ColumnRole::Max},
    StatisticNames {Statistic::Std, "std", "std", table::ColumnRole::Std},
};

const StatisticNames& namesOf(Statistic statistic)
{
    for (const StatisticNames& names : kStatistics) {
        if (names.statistic == statistic)
            return names;
    }
    return kStatistics.front();
}

} // namespace

QString toString(Statistic statistic)
{
    return QString::fromLatin1(namesOf(statistic).name);
}

std::optional<Statistic> statisticFromString(const QString& text)
{
    const QString name = text.trimmed().toLower();
    for (const StatisticNames& names : kStatistics) {
        if (name == QLatin1String(names.name))
            return names.statistic;
    }
    return std::nullopt;
}

QString headingOf(Statistic statistic)
{
    return QString::fromLatin1(namesOf(statistic).heading);
}

table::ColumnRole columnRoleOf(Statistic statistic)
{
    return namesOf(statistic).role;
}

bool needsValue(Statistic statistic)
{
    return statistic != Statistic::Count;
}

bool needsValue(const QList<Statistic>& statistics)
{
    for (const Statistic statistic : statistics) {
        if (needsValue(statistic))
            return true;
    }
    return false;
}

} // namespace egress::tabulate
