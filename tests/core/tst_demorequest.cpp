#include "check/checker.h"
#include "demo/cldpeople.h"
#include "demo/demorequest.h"
#include "demo/demorequestwriter.h"
#include "filetestsupport.h"
#include "profiles/profilecatalog.h"
#include "sample/cldgenerator.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

using egress::check::Checker;
using egress::check::CheckResult;
using egress::demo::CldPeople;
using egress::demo::DemoOutput;
using egress::demo::DemoRequest;
using egress::demo::DemoRequestWriter;
using egress::rules::Status;

namespace {

// Every file under folder with its SHA-256, so that two writings can be compared byte for byte.
QStringList digests(const QString& folder)
{
    QStringList result;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {QStringLiteral("<cannot read %1>").arg(path)};
        result.append(
            QDir(folder).relativeFilePath(path) + u' '
            + QString::fromLatin1(
                QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
    }
    result.sort();
    return result;
}

QString statusName(Status status)
{
    return egress::rules::toString(status);
}

} // namespace

// The demo request of cld.md, made from a synthetic extract as `egress-check sample` makes it,
// checked under the default profile: each safe output passes, each unsafe twin fails for the
// reason it was built for, and the plot goes to a person.
class TestDemoRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyOutputGetsItsIntendedVerdict_data();
    void everyOutputGetsItsIntendedVerdict();
    void sevenAnalysesEachWithATwin();
    void writingIsDeterministicAndReplacesOnlyADemo();
    void packageHoldsNoPersonLevelData();

private:
    QString writeExtract(const QString& name, quint64 seed);

    QTemporaryDir m_dir;
    QList<DemoOutput> m_outputs;
    CheckResult m_result;
};

QString TestDemoRequest::writeExtract(const QString& name, quint64 seed)
{
    egress::sample::CldGenerator::Options options;
    options.seed = seed;
    const QString path = m_dir.filePath(name);
    egress::sample::CldGenerator(options).writeFile(path);
    return path;
}

void TestDemoRequest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_outputs = DemoRequest::outputs(CldPeople::read(writeExtract(QStringLiteral("cld.csv"), 1)));
    DemoRequestWriter::write(m_dir.filePath(QStringLiteral("demo-request")), m_outputs);
    const Checker checker(egress::profiles::ProfileCatalog::resolve(QStringLiteral("nhse-sde")));
    m_result = checker.checkPaths({m_dir.filePath(QStringLiteral("demo-request"))});
}

void TestDemoRequest::everyOutputGetsItsIntendedVerdict_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("rule"); // a finding of this rule with that status

    QTest::newRow("1 safe") << "lts_by_setting"
                            << "pass"
                            << "";
    QTest::newRow("1 unsafe: prison cells") << "lts_by_setting_unsafe"
                                            << "fail"
                                            << "threshold";
    QTest::newRow("2 safe") << "lts_by_support_reason"
                            << "pass"
                            << "";
    QTest::newRow("2 unsafe: small reasons") << "lts_by_support_reason_unsafe"
                                             << "fail"
                                             << "threshold";
    QTest::newRow("3 safe") << "new_requests_by_route"
                            << "pass"
                            << "";
    QTest::newRow("3 unsafe: every route and outcome") << "new_requests_by_route_unsafe"
                                                       << "fail"
                                                       << "threshold";
    QTest::newRow("4 safe") << "weekly_cost"
                            << "pass"
                            << "";
    QTest::newRow("4 unsafe: dominated prison cells") << "weekly_cost_unsafe"
                                                      << "fail"
                                                      << "dominance-p";
    QTest::newRow("4 unsafe: minima and maxima") << "weekly_cost_unsafe"
                                                 << "fail"
                                                 << "extreme-value";
    QTest::newRow("5 safe") << "ld_accommodation"
                            << "pass"
                            << "";
    QTest::newRow("5 unsafe: almost every cell") << "ld_accommodation_unsafe"
                                                 << "fail"
                                                 << "threshold";
    QTest::newRow("6 safe") << "care_home_survival"
                            << "pass"
                            << "";
    QTest::newRow("6 plot") << "care_home_survival_plot"
                            << "review"
                            << "unchecked";
    QTest::newRow("6 unsafe: daily steps and tail") << "care_home_survival_unsafe"
                                                    << "fail"
                                                    << "survival";
    QTest::newRow("7 safe") << "care_home_model"
                            << "pass"
                            << "";
    QTest::newRow("7 unsafe: pilot fit") << "care_home_model_unsafe"
                                         << "fail"
                                         << "dof";
}

