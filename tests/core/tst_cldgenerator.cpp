#include "io/csvtokenizer.h"
#include "io/inputerror.h"
#include "rules/identifierscanner.h"
#include "sample/cldcodelists.h"
#include "sample/cldgenerator.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <limits>
#include <stdexcept>

using egress::io::InputError;
using egress::rules::IdentifierScanner;
using egress::sample::CldCodeLists;
using egress::sample::CldGenerator;

namespace {

// The header of cld.md, typed out here rather than taken from the code under test.
const QByteArray kHeader
    = "LA_Code,LA_Name,Reporting_Period_Start_Date,Reporting_Period_End_Date,Der_Unique_Record_ID,"
      "Der_NHS_Number_Traced_Pseudo,Der_LA_Person_Unique_Identifier_Pseudo,Der_Birth_Year,"
      "Der_Birth_Month,Date_of_Death,Gender,Ethnicity,Client_Type,Primary_Support_Reason,"
      "Has_Unpaid_Carer,Accommodation_Status,Employment_Status,Client_Funding_Status,Event_Type,"
      "Event_Start_Date,Event_End_Date,Event_Outcome,Request_Route_of_Access,Assessment_Type,"
      "Eligible_Needs_Identified,Review_Reason,Service_Type,Service_Component,Delivery_Mechanism,"
      "Unit_Cost,Cost_Frequency_(Unit_Type),Planned_units_per_week";

enum Column
{
    LaCode,
    LaName,
    PeriodStart,
    PeriodEnd,
    RecordId,
    NhsNumber,
    LaPersonId,
    BirthYear,
    BirthMonth,
    DateOfDeath,
    Gender,
    Ethnicity,
    ClientType,
    SupportReason,
    HasUnpaidCarer,
    Accommodation,
    Employment,
    Funding,
    EventType,
    EventStart,
    EventEnd,
    Outcome,
    Route,
    AssessmentType,
    EligibleNeeds,
    ReviewReason,
    ServiceType,
    ServiceComponent,
    DeliveryMechanism,
    UnitCost,
    CostFrequency,
    PlannedUnits,
    ColumnCount
};

// The columns that describe the person and must repeat on every one of the person's rows.
constexpr Column kPersonColumns[]
    = {LaCode,        LaName,         NhsNumber,     LaPersonId, BirthYear,
       BirthMonth,    DateOfDeath,    Gender,        Ethnicity,  ClientType,
       SupportReason, HasUnpaidCarer, Accommodation, Employment, Funding};

QByteArray generate(const CldGenerator::Options& options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CldGenerator(options).write(buffer);
    return bytes;
}

// One CSV line (no line breaks inside fields) split as RFC 4180 reads it.
QByteArrayList splitLine(QByteArrayView line)
{
    QByteArrayList fields;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                field.append('"');
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.append(field);
            field.clear();
        } else {
            field.append(c);
        }
    }
    fields.append(field);
    return fields;
}

QSet<QByteArray> setOf(const QByteArrayList& values)
{
    return QSet<QByteArray>(values.cbegin(), values.cend());
}

int ageOf(const QByteArray& birthYear, const QByteArray& birthMonth)
{
    // Age at 31 March 2024, as the generator means it.
    return 2024 - birthYear.toInt() - (birthMonth.toInt() > 3 ? 1 : 0);
}

struct PersonSummary
{
    QByteArrayList fields; // by Column: the person columns of the first row, others empty
    qint64 events = 0;
    bool inconsistent = false;
    bool longTerm = false;
    bool prison = false;
};

