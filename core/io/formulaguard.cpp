#include "formulaguard.h"

#include "cellvalueparser.h"

namespace egress::io {
namespace {

bool startsLikeFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
        || first == u'\r';
}

} // namespace

QString guardFormula(const QString& text)
{
    if (!startsLikeFormula(text) || text == QLatin1String("-")
        || ParsedCellValue::parse(text).kind == ParsedCellValue::Kind::Number) {
        return text;
    }
    return QLatin1Char('\'') + text;
}

QString unguardFormula(const QString& text)
{
    if (text.startsWith(u'\'') && startsLikeFormula(QStringView(text).sliced(1)))
        return text.mid(1);
    return text;
}

} // namespace egress::io
