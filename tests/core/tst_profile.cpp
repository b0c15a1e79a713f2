#include "io/inputerror.h"
#include "profiles/profile.h"
#include "profiles/profilecatalog.h"

#include <QJsonDocument>
#include <QtTest>

using egress::io::InputError;
using egress::profiles::Profile;
using egress::profiles::ProfileCatalog;
using egress::profiles::Severity;
using egress::profiles::ZeroAction;

namespace {

QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(EGRESS_TEST_DATA_DIR "/profiles/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

Profile fromFixture(const QString& name)
{
    return Profile::fromJson(fixture(name), name);
}

// custom_t3.json in canonical form, written out by hand: keys sorted, no white space.
const QByteArray kCustomT3Canonical
    = "{\"description\":\"Counts below 3 fail; zeros are safe.\",\"name\":\"custom-t3\","
      "\"rules\":{\"threshold\":{\"t\":3},\"zero\":{\"action\":\"safe\"}},"
      "\"schema\":\"egress-review/profile/1\",\"title\":\"Custom test profile\",\"version\":2}";
// `printf '%s' "$canonical" | sha256sum`
const QString kCustomT3Sha256
    = QStringLiteral("589eca2c6ac61b12d32d4ff3cbb2f66da6c68d8f8732ca8418f11b758b9c2ba4");

// resources/profiles/nhse-sde.json (version 3) in canonical form, through the same
// `printf '%s' "$canonical" | sha256sum`.
const QString kNhseSdeV3Sha256
    = QStringLiteral("edef0a5729486c96d51d80f92b77f9046b00a07b22b2e9fd5f527fb56d7a6ccf");

// A profile "p" whose "rules" object is the given JSON text.
QByteArray withRules(const char* rules)
{
    return QByteArray(
               R"({"schema": "egress-review/profile/1", "name": "p", "version": 1, "rules": )")
        + QByteArray(rules) + QByteArray("}");
}

} // namespace

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInDefault();
    void readsEverySetting();
    void readsRoundingAndClassDisclosure_data();
    void readsRoundingAndClassDisclosure();
    void sha256IsOfCanonicalJson();
    void sha256IgnoresFormatting();
    void sha256ChangesWithSettings();
    void zeroActions_data();
    void zeroActions();
    void errors_data();
    void errors();
    void invalidJson();
    void inlineErrors_data();
    void inlineErrors();
    void readsEveryNewRuleSetting();
    void newRuleDefaults();
    void builtInRuleSettings_data();
    void builtInRuleSettings();
    void newRuleErrors_data();
    void newRuleErrors();
};

void TestProfile::builtInDefault()
{
    const Profile profile = ProfileCatalog::builtIn(QStringLiteral("nhse-sde"));
    QCOMPARE(profile.name(), QStringLiteral("nhse-sde"));
    QCOMPARE(profile.version(), 3);
    QCOMPARE(profile.threshold(), 10);
    QCOMPARE(egress::profiles::toString(profile.zeroAction()), QStringLiteral("review"));
    QVERIFY(profile.rounding());
    QCOMPARE(profile.rounding()->base, 5);
    QCOMPARE(profile.rounding()->above, 10);
    QCOMPARE(profile.rounding()->midpointSixAccepted, false);
    QCOMPARE(profile.rounding()->marginsRerounded, true);
    QVERIFY(profile.classDisclosure());
    QCOMPARE(profile.classDisclosure()->severity, Severity::Review);
    QCOMPARE(profile.title(), QStringLiteral("NHS England Secure Data Environment"));
    QVERIFY2(profile.canonicalJson().contains(
                 "\"rules\":{\"class-disclosure\":{\"action\":\"review\"},\"dof\":{\"min\":10},"
                 "\"dominance-nk\":{\"comparison\":\">\",\"k\":90,\"n\":2},"
                 "\"dominance-p\":{\"p\":10},"),
             profile.canonicalJson().constData());
    QCOMPARE(profile.sha256(), kNhseSdeV3Sha256);
}

void TestProfile::readsEverySetting()
{
    const Profile profile = fromFixture(QStringLiteral("custom_t3.json"));
    QCOMPARE(profile.name(), QStringLiteral("custom-t3"));
    QCOMPARE(profile.version(), 2);
    QCOMPARE(profile.title(), QStringLiteral("Custom test profile"));
    QCOMPARE(profile.description(), QStringLiteral("Counts below 3 fail; zeros are safe."));
    QCOMPARE(profile.threshold(), 3);
    QCOMPARE(egress::profiles::toString(profile.zeroAction()), QStringLiteral("safe"));
    // rounding and class-disclosure are optional: absent, they are not applied.
    QVERIFY(!profile.rounding().has_value());
    QVERIFY(!profile.classDisclosure().has_value());
}