// Everything the tests look at, gathered in one pass over the file.
struct Survey
{
    QByteArray header;
    qint64 rows = 0;
    QStringList problems; // rows that break a rule of cld.md (first few)
    qint64 problemCount = 0;
    QHash<QByteArray, PersonSummary> persons; // by NHS number, else LA person id
    QSet<QByteArray> recordIds;
    QSet<QByteArray> laPersonIds;
    QList<QHash<QByteArray, qint64>> values = QList<QHash<QByteArray, qint64>>(ColumnCount);
    qint64 openServices = 0;
    qint64 services = 0;
    qint64 servicesWithoutMechanism = 0;
    qint64 costsOf5000OrMore = 0;
    qint64 outcomeVariants = 0;
    qint64 invalidOutcomes = 0;
    qint64 outcomes = 0;

    void problem(qint64 line, const QString& what)
    {
        if (++problemCount <= 10)
            problems.append(QStringLiteral("line %1: %2").arg(line).arg(what));
    }
};

Survey survey(const QByteArray& csv)
{
    static const QSet<QByteArray> outcomes = setOf(CldCodeLists::eventOutcomes());
    static const QSet<QByteArray> variants = setOf(CldCodeLists::eventOutcomeVariants());
    static const QSet<QByteArray> invalid = setOf(CldCodeLists::invalidEventOutcomes());
    static const QList<QPair<Column, QSet<QByteArray>>> lists {
        {Gender, setOf(CldCodeLists::genders())},
        {Ethnicity, setOf(CldCodeLists::ethnicities())},
        {ClientType, setOf(CldCodeLists::clientTypes())},
        {SupportReason, setOf(CldCodeLists::primarySupportReasons())},
        {HasUnpaidCarer, setOf(CldCodeLists::hasUnpaidCarer())},
        {Accommodation, setOf(CldCodeLists::accommodationStatuses())},
        {Employment, setOf(CldCodeLists::employmentStatuses())},
        {EventType, setOf(CldCodeLists::eventTypes())},
    };
    // Present on the event types named, empty on all others (empty allowed where marked).
    struct EventField
    {
        Column column;
        QByteArray eventType;
        QSet<QByteArray> allowed;
        bool mayBeEmpty;
    };
    static const QList<EventField> eventFields {
        {Route, "Request", setOf(CldCodeLists::routesOfAccess()), false},
        {AssessmentType, "Assessment", setOf(CldCodeLists::assessmentTypes()), false},
        {EligibleNeeds, "Assessment", setOf(CldCodeLists::eligibleNeedsIdentified()), true},
        {ReviewReason, "Review", setOf(CldCodeLists::reviewReasons()), false},
        {ServiceType, "Service", setOf(CldCodeLists::serviceTypes()), false},
        {ServiceComponent, "Service", setOf(CldCodeLists::serviceComponents()), false},
        {DeliveryMechanism, "Service", setOf(CldCodeLists::deliveryMechanisms()), true},
        {CostFrequency, "Service", setOf(CldCodeLists::costFrequencies()), false},
    };
    QHash<QByteArray, QByteArray> boroughNames;
    for (const CldCodeLists::Borough& borough : CldCodeLists::boroughs())
        boroughNames.insert(borough.code, borough.name);

    Survey result;
    qsizetype start = 0;
    qint64 line = 0;
    while (start < csv.size()) {
        qsizetype end = csv.indexOf('\n', start);
        if (end < 0)
            end = csv.size();
        const QByteArrayView text(csv.constData() + start, end - start);
        start = end + 1;
        ++line;
        if (line == 1) {
            result.header = text.toByteArray();
            continue;
        }
        ++result.rows;
        const QByteArrayList f = splitLine(text);
        if (f.size() != ColumnCount) {
            result.problem(line, QStringLiteral("%1 fields").arg(f.size()));
            continue;
        }
        for (int column = 0; column < ColumnCount; ++column)
            ++result.values[column][f.at(column)];

        result.recordIds.insert(f.at(RecordId));
        result.laPersonIds.insert(f.at(LaPersonId));
        if (boroughNames.value(f.at(LaCode)) != f.at(LaName))
            result.problem(line, QStringLiteral("borough code and name do not match"));
        for (const auto& [column, allowed] : lists) {
            if (!allowed.contains(f.at(column)))
                result.problem(line,
                               QStringLiteral("column %1: '%2' is not in the code list")
                                   .arg(column)
                                   .arg(QString::fromUtf8(f.at(column))));
        }
        if (!f.at(Funding).isEmpty()
            && !CldCodeLists::clientFundingStatuses().contains(f.at(Funding)))
            result.problem(line, QStringLiteral("funding status not in the code list"));
        if (f.at(Funding).isEmpty() && f.at(ClientType) == "Service User")
            result.problem(line, QStringLiteral("service user without funding status"));

        const QDate periodStart
            = QDate::fromString(QString::fromLatin1(f.at(PeriodStart)), Qt::ISODate);
        const QDate periodEnd
            = QDate::fromString(QString::fromLatin1(f.at(PeriodEnd)), Qt::ISODate);
        if (!periodStart.isValid() || periodStart.day() != 1 || (periodStart.month() - 1) % 3 != 0
            || periodStart < QDate(2023, 1, 1) || periodEnd != periodStart.addMonths(3).addDays(-1))
            result.problem(line, QStringLiteral("reporting period is not a quarter from 2023"));
        const QDate eventStart
            = QDate::fromString(QString::fromLatin1(f.at(EventStart)), Qt::ISODate);
        const QDate eventEnd = QDate::fromString(QString::fromLatin1(f.at(EventEnd)), Qt::ISODate);
        const bool service = f.at(EventType) == "Service";
        if (!eventStart.isValid())
            result.problem(line, QStringLiteral("no event start date"));
        if (f.at(EventEnd).isEmpty() && !service)
            result.problem(line, QStringLiteral("an open event that is not a service"));
        if (!f.at(EventEnd).isEmpty() && (!eventEnd.isValid() || eventEnd < eventStart))
            result.problem(line, QStringLiteral("bad event end date"));
        if (!f.at(DateOfDeath).isEmpty()
            && (f.at(EventEnd).isEmpty() || f.at(EventEnd) > f.at(DateOfDeath)))
            result.problem(line, QStringLiteral("an event goes on after the death"));

        for (const EventField& field : eventFields) {
            const QByteArray& value = f.at(field.column);
            if (f.at(EventType) != field.eventType) {
                if (!value.isEmpty())
                    result.problem(line,
                                   QStringLiteral("column %1 set on a %2")
                                       .arg(field.column)
                                       .arg(QString::fromUtf8(f.at(EventType))));
            } else if (value.isEmpty() ? !field.mayBeEmpty : !field.allowed.contains(value)) {
                result.problem(line,
                               QStringLiteral("column %1: '%2' is not allowed")
                                   .arg(field.column)
                                   .arg(QString::fromUtf8(value)));
            }
        }
        if (service) {
            ++result.services;
            result.openServices += f.at(EventEnd).isEmpty() ? 1 : 0;
            result.servicesWithoutMechanism += f.at(DeliveryMechanism).isEmpty() ? 1 : 0;
            bool ok = false;
            const double cost = f.at(UnitCost).toDouble(&ok);
            if (!ok || cost <= 0)
                result.problem(line, QStringLiteral("a service without a unit cost"));
            if (cost >= 5000) {
                ++result.costsOf5000OrMore;
                if (f.at(SupportReason) != "Learning Disability Support"
                    || f.at(CostFrequency) != "Weekly")
                    result.problem(line, QStringLiteral("£5,000+ is not a weekly LD placement"));
            }
        } else if (!f.at(UnitCost).isEmpty() || !f.at(PlannedUnits).isEmpty()) {
            result.problem(line, QStringLiteral("a cost on an event that is no service"));
        }

        const QByteArray& outcome = f.at(Outcome);
        if (!outcome.isEmpty()) {
            ++result.outcomes;
            if (variants.contains(outcome))
                ++result.outcomeVariants;
            else if (invalid.contains(outcome))
                ++result.invalidOutcomes;
            else if (!outcomes.contains(outcome))
                result.problem(line,
                               QStringLiteral("outcome '%1' is not in any list")
                                   .arg(QString::fromUtf8(outcome)));
        }

        const QByteArray personKey = f.at(NhsNumber).isEmpty() ? f.at(LaPersonId) : f.at(NhsNumber);
        PersonSummary& person = result.persons[personKey];
        QByteArrayList personFields(ColumnCount);
        for (const Column column : kPersonColumns)
            personFields[column] = f.at(column);
        if (person.events == 0)
            person.fields = personFields;
        else if (person.fields != personFields)
            person.inconsistent = true;
        ++person.events;
        person.longTerm = person.longTerm || f.at(ServiceType).startsWith("Long Term Support");
        person.prison = person.prison || f.at(ServiceType) == "Long Term Support: Prison";
    }
    return result;
}

