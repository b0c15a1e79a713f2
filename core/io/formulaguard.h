#pragma once

#include <QString>

namespace egress::io {

// Spreadsheets run a field that starts with = + - @, a tab or a carriage return as a formula, so
// a CSV we write guards such text with a leading apostrophe ('=cmd|…), which spreadsheets show
// as text, and a table we read drops that apostrophe again. Numbers ("-3") and the marker "-"
// are left alone: no spreadsheet takes them for formulas, and altering them would change the
// table.
QString guardFormula(const QString& text);
// The text a guarded field stands for: "'=1+1" → "=1+1". Anything else is returned as it is.
QString unguardFormula(const QString& text);

} // namespace egress::io