void TestProfile::readsRoundingAndClassDisclosure_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("base");
    QTest::addColumn<int>("above");
    QTest::addColumn<bool>("midpointSix");
    QTest::addColumn<bool>("marginsRerounded");
    QTest::addColumn<bool>("classDisclosureFails");

    QTest::newRow("every setting")
        << withRules(R"({"threshold": {"t": 10}, "zero": {"action": "review"},
            "rounding": {"base": 5, "above": 10, "midpoint6": false, "margins": "rerounded"},
            "class-disclosure": {"action": "review"}})")
        << 5 << 10 << false << true << false;
    QTest::newRow("midpoint-6, summed margins, class disclosure fails")
        << withRules(R"({"threshold": {"t": 8}, "zero": {"action": "safe"},
            "rounding": {"base": 3, "above": 0, "midpoint6": true, "margins": "summed"},
            "class-disclosure": {"action": "fail"}})")
        << 3 << 0 << true << false << true;
    QTest::newRow("midpoint6 and margins left out")
        << withRules(R"({"threshold": {"t": 10}, "zero": {"action": "review"},
            "rounding": {"base": 10, "above": 7}, "class-disclosure": {"action": "fail"}})")
        << 10 << 7 << false << true << true;
}

void TestProfile::readsRoundingAndClassDisclosure()
{
    QFETCH(QByteArray, json);
    QFETCH(int, base);
    QFETCH(int, above);
    QFETCH(bool, midpointSix);
    QFETCH(bool, marginsRerounded);
    QFETCH(bool, classDisclosureFails);

    const Profile profile = Profile::fromJson(json, QStringLiteral("inline"));
    QVERIFY(profile.rounding().has_value());
    QCOMPARE(profile.rounding()->base, base);
    QCOMPARE(profile.rounding()->above, above);
    QCOMPARE(profile.rounding()->midpointSixAccepted, midpointSix);
    QCOMPARE(profile.rounding()->marginsRerounded, marginsRerounded);
    QVERIFY(profile.classDisclosure().has_value());
    QCOMPARE(profile.classDisclosure()->severity,
             classDisclosureFails ? Severity::Fail : Severity::Review);
}

void TestProfile::sha256IsOfCanonicalJson()
{
    const Profile profile = fromFixture(QStringLiteral("custom_t3.json"));
    QCOMPARE(profile.canonicalJson(), kCustomT3Canonical);
    QCOMPARE(profile.sha256(), kCustomT3Sha256);
}

void TestProfile::sha256IgnoresFormatting()
{
    // Other key order, tabs and newlines, and "t": 3.0 instead of 3.
    const Profile reformatted = fromFixture(QStringLiteral("custom_t3_reformatted.json"));
    QCOMPARE(reformatted.canonicalJson(), kCustomT3Canonical);
    QCOMPARE(reformatted.sha256(), kCustomT3Sha256);

    // Built from bytes here as well: indentation alone must not matter.
    const QByteArray indented
        = QJsonDocument::fromJson(kCustomT3Canonical).toJson(QJsonDocument::Indented);
    QVERIFY(indented != kCustomT3Canonical);
    QCOMPARE(Profile::fromJson(indented, QStringLiteral("inline")).sha256(), kCustomT3Sha256);
}

void TestProfile::sha256ChangesWithSettings()
{
    const Profile t3 = fromFixture(QStringLiteral("custom_t3.json"));
    const Profile t4 = fromFixture(QStringLiteral("custom_t4.json"));
    QCOMPARE(t4.threshold(), 4);
    QVERIFY(t4.sha256() != t3.sha256());
    QCOMPARE(t4.sha256(),
             QStringLiteral("4dc5db588991ac60a1ccf990cb5eba2776a2f5b4ab52565782a98de39d70093e"));

    QByteArray otherVersion = kCustomT3Canonical;
    otherVersion.replace("\"version\":2", "\"version\":3");
    const Profile v3 = Profile::fromJson(otherVersion, QStringLiteral("inline"));
    QCOMPARE(v3.version(), 3);
    QVERIFY(v3.sha256() != t3.sha256());

    QByteArray otherZeros = kCustomT3Canonical;
    otherZeros.replace("\"action\":\"safe\"", "\"action\":\"fail\"");
    QVERIFY(Profile::fromJson(otherZeros, QStringLiteral("inline")).sha256() != t3.sha256());

    // A rule added is a different profile; "rounding" sorts before "threshold".
    QByteArray withRounding = kCustomT3Canonical;
    withRounding.replace("\"rules\":{", "\"rules\":{\"rounding\":{\"above\":10,\"base\":5},");
    const Profile rounded = Profile::fromJson(withRounding, QStringLiteral("inline"));
    QCOMPARE(rounded.canonicalJson(), withRounding);
    QVERIFY(rounded.sha256() != t3.sha256());

    QByteArray withClassDisclosure = kCustomT3Canonical;
    withClassDisclosure.replace("\"rules\":{",
                                "\"rules\":{\"class-disclosure\":{\"action\":\"review\"},");
    const Profile classes = Profile::fromJson(withClassDisclosure, QStringLiteral("inline"));
    QCOMPARE(classes.canonicalJson(), withClassDisclosure);
    QVERIFY(classes.sha256() != t3.sha256());
    QVERIFY(classes.sha256() != rounded.sha256());
}