qint64 countOf(const QHash<QByteArray, qint64>& counts, const QByteArray& value)
{
    return counts.value(value);
}

double shareOf(qint64 part, qint64 whole)
{
    return whole == 0 ? 0.0 : 100.0 * double(part) / double(whole);
}

} // namespace

class TestCldGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void exactCounts_data();
    void exactCounts();
    void defaultsAreTheCatalogueFigures();
    void headerIsNhsEnglandsNaming();
    void everyValueComesFromTheCodeLists();
    void personFieldsRepeatOnEveryRow();
    void recordIdsAreUnique();
    void sameSeedSameBytes();
    void otherSeedOtherBytes();
    void outputIsPinned();
    void parsesAsRfc4180();

    void boroughShares();
    void clientTypesAndEventMix();
    void eventsPerPersonAreHeavyTailed();
    void longTermClientsAreMostlyOlder();
    void prisonCellsAreSmallInEveryBorough();
    void highCostPlacementsExist();
    void deliberateSmallCells();
    void dataQualityQuirks();
    void onlyServicesAreOpen();
    void noFieldIsAnIdentifier();

    void tooFewEventsIsRefused_data();
    void tooFewEventsIsRefused();
    void writeFileIsAtomic();
    void unwritablePathIsAnInputError();
    void progressIsReported();

