#include "rules/identifierscanner.h"

#include <QtTest>

using egress::rules::IdentifierScanner;

namespace {

// "an NHS number (943 *** **19)", one entry per match, in the order scan() returns them.
QStringList scanned(const QString& text, bool birthContext = false)
{
    QStringList found;
    for (const IdentifierScanner::Match& match : IdentifierScanner::scan(text, birthContext))
        found.append(IdentifierScanner::describe(match.kind) + QStringLiteral(" (") + match.masked
                     + u')');
    return found;
}

QString nhs(const QString& masked)
{
    return QStringLiteral("an NHS number (%1)").arg(masked);
}
QString postcode(const QString& masked)
{
    return QStringLiteral("a full postcode (%1)").arg(masked);
}
QString email(const QString& masked)
{
    return QStringLiteral("an email address (%1)").arg(masked);
}
QString dateOfBirth(const QString& masked)
{
    return QStringLiteral("a full date of birth (%1)").arg(masked);
}

} // namespace

class TestIdentifierScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nhsNumberCheckDigit_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<bool>("valid");

        // Modulus 11: weights 10..2 on the first nine digits, check = 11 − (sum mod 11),
        // 11 → 0, 10 → no valid number.
        // 9 4 3 4 7 6 5 9 1: 90+36+24+28+42+30+20+27+2 = 299; 299 mod 11 = 2; 11 − 2 = 9.
        QTest::newRow("943 476 5919: check 9") << QStringLiteral("9434765919") << true;
        QTest::newRow("943 476 5918: wrong check") << QStringLiteral("9434765918") << false;
        // 4 0 1 0 2 3 2 1 3: 40+0+8+0+12+15+8+3+6 = 92; 92 mod 11 = 4; 11 − 4 = 7.
        QTest::newRow("401 023 2137: check 7") << QStringLiteral("4010232137") << true;
        QTest::newRow("401 023 2136") << QStringLiteral("4010232136") << false;
        // 4 0 0 0 0 0 0 0 2: 40+4 = 44; 44 mod 11 = 0; 11 − 0 = 11 → 0.
        QTest::newRow("400 000 0020: 11 → 0") << QStringLiteral("4000000020") << true;
        QTest::newRow("400 000 0021") << QStringLiteral("4000000021") << false;
        // 4 0 0 0 0 0 0 0 8: 40+16 = 56; 56 mod 11 = 1; 11 − 1 = 10: no tenth digit is valid,
        // not even the 0 a check taken mod 10 would accept.
        QTest::newRow("400 000 008x: check 10, 0") << QStringLiteral("4000000080") << false;
        QTest::newRow("400 000 008x: check 10, 1") << QStringLiteral("4000000081") << false;
        QTest::newRow("400 000 008x: check 10, 9") << QStringLiteral("4000000089") << false;
        // 0 1 0 1 0 1 1 2 3: 0+9+0+7+0+5+4+6+6 = 37; 37 mod 11 = 4; 11 − 4 = 7 (a leading 0).
        QTest::newRow("010 101 1237: check 7") << QStringLiteral("0101011237") << true;
        // d × (10+9+…+2) = 54d ≡ −d (mod 11), so every repeated digit passes the check: they
        // are placeholders, never issued.
        QTest::newRow("1111111111: placeholder") << QStringLiteral("1111111111") << false;
        QTest::newRow("0000000000: placeholder") << QStringLiteral("0000000000") << false;
        QTest::newRow("9 digits") << QStringLiteral("943476591") << false;
        QTest::newRow("11 digits") << QStringLiteral("94347659190") << false;
        QTest::newRow("spaced") << QStringLiteral("943 476 5919") << false;
        QTest::newRow("a letter") << QStringLiteral("943476591A") << false;
        // Arabic-Indic digits are digits to QChar, not to an NHS number.
        QTest::newRow("non-ASCII digits")
            << QStringLiteral("\u0669\u0664\u0663\u0664\u0667\u0666\u0665\u0669\u0661\u0669")
            << false;
    }

    void nhsNumberCheckDigit()
    {
        QFETCH(QString, digits);
        QFETCH(bool, valid);
        QCOMPARE(IdentifierScanner::isValidNhsNumber(digits), valid);
    }

    void nhsNumbersInText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("found");

        const QStringList nhsFound {nhs(QStringLiteral("943 *** **19"))};
        QTest::newRow("bare") << QStringLiteral("9434765919") << nhsFound;
        QTest::newRow("spaced 3-3-4") << QStringLiteral("943 476 5919") << nhsFound;
        QTest::newRow("hyphenated 3-3-4") << QStringLiteral("943-476-5919") << nhsFound;
        QTest::newRow("in a sentence")
            << QStringLiteral("NHS number: 943 476 5919, seen twice") << nhsFound;
        QTest::newRow("ending a sentence")
            << QStringLiteral("His number is 9434765919.") << nhsFound;
        QTest::newRow("11 → 0") << QStringLiteral("400 000 0020")
                                << QStringList {nhs(QStringLiteral("400 *** **20"))};
        QTest::newRow("wrong check digit") << QStringLiteral("943 476 5918") << QStringList();
        QTest::newRow("check 10") << QStringLiteral("4000000080") << QStringList();
        QTest::newRow("placeholder") << QStringLiteral("9999999999") << QStringList();
        QTest::newRow("9 digits") << QStringLiteral("943476591") << QStringList();
        QTest::newRow("11 digits") << QStringLiteral("94347659190") << QStringList();
        QTest::newRow("11 digits, 10 valid ones last")
            << QStringLiteral("19434765919") << QStringList();
        QTest::newRow("inside a longer run") << QStringLiteral("id 1294347659190") << QStringList();
        QTest::newRow("decimal part") << QStringLiteral("0.9434765919") << QStringList();
        QTest::newRow("decimal number") << QStringLiteral("9434765919.5") << QStringList();
        QTest::newRow("mixed separators") << QStringLiteral("943 476-5919") << QStringList();
        QTest::newRow("other grouping") << QStringLiteral("9434 765 919") << QStringList();
        QTest::newRow("comma grouped") << QStringLiteral("9,434,765,919") << QStringList();
        QTest::newRow("UK telephone") << QStringLiteral("020 7946 0958") << QStringList();
        QTest::newRow("LA code") << QStringLiteral("E09000017") << QStringList();
        QTest::newRow("ordinary counts") << QStringLiteral("12 345 67 8901") << QStringList();
    }

    void nhsNumbersInText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, found);
        QCOMPARE(scanned(text), found);
    }

    void postcodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("found");

        // One real postcode of each outward format; the inward code is masked.
        QTest::newRow("A9 9AA") << QStringLiteral("M1 1AE")
                                << QStringList {postcode(QStringLiteral("M1 ***"))};
        QTest::newRow("A99 9AA") << QStringLiteral("B33 8TH")
                                 << QStringList {postcode(QStringLiteral("B33 ***"))};
        QTest::newRow("AA9 9AA") << QStringLiteral("CR2 6XH")
                                 << QStringList {postcode(QStringLiteral("CR2 ***"))};
        QTest::newRow("AA99 9AA") << QStringLiteral("DN55 1PT")
                                  << QStringList {postcode(QStringLiteral("DN55 ***"))};
        QTest::newRow("A9A 9AA") << QStringLiteral("W1A 0AX")
                                 << QStringList {postcode(QStringLiteral("W1A ***"))};
        QTest::newRow("AA9A 9AA") << QStringLiteral("EC1A 1BB")
                                  << QStringList {postcode(QStringLiteral("EC1A ***"))};
        // Without the space, in capitals.
        QTest::newRow("A99AA") << QStringLiteral("M11AE")
                               << QStringList {postcode(QStringLiteral("M1 ***"))};
        QTest::newRow("A999AA") << QStringLiteral("B338TH")
                                << QStringList {postcode(QStringLiteral("B33 ***"))};
        QTest::newRow("AA99AA") << QStringLiteral("CR26XH")
                                << QStringList {postcode(QStringLiteral("CR2 ***"))};
        QTest::newRow("AA999AA") << QStringLiteral("DN551PT")
                                 << QStringList {postcode(QStringLiteral("DN55 ***"))};
        QTest::newRow("A9A9AA") << QStringLiteral("W1A0AX")
                                << QStringList {postcode(QStringLiteral("W1A ***"))};
        QTest::newRow("AA9A9AA") << QStringLiteral("EC1A1BB")
                                 << QStringList {postcode(QStringLiteral("EC1A ***"))};
        // Lower case with the space; masked in capitals.
        QTest::newRow("lower case") << QStringLiteral("lives at sw1a 1aa now")
                                    << QStringList {postcode(QStringLiteral("SW1A ***"))};
        QTest::newRow("mixed case")
            << QStringLiteral("Dn55 1pt") << QStringList {postcode(QStringLiteral("DN55 ***"))};
        QTest::newRow("in a label") << QStringLiteral("Home (LS1 4AP)")
                                    << QStringList {postcode(QStringLiteral("LS1 ***"))};
        QTest::newRow("Crown dependency")
            << QStringLiteral("JE2 3QA") << QStringList {postcode(QStringLiteral("JE2 ***"))};
        // Lower case without the space reads like a hash or a code ("ba5e1ab").
        QTest::newRow("lower case, no space") << QStringLiteral("sw1a1aa") << QStringList();
        QTest::newRow("hex-like word") << QStringLiteral("commit ba5e1ab") << QStringList();
        // The outward code alone is a postcode district, published in many tables.
        QTest::newRow("outward code alone") << QStringLiteral("SW1A") << QStringList();
        QTest::newRow("outward code in a label")
            << QStringLiteral("District SW1A, LS1") << QStringList();
        QTest::newRow("incomplete inward") << QStringLiteral("SW1A 1A") << QStringList();
        // ONS geography codes: a letter and eight digits.
        QTest::newRow("LA code") << QStringLiteral("E09000017") << QStringList();
        QTest::newRow("Welsh LA code") << QStringLiteral("W06000015") << QStringList();
        // Shapes of a postcode in no postcode area: Q is never an area, H1 is not one.
        QTest::newRow("Q1 2ND") << QStringLiteral("Q1 2ND") << QStringList();
        QTest::newRow("H1 2nd") << QStringLiteral("H1 2nd") << QStringList();
        // Letters the Royal Mail does not use: C, I, K, M, O, V in the inward code; I after
        // W1 in a district.
        QTest::newRow("inward C") << QStringLiteral("M1 1CE") << QStringList();
        QTest::newRow("inward O") << QStringLiteral("M1 1AO") << QStringList();
        QTest::newRow("district W1I") << QStringLiteral("W1I 0AX") << QStringList();
        QTest::newRow("glued to a word") << QStringLiteral("XM1 1AE") << QStringList();
        QTest::newRow("followed by a digit") << QStringLiteral("M1 1AE5") << QStringList();
    }

    void postcodes()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, found);
        QCOMPARE(scanned(text), found);
    }

    void emails_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("found");

        QTest::newRow("plain") << QStringLiteral("jane.doe@example.org")
                               << QStringList {email(QStringLiteral("j***@example.org"))};
        QTest::newRow("tagged, ending a sentence")
            << QStringLiteral("Write to a.b+c@nhs.net.")
            << QStringList {email(QStringLiteral("a***@nhs.net"))};
        QTest::newRow("subdomains")
            << QStringLiteral("<x.y@mail.leeds.nhs.uk>")
            << QStringList {email(QStringLiteral("x***@mail.leeds.nhs.uk"))};
        QTest::newRow("mailto") << QStringLiteral("href=\"mailto:Sam@Example.COM\"")
                                << QStringList {email(QStringLiteral("S***@Example.COM"))};
        QTest::newRow("two") << QStringLiteral("a@x.org; b@y.org")
                             << QStringList {email(QStringLiteral("a***@x.org")),
                                             email(QStringLiteral("b***@y.org"))};
        QTest::newRow("leading dots skipped")
            << QStringLiteral("...jo@x.org") << QStringList {email(QStringLiteral("j***@x.org"))};
        QTest::newRow("retina image name")
            << QStringLiteral("src=\"logo@2x.png\"") << QStringList();
        QTest::newRow("no local part") << QStringLiteral("@example.org") << QStringList();
        QTest::newRow("no domain") << QStringLiteral("jane@") << QStringList();
        QTest::newRow("no top-level domain") << QStringLiteral("jane@localhost") << QStringList();
        QTest::newRow("a handle") << QStringLiteral("@jane said") << QStringList();
    }

    void emails()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, found);
        QCOMPARE(scanned(text), found);
    }

    void datesOfBirth_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("birthContext");
        QTest::addColumn<QStringList>("found");

        const QStringList iso {dateOfBirth(QStringLiteral("1948-**-**"))};
        const QStringList slashed {dateOfBirth(QStringLiteral("**/**/1948"))};
        const QStringList named {dateOfBirth(QStringLiteral("** *** 1948"))};
        const QStringList none;

        QTest::newRow("date of birth: ISO")
            << QStringLiteral("date of birth: 1948-03-07") << false << iso;
        QTest::newRow("DOB dd/mm/yyyy") << QStringLiteral("DOB 07/03/1948") << false << slashed;
        QTest::newRow("born dd.mm.yyyy") << QStringLiteral("born 07.03.1948") << false
                                         << QStringList {dateOfBirth(QStringLiteral("**.**.1948"))};
        QTest::newRow("born dd-mm-yyyy") << QStringLiteral("Born: 7-3-1948") << false
                                         << QStringList {dateOfBirth(QStringLiteral("**-**-1948"))};
        QTest::newRow("yyyy/mm/dd") << QStringLiteral("DOB 1948/03/07") << false
                                    << QStringList {dateOfBirth(QStringLiteral("1948/**/**"))};
        QTest::newRow("month first") << QStringLiteral("DOB 12/31/1948") << false << slashed;
        QTest::newRow("ISO date-time")
            << QStringLiteral("\"dob\": \"1948-03-07T00:00:00Z\"") << false << iso;
        QTest::newRow("month name")
            << QStringLiteral("Date of Birth 7 March 1948") << false << named;
        QTest::newRow("SAS date9") << QStringLiteral("patient_dob=07MAR1948") << false << named;
        QTest::newRow("month abbreviated")
            << QStringLiteral("born 7th Sept. 1948") << false << named;
        QTest::newRow("camel case") << QStringLiteral("DateOfBirth=1948-03-07") << false << iso;
        QTest::newRow("HTML cells")
            << QStringLiteral("<th>DOB</th><td>1948-03-07</td>") << false << iso;
        QTest::newRow("mention after the date")
            << QStringLiteral("1948-03-07 (DOB)") << false << iso;
        QTest::newRow("born in a sentence")
            << QStringLiteral("she was born in Leeds on 07/03/1948") << false << slashed;
        QTest::newRow("birth context") << QStringLiteral("1948-03-07") << true << iso;
        QTest::newRow("birth context, two dates")
            << QStringLiteral("07/03/1948 or 1948-03-07") << true
            << QStringList {slashed.first(), iso.first()};

        // An event date is not a birth date.
        QTest::newRow("event date") << QStringLiteral("admitted 1948-03-07") << false << none;
        QTest::newRow("date alone") << QStringLiteral("07/03/1948") << false << none;
        QTest::newRow("event beside a birth date")
            << QStringLiteral("DOB 1948-03-07, admitted 2023-05-01") << false << iso;
        QTest::newRow("birth date beside an event")
            << QStringLiteral("admitted 2023-05-01 (DOB 1948-03-07)") << false << iso;
        QTest::newRow("mention too far before")
            << QStringLiteral("DOB column removed before extract on 2023-05-01") << false << none;
        QTest::newRow("words that only contain dob/born")
            << QStringLiteral("stubborn Doberman airborne 1948-03-07") << false << none;
        // Birth year and month are published in CLD tables; only the day identifies.
        QTest::newRow("month and year") << QStringLiteral("DOB 03/1948") << false << none;
        QTest::newRow("month and year, ISO") << QStringLiteral("DOB 1948-03") << false << none;
        QTest::newRow("year alone") << QStringLiteral("Der_Birth_Year 1948") << false << none;
        QTest::newRow("month and year in birth context")
            << QStringLiteral("March 1948") << true << none;
        QTest::newRow("not a date") << QStringLiteral("DOB 1948-02-30") << false << none;
        QTest::newRow("before 1890") << QStringLiteral("born 1850-03-07") << false << none;
        QTest::newRow("in the future") << QStringLiteral("born 2999-03-07") << false << none;
        QTest::newRow("version number") << QStringLiteral("born v1.2.1948.5") << false << none;
    }

    void datesOfBirth()
    {
        QFETCH(QString, text);
        QFETCH(bool, birthContext);
        QFETCH(QStringList, found);
        QCOMPARE(scanned(text, birthContext), found);
    }

    void speaksOfBirth_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<bool>("speaks");

        QTest::newRow("date_of_birth") << QStringLiteral("date_of_birth") << true;
        QTest::newRow("Der_Birth_Year") << QStringLiteral("Der_Birth_Year") << true;
        QTest::newRow("DateOfBirth") << QStringLiteral("DateOfBirth") << true;
        QTest::newRow("Births") << QStringLiteral("Births") << true;
        QTest::newRow("DOB") << QStringLiteral("DOB") << true;
        QTest::newRow("patient_dob") << QStringLiteral("patient_dob") << true;
        QTest::newRow("Born") << QStringLiteral("Born") << true;
        QTest::newRow("admission_date") << QStringLiteral("admission_date") << false;
        QTest::newRow("stubborn") << QStringLiteral("stubborn") << false;
        QTest::newRow("Doberman") << QStringLiteral("Doberman") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void speaksOfBirth()
    {
        QFETCH(QString, heading);
        QFETCH(bool, speaks);
        QCOMPARE(IdentifierScanner::speaksOfBirth(heading), speaks);
    }

    void birthYearHeadingAloneIsNothing()
    {
        QVERIFY(IdentifierScanner::scan(QStringLiteral("Der_Birth_Year")).isEmpty());
        QVERIFY(IdentifierScanner::scan(QStringLiteral("Der_Birth_Year"), true).isEmpty());
    }

    void matchesInTextOrder()
    {
        QCOMPARE(scanned(QStringLiteral("jane@x.org, DOB 07/03/1948, NHS 943 476 5919, M1 1AE")),
                 (QStringList {
                     email(QStringLiteral("j***@x.org")), dateOfBirth(QStringLiteral("**/**/1948")),
                     nhs(QStringLiteral("943 *** **19")), postcode(QStringLiteral("M1 ***"))}));
    }

    void maskingHidesTheIdentifier_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("hidden");

        QTest::newRow("NHS number")
            << QStringLiteral("943 476 5919")
            << QStringList {QStringLiteral("476"), QStringLiteral("5919"), QStringLiteral("65")};
        QTest::newRow("postcode") << QStringLiteral("EC1A 1BB")
                                  << QStringList {QStringLiteral("1BB"), QStringLiteral("BB")};
        QTest::newRow("email") << QStringLiteral("jane.doe@example.org")
                               << QStringList {QStringLiteral("jane"), QStringLiteral("doe")};
        QTest::newRow("date of birth")
            << QStringLiteral("DOB 07/03/1948")
            << QStringList {QStringLiteral("07"), QStringLiteral("03"), QStringLiteral("7/3")};
        QTest::newRow("date of birth, month name")
            << QStringLiteral("DOB 07 March 1948")
            << QStringList {QStringLiteral("07"), QStringLiteral("Mar")};
    }

    void maskingHidesTheIdentifier()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, hidden);
        const QList<IdentifierScanner::Match> matches = IdentifierScanner::scan(text);
        QCOMPARE(matches.size(), qsizetype(1));
        for (const QString& part : hidden)
            QVERIFY2(!matches.first().masked.contains(part), qPrintable(matches.first().masked));
    }

    void describe()
    {
        QCOMPARE(IdentifierScanner::describe(IdentifierScanner::Kind::NhsNumber),
                 QStringLiteral("an NHS number"));
        QCOMPARE(IdentifierScanner::describe(IdentifierScanner::Kind::Postcode),
                 QStringLiteral("a full postcode"));
        QCOMPARE(IdentifierScanner::describe(IdentifierScanner::Kind::Email),
                 QStringLiteral("an email address"));
        QCOMPARE(IdentifierScanner::describe(IdentifierScanner::Kind::DateOfBirth),
                 QStringLiteral("a full date of birth"));
    }

    void ordinaryTextIsClean_data()
    {
        QTest::addColumn<QString>("text");

        QTest::newRow("counts") << QStringLiteral("North 12 15 27");
        QTest::newRow("large count") << QStringLiteral("1140000000 items");
        QTest::newRow("age band") << QStringLiteral("18-64");
        QTest::newRow("event date") << QStringLiteral("2023-05-01");
        QTest::newRow("LA name and code") << QStringLiteral("Hillingdon (E09000017)");
        QTest::newRow("quarter") << QStringLiteral("Q1 2ND HALF");
        QTest::newRow("SVG path") << QStringLiteral("M 10.5 20 L 30.25 40 Z");
        QTest::newRow("empty") << QString();
    }

    void ordinaryTextIsClean()
    {
        QFETCH(QString, text);
        QCOMPARE(scanned(text), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestIdentifierScanner)
#include "tst_identifierscanner.moc"
