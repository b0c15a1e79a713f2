#include "outputlistmodel.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QtTest>

using egress::ui::OutputListModel;

class TestOutputListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryOutputWithItsStatus()
    {
        OutputListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(egress::testing::checkedSample());
        QCOMPARE(model.rowCount(), 3);
        const QStringList expectedIds
            = {QStringLiteral("lts_by_borough"), QStringLiteral("lts_by_setting"),
               QStringLiteral("new_requests_by_route")};
        const QList<egress::rules::Status> expectedStatus
            = {egress::rules::Status::Pass, egress::rules::Status::Fail,
               egress::rules::Status::Review};
        const QStringList expectedWords
            = {QStringLiteral("Pass"), QStringLiteral("Fail"), QStringLiteral("Review")};
        for (int row = 0; row < 3; ++row) {
            const QModelIndex index = model.index(row);
            QCOMPARE(index.data(OutputListModel::OutputIdRole).toString(), expectedIds.at(row));
            QCOMPARE(index.data(OutputListModel::StatusRole).toInt(),
                     static_cast<int>(expectedStatus.at(row)));
            // Not colour alone: the status is a word in the text and an icon.
            QVERIFY(index.data().toString().contains(expectedWords.at(row)));
            QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
        }
        QCOMPARE(model.index(1).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("6 cells below threshold 10; 3 cells with zero to review"));
        QVERIFY(model.output(3) == nullptr);
        QVERIFY(model.output(-1) == nullptr);
        model.setResult({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestOutputListModel)
#include "tst_outputlistmodel.moc"