private:
    QByteArray m_defaultCsv;
    Survey m_default;
};

void TestCldGenerator::initTestCase()
{
    m_defaultCsv = generate(CldGenerator::Options());
    m_default = survey(m_defaultCsv);
}

void TestCldGenerator::exactCounts_data()
{
    QTest::addColumn<qint64>("persons");
    QTest::addColumn<qint64>("events");
    QTest::addColumn<quint64>("seed");

    QTest::newRow("one person, one event") << qint64(1) << qint64(1) << quint64(1);
    QTest::newRow("one person, many events") << qint64(1) << qint64(500) << quint64(1);
    QTest::newRow("persons == events, small") << qint64(7) << qint64(7) << quint64(2);
    QTest::newRow("persons == events") << qint64(2000) << qint64(2000) << quint64(3);
    QTest::newRow("one event more than persons") << qint64(10) << qint64(11) << quint64(4);
    QTest::newRow("ten events each") << qint64(100) << qint64(1000) << quint64(5);
    QTest::newRow("catalogue ratio, smaller") << qint64(3000) << qint64(18727) << quint64(6);
    QTest::newRow("seed 0") << qint64(50) << qint64(311) << quint64(0);
    QTest::newRow("largest seed") << qint64(50) << qint64(311)
                                  << std::numeric_limits<quint64>::max();
}

void TestCldGenerator::exactCounts()
{
    QFETCH(qint64, persons);
    QFETCH(qint64, events);
    QFETCH(quint64, seed);

    const Survey result = survey(generate({seed, persons, events}));
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));
    QCOMPARE(result.rows, events);
    QCOMPARE(qint64(result.persons.size()), persons);
    QCOMPARE(qint64(result.laPersonIds.size()), persons);
    QCOMPARE(qint64(result.recordIds.size()), events);
}

