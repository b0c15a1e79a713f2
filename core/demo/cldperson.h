#pragma once

#include <QString>
#include <QtGlobal>

namespace egress::demo {

// Where a person's long-term support is given, ranked by the SALT hierarchy (the first wins when
// a person has several): nursing, then residential, then community, then prison.
enum class CareSetting
{
    None,
    Nursing,
    Residential,
    Community,
    Prison
};

// What the demo outputs need to know of one person, folded from all the person's event rows.
// Person-level fields repeat on every row; the last row's value is kept.
struct CldPerson
{
    QString borough;
    int birthYear = 0; // 0 when missing
    QString gender;
    QString supportReason;
    QString unpaidCarer;
    QString accommodation;
    QString employment;
    bool serviceUser = false;
    qint64 deathDay = -1; // Julian day; -1 when alive

    // Long-term support open at some time in the reporting year.
    CareSetting setting = CareSetting::None;
    // £ a week: the planned cost of the latest service in that setting, when it has one.
    double weeklyCost = 0;
    bool hasWeeklyCost = false;
    qint64 costStartDay = -1; // when that service started

    // The person's first request for support in the extract, and the first in the year.
    qint64 firstRequestDay = -1;
    qint64 yearRequestDay = -1;
    QString yearRequestRoute;
    QString yearRequestOutcome;

    // The last day the extract sees the person: the latest start or end of any event, the end of
    // the extract for a service still open.
    qint64 lastSeenDay = -1;

    // The first day of long-term residential or nursing care; -1 when never.
    qint64 careHomeDay = -1;
};

} // namespace egress::demo
