#include "checkedtablemodel.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QtTest>

using egress::ui::CheckedTableModel;

class TestCheckedTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_result = egress::testing::checkedSample(); }

    void passesTheModelTester()
    {
        CheckedTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOutput(egress::testing::sampleOutput(m_result, QStringLiteral("lts_by_setting")));
        model.setOutput(
            egress::testing::sampleOutput(m_result, QStringLiteral("new_requests_by_route")));
        model.clear();
    }

    void layoutPutsLabelColumnsFirst()
    {
        CheckedTableModel model;
        model.setOutput(egress::testing::sampleOutput(m_result, QStringLiteral("lts_by_setting")));
        QCOMPARE(model.labelColumnCount(), 2);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.columnCount(), 2 + 5);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("borough"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("age_band"));
        QCOMPARE(model.headerData(5, Qt::Horizontal).toString(),
                 QStringLiteral("Long Term Support: Prison"));
        QCOMPARE(model.index(6, 0).data().toString(), QStringLiteral("Westminster"));
        QCOMPARE(model.index(6, 1).data().toString(), QStringLiteral("18-64"));
        QCOMPARE(model.indexForCell(6, 3), model.index(6, 5));
    }

    void flaggedCellCarriesStatusIconAndReason()
    {
        CheckedTableModel model;
        model.setOutput(egress::testing::sampleOutput(m_result, QStringLiteral("lts_by_setting")));
        // Westminster / 18-64 × Prison = 4: below threshold 10.
        const QModelIndex failing = model.indexForCell(6, 3);
        QCOMPARE(failing.data().toString(), QStringLiteral("4"));
        QCOMPARE(failing.data(CheckedTableModel::RawValueRole).toDouble(), 4.0);
        QCOMPARE(failing.data(CheckedTableModel::StatusRole).toInt(),
                 static_cast<int>(egress::rules::Status::Fail));
        QVERIFY(failing.data(Qt::BackgroundRole).value<QColor>().isValid());
        QVERIFY(!failing.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(failing.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Fail (threshold): 4 people < threshold 10"));

        // Kensington and Chelsea / 18-64 × Prison = 0: zero to review under nhse-sde.
        const QModelIndex zero = model.indexForCell(3, 3);
        QCOMPARE(zero.data(CheckedTableModel::StatusRole).toInt(),
                 static_cast<int>(egress::rules::Status::Review));

        // Hillingdon / 18-64 × Nursing = 10: n = t passes, and 10 is not above 10, so rounding
        // has nothing to say either.
        const QModelIndex safe = model.indexForCell(0, 0);
        QCOMPARE(safe.data().toString(), QStringLiteral("10"));
        QVERIFY(!safe.data(CheckedTableModel::StatusRole).isValid());
        QVERIFY(!safe.data(Qt::BackgroundRole).isValid());
        QVERIFY(!safe.data(Qt::DecorationRole).isValid());
    }

    void marginsAreBoldAndSuppressedCellsShowTheirMarker()
    {
        CheckedTableModel model;
        model.setOutput(egress::testing::sampleOutput(m_result, QStringLiteral("lts_by_setting")));
        // Row 9 is "Total / Total"; the last column is "Total".
        QVERIFY(model.index(9, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(model.indexForCell(0, 4).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.indexForCell(0, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(model.indexForCell(9, 0).data(CheckedTableModel::IsMarginRole).toBool());

        model.setOutput(
            egress::testing::sampleOutput(m_result, QStringLiteral("new_requests_by_route")));
        // Prison × Progress to Assessment was published as "<5".
        const QModelIndex suppressed = model.indexForCell(4, 1);
        QCOMPARE(suppressed.data().toString(), QStringLiteral("<5"));
        QVERIFY(suppressed.data(CheckedTableModel::IsSuppressedRole).toBool());
        QVERIFY(!suppressed.data(CheckedTableModel::RawValueRole).isValid());
        QVERIFY(suppressed.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(suppressed.data(Qt::ToolTipRole).toString().contains(QStringLiteral("<5")));
        // Grouped thousands are read as numbers and shown plainly.
        QCOMPARE(model.indexForCell(0, 0).data().toString(), QStringLiteral("1205"));
    }

private:
    egress::check::CheckResult m_result;
};

QTEST_MAIN(TestCheckedTableModel)
#include "tst_checkedtablemodel.moc"
