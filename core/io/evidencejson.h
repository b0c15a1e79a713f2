#pragma once

#include "table/evidence.h"

#include <QByteArray>
#include <QString>

namespace egress::io {

// The evidence file of a request package (schema egress-review/evidence/1):
//   {"schema": "egress-review/evidence/1", "output": "cost_by_setting", "unit": "person",
//    "statistic": "sum", "value": "weekly_cost", "rows": ["borough"], "cols": ["setting"],
//    "cells": [{"row": ["Hillingdon"], "col": ["Residential"], "n": 412, "total": 551230.5,
//               "top": [5200.0, 4100.0], "negatives": 0, "missing": 3,
//               "min": 12.5, "max": 5200.0}]}
// "min" and "max" are optional; everything else in a cell is required, so that a dominance
// check never runs on evidence that silently lacks its inputs.
class EvidenceJson
{
public:
    static constexpr const char* kSchema = "egress-review/evidence/1";

    // Throws InputError naming fileName for malformed JSON, a wrong schema, a cell without
    // its labels or numbers, negative counts, top contributions that are not in descending
    // order or more of them than units, and a cell listed twice.
    static table::Evidence read(const QByteArray& json, const QString& fileName);
    static QByteArray write(const table::Evidence& evidence);
};

} // namespace egress::io