void TestProfile::zeroActions_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("safe") << QStringLiteral("safe");
    QTest::newRow("review") << QStringLiteral("review");
    QTest::newRow("fail") << QStringLiteral("fail");
}

void TestProfile::zeroActions()
{
    QFETCH(QString, action);
    const QByteArray json = QStringLiteral(
                                R"({"schema": "egress-review/profile/1", "name": "p", "version": 1,
            "rules": {"threshold": {"t": 10}, "zero": {"action": "%1"}}})")
                                .arg(action)
                                .toUtf8();
    const Profile profile = Profile::fromJson(json, QStringLiteral("inline"));
    QCOMPARE(egress::profiles::toString(profile.zeroAction()), action);
    QCOMPARE(profile.title(), QString()); // optional
}

void TestProfile::errors_data()
{
    QTest::addColumn<QString>("fixtureName");
    QTest::addColumn<QString>("problem");

    const QString wholeT
        = QStringLiteral("invalid profile: rule 'threshold' needs 't' as a whole number of at "
                         "least 1");
    QTest::newRow("wrong schema") << QStringLiteral("wrong_schema.json")
                                  << QStringLiteral("invalid profile: 'schema' must be "
                                                    "\"egress-review/profile/1\"");
    QTest::newRow("bad name") << QStringLiteral("bad_name.json")
                              << QStringLiteral("invalid profile: 'name' must be 1–64 lower-case "
                                                "letters, digits, '.', '_' or '-'");
    QTest::newRow("version 0") << QStringLiteral("version_zero.json")
                               << QStringLiteral("invalid profile: the profile needs 'version' "
                                                 "as a whole number of at least 1");
    QTest::newRow("t = 0") << QStringLiteral("t_zero.json") << wholeT;
    QTest::newRow("t = 2.5") << QStringLiteral("t_fraction.json") << wholeT;
    QTest::newRow("unknown rule id")
        << QStringLiteral("unknown_rule.json")
        << QStringLiteral("invalid profile: unknown key 'treshold' in 'rules' (rule ids this "
                          "version knows: threshold, zero, class-disclosure, rounding, "
                          "dominance-nk, dominance-p, negative, missing, dof, extreme-value, "
                          "histogram, survival, file-type)");
    QTest::newRow("unknown key") << QStringLiteral("unknown_key.json")
                                 << QStringLiteral(
                                        "invalid profile: unknown key 'colour' in the profile");
    QTest::newRow("missing zero action")
        << QStringLiteral("missing_zero_action.json")
        << QStringLiteral("invalid profile: rule 'zero' needs 'action': safe, review or fail");
}

void TestProfile::errors()
{
    QFETCH(QString, fixtureName);
    QFETCH(QString, problem);
    try {
        const Profile profile = fromFixture(fixtureName);
        QFAIL(qPrintable(QStringLiteral("accepted as profile '%1'").arg(profile.name())));
    } catch (const InputError& error) {
        QCOMPARE(error.file(), fixtureName);
        QCOMPARE(error.problem(), problem);
        QCOMPARE(error.message(), fixtureName + QStringLiteral(": ") + problem);
    }
}

void TestProfile::invalidJson()
{
    try {
        fromFixture(QStringLiteral("invalid_json.json"));
        QFAIL("truncated JSON must be refused");
    } catch (const InputError& error) {
        QCOMPARE(error.file(), QStringLiteral("invalid_json.json"));
        QVERIFY2(error.problem().startsWith(QLatin1String("is not valid JSON: ")),
                 qPrintable(error.problem()));
        QVERIFY2(error.problem().contains(QLatin1String(" at byte ")), qPrintable(error.problem()));
    }
}

