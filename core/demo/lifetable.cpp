#include "lifetable.h"

#include <algorithm>
#include <map>

namespace egress::demo {
namespace {

// Counts of each interval between consecutive edges, survival chained through them.
QList<LifeTableRow> tabulate(const QList<FollowUp>& cohort, const QList<qint64>& edges)
{
    QList<LifeTableRow> rows;
    double survival = 1;
    for (qsizetype k = 0; k + 1 < edges.size(); ++k) {
        LifeTableRow row;
        row.start = edges.at(k);
        row.end = edges.at(k + 1);
        for (const FollowUp& person : cohort) {
            if (person.days < row.start)
                continue;
            ++row.atRisk;
            if (person.days < row.end)
                ++(person.event ? row.events : row.censored);
        }
        const double exposed = double(row.atRisk) - double(row.censored) / 2;
        if (exposed > 0)
            survival *= 1 - double(row.events) / exposed;
        row.survival = survival;
        rows.append(row);
    }
    return rows;
}

} // namespace

QList<LifeTableRow> LifeTable::byDay(const QList<FollowUp>& cohort)
{
    std::map<qint64, std::pair<qint64, qint64>> leaving; // day → (events, censored)
    for (const FollowUp& person : cohort)
        ++(person.event ? leaving[person.days].first : leaving[person.days].second);
    QList<LifeTableRow> rows;
    qint64 atRisk = cohort.size();
    double survival = 1;
    for (const auto& [day, counts] : leaving) {
        LifeTableRow row;
        row.start = day;
        row.end = day + 1;
        row.atRisk = atRisk;
        row.events = counts.first;
        row.censored = counts.second;
        // Kaplan–Meier: those censored on the day of an event are taken as still at risk.
        survival *= 1 - double(row.events) / double(atRisk);
        row.survival = survival;
        rows.append(row);
        atRisk -= row.events + row.censored;
    }
    return rows;
}

QList<LifeTableRow> LifeTable::coarsened(const QList<FollowUp>& cohort, qint64 days, int minLeft,
                                         int minAtRisk)
{
    qint64 last = 0;
    for (const FollowUp& person : cohort)
        last = std::max(last, person.days);
    QList<qint64> fine;
    for (qint64 day = 0; day <= last; day += days)
        fine.append(day);
    fine.append(fine.constLast() + days);
    QList<qint64> edges {0};
    qint64 left = 0;
    for (const LifeTableRow& row : tabulate(cohort, fine)) {
        if (row.atRisk < minAtRisk)
            break;
        left += row.events + row.censored;
        if (left >= minLeft) {
            edges.append(row.end);
            left = 0;
        }
    }
    if (edges.size() < 2)
        return {};
    return tabulate(cohort, edges);
}

} // namespace egress::demo
