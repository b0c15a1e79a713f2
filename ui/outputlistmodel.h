#pragma once

#include "check/checkresult.h"

#include <QAbstractListModel>

namespace egress::ui {

// The outputs of a check, each with its status (icon and word) and summary.
class OutputListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        StatusRole = Qt::UserRole + 1, // int(rules::Status)
        OutputIdRole,
    };

    explicit OutputListModel(QObject* parent = nullptr);

    void setResult(const check::CheckResult& result);
    const check::OutputResult* output(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<check::OutputResult> m_outputs;
};

} // namespace egress::ui
