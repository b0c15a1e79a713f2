#include "io/inputerror.h"
#include "profiles/profilecatalog.h"

#include <QRegularExpression>
#include <QtTest>

using egress::io::InputError;
using egress::profiles::Profile;
using egress::profiles::ProfileCatalog;

namespace {

const QString kBuiltInList
    = QStringLiteral("acro-default, datashield, hes, nhse-sde, ons-10-5, opensafely, ukllc");

} // namespace

class TestProfileCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInNames();
    void defaultIsBuiltIn();
    void builtInsLoad_data();
    void builtInsLoad();
    void builtInsHaveDistinctHashes();
    void resolveBuiltInName();
    void resolveFilePath();
    void resolveInvalidFile();
    void resolveUnknownName();
    void builtInUnknownName_data();
    void builtInUnknownName();
};

void TestProfileCatalog::builtInNames()
{
    QCOMPARE(
        ProfileCatalog::builtInNames(),
        (QStringList {QStringLiteral("acro-default"), QStringLiteral("datashield"),
                      QStringLiteral("hes"), QStringLiteral("nhse-sde"), QStringLiteral("ons-10-5"),
                      QStringLiteral("opensafely"), QStringLiteral("ukllc")}));
}

void TestProfileCatalog::defaultIsBuiltIn()
{
    QCOMPARE(ProfileCatalog::defaultName(), QStringLiteral("nhse-sde"));
    QVERIFY(ProfileCatalog::builtInNames().contains(ProfileCatalog::defaultName()));
}

void TestProfileCatalog::builtInsLoad_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<QString>("zeros");

    // rules.md, "Profiles".
    QTest::newRow("nhse-sde") << QStringLiteral("nhse-sde") << 10 << QStringLiteral("review");
    QTest::newRow("opensafely") << QStringLiteral("opensafely") << 8 << QStringLiteral("safe");
    QTest::newRow("hes") << QStringLiteral("hes") << 8 << QStringLiteral("safe");
    QTest::newRow("ons-10-5") << QStringLiteral("ons-10-5") << 10 << QStringLiteral("review");
    QTest::newRow("ukllc") << QStringLiteral("ukllc") << 10 << QStringLiteral("fail");
    QTest::newRow("acro-default") << QStringLiteral("acro-default") << 10 << QStringLiteral("fail");
    QTest::newRow("datashield") << QStringLiteral("datashield") << 3 << QStringLiteral("safe");
}

void TestProfileCatalog::builtInsLoad()
{
    QFETCH(QString, name);
    QFETCH(int, threshold);
    QFETCH(QString, zeros);

    const Profile profile = ProfileCatalog::builtIn(name);
    QCOMPARE(profile.name(), name);
    QCOMPARE(profile.version(), 1);
    QCOMPARE(profile.threshold(), threshold);
    QCOMPARE(egress::profiles::toString(profile.zeroAction()), zeros);
    QVERIFY(!profile.title().isEmpty());
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    QVERIFY2(hex.match(profile.sha256()).hasMatch(), qPrintable(profile.sha256()));

    // resolve() of a built-in name is the built-in.
    QCOMPARE(ProfileCatalog::resolve(name).sha256(), profile.sha256());
}

void TestProfileCatalog::builtInsHaveDistinctHashes()
{
    QSet<QString> hashes;
    for (const QString& name : ProfileCatalog::builtInNames())
        hashes.insert(ProfileCatalog::builtIn(name).sha256());
    QCOMPARE(hashes.size(), qsizetype(7));
}

void TestProfileCatalog::resolveBuiltInName()
{
    const Profile profile = ProfileCatalog::resolve(QStringLiteral("acro-default"));
    QCOMPARE(profile.name(), QStringLiteral("acro-default"));
    QCOMPARE(egress::profiles::toString(profile.zeroAction()), QStringLiteral("fail"));
}

void TestProfileCatalog::resolveFilePath()
{
    const Profile profile
        = ProfileCatalog::resolve(QStringLiteral(EGRESS_TEST_DATA_DIR "/profiles/custom_t3.json"));
    QCOMPARE(profile.name(), QStringLiteral("custom-t3"));
    QCOMPARE(profile.version(), 2);
    QCOMPARE(profile.threshold(), 3);
    QCOMPARE(egress::profiles::toString(profile.zeroAction()), QStringLiteral("safe"));
    QCOMPARE(profile.sha256(),
             QStringLiteral("589eca2c6ac61b12d32d4ff3cbb2f66da6c68d8f8732ca8418f11b758b9c2ba4"));
}

void TestProfileCatalog::resolveInvalidFile()
{
    const QString path = QStringLiteral(EGRESS_TEST_DATA_DIR "/profiles/unknown_rule.json");
    try {
        ProfileCatalog::resolve(path);
        QFAIL("an invalid profile file must be refused");
    } catch (const InputError& error) {
        QCOMPARE(error.file(), path);
        QVERIFY2(error.problem().startsWith(QLatin1String("invalid profile: unknown key "
                                                          "'treshold'")),
                 qPrintable(error.problem()));
    }
}

void TestProfileCatalog::resolveUnknownName()
{
    try {
        ProfileCatalog::resolve(QStringLiteral("nope"));
        QFAIL("an unknown profile name must be refused");
    } catch (const InputError& error) {
        QCOMPARE(error.file(), QStringLiteral("nope"));
        QCOMPARE(
            error.problem(),
            QStringLiteral("neither a built-in profile (%1) nor a profile file").arg(kBuiltInList));
        QCOMPARE(error.message(),
                 QStringLiteral("nope: neither a built-in profile (%1) nor a profile file")
                     .arg(kBuiltInList));
    }
}

void TestProfileCatalog::builtInUnknownName_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("unknown") << QStringLiteral("nope");
    QTest::newRow("different case") << QStringLiteral("NHSE-SDE");
    QTest::newRow("with extension") << QStringLiteral("nhse-sde.json");
    QTest::newRow("path into the resources") << QStringLiteral("../profiles/nhse-sde");
    QTest::newRow("empty") << QString();
}

void TestProfileCatalog::builtInUnknownName()
{
    QFETCH(QString, name);
    try {
        ProfileCatalog::builtIn(name);
        QFAIL("only the built-in names may load");
    } catch (const InputError& error) {
        QCOMPARE(error.file(), name);
        QCOMPARE(
            error.problem(),
            QStringLiteral("no built-in profile of that name (built-in: %1)").arg(kBuiltInList));
    }
}

QTEST_GUILESS_MAIN(TestProfileCatalog)
#include "tst_profilecatalog.moc"
