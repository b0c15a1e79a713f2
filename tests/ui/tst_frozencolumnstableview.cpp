#include "checkedtablemodel.h"
#include "frozencolumnstableview.h"
#include "uitesthelpers.h"

#include <QScrollBar>
#include <QtTest>

using egress::ui::CheckedTableModel;
using egress::ui::FrozenColumnsTableView;

class TestFrozenColumnsTableView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labelColumnsStayVisibleAndCellsAreScrolledOutFromUnderThem()
    {
        const auto result = egress::testing::checkedSample();
        CheckedTableModel model;
        model.setOutput(egress::testing::sampleOutput(result, QStringLiteral("lts_by_setting")));
        FrozenColumnsTableView view;
        view.setModel(&model);
        view.setFrozenColumnCount(model.labelColumnCount());
        for (int column = 0; column < model.columnCount(); ++column)
            view.setColumnWidth(column, 200);
        view.resize(700, 300); // room for the labels and about one value column
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QTableView* frozen = view.frozenView();
        QVERIFY(frozen->isVisible());
        QVERIFY(!frozen->isColumnHidden(0));
        QVERIFY(!frozen->isColumnHidden(1));
        QVERIFY(frozen->isColumnHidden(2));
        QCOMPARE(frozen->width(), 400);
        QCOMPARE(frozen->selectionModel(), view.selectionModel());

        // Far right: the view must scroll right.
        const QModelIndex total = model.indexForCell(0, 4);
        view.scrollTo(total);
        QVERIFY(view.horizontalScrollBar()->value() > 0);
        QVERIFY(view.visualRect(total).left() >= 400);

        // Back to the first value column: it must come out from under the frozen labels.
        const QModelIndex first = model.indexForCell(0, 0);
        view.scrollTo(first);
        QVERIFY2(
            view.visualRect(first).left() >= 400,
            qPrintable(QStringLiteral("cell starts at %1").arg(view.visualRect(first).left())));
    }
};

QTEST_MAIN(TestFrozenColumnsTableView)
#include "tst_frozencolumnstableview.moc"
