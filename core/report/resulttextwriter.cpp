#include "resulttextwriter.h"

#include "table/labelpath.h"
#include "version.h"

#include <QStringList>

namespace egress::report {
namespace {

QString padded(const QString& text, qsizetype width)
{
    return text.leftJustified(width, u' ');
}

QString cellText(const rules::Finding& finding)
{
    if (!finding.cell)
        return QString();
    const QString row = table::formatLabelPath(finding.cell->rowPath);
    const QString column = table::formatLabelPath(finding.cell->columnPath);
    return (row.isEmpty() ? column : row + QStringLiteral(" × ") + column) + QStringLiteral(": ");
}

} // namespace

QString ResultTextWriter::toText(const check::CheckResult& result)
{
    QStringList lines;
    lines.append(QStringLiteral("egress-check %1 · profile %2 v%3 (sha256 %4…)")
                     .arg(QLatin1String(kToolVersion), result.profile.name)
                     .arg(result.profile.version)
                     .arg(result.profile.sha256.left(12)));
    lines.append(QString());
    for (const check::OutputResult& output : result.outputs) {
        lines.append(QStringLiteral("%1 %2  %3")
                         .arg(padded(rules::toString(output.status).toUpper(), 6),
                              output.sheet.isEmpty()
                                  ? output.file
                                  : QStringLiteral("%1 [%2]").arg(output.file, output.sheet),
                              output.summary));
        for (const rules::Finding& finding : output.findings) {
            lines.append(QStringLiteral("       %1 %2 %3%4")
                             .arg(padded(rules::toString(finding.status), 6),
                                  padded(finding.rule, 10), cellText(finding), finding.message));
        }
    }
    lines.append(QString());
    const qsizetype total = result.outputs.size();
    lines.append(QStringLiteral("Verdict: %1 (%2 of %3 outputs pass, %4 need review, %5 fail)")
                     .arg(rules::toString(result.status).toUpper())
                     .arg(result.countWithStatus(rules::Status::Pass))
                     .arg(total)
                     .arg(result.countWithStatus(rules::Status::Review))
                     .arg(result.countWithStatus(rules::Status::Fail)));
    return lines.join(u'\n') + u'\n';
}

} // namespace egress::report
