#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace egress::io {

// What one value-column field says: a number, a suppressed cell, or text that is neither.
struct ParsedCellValue
{
    enum class Kind
    {
        Number,
        Suppressed,
        NotANumber,
    };

    Kind kind = Kind::NotANumber;
    double number = 0.0;
    std::optional<double> upperBound; // "<5", "≤5", "<=5"
    QString problem; // for NotANumber: why, in words

    static ParsedCellValue parse(QStringView field);
};

} // namespace egress::io
