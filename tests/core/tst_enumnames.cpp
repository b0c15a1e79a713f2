#include "profiles/zeroaction.h"
#include "rules/status.h"
#include "table/outputkind.h"

#include <QtTest>

#include <optional>

using egress::profiles::ZeroAction;
using egress::rules::Status;
using egress::table::OutputKind;

Q_DECLARE_METATYPE(egress::profiles::ZeroAction)
Q_DECLARE_METATYPE(egress::rules::Status)
Q_DECLARE_METATYPE(egress::table::OutputKind)

namespace {

// Text that is no name of any of the three enumerations.
void addUnknownRows()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral(" ");
    QTest::newRow("unknown word") << QStringLiteral("unknown");
    QTest::newRow("PASS") << QStringLiteral("PASS");
    QTest::newRow("Review") << QStringLiteral("Review");
    QTest::newRow("Fail") << QStringLiteral("Fail");
    QTest::newRow("SAFE") << QStringLiteral("SAFE");
    QTest::newRow("Frequency") << QStringLiteral("Frequency");
    QTest::newRow("IMAGE") << QStringLiteral("IMAGE");
    QTest::newRow("leading space") << QStringLiteral(" pass");
    QTest::newRow("trailing space") << QStringLiteral("review ");
    QTest::newRow("trailing newline") << QStringLiteral("fail\n");
    QTest::newRow("longer word") << QStringLiteral("passed");
    QTest::newRow("prefix") << QStringLiteral("freq");
    QTest::newRow("number") << QStringLiteral("0");
}

} // namespace

class TestEnumNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void status_data();
    void status();
    void statusUnknown_data();
    void statusUnknown();
    void worst_data();
    void worst();

    void zeroAction_data();
    void zeroAction();
    void zeroActionUnknown_data();
    void zeroActionUnknown();

    void outputKind_data();
    void outputKind();
    void outputKindUnknown_data();
    void outputKindUnknown();
    void outputKindNamesAreDistinct();
};

void TestEnumNames::status_data()
{
    QTest::addColumn<Status>("value");
    QTest::addColumn<QString>("name");

    QTest::newRow("pass") << Status::Pass << QStringLiteral("pass");
    QTest::newRow("review") << Status::Review << QStringLiteral("review");
    QTest::newRow("fail") << Status::Fail << QStringLiteral("fail");
}

void TestEnumNames::status()
{
    QFETCH(Status, value);
    QFETCH(QString, name);
    QCOMPARE(egress::rules::toString(value), name);
    const std::optional<Status> parsed = egress::rules::statusFromString(name);
    QVERIFY(parsed.has_value());
    QVERIFY(*parsed == value);
}

void TestEnumNames::statusUnknown_data()
{
    addUnknownRows();
    QTest::newRow("zero-action name") << QStringLiteral("safe");
    QTest::newRow("output-kind name") << QStringLiteral("other");
}

void TestEnumNames::statusUnknown()
{
    QFETCH(QString, text);
    QVERIFY2(!egress::rules::statusFromString(text).has_value(), qPrintable(text));
}

void TestEnumNames::worst_data()
{
    QTest::addColumn<Status>("a");
    QTest::addColumn<Status>("b");
    QTest::addColumn<Status>("expected");

    QTest::newRow("pass, pass") << Status::Pass << Status::Pass << Status::Pass;
    QTest::newRow("pass, review") << Status::Pass << Status::Review << Status::Review;
    QTest::newRow("pass, fail") << Status::Pass << Status::Fail << Status::Fail;
    QTest::newRow("review, pass") << Status::Review << Status::Pass << Status::Review;
    QTest::newRow("review, review") << Status::Review << Status::Review << Status::Review;
    QTest::newRow("review, fail") << Status::Review << Status::Fail << Status::Fail;
    QTest::newRow("fail, pass") << Status::Fail << Status::Pass << Status::Fail;
    QTest::newRow("fail, review") << Status::Fail << Status::Review << Status::Fail;
    QTest::newRow("fail, fail") << Status::Fail << Status::Fail << Status::Fail;
}

