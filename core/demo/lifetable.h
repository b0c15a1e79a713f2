#pragma once

#include <QList>
#include <QtGlobal>

namespace egress::demo {

// A person's follow-up: how long until the event, or until they were last seen without it.
struct FollowUp
{
    qint64 days = 0;
    bool event = false;
};

// One interval of a life table: [start, end) in days.
struct LifeTableRow
{
    qint64 start = 0;
    qint64 end = 0;
    qint64 atRisk = 0; // followed up to the interval's start
    qint64 events = 0;
    qint64 censored = 0;
    double survival = 1; // the share still without the event at the interval's end
};

// The life table of a cohort. Survival is chained through the intervals; within one the
// censored count half (actuarial), S ← S · (1 − events / (at risk − censored / 2)), which for
// intervals of one day each is the Kaplan–Meier estimate up to ties.
class LifeTable
{
public:
    // One row per day on which someone has the event or leaves follow-up, as R's survfit
    // prints it: the table a researcher gets before any disclosure control.
    static QList<LifeTableRow> byDay(const QList<FollowUp>& cohort);
    // Intervals of `days` each from day 0, an interval joined to the next until at least minLeft
    // people leave the risk set in it, and the table ended before fewer than minAtRisk are at
    // risk: the coarsening a disclosure control team asks for.
    static QList<LifeTableRow> coarsened(const QList<FollowUp>& cohort, qint64 days, int minLeft,
                                         int minAtRisk);
};

} // namespace egress::demo
