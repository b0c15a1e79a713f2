#pragma once

#include "check/checkresult.h"
#include "protect/roundingprotector.h"
#include "protect/suppressionprotector.h"

#include <QByteArray>
#include <QString>

namespace egress::report {

// What `egress-check protect` says of a protection (schema egress-review/protection/1): every
// suppressed cell by its labels, primary (with the rules that failed it) or secondary, with the
// interval an intruder can still narrow it to, and the check of the published table.
//   {"schema": "egress-review/protection/1", "method": "suppress", "table": "out.csv",
//    "primary": 3, "secondary": 5, "audit": "feasible",
//    "cells": [{"row": ["A"], "col": ["M"], "suppression": "primary", "rules": ["threshold"],
//               "interval": [0, 22]}],
//    "result": {...result JSON of the published table...}}
// The suppressed values themselves are not written: this file travels with the table.
class ProtectionJsonWriter
{
public:
    static constexpr const char* kSchema = "egress-review/protection/1";

    static QByteArray toBytes(const protect::Protection& protection, const QString& tableName,
                              const check::CheckResult& publishedCheck);
    // Rounding: "method" "round" (with "base", "above" and "margins") or "midpoint6", and per
    // count its published value and the interval an intruder can narrow the true one to.
    static QByteArray toBytes(const protect::Rounding& rounding,
                              const protect::RoundingMethod& method, const QString& tableName,
                              const check::CheckResult& publishedCheck);
};

} // namespace egress::report
