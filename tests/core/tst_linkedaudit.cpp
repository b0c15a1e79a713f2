#include "check/linkedaudit.h"
#include "profiles/profilecatalog.h"
#include "protecttestsupport.h"
#include "rules/secondaryrule.h"

#include <QtTest>

using egress::check::LinkedAudit;
using egress::check::OutputResult;
using egress::testing::tableFromCsv;

namespace {

// An output as check leaves it: the table and its own secondary findings.
OutputResult outputOf(const char* id, const char* csv, const egress::profiles::Profile& profile)
{
    OutputResult output;
    output.id = QString::fromLatin1(id);
    output.table = std::make_shared<const egress::table::Table>(tableFromCsv(csv));
    output.findings = egress::rules::SecondaryRule().evaluate(*output.table, nullptr, profile);
    output.status
        = output.findings.isEmpty() ? egress::rules::Status::Pass : egress::rules::Status::Fail;
    return output;
}

QStringList messages(const OutputResult& output)
{
    QStringList lines;
    for (const auto& finding : output.findings)
        lines.append(output.table->describeCell(finding.cell->row, finding.cell->column) + u' '
                     + finding.message);
    return lines;
}

} // namespace

class TestLinkedAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoSafeTablesGiveACellAwayTogether();
    void unlinkedTablesAreLeftAlone();
};

// By sex: North T = a + 30 with North M = a in 0–10, so North T is in 30–40. By age: North T =
// 40 + b with North Y = b in 0–10, so 40–50. Each range is 10 wide, not narrower than t = 10, so
// each table alone passes; but North T is one number, in both ranges: exactly 40, and then a =
// 10, b = 0, and every hidden cell with it.
void TestLinkedAudit::twoSafeTablesGiveACellAwayTogether()
{
    const auto profile = egress::profiles::ProfileCatalog::builtIn(QStringLiteral("acro-default"));
    QList<OutputResult> outputs {
        outputOf("by_sex", "area,M,F,Total\nNorth,*,30,*\nSouth,*,20,*\nTotal,10,50,60\n", profile),
        outputOf("by_age", "area,Y,O,Total\nNorth,*,40,*\nSouth,*,10,*\nTotal,10,50,60\n",
                 profile)};
    QVERIFY(outputs.at(0).findings.isEmpty());
    QVERIFY(outputs.at(1).findings.isEmpty());
    LinkedAudit::judge(outputs, profile);
    QCOMPARE(messages(outputs.at(0)).first(),
             QStringLiteral("North × M with by_age, which shares this table's totals, the "
                            "totals give the suppressed value exactly: 10"));
    QVERIFY(messages(outputs.at(0))
                .contains(QStringLiteral(
                    "North × Total with by_age, which shares this table's totals, the totals "
                    "give the suppressed value exactly: 40")));
    QCOMPARE(messages(outputs.at(1)).size(), 4);
    QCOMPARE(egress::rules::toString(outputs.at(1).status), QStringLiteral("fail"));
    QCOMPARE(outputs.at(1).summary, QStringLiteral("suppression undone with by_sex"));
}

void TestLinkedAudit::unlinkedTablesAreLeftAlone()
{
    const auto profile = egress::profiles::ProfileCatalog::builtIn(QStringLiteral("acro-default"));
    QList<OutputResult> outputs {
        outputOf("by_sex", "area,M,F,Total\nNorth,*,30,*\nSouth,*,20,*\nTotal,10,50,60\n", profile),
        // Other row dimension: nothing in common.
        outputOf("by_setting", "setting,Y,O,Total\nNorth,*,40,*\nSouth,*,10,*\nTotal,10,50,60\n",
                 profile)};
    LinkedAudit::judge(outputs, profile);
    QVERIFY(outputs.at(0).findings.isEmpty());
    QVERIFY(outputs.at(1).findings.isEmpty());
}

QTEST_GUILESS_MAIN(TestLinkedAudit)
#include "tst_linkedaudit.moc"
