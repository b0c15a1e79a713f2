#pragma once

#include <QString>
#include <QStringList>

namespace egress::table {

// A cell is always named by its labels (e.g. {"Hillingdon", "65+"}), never by a grid offset:
// offsets change when a table is re-sorted or re-exported, labels do not.
using LabelPath = QStringList;

// "Hillingdon / 65+" — the form used in messages and reports.
inline QString formatLabelPath(const LabelPath& path)
{
    return path.join(QStringLiteral(" / "));
}

} // namespace egress::table