void TestProfile::inlineErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");

    const QString wholeT
        = QStringLiteral("invalid profile: rule 'threshold' needs 't' as a whole number of at "
                         "least 1");
    const auto withRest = [](const char* rest) -> QByteArray {
        return QByteArray(R"({"schema": "egress-review/profile/1", "name": "p", "version": 1, )")
            + QByteArray(rest);
    };
    QTest::newRow("top level array")
        << QByteArray("[1, 2]")
        << QStringLiteral("invalid profile: the top level must be a JSON object");
    QTest::newRow("no schema") << QByteArray(R"({"name": "p"})")
                               << QStringLiteral("invalid profile: 'schema' must be "
                                                 "\"egress-review/profile/1\"");
    QTest::newRow("empty name")
        << QByteArray(R"({"schema": "egress-review/profile/1", "name": "", "version": 1})")
        << QStringLiteral("invalid profile: 'name' must be 1–64 lower-case letters, digits, '.', "
                          "'_' or '-'");
    QTest::newRow("version as text")
        << QByteArray(R"({"schema": "egress-review/profile/1", "name": "p", "version": "1"})")
        << QStringLiteral(
               "invalid profile: the profile needs 'version' as a whole number of at least 1");
    QTest::newRow("no rules") << withRest("\"title\": \"x\"}")
                              << QStringLiteral("invalid profile: the profile needs an object "
                                                "'rules'");
    QTest::newRow("no threshold rule")
        << withRest(R"("rules": {"zero": {"action": "safe"}}})")
        << QStringLiteral("invalid profile: 'rules' needs an object 'threshold'");
    QTest::newRow("no zero rule") << withRest(R"("rules": {"threshold": {"t": 10}}})")
                                  << QStringLiteral(
                                         "invalid profile: 'rules' needs an object 'zero'");
    QTest::newRow("t as text") << withRest(
        R"("rules": {"threshold": {"t": "10"}, "zero": {"action": "safe"}}})")
                               << wholeT;
    QTest::newRow("t negative") << withRest(
        R"("rules": {"threshold": {"t": -5}, "zero": {"action": "safe"}}})")
                                << wholeT;
    QTest::newRow("t absurdly large")
        << withRest(R"("rules": {"threshold": {"t": 1e12}, "zero": {"action": "safe"}}})")
        << wholeT;
    QTest::newRow("unknown threshold setting")
        << withRest(R"("rules": {"threshold": {"t": 10, "k": 2}, "zero": {"action": "safe"}}})")
        << QStringLiteral("invalid profile: unknown key 'k' in rule 'threshold'");
    QTest::newRow("unknown zero action")
        << withRest(R"("rules": {"threshold": {"t": 10}, "zero": {"action": "maybe"}}})")
        << QStringLiteral("invalid profile: rule 'zero' needs 'action': safe, review or fail");
    QTest::newRow("title as a number")
        << withRest(R"("title": 5, "rules": {"threshold": {"t": 10}, "zero": {"action": "safe"}}})")
        << QStringLiteral("invalid profile: 'title' must be a string");
    QTest::newRow("description as a list") << withRest(
        R"("description": ["a"], "rules": {"threshold": {"t": 10}, "zero": {"action": "safe"}}})")
                                           << QStringLiteral("invalid profile: 'description' must "
                                                             "be a string");
    QTest::newRow("zero action in upper case")
        << withRest(R"("rules": {"threshold": {"t": 10}, "zero": {"action": "Safe"}}})")
        << QStringLiteral("invalid profile: rule 'zero' needs 'action': safe, review or fail");

    // rounding
    const QString wholeBase = QStringLiteral(
        "invalid profile: rule 'rounding' needs 'base' as a whole number of at least 2");
    QTest::newRow("rounding not an object")
        << withRules(R"({"threshold": {"t": 10}, "zero": {"action": "safe"}, "rounding": 5})")
        << QStringLiteral("invalid profile: 'rules' needs an object 'rounding'");
    QTest::newRow("rounding base 1")
        << withRules(R"({"threshold": {"t": 10}, "zero": {"action": "safe"},
            "rounding": {"base": 1, "above": 10}})")
        << wholeBase;
    QTest::newRow("rounding base 2.5")
        << withRules(R"({"threshold": {"t": 10}, "zero": {"action": "safe"},
            "rounding": {"base": 2.5, "above": 10}})")
        << wholeBase;
    QTest::newRow("rounding without base")
        << withRules(R"({"threshold": {"t": 10}, "zero": {"action": "safe"},
            "rounding": {"above": 10}})")
        << wholeBase;
    QTest::newRow("rounding above -1")
        << withRules(R"({"threshold": {"t": 10}, "zero": {"action": "safe"},
            "rounding": {"base": 5, "above": -1}})")
        << QStringLiteral(
               "invalid profile: rule 'rounding' needs 'above' as a whole number of at least 0");
    QTest::newRow("rounding midpoint6 as text")
        << withRules(R"({"threshold": {"t": 10}, "zero": {"action": "safe"},
            "rounding": {"base": 5, "above": 10, "midpoint6": "yes"}})")
        << QStringLiteral("invalid profile: rule 'rounding' needs 'midpoint6' as true or false");
    QTest::newRow("rounding margins sometimes")
        << withRules(R"({"threshold": {"t": 10}, "zero": {"action": "safe"},
            "rounding": {"base": 5, "above": 10, "margins": "sometimes"}})")
        << QStringLiteral("invalid profile: rule 'rounding' needs 'margins': rerounded or summed");
    QTest::newRow("unknown rounding setting")
        << withRules(R"({"threshold": {"t": 10}, "zero": {"action": "safe"},
            "rounding": {"base": 5, "above": 10, "step": 5}})")
        << QStringLiteral("invalid profile: unknown key 'step' in rule 'rounding'");

    // class-disclosure
    const QString reviewOrFail
        = QStringLiteral("invalid profile: rule 'class-disclosure' needs 'action': review or fail");
    QTest::newRow("class-disclosure action safe")
        << withRules(R"({"threshold": {"t": 10}, "zero": {"action": "safe"},
            "class-disclosure": {"action": "safe"}})")
        << reviewOrFail;
    QTest::newRow("class-disclosure without action")
        << withRules(R"({"threshold": {"t": 10}, "zero": {"action": "safe"},
            "class-disclosure": {}})")
        << reviewOrFail;
    QTest::newRow("unknown class-disclosure setting")
        << withRules(R"({"threshold": {"t": 10}, "zero": {"action": "safe"},
            "class-disclosure": {"action": "fail", "k": 2}})")
        << QStringLiteral("invalid profile: unknown key 'k' in rule 'class-disclosure'");
}