void TestCldGenerator::defaultsAreTheCatalogueFigures()
{
    const CldGenerator::Options defaults;
    QCOMPARE(defaults.seed, quint64(1));
    QCOMPARE(defaults.persons, qint64(23366));
    QCOMPARE(defaults.events, qint64(145853));
    QCOMPARE(m_default.rows, qint64(145853));
    QCOMPARE(m_default.persons.size(), qsizetype(23366));
    QCOMPARE(m_default.laPersonIds.size(), qsizetype(23366));
}

void TestCldGenerator::headerIsNhsEnglandsNaming()
{
    QCOMPARE(m_default.header, kHeader);
    QCOMPARE(CldGenerator::columnNames().join(','), kHeader);
    QVERIFY(m_defaultCsv.startsWith(QByteArray(kHeader + '\n')));
}

void TestCldGenerator::everyValueComesFromTheCodeLists()
{
    QVERIFY2(m_default.problems.isEmpty(), qPrintable(m_default.problems.join(u'\n')));
    // The sizes cld.md gives, and a few values spelled out.
    QCOMPARE(CldCodeLists::ethnicities().size(), qsizetype(21));
    QCOMPARE(CldCodeLists::ethnicGroups().size(), qsizetype(21));
    QCOMPARE(CldCodeLists::accommodationStatuses().size(), qsizetype(20));
    QCOMPARE(CldCodeLists::eventOutcomes().size(), qsizetype(19));
    QCOMPARE(CldCodeLists::routesOfAccess().size(), qsizetype(8));
    QCOMPARE(CldCodeLists::reviewReasons().size(), qsizetype(7));
    QCOMPARE(CldCodeLists::employmentStatuses().size(), qsizetype(7));
    QCOMPARE(CldCodeLists::primarySupportReasons().size(), qsizetype(13));
    QCOMPARE(CldCodeLists::serviceTypes().size(), qsizetype(9));
    QCOMPARE(CldCodeLists::eventOutcomeVariants().size(),
             CldCodeLists::eventOutcomeVariantsCanonical().size());
    QCOMPARE(CldCodeLists::eventOutcomes().last(), QByteArray("NFA- Other"));
    QVERIFY(CldCodeLists::isSettled("Mobile accommodation for Gypsy / Roma and Traveller "
                                    "communities"));
    QVERIFY(!CldCodeLists::isSettled("Rough sleeper / squatting"));
    QVERIFY(!CldCodeLists::isSettled("Unknown"));
    QCOMPARE(CldCodeLists::boroughs().at(0).code, QByteArray("E09000017"));
    QCOMPARE(CldCodeLists::boroughs().at(1).code, QByteArray("E09000020"));
    QCOMPARE(CldCodeLists::boroughs().at(2).code, QByteArray("E09000033"));
    // Every canonical outcome, service type and route turns up at catalogue size.
    for (const QByteArray& outcome : CldCodeLists::eventOutcomes())
        QVERIFY2(countOf(m_default.values[Outcome], outcome) > 0, outcome.constData());
    for (const QByteArray& type : CldCodeLists::serviceTypes())
        QVERIFY2(countOf(m_default.values[ServiceType], type) > 0, type.constData());
    for (const QByteArray& route : CldCodeLists::routesOfAccess())
        QVERIFY2(countOf(m_default.values[Route], route) > 0, route.constData());
}

void TestCldGenerator::personFieldsRepeatOnEveryRow()
{
    qint64 inconsistent = 0;
    for (const PersonSummary& person : std::as_const(m_default.persons))
        inconsistent += person.inconsistent ? 1 : 0;
    QCOMPARE(inconsistent, qint64(0));
}

