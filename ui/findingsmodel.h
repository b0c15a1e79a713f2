#pragma once

#include "rules/finding.h"

#include <QAbstractListModel>
#include <QList>

namespace egress::ui {

// The findings of one output, one line each: status icon and word, rule, the cell's labels and
// the reason. Output-level findings (no cell) say so.
class FindingsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        StatusRole = Qt::UserRole + 1, // int(rules::Status)
        RuleRole,
        TableRowRole, // the finding's table row, or -1 for output-level findings
        TableColumnRole,
    };

    explicit FindingsModel(QObject* parent = nullptr);

    void setFindings(const QList<rules::Finding>& findings);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<rules::Finding> m_findings;
};

} // namespace egress::ui