void TestProfile::inlineErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    try {
        const Profile profile = Profile::fromJson(json, QStringLiteral("my-profile.json"));
        QFAIL(qPrintable(QStringLiteral("accepted as profile '%1'").arg(profile.name())));
    } catch (const InputError& error) {
        QCOMPARE(error.file(), QStringLiteral("my-profile.json"));
        QCOMPARE(error.problem(), problem);
    }
}

void TestProfile::readsEveryNewRuleSetting()
{
    const Profile profile = Profile::fromJson(withRules(R"({"threshold": {"t": 10},
        "zero": {"action": "review"},
        "dominance-nk": {"n": 3, "k": 85.5, "comparison": ">="},
        "dominance-p": {"p": 12.5, "non-positive-total": "fail"},
        "negative": {"action": "fail"}, "missing": {"action": "review"},
        "dof": {"min": 20, "max-parameter-share": 0.33},
        "extreme-value": {"action": "review", "scope": "below-threshold"},
        "histogram": {"outer-edges": false}, "survival": {"t": 8},
        "file-type": {"allow": ["CSV", ".Txt", "png"], "max-mib": 16}})"),
                                              QStringLiteral("inline"));
    QVERIFY(profile.dominanceNk());
    QCOMPARE(profile.dominanceNk()->n, 3);
    QCOMPARE(profile.dominanceNk()->k, 85.5);
    QCOMPARE(profile.dominanceNk()->failAtExactlyK, true);
    QVERIFY(profile.dominanceP());
    QCOMPARE(profile.dominanceP()->p, 12.5);
    QCOMPARE(profile.dominanceP()->nonPositiveTotalFails, true);
    QVERIFY(profile.negative());
    QCOMPARE(profile.negative()->severity, Severity::Fail);
    QVERIFY(profile.missing());
    QCOMPARE(profile.missing()->severity, Severity::Review);
    QVERIFY(profile.degreesOfFreedom());
    QCOMPARE(profile.degreesOfFreedom()->minimum, 20);
    QCOMPARE(profile.degreesOfFreedom()->maxParameterShare, std::optional<double>(0.33));
    QVERIFY(profile.extremeValue());
    QCOMPARE(profile.extremeValue()->severity, Severity::Review);
    QCOMPARE(profile.extremeValue()->onlyBelowThreshold, true);
    QVERIFY(profile.histogram());
    QCOMPARE(profile.histogram()->checkOuterEdges, false);
    QVERIFY(profile.survival());
    QCOMPARE(profile.survival()->t, 8);
    QVERIFY(profile.fileType());
    // Lower case, without the dot.
    QCOMPARE(profile.fileType()->allowedSuffixes,
             (QStringList {QStringLiteral("csv"), QStringLiteral("txt"), QStringLiteral("png")}));
    // 16 × 1024 × 1024.
    QCOMPARE(profile.fileType()->maxBytes, qint64(16777216));
}

