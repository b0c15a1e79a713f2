#pragma once

#include "outputresult.h"
#include "profiles/profile.h"

#include <QList>

namespace egress::check {

// The `secondary` audit of tables linked through shared cells. Two outputs over the same row
// dimensions that both publish a cell with the same labels (the borough totals of borough × sex
// and of borough × age) describe one number twice: an intruder sets the two tables' relations
// side by side. Where both hide such a cell, each table can look safe on its own and still give
// a hidden cell away together; those cells get a `secondary` finding naming the other table.
class LinkedAudit
{
public:
    static void judge(QList<OutputResult>& outputs, const profiles::Profile& profile);
};

} // namespace egress::check
