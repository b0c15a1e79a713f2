#include "frozencolumnstableview.h"

#include <QHeaderView>
#include <QScrollBar>

#include <algorithm>

namespace egress::ui {

FrozenColumnsTableView::FrozenColumnsTableView(QWidget* parent)
    : QTableView(parent)
    , m_frozen(new QTableView(this))
{
    m_frozen->setObjectName(QStringLiteral("frozenColumnsView"));
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->verticalHeader()->hide();
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollMode(ScrollPerPixel);
    m_frozen->setEditTriggers(NoEditTriggers);
    m_frozen->setWordWrap(false);
    m_frozen->setStyleSheet(QStringLiteral("QTableView { border: none; }"));
    m_frozen->hide();
    viewport()->stackUnder(m_frozen);

    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);

    connect(horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int logicalIndex, int, int newSize) {
                if (logicalIndex < m_frozenCount) {
                    m_frozen->setColumnWidth(logicalIndex, newSize);
                    updateFrozenGeometry();
                }
            });
    connect(verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int logicalIndex, int, int newSize) {
                m_frozen->setRowHeight(logicalIndex, newSize);
            });
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
            &QAbstractSlider::setValue);
}

void FrozenColumnsTableView::setModel(QAbstractItemModel* model)
{
    m_frozen->horizontalHeader()->setDefaultAlignment(horizontalHeader()->defaultAlignment());
    QTableView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this,
                &FrozenColumnsTableView::updateFrozenColumns);
    }
    updateFrozenColumns();
}

void FrozenColumnsTableView::setFrozenColumnCount(int count)
{
    m_frozenCount = count;
    updateFrozenColumns();
}

void FrozenColumnsTableView::updateFrozenColumns()
{
    const int columns = model() ? model()->columnCount() : 0;
    for (int column = 0; column < columns; ++column) {
        m_frozen->setColumnHidden(column, column >= m_frozenCount);
        if (column < m_frozenCount)
            m_frozen->setColumnWidth(column, columnWidth(column));
    }
    m_frozen->setVisible(m_frozenCount > 0 && columns > 0);
    updateFrozenGeometry();
}

void FrozenColumnsTableView::fitFrozenColumnsToContents()
{
    for (int column = 0; column < m_frozenCount; ++column) {
        m_frozen->resizeColumnToContents(column);
        // The main view keeps the same width underneath, so that its value columns start where
        // the frozen ones end.
        setColumnWidth(column, std::max(columnWidth(column), m_frozen->columnWidth(column)));
    }
}

int FrozenColumnsTableView::frozenWidth() const
{
    int width = 0;
    for (int column = 0; column < m_frozenCount; ++column)
        width += columnWidth(column);
    return width;
}

void FrozenColumnsTableView::updateFrozenGeometry()
{
    m_frozen->setGeometry(verticalHeader()->width() + frameWidth(), frameWidth(), frozenWidth(),
                          viewport()->height() + horizontalHeader()->height());
}

void FrozenColumnsTableView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    updateFrozenGeometry();
}

void FrozenColumnsTableView::updateGeometries()
{
    QTableView::updateGeometries();
    if (m_frozen)
        updateFrozenGeometry();
}

void FrozenColumnsTableView::scrollTo(const QModelIndex& index, ScrollHint hint)
{
    QTableView::scrollTo(index, hint);
    if (!index.isValid() || index.column() < m_frozenCount)
        return;
    // The base class only knows the viewport; a cell that ended up under the frozen columns is
    // scrolled out from under them.
    const int hiddenBy = frozenWidth() - visualRect(index).left();
    if (hiddenBy > 0)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - hiddenBy);
}

QModelIndex FrozenColumnsTableView::moveCursor(CursorAction cursorAction,
                                               Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = QTableView::moveCursor(cursorAction, modifiers);
    if (cursorAction == MoveLeft && current.column() >= m_frozenCount) {
        const int hiddenBy = frozenWidth() - visualRect(current).left();
        if (hiddenBy > 0)
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() - hiddenBy);
    }
    return current;
}

} // namespace egress::ui
