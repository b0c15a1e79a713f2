#include "findingsmodel.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using egress::ui::FindingsModel;

class TestFindingsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester()
    {
        FindingsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto result = egress::testing::checkedSample();
        model.setFindings(
            egress::testing::sampleOutput(result, QStringLiteral("lts_by_setting")).findings);
        model.setFindings({});
    }

    void describesEachFindingWithItsCell()
    {
        FindingsModel model;
        const auto result = egress::testing::checkedSample();
        model.setFindings(
            egress::testing::sampleOutput(result, QStringLiteral("lts_by_setting")).findings);
        QCOMPARE(model.rowCount(), 9);
        const QModelIndex first = model.index(0);
        QCOMPARE(
            first.data().toString(),
            QStringLiteral("Fail · threshold · Hillingdon / 18-64 × Long Term Support: Prison\n"
                           "3 people < threshold 10"));
        QCOMPARE(first.data(FindingsModel::RuleRole).toString(), QStringLiteral("threshold"));
        QCOMPARE(first.data(FindingsModel::TableRowRole).toLongLong(), 0);
        QCOMPARE(first.data(FindingsModel::TableColumnRole).toLongLong(), 3);
        const QModelIndex zero = model.index(3);
        QCOMPARE(zero.data(FindingsModel::RuleRole).toString(), QStringLiteral("zero"));
        QCOMPARE(zero.data(FindingsModel::StatusRole).toInt(),
                 static_cast<int>(egress::rules::Status::Review));
    }

    void outputLevelFindingsHaveNoCell()
    {
        egress::rules::Finding finding;
        finding.rule = QStringLiteral("unchecked");
        finding.status = egress::rules::Status::Review;
        finding.message = QStringLiteral("a person must review it");
        FindingsModel model;
        model.setFindings({finding});
        QCOMPARE(model.index(0).data(FindingsModel::TableRowRole).toLongLong(), -1);
        QVERIFY(model.index(0).data().toString().contains(QStringLiteral("whole output")));
    }
};

QTEST_MAIN(TestFindingsModel)
#include "tst_findingsmodel.moc"