void TestCldGenerator::recordIdsAreUnique()
{
    QCOMPARE(qint64(m_default.recordIds.size()), m_default.rows);
}

void TestCldGenerator::sameSeedSameBytes()
{
    QCOMPARE(generate(CldGenerator::Options()), m_defaultCsv);
    const CldGenerator::Options small {99, 300, 2000};
    QCOMPARE(generate(small), generate(small));
}

void TestCldGenerator::otherSeedOtherBytes()
{
    const QByteArray seed1 = generate({1, 300, 2000});
    const QByteArray seed2 = generate({2, 300, 2000});
    QVERIFY(seed1 != seed2);
    // Not only the ids differ: the people do.
    QVERIFY(survey(seed1).values[Ethnicity] != survey(seed2).values[Ethnicity]);
}

void TestCldGenerator::outputIsPinned()
{
    // The generator must give the same bytes on every platform and compiler: this digest is what
    // GCC 12 and Clang 14 builds both produce. A deliberate change to the generator must update
    // it; an accidental difference on another platform is a bug.
    const QByteArray digest
        = QCryptographicHash::hash(generate({7, 200, 1300}), QCryptographicHash::Sha256).toHex();
    QCOMPARE(digest,
             QByteArray("ddc25593ab8af182061df153318bc3ed9455c59a13a43a22ca645f5b80a34592"));
}

void TestCldGenerator::parsesAsRfc4180()
{
    const QByteArray csv = generate({3, 400, 2500});
    QVERIFY(!csv.contains('\r'));
    QVERIFY(csv.endsWith('\n'));
    const QList<egress::io::CsvRecord> records = egress::io::CsvTokenizer::tokenize(
        QString::fromUtf8(csv), u',', QStringLiteral("cld_events.csv"));
    QCOMPARE(records.size(), 2501);
    const QByteArrayList lines = csv.chopped(1).split('\n');
    for (qsizetype i = 0; i < records.size(); ++i) {
        QStringList expected;
        for (const QByteArray& field : splitLine(lines.at(i)))
            expected.append(QString::fromUtf8(field));
        QCOMPARE(records.at(i).fields, expected);
    }
    // Some fields need quoting: ethnicities with a comma.
    QVERIFY(csv.contains(",\"White - English, Welsh, Scottish, Northern Irish or British\","));
}

void TestCldGenerator::boroughShares()
{
    QHash<QByteArray, qint64> persons;
    for (const PersonSummary& person : std::as_const(m_default.persons))
        ++persons[person.fields.at(LaName)];
    const qint64 all = m_default.persons.size();
    QVERIFY(qAbs(shareOf(persons.value("Hillingdon"), all) - 45) < 1.5);
    QVERIFY(qAbs(shareOf(persons.value("Westminster"), all) - 32) < 1.5);
    QVERIFY(qAbs(shareOf(persons.value("Kensington and Chelsea"), all) - 23) < 1.5);
    QCOMPARE(persons.size(), qsizetype(3));
}

void TestCldGenerator::clientTypesAndEventMix()
{
    qint64 serviceUsers = 0;
    for (const PersonSummary& person : std::as_const(m_default.persons))
        serviceUsers += person.fields.at(ClientType) == "Service User" ? 1 : 0;
    QVERIFY(qAbs(shareOf(serviceUsers, m_default.persons.size()) - 87) < 1.5);

    const QHash<QByteArray, qint64>& types = m_default.values[EventType];
    const qint64 rows = m_default.rows;
    QVERIFY(qAbs(shareOf(types.value("Request"), rows) - 32) < 2.5);
    QVERIFY(qAbs(shareOf(types.value("Assessment"), rows) - 15) < 2.5);
    QVERIFY(qAbs(shareOf(types.value("Service"), rows) - 38) < 2.5);
    QVERIFY(qAbs(shareOf(types.value("Review"), rows) - 15) < 2.5);
}

