#pragma once

#include "lifetable.h"

#include <QByteArray>
#include <QList>

namespace egress::demo {

// The step curve of a life table as a PNG chart: survival (0–100%) against weeks, with a grid,
// axis figures and the title the researcher gave it.
class SurvivalPlot
{
public:
    static QByteArray png(const QList<LifeTableRow>& rows, const char* title);
};

} // namespace egress::demo