void TestDemoRequest::everyOutputGetsItsIntendedVerdict()
{
    QFETCH(QString, id);
    QFETCH(QString, status);
    QFETCH(QString, rule);
    const auto output = std::find_if(m_result.outputs.cbegin(), m_result.outputs.cend(),
                                     [&id](const auto& candidate) { return candidate.id == id; });
    QVERIFY2(output != m_result.outputs.cend(), qPrintable(id));
    QVERIFY(output->checkedWithEvidence || output->kind != egress::table::OutputKind::Frequency);
    QCOMPARE(statusName(output->status), status);
    if (rule.isEmpty()) {
        QCOMPARE(output->findings.size(), 0);
        return;
    }
    const bool found
        = std::any_of(output->findings.cbegin(), output->findings.cend(),
                      [&](const egress::rules::Finding& finding) {
                          return finding.rule == rule && statusName(finding.status) == status;
                      });
    QVERIFY2(found, qPrintable(output->summary));
    // The unsafe survival table fails at its tail too: fewer than 10 still at risk.
    if (id == QLatin1String("care_home_survival_unsafe"))
        QVERIFY(output->summary.contains(QStringLiteral("survival table below 10")));
}

void TestDemoRequest::sevenAnalysesEachWithATwin()
{
    QCOMPARE(m_outputs.size(), 15); // 7 safe, 7 unsafe, 1 plot
    qsizetype unsafe = 0;
    for (const DemoOutput& output : m_outputs)
        unsafe += output.id.endsWith(QLatin1String("_unsafe")) ? 1 : 0;
    QCOMPARE(unsafe, 7);
    QCOMPARE(statusName(m_result.status), QStringLiteral("fail"));
    QCOMPARE(m_result.countWithStatus(Status::Pass), 7);
    QCOMPARE(m_result.countWithStatus(Status::Review), 1);
    QCOMPARE(m_result.countWithStatus(Status::Fail), 7);
    QVERIFY(m_result.request.has_value());
    QCOMPARE(m_result.request->id, DemoRequestWriter::requestId());
    QCOMPARE(m_result.supporting.size(), 1);

    // Another seed makes other numbers, and the same verdicts.
    const QList<DemoOutput> other
        = DemoRequest::outputs(CldPeople::read(writeExtract(QStringLiteral("seed2.csv"), 2)));
    const QString folder = m_dir.filePath(QStringLiteral("seed2"));
    DemoRequestWriter::write(folder, other);
    const Checker checker(egress::profiles::ProfileCatalog::resolve(QStringLiteral("nhse-sde")));
    const CheckResult result = checker.checkPaths({folder});
    QCOMPARE(result.outputs.size(), m_result.outputs.size());
    for (qsizetype k = 0; k < result.outputs.size(); ++k) {
        QCOMPARE(result.outputs.at(k).id, m_result.outputs.at(k).id);
        QCOMPARE(statusName(result.outputs.at(k).status),
                 statusName(m_result.outputs.at(k).status));
    }
    QVERIFY(other.at(0).bytes != m_outputs.at(0).bytes);
}

void TestDemoRequest::writingIsDeterministicAndReplacesOnlyADemo()
{
    const QString first = m_dir.filePath(QStringLiteral("demo-request"));
    const QStringList before = digests(first);
    QVERIFY(before.size() > 20);
    DemoRequestWriter::write(first, m_outputs); // over the earlier demo
    QCOMPARE(digests(first), before);
    // Nothing left beside it from the staging folder.
    QCOMPARE(QDir(m_dir.path())
                 .entryList({QStringLiteral(".demo-request-*")},
                            QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                 .size(),
             0);

    const QString other = m_dir.filePath(QStringLiteral("not-a-demo"));
    egress::testing::writeFile(other + QStringLiteral("/notes.txt"), "keep me");
    const QString message
        = egress::testing::inputErrorOf([&] { DemoRequestWriter::write(other, m_outputs); });
    QCOMPARE(message,
             other
                 + QStringLiteral(": exists and is not a demo request: it is left "
                                  "alone"));
    QVERIFY(QFile::exists(other + QStringLiteral("/notes.txt")));
}

// The outputs are aggregates: no NHS number pseudonym or person id of the extract reaches a
// released file (the evidence, which holds contributions, is never released).
void TestDemoRequest::packageHoldsNoPersonLevelData()
{
    QFile extract(m_dir.filePath(QStringLiteral("cld.csv")));
    QVERIFY(extract.open(QIODevice::ReadOnly));
    extract.readLine();
    const QByteArrayList firstRow = extract.readLine().split(',');
    const QByteArray pseudonym = firstRow.at(5);
    QVERIFY(pseudonym.startsWith('P'));
    for (const DemoOutput& output : m_outputs) {
        QVERIFY2(!output.bytes.contains(pseudonym), qPrintable(output.id));
        QCOMPARE(output.file.startsWith(QLatin1String("outputs/")), true);
    }
}

QTEST_GUILESS_MAIN(TestDemoRequest)
#include "tst_demorequest.moc"