void TestCldGenerator::eventsPerPersonAreHeavyTailed()
{
    qint64 single = 0;
    qint64 tenToThirty = 0;
    qint64 moreThanThirty = 0;
    for (const PersonSummary& person : std::as_const(m_default.persons)) {
        single += person.events == 1 ? 1 : 0;
        tenToThirty += person.events >= 10 && person.events <= 30 ? 1 : 0;
        moreThanThirty += person.events > 30 ? 1 : 0;
    }
    const qint64 all = m_default.persons.size();
    QVERIFY2(shareOf(single, all) > 15, qPrintable(QString::number(single)));
    QVERIFY2(shareOf(tenToThirty, all) > 15, qPrintable(QString::number(tenToThirty)));
    QVERIFY2(moreThanThirty > 0 && shareOf(moreThanThirty, all) < 5,
             qPrintable(QString::number(moreThanThirty)));
}

void TestCldGenerator::longTermClientsAreMostlyOlder()
{
    qint64 longTerm = 0;
    qint64 older = 0;
    for (const PersonSummary& person : std::as_const(m_default.persons)) {
        if (!person.longTerm)
            continue;
        ++longTerm;
        older += ageOf(person.fields.at(BirthYear), person.fields.at(BirthMonth)) >= 65 ? 1 : 0;
    }
    QVERIFY(longTerm > 1000);
    QVERIFY2(qAbs(shareOf(older, longTerm) - 62) < 4,
             qPrintable(QString::number(shareOf(older, longTerm))));
}

void TestCldGenerator::prisonCellsAreSmallInEveryBorough()
{
    QHash<QByteArray, qint64> prisonPersons;
    for (const PersonSummary& person : std::as_const(m_default.persons)) {
        if (person.prison)
            ++prisonPersons[person.fields.at(LaName)];
    }
    QCOMPARE(prisonPersons.size(), qsizetype(3));
    for (auto it = prisonPersons.cbegin(); it != prisonPersons.cend(); ++it)
        QVERIFY2(it.value() >= 1 && it.value() <= 5, it.key().constData());
}

void TestCldGenerator::highCostPlacementsExist()
{
    // The survey has checked each is a weekly learning-disability placement.
    QVERIFY(m_default.costsOf5000OrMore > 0);
    QVERIFY(shareOf(m_default.costsOf5000OrMore, m_default.services) < 0.1);
}

void TestCldGenerator::deliberateSmallCells()
{
    qint64 asylum = 0;
    qint64 dualSensory = 0;
    qint64 travellers = 0;
    qint64 over115 = 0;
    for (const PersonSummary& person : std::as_const(m_default.persons)) {
        asylum
            += person.fields.at(SupportReason) == "Social Support: Asylum seeker support" ? 1 : 0;
        dualSensory
            += person.fields.at(SupportReason) == "Sensory Support: Support for dual impairment"
            ? 1
            : 0;
        travellers += person.fields.at(Ethnicity) == "White - Gypsy or Irish Traveller"
                || person.fields.at(Ethnicity) == "White - Roma"
            ? 1
            : 0;
        over115 += !person.fields.at(BirthYear).isEmpty()
                && ageOf(person.fields.at(BirthYear), person.fields.at(BirthMonth)) >= 115
            ? 1
            : 0;
    }
    for (const qint64 count : {asylum, dualSensory, travellers})
        QVERIFY2(count >= 1 && count < 100, qPrintable(QString::number(count)));
    QVERIFY2(over115 >= 1 && over115 <= 20, qPrintable(QString::number(over115)));
}

