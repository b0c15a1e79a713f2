#include "cellvalueparser.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace egress::io {
namespace {

bool isSuppressionWord(QStringView text)
{
    static const QStringView kMarkers[]
        = {u"*", u"c", u"x", u"..", u"-", u"[REDACTED]", u"REDACTED"};
    for (QStringView marker : kMarkers) {
        if (text.compare(marker, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

enum class NumberForm
{
    NotNumeric,
    OutOfRange,
    Valid,
};

// A plain decimal, optionally with exponent; or digits grouped by commas in threes
// ("12,345"), which is how spreadsheets export large counts. A lone comma decimal such as
// "1,5" is refused: guessing would turn 1.5 into 15.
NumberForm parseNumber(QStringView text, double& value)
{
    static const QRegularExpression plain(
        QStringLiteral("^[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?$"));
    static const QRegularExpression grouped(
        QStringLiteral("^[+-]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?$"));
    QString normalised;
    if (plain.match(text).hasMatch())
        normalised = text.toString();
    else if (grouped.match(text).hasMatch())
        normalised = text.toString().remove(u',');
    else
        return NumberForm::NotNumeric;
    bool ok = false;
    value = QLocale::c().toDouble(normalised, &ok);
    if (!ok || !std::isfinite(value))
        return NumberForm::OutOfRange;
    return NumberForm::Valid;
}

} // namespace

ParsedCellValue ParsedCellValue::parse(QStringView field)
{
    const QStringView text = field.trimmed();
    ParsedCellValue result;
    if (text.isEmpty() || isSuppressionWord(text)) {
        result.kind = Kind::Suppressed;
        return result;
    }
    // "<5", "< 5", "<=5", "≤5": suppressed, with an upper bound that still tells something.
    for (QStringView prefix : {QStringView(u"<="), QStringView(u"≤"), QStringView(u"<")}) {
        double bound = 0.0;
        if (text.startsWith(prefix)
            && parseNumber(text.mid(prefix.size()).trimmed(), bound) == NumberForm::Valid) {
            result.kind = Kind::Suppressed;
            result.upperBound = bound;
            return result;
        }
    }
    switch (parseNumber(text, result.number)) {
    case NumberForm::Valid:
        result.kind = Kind::Number;
        return result;
    case NumberForm::OutOfRange:
        result.problem
            = QStringLiteral("'%1' is out of the range of numbers we can hold").arg(text);
        return result;
    case NumberForm::NotNumeric:
        break;
    }
    static const QRegularExpression nonFinite(QStringLiteral("^[+-]?(?:nan|inf|infinity)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression commaDecimal(QStringLiteral("^[+-]?\\d*,\\d+$"));
    if (nonFinite.match(text).hasMatch()) {
        result.problem = QStringLiteral("'%1' is not a finite number").arg(text);
    } else if (commaDecimal.match(text).hasMatch()) {
        result.problem
            = QStringLiteral("'%1' is ambiguous: write decimals with '.' and no separators")
                  .arg(text);
    } else {
        result.problem = QStringLiteral("'%1' is not a number").arg(text);
    }
    result.number = 0.0;
    return result;
}

} // namespace egress::io
