#pragma once

#include "rules/status.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace egress::ui {

// How a status looks everywhere in the application. Never colour alone: every status also has
// an icon and a word, so the verdict reads the same in greyscale and to colour-blind checkers.
class StatusStyle
{
public:
    static QIcon icon(rules::Status status);
    static QColor background(rules::Status status); // invalid for Pass: keep the palette's own
    static QString label(rules::Status status); // "Fail", "Review", "Pass"
};

} // namespace egress::ui
