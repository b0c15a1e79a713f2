#pragma once

#include "rule.h"

namespace egress::rules {

// `identifier`: a direct identifier in an output fails it under every profile: no threshold
// makes an NHS number, a postcode, an email address or a date of birth safe to release.
// Tables are searched in their row-dimension names, value-column headings, row labels and cells
// (a value written as ten digits with a valid check digit, or the text of a suppressed cell);
// text documents line by line. A lone ten-digit value goes to review, because one ordinary
// number in eleven has a valid check digit too. Findings show what was found in masked form only.
class IdentifierRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("identifier"); }
    QList<Finding> evaluate(const table::Table& table, const table::Evidence* evidence,
                            const profiles::Profile& profile) const override;
    QString summarise(const QList<Finding>& findings,
                      const profiles::Profile& profile) const override;

    // Output-level findings for a text document, naming the line of each identifier.
    static QList<Finding> scanText(const QString& text);
};

} // namespace egress::rules
