#pragma once

#include "table/evidence.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace egress::demo {

// One output of the demo request: the file the researcher proposes to release, what the
// manifest says of it, and which rule it is built to trip (none for a safe output).
struct DemoOutput
{
    QString id;
    QString file; // inside the package: "outputs/lts_by_setting.csv"
    QByteArray bytes;
    QString kind; // frequency, magnitude, survival, regression, image
    QString statistic;
    QString unit; // of the counts: "person"
    QStringList rows;
    QStringList cols;
    bool margins = false;
    std::optional<table::Evidence> evidence;
    QString description;
    QString context;
    QString controls;
    // The rule whose failure the unsafe twin demonstrates; empty for an output that passes, and
    // "unchecked" for one that a person must look at (the plot).
    QString expectedRule;
};

} // namespace egress::demo