void TestProfile::newRuleDefaults()
{
    // Only the required keys; everything else takes its default.
    const Profile profile = Profile::fromJson(withRules(R"({"threshold": {"t": 10},
        "zero": {"action": "review"}, "dominance-nk": {"n": 2, "k": 90},
        "dominance-p": {"p": 10}, "negative": {}, "missing": {}, "dof": {"min": 10},
        "extreme-value": {}, "histogram": {}, "survival": {"t": 10},
        "file-type": {"allow": ["csv"], "max-mib": 1}})"),
                                              QStringLiteral("inline"));
    QCOMPARE(profile.dominanceNk()->failAtExactlyK, false); // ">"
    QCOMPARE(profile.dominanceP()->nonPositiveTotalFails, false); // "pass"
    QCOMPARE(profile.negative()->severity, Severity::Review);
    QCOMPARE(profile.missing()->severity, Severity::Review);
    QCOMPARE(profile.degreesOfFreedom()->maxParameterShare, std::optional<double>());
    QCOMPARE(profile.extremeValue()->severity, Severity::Fail);
    QCOMPARE(profile.extremeValue()->onlyBelowThreshold, false); // "always"
    QCOMPARE(profile.histogram()->checkOuterEdges, true);
    QCOMPARE(profile.fileType()->maxBytes, qint64(1048576));

    // Absent rules are off.
    const Profile bare = fromFixture(QStringLiteral("custom_t3.json"));
    QVERIFY(!bare.dominanceNk());
    QVERIFY(!bare.dominanceP());
    QVERIFY(!bare.negative());
    QVERIFY(!bare.missing());
    QVERIFY(!bare.degreesOfFreedom());
    QVERIFY(!bare.extremeValue());
    QVERIFY(!bare.histogram());
    QVERIFY(!bare.survival());
    QVERIFY(!bare.fileType());
}

void TestProfile::builtInRuleSettings_data()
{
    QTest::addColumn<QString>("name");
    // "nk 2 90 >", "p 10 pass", "negative review", "missing -", "dof 10 -", "extreme fail always",
    // "histogram edges", "survival 10", "file-type 64": one word per rule, "-" when off.
    QTest::addColumn<QStringList>("rules");

    QTest::newRow("nhse-sde")
        << QStringLiteral("nhse-sde")
        << QStringList {QStringLiteral("nk 2 90 >"),       QStringLiteral("p 10 pass"),
                        QStringLiteral("negative review"), QStringLiteral("missing -"),
                        QStringLiteral("dof 10 -"),        QStringLiteral("extreme fail always"),
                        QStringLiteral("histogram edges"), QStringLiteral("survival 10"),
                        QStringLiteral("file-type 64 12")};
    QTest::newRow("opensafely")
        << QStringLiteral("opensafely")
        << QStringList {QStringLiteral("nk 2 90 >"),       QStringLiteral("p 10 pass"),
                        QStringLiteral("negative review"), QStringLiteral("missing -"),
                        QStringLiteral("dof 10 -"),        QStringLiteral("extreme fail always"),
                        QStringLiteral("histogram edges"), QStringLiteral("survival 8"),
                        QStringLiteral("file-type 16 11")};
    QTest::newRow("acro-default")
        << QStringLiteral("acro-default")
        << QStringList {QStringLiteral("nk 2 90 >"),       QStringLiteral("p 10 fail"),
                        QStringLiteral("negative review"), QStringLiteral("missing -"),
                        QStringLiteral("dof 10 -"),        QStringLiteral("extreme -"),
                        QStringLiteral("histogram -"),     QStringLiteral("survival 10"),
                        QStringLiteral("file-type -")};
    QTest::newRow("ukllc") << QStringLiteral(
        "ukllc") << QStringList {QStringLiteral("nk -"),        QStringLiteral("p -"),
                                 QStringLiteral("negative -"),  QStringLiteral("missing -"),
                                 QStringLiteral("dof 10 -"),    QStringLiteral("extreme -"),
                                 QStringLiteral("histogram -"), QStringLiteral("survival -"),
                                 QStringLiteral("file-type -")};
    QTest::newRow("datashield") << QStringLiteral(
        "datashield") << QStringList {QStringLiteral("nk -"),        QStringLiteral("p -"),
                                      QStringLiteral("negative -"),  QStringLiteral("missing -"),
                                      QStringLiteral("dof 0 0.33"),  QStringLiteral("extreme -"),
                                      QStringLiteral("histogram -"), QStringLiteral("survival -"),
                                      QStringLiteral("file-type -")};
    const QStringList nothing = {
        QStringLiteral("nk -"),        QStringLiteral("p -"),        QStringLiteral("negative -"),
        QStringLiteral("missing -"),   QStringLiteral("dof -"),      QStringLiteral("extreme -"),
        QStringLiteral("histogram -"), QStringLiteral("survival -"), QStringLiteral("file-type -")};
    QTest::newRow("hes") << QStringLiteral("hes") << nothing;
    QTest::newRow("ons-10-5") << QStringLiteral("ons-10-5") << nothing;
}

