#pragma once

#include <QTableView>

namespace egress::ui {

// A table view whose first N columns (the row labels) stay in place while the value columns
// scroll, so that a flagged cell far to the right can still be read against its row's labels.
// The frozen columns are a second view laid over the left edge, sharing the model and the
// selection.
class FrozenColumnsTableView : public QTableView
{
    Q_OBJECT

public:
    explicit FrozenColumnsTableView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    void setFrozenColumnCount(int count);
    // Widens the frozen columns to their own contents (bold margin labels included).
    void fitFrozenColumnsToContents();
    int frozenColumnCount() const { return m_frozenCount; }
    QTableView* frozenView() const { return m_frozen; }

    void scrollTo(const QModelIndex& index, ScrollHint hint = EnsureVisible) override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void updateGeometries() override;

private:
    int frozenWidth() const;
    void updateFrozenColumns();
    void updateFrozenGeometry();

    QTableView* m_frozen = nullptr;
    int m_frozenCount = 0;
};

} // namespace egress::ui