void TestCldGenerator::dataQualityQuirks()
{
    qint64 untraced = 0;
    for (const PersonSummary& person : std::as_const(m_default.persons))
        untraced += person.fields.at(NhsNumber).isEmpty() ? 1 : 0;
    QVERIFY(untraced > 0 && shareOf(untraced, m_default.persons.size()) < 5);

    QVERIFY(m_default.outcomeVariants > 0);
    QVERIFY(m_default.invalidOutcomes > 0);
    QVERIFY(shareOf(m_default.outcomeVariants, m_default.outcomes) < 3);
    QVERIFY(shareOf(m_default.invalidOutcomes, m_default.outcomes) < 1);

    QVERIFY(m_default.servicesWithoutMechanism > 0);
    QVERIFY(shareOf(m_default.servicesWithoutMechanism, m_default.services) < 20);
}

void TestCldGenerator::onlyServicesAreOpen()
{
    // The survey reports any open event that is not a service as a problem.
    QVERIFY(m_default.openServices > 0);
    QVERIFY(m_default.openServices < m_default.services);
    QVERIFY(countOf(m_default.values[Outcome], "Provision of service") > 0);
}

void TestCldGenerator::noFieldIsAnIdentifier()
{
    // Pseudonymised ids must not look like NHS numbers (ten digits with a valid check digit):
    // the identifier rule would flag every output that carries one.
    qint64 scanned = 0;
    for (int column = 0; column < ColumnCount; ++column) {
        for (auto it = m_default.values[column].cbegin(); it != m_default.values[column].cend();
             ++it) {
            const QString value = QString::fromUtf8(it.key());
            const QList<IdentifierScanner::Match> matches = IdentifierScanner::scan(value);
            QVERIFY2(matches.isEmpty(),
                     qPrintable(QStringLiteral("column %1: %2 (%3)")
                                    .arg(column)
                                    .arg(value, matches.value(0).masked)));
            ++scanned;
        }
    }
    QVERIFY(scanned > m_default.rows);
    // The ids are opaque: a letter and 16 characters.
    const QByteArray someId = m_default.persons.cbegin().value().fields.at(LaPersonId);
    QCOMPARE(someId.size(), 17);
    QVERIFY(someId.startsWith('L'));
}

void TestCldGenerator::tooFewEventsIsRefused_data()
{
    QTest::addColumn<qint64>("persons");
    QTest::addColumn<qint64>("events");

    QTest::newRow("one event fewer than persons") << qint64(10) << qint64(9);
    QTest::newRow("no events") << qint64(1) << qint64(0);
    QTest::newRow("no persons") << qint64(0) << qint64(5);
    QTest::newRow("negative persons") << qint64(-1) << qint64(5);
    QTest::newRow("more events than can be allocated") << qint64(1) << (qint64(1) << 62);
}

void TestCldGenerator::tooFewEventsIsRefused()
{
    QFETCH(qint64, persons);
    QFETCH(qint64, events);

    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, CldGenerator({1, persons, events}));
}

void TestCldGenerator::writeFileIsAtomic()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cld_events.csv"));
    const CldGenerator::Options options {5, 120, 700};
    CldGenerator(options).writeFile(path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), generate(options));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList {QStringLiteral("cld_events.csv")});
}

void TestCldGenerator::unwritablePathIsAnInputError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no/such/folder/cld_events.csv"));
    try {
        CldGenerator({1, 10, 20}).writeFile(path);
        QFAIL("no InputError");
    } catch (const InputError& error) {
        QCOMPARE(error.file(), path);
        QVERIFY2(error.problem().startsWith(QStringLiteral("cannot be written")),
                 qPrintable(error.problem()));
    }
    QVERIFY(!QFileInfo::exists(path));
}

void TestCldGenerator::progressIsReported()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QList<qint64> written;
    CldGenerator({1, 20000, 150000}).write(buffer, [&written](qint64 rows, qint64 total) {
        QCOMPARE(total, qint64(150000));
        written.append(rows);
    });
    QVERIFY(written.size() >= 2);
    QCOMPARE(written.last(), qint64(150000));
    QVERIFY(std::is_sorted(written.cbegin(), written.cend()));
}

QTEST_GUILESS_MAIN(TestCldGenerator)
#include "tst_cldgenerator.moc"