void TestProfile::builtInRuleSettings()
{
    QFETCH(QString, name);
    QFETCH(QStringList, rules);

    const Profile p = ProfileCatalog::builtIn(name);
    const QString off = QStringLiteral("-");
    const auto severity = [](Severity s) {
        return s == Severity::Fail ? QStringLiteral("fail") : QStringLiteral("review");
    };
    const QStringList actual = {
        QStringLiteral("nk ")
            + (p.dominanceNk() ? QStringLiteral("%1 %2 %3")
                                     .arg(p.dominanceNk()->n)
                                     .arg(p.dominanceNk()->k)
                                     .arg(p.dominanceNk()->failAtExactlyK ? QStringLiteral(">=")
                                                                          : QStringLiteral(">"))
                               : off),
        QStringLiteral("p ")
            + (p.dominanceP()
                   ? QStringLiteral("%1 %2")
                         .arg(p.dominanceP()->p)
                         .arg(p.dominanceP()->nonPositiveTotalFails ? QStringLiteral("fail")
                                                                    : QStringLiteral("pass"))
                   : off),
        QStringLiteral("negative ") + (p.negative() ? severity(p.negative()->severity) : off),
        QStringLiteral("missing ") + (p.missing() ? severity(p.missing()->severity) : off),
        QStringLiteral("dof ")
            + (p.degreesOfFreedom()
                   ? QStringLiteral("%1 %2")
                         .arg(p.degreesOfFreedom()->minimum)
                         .arg(p.degreesOfFreedom()->maxParameterShare
                                  ? QString::number(*p.degreesOfFreedom()->maxParameterShare)
                                  : off)
                   : off),
        QStringLiteral("extreme ")
            + (p.extremeValue() ? severity(p.extremeValue()->severity)
                       + (p.extremeValue()->onlyBelowThreshold ? QStringLiteral(" below-threshold")
                                                               : QStringLiteral(" always"))
                                : off),
        QStringLiteral("histogram ")
            + (p.histogram() ? (p.histogram()->checkOuterEdges ? QStringLiteral("edges")
                                                               : QStringLiteral("no edges"))
                             : off),
        QStringLiteral("survival ") + (p.survival() ? QString::number(p.survival()->t) : off),
        QStringLiteral("file-type ")
            + (p.fileType() ? QStringLiteral("%1 %2")
                                  .arg(p.fileType()->maxBytes / (1024 * 1024))
                                  .arg(p.fileType()->allowedSuffixes.size())
                            : off),
    };
    QCOMPARE(actual, rules);
}

