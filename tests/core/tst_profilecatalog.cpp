#include "io/inputerror.h"
#include "profiles/profilecatalog.h"

#include <QRegularExpression>
#include <QtTest>

using egress::io::InputError;
using egress::profiles::Profile;
using egress::profiles::ProfileCatalog;
using egress::profiles::Severity;

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
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<QString>("zeros");
    // rounding: base 0 for a profile without the rule.
    QTest::addColumn<int>("roundingBase");
    QTest::addColumn<int>("roundingAbove");
    QTest::addColumn<bool>("midpointSix");
    QTest::addColumn<bool>("marginsRerounded");
    // class-disclosure: "review", "fail", or empty for a profile without the rule.
    QTest::addColumn<QString>("classDisclosure");
    // SHA-256 of the canonical JSON (keys sorted, no white space) of
    // resources/profiles/<name>.json.
    QTest::addColumn<QString>("sha256");

    // rules.md, "Profiles".
    QTest::newRow("nhse-sde")
        << QStringLiteral("nhse-sde") << 3 << 10 << QStringLiteral("review") << 5 << 10 << false
        << true << QStringLiteral("review")
        << QStringLiteral("edef0a5729486c96d51d80f92b77f9046b00a07b22b2e9fd5f527fb56d7a6ccf");
    QTest::newRow("opensafely")
        << QStringLiteral("opensafely") << 3 << 8 << QStringLiteral("safe") << 5 << 7 << true
        << true << QStringLiteral("fail")
        << QStringLiteral("fab9233edb2c6b9ccca95eb1111c14a40d2fa99fc8b88fd5953b39846d42d44c");
    QTest::newRow("hes") << QStringLiteral("hes") << 2 << 8 << QStringLiteral("safe") << 5 << 7
                         << false << true << QString()
                         << QStringLiteral(
                                "eaabf49f084e1b4ce697bb5b887b554d7861eb690448228ccac015c62d8d5450");
    QTest::newRow("ons-10-5")
        << QStringLiteral("ons-10-5") << 2 << 10 << QStringLiteral("review") << 5 << 9 << false
        << true << QString()
        << QStringLiteral("82018bc4eef55f387a29f33dd3ea70b42e3c8cda9b80512f655cf0b5a3dbee45");
    QTest::newRow("ukllc")
        << QStringLiteral("ukllc") << 2 << 10 << QStringLiteral("fail") << 0 << 0 << false << false
        << QString()
        << QStringLiteral("873456841b496e2e09e655891ab379d3a2b8be75cd82f35230b9bac0e8dbd71d");
    QTest::newRow("acro-default")
        << QStringLiteral("acro-default") << 2 << 10 << QStringLiteral("fail") << 0 << 0 << false
        << false << QString()
        << QStringLiteral("4bf0a47699fc6164f7898fd45ef6c63e75cda9028621bd0956dbdeb35d8cdd8d");
    QTest::newRow("datashield")
        << QStringLiteral("datashield") << 2 << 3 << QStringLiteral("safe") << 0 << 0 << false
        << false << QString()
        << QStringLiteral("c63dbcb79a5985de920488fcf0b012481036571babf71d4defc54039ec88443c");
}

void TestProfileCatalog::builtInsLoad()
{
    QFETCH(QString, name);
    QFETCH(int, version);
    QFETCH(int, threshold);
    QFETCH(QString, zeros);
    QFETCH(int, roundingBase);
    QFETCH(int, roundingAbove);
    QFETCH(bool, midpointSix);
    QFETCH(bool, marginsRerounded);
    QFETCH(QString, classDisclosure);
    QFETCH(QString, sha256);

    const Profile profile = ProfileCatalog::builtIn(name);
    QCOMPARE(profile.name(), name);
    QCOMPARE(profile.version(), version);
    QCOMPARE(profile.threshold(), threshold);
    QCOMPARE(egress::profiles::toString(profile.zeroAction()), zeros);

    QCOMPARE(profile.rounding().has_value(), roundingBase != 0);
    if (profile.rounding()) {
        QCOMPARE(profile.rounding()->base, roundingBase);
        QCOMPARE(profile.rounding()->above, roundingAbove);
        QCOMPARE(profile.rounding()->midpointSixAccepted, midpointSix);
        QCOMPARE(profile.rounding()->marginsRerounded, marginsRerounded);
    }
    QCOMPARE(profile.classDisclosure().has_value(), !classDisclosure.isEmpty());
    if (profile.classDisclosure()) {
        QCOMPARE(profile.classDisclosure()->severity,
                 classDisclosure == QLatin1String("fail") ? Severity::Fail : Severity::Review);
    }

    QVERIFY(!profile.title().isEmpty());
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    QVERIFY2(hex.match(profile.sha256()).hasMatch(), qPrintable(profile.sha256()));
    QCOMPARE(profile.sha256(), sha256);

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