void TestEnumNames::worst()
{
    QFETCH(Status, a);
    QFETCH(Status, b);
    QFETCH(Status, expected);
    QCOMPARE(egress::rules::toString(egress::rules::worst(a, b)),
             egress::rules::toString(expected));
    QCOMPARE(egress::rules::toString(egress::rules::worst(b, a)),
             egress::rules::toString(expected));
}

void TestEnumNames::zeroAction_data()
{
    QTest::addColumn<ZeroAction>("value");
    QTest::addColumn<QString>("name");

    QTest::newRow("safe") << ZeroAction::Safe << QStringLiteral("safe");
    QTest::newRow("review") << ZeroAction::Review << QStringLiteral("review");
    QTest::newRow("fail") << ZeroAction::Fail << QStringLiteral("fail");
}

void TestEnumNames::zeroAction()
{
    QFETCH(ZeroAction, value);
    QFETCH(QString, name);
    QCOMPARE(egress::profiles::toString(value), name);
    const std::optional<ZeroAction> parsed = egress::profiles::zeroActionFromString(name);
    QVERIFY(parsed.has_value());
    QVERIFY(*parsed == value);
}

void TestEnumNames::zeroActionUnknown_data()
{
    addUnknownRows();
    QTest::newRow("status name") << QStringLiteral("pass");
    QTest::newRow("output-kind name") << QStringLiteral("other");
}

void TestEnumNames::zeroActionUnknown()
{
    QFETCH(QString, text);
    QVERIFY2(!egress::profiles::zeroActionFromString(text).has_value(), qPrintable(text));
}

void TestEnumNames::outputKind_data()
{
    QTest::addColumn<OutputKind>("value");
    QTest::addColumn<QString>("name");

    QTest::newRow("frequency") << OutputKind::Frequency << QStringLiteral("frequency");
    QTest::newRow("magnitude") << OutputKind::Magnitude << QStringLiteral("magnitude");
    QTest::newRow("regression") << OutputKind::Regression << QStringLiteral("regression");
    QTest::newRow("histogram") << OutputKind::Histogram << QStringLiteral("histogram");
    QTest::newRow("survival") << OutputKind::Survival << QStringLiteral("survival");
    QTest::newRow("image") << OutputKind::Image << QStringLiteral("image");
    QTest::newRow("document") << OutputKind::Document << QStringLiteral("document");
    QTest::newRow("other") << OutputKind::Other << QStringLiteral("other");
}

void TestEnumNames::outputKind()
{
    QFETCH(OutputKind, value);
    QFETCH(QString, name);
    QCOMPARE(egress::table::toString(value), name);
    const std::optional<OutputKind> parsed = egress::table::outputKindFromString(name);
    QVERIFY(parsed.has_value());
    QVERIFY(*parsed == value);
}

void TestEnumNames::outputKindUnknown_data()
{
    addUnknownRows();
    QTest::newRow("status name") << QStringLiteral("pass");
    QTest::newRow("zero-action name") << QStringLiteral("safe");
    QTest::newRow("plural") << QStringLiteral("images");
}

void TestEnumNames::outputKindUnknown()
{
    QFETCH(QString, text);
    QVERIFY2(!egress::table::outputKindFromString(text).has_value(), qPrintable(text));
}

void TestEnumNames::outputKindNamesAreDistinct()
{
    // Every one of the eight kinds has a name of its own, so no two kinds read back as one.
    const QList<OutputKind> kinds = {
        OutputKind::Frequency, OutputKind::Magnitude, OutputKind::Regression, OutputKind::Histogram,
        OutputKind::Survival,  OutputKind::Image,     OutputKind::Document,   OutputKind::Other};
    QSet<QString> names;
    for (const OutputKind kind : kinds)
        names.insert(egress::table::toString(kind));
    QCOMPARE(names.size(), kinds.size());
}

QTEST_GUILESS_MAIN(TestEnumNames)
#include "tst_enumnames.moc"