void TestProfile::newRuleErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");

    // Each row adds one rule's object to a valid threshold and zero.
    const auto with = [](const char* rule) {
        const QByteArray rules
            = QByteArray(R"({"threshold": {"t": 10}, "zero": {"action": "safe"}, )")
            + QByteArray(rule) + QByteArray("}");
        return withRules(rules.constData());
    };
    const auto invalid = [](const char* problem) -> QString {
        return QStringLiteral("invalid profile: ") + QString::fromUtf8(problem);
    };

    // dominance-nk
    QTest::newRow("nk k > 100") << with(R"("dominance-nk": {"n": 2, "k": 100.5})")
                                << invalid("rule 'dominance-nk' needs 'k' as a number from 0 to "
                                           "100");
    QTest::newRow("nk k < 0") << with(R"("dominance-nk": {"n": 2, "k": -1})")
                              << invalid("rule 'dominance-nk' needs 'k' as a number from 0 to "
                                         "100");
    QTest::newRow("nk without k") << with(R"("dominance-nk": {"n": 2})")
                                  << invalid("rule 'dominance-nk' needs 'k' as a number from 0 to "
                                             "100");
    QTest::newRow("nk comparison =>")
        << with(R"("dominance-nk": {"n": 2, "k": 90, "comparison": "=>"})")
        << invalid("rule 'dominance-nk' needs 'comparison': > or >=");
    QTest::newRow("nk n = 0") << with(R"("dominance-nk": {"n": 0, "k": 90})")
                              << invalid("rule 'dominance-nk' needs 'n' as a whole number of at "
                                         "least 1");
    QTest::newRow("nk n = 1.5") << with(R"("dominance-nk": {"n": 1.5, "k": 90})")
                                << invalid("rule 'dominance-nk' needs 'n' as a whole number of at "
                                           "least 1");
    QTest::newRow("nk unknown key") << with(R"("dominance-nk": {"n": 2, "k": 90, "p": 10})")
                                    << invalid("unknown key 'p' in rule 'dominance-nk'");
    QTest::newRow("nk not an object")
        << with(R"("dominance-nk": true)") << invalid("'rules' needs an object 'dominance-nk'");
    // dominance-p
    QTest::newRow("p non-positive-total maybe")
        << with(R"("dominance-p": {"p": 10, "non-positive-total": "maybe"})")
        << invalid("rule 'dominance-p' needs 'non-positive-total': pass or fail");
    QTest::newRow("p = 101") << with(R"("dominance-p": {"p": 101})")
                             << invalid("rule 'dominance-p' needs 'p' as a number from 0 to 100");
    QTest::newRow("p as text") << with(R"("dominance-p": {"p": "10"})")
                               << invalid("rule 'dominance-p' needs 'p' as a number from 0 to 100");
    QTest::newRow("p unknown key") << with(R"("dominance-p": {"p": 10, "k": 90})")
                                   << invalid("unknown key 'k' in rule 'dominance-p'");
    // negative, missing
    QTest::newRow("negative action safe") << with(R"("negative": {"action": "safe"})")
                                          << invalid("rule 'negative' needs 'action': review or "
                                                     "fail");
    QTest::newRow("negative unknown key") << with(R"("negative": {"mode": "absolute"})")
                                          << invalid("unknown key 'mode' in rule 'negative'");
    QTest::newRow("missing action pass") << with(R"("missing": {"action": "pass"})")
                                         << invalid("rule 'missing' needs 'action': review or "
                                                    "fail");
    QTest::newRow("missing unknown key") << with(R"("missing": {"action": "review", "t": 1})")
                                         << invalid("unknown key 't' in rule 'missing'");
    // dof
    QTest::newRow("dof min -1") << with(R"("dof": {"min": -1})")
                                << invalid("rule 'dof' needs 'min' as a whole number of at least "
                                           "0");
    QTest::newRow("dof without min") << with(R"("dof": {"max-parameter-share": 0.33})")
                                     << invalid("rule 'dof' needs 'min' as a whole number of at "
                                                "least 0");
    QTest::newRow("dof share 1.5") << with(R"("dof": {"min": 0, "max-parameter-share": 1.5})")
                                   << invalid("rule 'dof' needs 'max-parameter-share' as a number "
                                              "from 0 to 1");
    QTest::newRow("dof unknown key")
        << with(R"("dof": {"min": 10, "max": 20})") << invalid("unknown key 'max' in rule 'dof'");
    // extreme-value
    QTest::newRow("extreme scope sometimes")
        << with(R"("extreme-value": {"scope": "sometimes"})")
        << invalid("rule 'extreme-value' needs 'scope': always or below-threshold");
    QTest::newRow("extreme action safe") << with(R"("extreme-value": {"action": "safe"})")
                                         << invalid("rule 'extreme-value' needs 'action': review "
                                                    "or fail");
    QTest::newRow("extreme unknown key") << with(R"("extreme-value": {"percentiles": true})")
                                         << invalid("unknown key 'percentiles' in rule "
                                                    "'extreme-value'");
    // histogram
    QTest::newRow("histogram outer-edges yes") << with(R"("histogram": {"outer-edges": "yes"})")
                                               << invalid("rule 'histogram' needs 'outer-edges' "
                                                          "as true or false");
    QTest::newRow("histogram unknown key")
        << with(R"("histogram": {"t": 10})") << invalid("unknown key 't' in rule 'histogram'");
    // survival
    QTest::newRow("survival t 0") << with(R"("survival": {"t": 0})")
                                  << invalid("rule 'survival' needs 't' as a whole number of at "
                                             "least 1");
    QTest::newRow("survival without t") << with(R"("survival": {})")
                                        << invalid("rule 'survival' needs 't' as a whole number "
                                                   "of at least 1");
    QTest::newRow("survival unknown key") << with(R"("survival": {"t": 10, "k": 1})")
                                          << invalid("unknown key 'k' in rule 'survival'");
    // file-type
    const QString words = invalid("rule 'file-type' needs 'allow' as a list of words");
    QTest::newRow("file-type allow []")
        << with(R"("file-type": {"allow": [], "max-mib": 16})") << words;
    QTest::newRow("file-type allow [1]")
        << with(R"("file-type": {"allow": [1], "max-mib": 16})") << words;
    QTest::newRow("file-type allow [\"\"]")
        << with(R"("file-type": {"allow": [""], "max-mib": 16})") << words;
    QTest::newRow("file-type allow csv")
        << with(R"("file-type": {"allow": "csv", "max-mib": 16})") << words;
    QTest::newRow("file-type max-mib 0")
        << with(R"("file-type": {"allow": ["csv"], "max-mib": 0})")
        << invalid("rule 'file-type' needs 'max-mib' as a whole number of at least 1");
    QTest::newRow("file-type without max-mib")
        << with(R"("file-type": {"allow": ["csv"]})")
        << invalid("rule 'file-type' needs 'max-mib' as a whole number of at least 1");
    QTest::newRow("file-type unknown key")
        << with(R"("file-type": {"allow": ["csv"], "max-mib": 16, "deny": ["exe"]})")
        << invalid("unknown key 'deny' in rule 'file-type'");
}

void TestProfile::newRuleErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    try {
        const Profile profile = Profile::fromJson(json, QStringLiteral("rules.json"));
        QFAIL(qPrintable(QStringLiteral("accepted as profile '%1'").arg(profile.name())));
    } catch (const InputError& error) {
        QCOMPARE(error.file(), QStringLiteral("rules.json"));
        QCOMPARE(error.problem(), problem);
    }
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
