#include "columnrole.h"

#include <QRegularExpression>

#include <array>
#include <utility>

namespace egress::table {
namespace {

constexpr std::array kNames {
    std::pair {ColumnRole::Count, "count"},
    std::pair {ColumnRole::Sum, "sum"},
    std::pair {ColumnRole::Mean, "mean"},
    std::pair {ColumnRole::Median, "median"},
    std::pair {ColumnRole::Min, "min"},
    std::pair {ColumnRole::Max, "max"},
    std::pair {ColumnRole::Std, "std"},
    std::pair {ColumnRole::Percentile, "percentile"},
    std::pair {ColumnRole::Estimate, "estimate"},
    std::pair {ColumnRole::BinLower, "bin-lower"},
    std::pair {ColumnRole::BinUpper, "bin-upper"},
    std::pair {ColumnRole::Time, "time"},
    std::pair {ColumnRole::AtRisk, "at-risk"},
    std::pair {ColumnRole::Events, "events"},
    std::pair {ColumnRole::Censored, "censored"},
    std::pair {ColumnRole::Other, "other"},
};

struct HeadingPattern
{
    ColumnRole role;
    const char* pattern; // matched against the whole heading, case-insensitively
};

// Order matters: the first match wins, so specific phrases ("number at risk", "std err") come
// before the general ones ("number", "std").
constexpr std::array kHeadingPatterns {
    // survfit prints n.risk, n.event and n.censor; statsmodels' SurvfuncRight (ACRO's
    // surv_func) "num at risk" and "num events".
    HeadingPattern {ColumnRole::AtRisk,
                    R"(^((n|num)[ _.]?risk|((n|num)[ _.]?)?(number[ _]+)?at[ _-]?risk)$)"},
    HeadingPattern {ColumnRole::Events,
                    R"(^((n|num)[ _.]?)?(number[ _]+of[ _]+)?(events?|deaths?|failures?)$)"},
    HeadingPattern {ColumnRole::Censored, R"(^((n|num)[ _.]?)?(number[ _]+)?censor(ed|ing)?$)"},
    // "Low", "High", "Left" and "Right" on their own are far more often categories (a risk
    // level, a side of the body) than bin edges, so they count only with "bin" or "edge".
    HeadingPattern {ColumnRole::BinLower,
                    R"(^((bin[ _]?)?(lower|from|start)([ _]?(edge|bound))?|)"
                    R"(bin[ _]?(low|left)([ _]?(edge|bound))?|(low|left)[ _]?(edge|bound))$)"},
    HeadingPattern {ColumnRole::BinUpper,
                    R"(^((bin[ _]?)?(upper|to|end)([ _]?(edge|bound))?|)"
                    R"(bin[ _]?(high|right)([ _]?(edge|bound))?|(high|right)[ _]?(edge|bound))$)"},
    HeadingPattern {ColumnRole::Time, R"(^(time([ _].*)?|days?|weeks?|months?|years?)$)"},
    HeadingPattern {ColumnRole::Count,
                    R"(^(n|count|counts|freq\.?|frequency|number|people|persons|obs|nobs)$)"},
    HeadingPattern {ColumnRole::Sum, R"(^(sum|total[ _]+\w.*|sum[ _].*)$)"},
    HeadingPattern {ColumnRole::Mean, R"(^(mean|average|avg)([ _].*)?$)"},
    // pandas' describe() names its quartiles 25%, 50% and 75%.
    HeadingPattern {ColumnRole::Median, R"(^((median|p50)([ _].*)?|50%)$)"},
    HeadingPattern {ColumnRole::Min, R"(^(min|minimum)([ _].*)?$)"},
    HeadingPattern {ColumnRole::Max, R"(^(max|maximum)([ _].*)?$)"},
    // Stata prints "Coef." and "Std. Err.", R "Std. Error" and "Pr(>|t|)", statsmodels "std err"
    // and "P>|z|", broom "std.error" and "p.value".
    HeadingPattern {
        ColumnRole::Estimate,
        R"(^(coef\.?|coefficient|estimate|beta|std\.?[ _.]?err(or|\.)?|se|z|t|[tz][ _.]?value|)"
        R"(p[ _.-]?value|p>\|[zt]\||pr\(>(\|[zt]\||f|chisq|chi)\)|\[?0?\.025\]?|\[?0?\.975\]?|)"
        R"(odds[ _]ratio|or|ci[ _]?(lower|upper)|(lower|upper)[ _]ci)$)"},
    HeadingPattern {ColumnRole::Std,
                    R"(^(std|sd|stdev|std\.?[ _.]?dev\.?|standard[ _]deviation)([ _].*)?$)"},
    HeadingPattern {ColumnRole::Percentile,
                    R"(^(p\d{1,2}|q[13]|iqr|percentile[ _].*|(100|\d{1,2}(\.\d+)?)%)$)"},
};

} // namespace

QString toString(ColumnRole role)
{
    for (const auto& [candidate, name] : kNames) {
        if (candidate == role)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("other");
}

std::optional<ColumnRole> columnRoleFromString(const QString& text)
{
    for (const auto& [role, name] : kNames) {
        if (text == QLatin1String(name))
            return role;
    }
    return std::nullopt;
}

std::optional<ColumnRole> columnRoleFromHeading(const QString& heading)
{
    static const auto patterns = [] {
        std::array<std::pair<ColumnRole, QRegularExpression>, kHeadingPatterns.size()> compiled;
        for (std::size_t i = 0; i < kHeadingPatterns.size(); ++i) {
            compiled[i] = {kHeadingPatterns[i].role,
                           QRegularExpression(QString::fromLatin1(kHeadingPatterns[i].pattern),
                                              QRegularExpression::CaseInsensitiveOption)};
        }
        return compiled;
    }();
    const QString simplified = heading.simplified();
    if (simplified.isEmpty())
        return std::nullopt;
    for (const auto& [role, pattern] : patterns) {
        if (pattern.match(simplified).hasMatch())
            return role;
    }
    return std::nullopt;
}

bool isMagnitudeRole(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Sum:
    case ColumnRole::Mean:
    case ColumnRole::Median:
    case ColumnRole::Min:
    case ColumnRole::Max:
    case ColumnRole::Std:
    case ColumnRole::Percentile:
        return true;
    default:
        return false;
    }
}

} // namespace egress::table
