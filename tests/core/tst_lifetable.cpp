#include "demo/lifetable.h"

#include <QtTest>

using egress::demo::FollowUp;
using egress::demo::LifeTable;
using egress::demo::LifeTableRow;

namespace {

// "start-end:at risk/events/censored/survival" per row, survival to 4 places.
QString describe(const QList<LifeTableRow>& rows)
{
    QStringList parts;
    for (const LifeTableRow& row : rows)
        parts.append(QStringLiteral("%1-%2:%3/%4/%5/%6")
                         .arg(row.start)
                         .arg(row.end)
                         .arg(row.atRisk)
                         .arg(row.events)
                         .arg(row.censored)
                         .arg(row.survival, 0, 'f', 4));
    return parts.join(u' ');
}

QList<FollowUp> cohort(std::initializer_list<std::pair<qint64, bool>> people)
{
    QList<FollowUp> result;
    for (const auto& [days, event] : people)
        result.append({days, event});
    return result;
}

} // namespace

class TestLifeTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byDayIsKaplanMeier();
    void coarsenedJoinsAndEnds();
    void coarsenedOfATooSmallCohortIsEmpty();
};

// Five people: events on days 2 and 5, censored on days 2, 3 and 7. Kaplan–Meier by hand:
// day 2: 5 at risk, 1 event → 4/5 = 0.8; day 3: 3 at risk, no event; day 5: 2 at risk, 1 event
// → 0.8 × 1/2 = 0.4; day 7: 1 at risk, censored.
void TestLifeTable::byDayIsKaplanMeier()
{
    const QList<FollowUp> people
        = cohort({{2, true}, {2, false}, {3, false}, {5, true}, {7, false}});
    QCOMPARE(describe(LifeTable::byDay(people)),
             QStringLiteral("2-3:5/1/1/0.8000 3-4:3/0/1/0.8000 5-6:2/1/0/0.4000 "
                            "7-8:1/0/1/0.4000"));
}

// Intervals of 10 days, at least 3 leaving each, at least 2 at risk. Follow-up days:
// 1e 4c 12e 15c 18e 25c 31e 33c 47c. Fine intervals: [0,10) 9 at risk, 2 leave; [10,20) 7, 3;
// [20,30) 4, 1; [30,40) 3, 2; [40,50) 1 at risk: the table ends before it. Joined: [0,20) with
// 5 leaving, then [20,40) with 3. Actuarial survival: [0,20): 9 at risk, 3 events, 2 censored:
// 1 − 3/8 = 0.625; [20,40): 4 at risk, 1 event, 2 censored: 0.625 × (1 − 1/3) = 0.4167.
void TestLifeTable::coarsenedJoinsAndEnds()
{
    const QList<FollowUp> people = cohort({{1, true},
                                           {4, false},
                                           {12, true},
                                           {15, false},
                                           {18, true},
                                           {25, false},
                                           {31, true},
                                           {33, false},
                                           {47, false}});
    QCOMPARE(describe(LifeTable::coarsened(people, 10, 3, 2)),
             QStringLiteral("0-20:9/3/2/0.6250 20-40:4/1/2/0.4167"));
}

void TestLifeTable::coarsenedOfATooSmallCohortIsEmpty()
{
    QVERIFY(LifeTable::coarsened(cohort({{1, true}, {2, false}}), 10, 3, 2).isEmpty());
    QVERIFY(LifeTable::byDay({}).isEmpty());
}

QTEST_GUILESS_MAIN(TestLifeTable)
#include "tst_lifetable.moc"
