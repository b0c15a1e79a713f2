#include "cldgenerator.h"

#include "bytebuffer.h"
#include "cldcalendar.h"
#include "cldchoices.h"
#include "cldcodelists.h"
#include "io/inputerror.h"
#include "seededrandom.h"
#include "weightedchoice.h"

#include <QFileDevice>
#include <QIODevice>
#include <QSaveFile>

#include <algorithm>
#include <iterator>
#include <stdexcept>
#include <string>

namespace egress::sample {
namespace {

using Codes = CldCodeLists;

// The size of the real extract. The deliberately small cells are sized for it and scale with
// the number of persons asked for.
constexpr qint64 kCataloguePersons = 23366;
// A person's share of the events is in eighths of an event; capping what one person may want
// and the number of events keeps every product of the allocation inside 64 bits.
constexpr quint64 kWeightUnitsPerEvent = 8;
constexpr qint64 kMaxDesiredEvents = 200;
constexpr qint64 kMaxEvents = qint64(1) << 50;
// Rows are collected into blocks of about this size before they go to the device.
constexpr qsizetype kBlockBytes = 1 << 20;
constexpr qint64 kProgressEveryRows = 1 << 16;

// The random streams (SeededRandom::forStream), one per purpose.
enum Purpose : quint64
{
    PlanPurpose = 1,
    PersonPurpose = 2,
    SpecialPurpose = 3,
    IdPurpose = 4,
};

enum class Archetype
{
    ContactOnly, // one or two requests that end in advice or no further action
    AssessedOnly, // assessed, but no service followed
    ShortTerm, // reablement and other short-term support
    LongTerm, // long-term support: many rows over the two years
    Carer,
};

// Persons placed on purpose, so that the small cells the demo outputs need always exist.
enum class Special
{
    None,
    Prison, // long-term support in prison: 1–5 people per borough at catalogue size
    HighCostPlacement, // a learning-disability placement of £5,000+ a week
    DummyBirth, // the dummy birth year 1900: an age of 115+
};

enum class Setting
{
    None,
    Community,
    Residential,
    Nursing,
    Prison,
};

enum class EventType
{
    Request,
    Assessment,
    Service,
    Review,
};

struct SpecialPerson
{
    qint64 person = 0;
    Special kind = Special::None;
    int borough = -1;
};

struct PersonPlan
{
    Archetype archetype = Archetype::ContactOnly;
    Special special = Special::None;
    int borough = -1; // fixed for special persons, drawn otherwise
    qint64 desiredEvents = 1;
};

// One of items (each with a weight), chosen in proportion to the weights.
template <typename Items> const auto& pickWeighted(const Items& items, SeededRandom& random)
{
    quint64 total = 0;
    for (const auto& item : items)
        total += item.weight;
    quint64 drawn = random.below(total);
    for (const auto& item : items) {
        if (drawn < item.weight)
            return item;
        drawn -= item.weight;
    }
    return *std::prev(std::end(items));
}

struct AgeBand
{
    int low; // -1: age unknown
    int high;
    quint32 weight;
};

constexpr AgeBand kOlderAges[] = {
    {65, 69, 100}, {70, 74, 130}, {75, 79, 170}, {80, 84, 210},
    {85, 89, 210}, {90, 94, 130}, {95, 99, 45},  {100, 104, 5},
};
constexpr AgeBand kWorkingAges[] = {
    {18, 24, 80}, {25, 34, 120}, {35, 44, 150}, {45, 54, 250}, {55, 64, 400},
};
constexpr AgeBand kLearningDisabilityAges[] = {
    {18, 24, 180}, {25, 34, 250}, {35, 44, 220}, {45, 54, 200}, {55, 64, 150},
};
constexpr AgeBand kCarerAges[] = {
    {16, 17, 30}, {18, 25, 50}, {26, 64, 550}, {65, 84, 300}, {85, 95, 40}, {-1, -1, 30},
};

struct Weighted
{
    int value;
    quint32 weight;
};

// Persons by borough ≈ Hillingdon 45%, Westminster 32%, Kensington and Chelsea 23%.
constexpr Weighted kBoroughs[] = {{0, 45}, {2, 32}, {1, 23}};
constexpr Weighted kLongTermSettingsOlder[]
    = {{int(Setting::Community), 62}, {int(Setting::Residential), 22}, {int(Setting::Nursing), 16}};
constexpr Weighted kLongTermSettingsYounger[]
    = {{int(Setting::Community), 85}, {int(Setting::Residential), 10}, {int(Setting::Nursing), 5}};
constexpr Weighted kLongTermSettingsLearningDisability[]
    = {{int(Setting::Community), 80}, {int(Setting::Residential), 20}};

// What the events after a person's scripted first ones are, by archetype. Together with the
// scripts they give requests ≈ 32%, assessments 15%, services 38% and reviews 15% of all events.
constexpr Weighted kContactOnlyMix[]
    = {{int(EventType::Request), 80}, {int(EventType::Assessment), 20}};
constexpr Weighted kAssessedOnlyMix[] = {
    {int(EventType::Request), 50}, {int(EventType::Assessment), 35}, {int(EventType::Review), 15}};
constexpr Weighted kShortTermMix[] = {{int(EventType::Service), 35},
                                      {int(EventType::Review), 30},
                                      {int(EventType::Request), 20},
                                      {int(EventType::Assessment), 15}};
constexpr Weighted kLongTermMix[] = {{int(EventType::Service), 48},
                                     {int(EventType::Review), 23},
                                     {int(EventType::Request), 20},
                                     {int(EventType::Assessment), 9}};
constexpr Weighted kCarerMix[] = {{int(EventType::Service), 40},
                                  {int(EventType::Review), 30},
                                  {int(EventType::Request), 18},
                                  {int(EventType::Assessment), 12}};

// Pence as pounds with two decimals: 123456 -> "1234.56".
void appendPounds(ByteBuffer& out, qint64 pence)
{
    out.appendNumber(pence / 100);
    out.append('.');
    out.append(char('0' + pence % 100 / 10));
    out.append(char('0' + pence % 10));
}

// A pseudonymised identifier: a letter, then 16 characters from 64 bits. Hexadecimal, except that
// every sixth character writes a digit as one of the letters G–Q (no O): no run of ten digits
// can occur, which the identifier rule would take for an NHS number, and distinct bits still
// give distinct identifiers.
void appendOpaqueId(ByteBuffer& out, char prefix, quint64 bits)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    static constexpr char kDigitLetters[] = "GHIJKLMNPQ";
    char text[17];
    text[0] = prefix;
    for (int i = 0; i < 16; ++i) {
        const int nibble = int((bits >> (60 - 4 * i)) & 0xF);
        text[i + 1] = i % 6 == 5 && nibble < 10 ? kDigitLetters[nibble] : kHex[nibble];
    }
    out.append(text, sizeof text);
}

qint64 desiredEvents(Archetype archetype, SeededRandom& random)
{
    qint64 events = 1;
    switch (archetype) {
    case Archetype::ContactOnly: {
        const quint64 draw = random.below(100);
        events = draw < 78 ? 1 : draw < 96 ? 2 : 3;
        break;
    }
    case Archetype::AssessedOnly: {
        const quint64 draw = random.below(100);
        events = draw < 60 ? 2 : draw < 90 ? 3 : 4;
        break;
    }
    case Archetype::ShortTerm:
        events = random.between(3, 6);
        if (random.chance(10, 100))
            events += random.between(1, 6);
        break;
    case Archetype::LongTerm:
        // Heavy-tailed: most long-term clients have 10–30 rows, a few many more.
        events = random.between(8, 15);
        if (random.chance(35, 100))
            events += random.between(0, 14);
        if (random.chance(8, 100))
            events += random.between(10, 49);
        break;
    case Archetype::Carer:
        events = random.between(2, 5);
        if (random.chance(15, 100))
            events += random.between(0, 5);
        break;
    }
    return std::min(events, kMaxDesiredEvents);
}

QList<SpecialPerson> chooseSpecialPersons(quint64 seed, qint64 persons)
{
    SeededRandom random = SeededRandom::forStream(seed, SpecialPurpose, 0);
    const auto scaled = [persons](qint64 atCatalogueSize) {
        return (atCatalogueSize * persons + kCataloguePersons / 2) / kCataloguePersons;
    };
    QList<SpecialPerson> chosen;
    const auto add = [&chosen](qint64 count, Special kind, int borough) {
        for (qint64 i = 0; i < count; ++i)
            chosen.append({0, kind, borough});
    };
    for (int borough = 0; borough < Codes::boroughs().size(); ++borough)
        add(scaled(random.between(1, 5)), Special::Prison, borough);
    add(scaled(random.between(3, 6)), Special::HighCostPlacement, -1);
    add(scaled(random.between(4, 8)), Special::DummyBirth, -1);

    for (qsizetype i = chosen.size() - 1; i > 0; --i)
        std::swap(chosen[i], chosen[qsizetype(random.below(quint64(i) + 1))]);
    if (chosen.size() > persons)
        chosen.resize(persons);
    // Spread over the file: one somewhere in each of chosen.size() equal stretches of persons,
    // so that they are distinct and in order.
    if (chosen.isEmpty())
        return chosen;
    const qint64 stretch = persons / chosen.size();
    for (qsizetype i = 0; i < chosen.size(); ++i)
        chosen[i].person = stretch * i + qint64(random.below(quint64(stretch)));
    return chosen;
}

PersonPlan planPerson(quint64 seed, qint64 person, const QList<SpecialPerson>& specials)
{
    SeededRandom random = SeededRandom::forStream(seed, PlanPurpose, quint64(person));
    PersonPlan plan;
    // 87% service users, 13% carers.
    const quint64 draw = random.below(1000);
    plan.archetype = draw < 330 ? Archetype::ContactOnly
        : draw < 390            ? Archetype::AssessedOnly
        : draw < 565            ? Archetype::ShortTerm
        : draw < 870            ? Archetype::LongTerm
                                : Archetype::Carer;
    const auto special = std::lower_bound(
        specials.cbegin(), specials.cend(), person,
        [](const SpecialPerson& item, qint64 index) { return item.person < index; });
    if (special != specials.cend() && special->person == person) {
        plan.special = special->kind;
        plan.borough = special->borough;
        if (plan.special == Special::Prison || plan.special == Special::HighCostPlacement)
            plan.archetype = Archetype::LongTerm;
    }
    plan.desiredEvents = desiredEvents(plan.archetype, random);
    return plan;
}

// How strongly a person draws events beyond the first: one unit, so that every person has a
// (small) share, plus eight per event wanted beyond the first.
quint64 weightOf(const PersonPlan& plan)
{
    return kWeightUnitsPerEvent * quint64(plan.desiredEvents - 1) + 1;
}

struct Person
{
    PersonPlan plan;
    qint64 events = 1;
    bool carer = false;
    bool older = false;
    bool learningDisability = false;
    Setting setting = Setting::None;
    qint64 firstDay = 0;
    qint64 spanDays = 0;
    qint64 deathDay = -1;
    const QByteArray* boroughColumns = nullptr;
    QByteArray personColumns; // Der_NHS_Number_Traced_Pseudo … Client_Funding_Status, with commas
};

struct Service
{
    const QByteArray* type = nullptr;
    const QByteArray* component = nullptr;
    const QByteArray* mechanism = nullptr;
    const QByteArray* frequency = nullptr;
    qint64 unitCostPence = -1;
    qint64 plannedUnits = -1;
    qint64 minDays = 0;
    qint64 maxDays = 0;
};

struct EventRow
{
    const QByteArray* type = nullptr;
    qint64 startDay = 0;
    qint64 endDay = -1; // -1: open
    int quarter = 0;
    const QByteArray* outcome = nullptr;
    const QByteArray* route = nullptr;
    const QByteArray* assessmentType = nullptr;
    const QByteArray* eligibleNeeds = nullptr;
    const QByteArray* reviewReason = nullptr;
    Service service;
};

// One run of the generator: the two passes over the persons and the rows they write.
class Generation
{
public:
    Generation(const CldGenerator::Options& options, QIODevice& device,
               const CldGenerator::Progress& progress)
        : m_options(options)
        , m_device(device)
        , m_progress(progress)
        , m_choices(CldChoices::instance())
        , m_specials(chooseSpecialPersons(options.seed, options.persons))
    {
        m_nhsNumberKey = SeededRandom::forStream(options.seed, IdPurpose, 0).next();
        m_localIdKey = SeededRandom::forStream(options.seed, IdPurpose, 1).next();
        m_recordIdKey = SeededRandom::forStream(options.seed, IdPurpose, 2).next();
    }

    void run()
    {
        m_block.append(CldGenerator::columnNames().join(','));
        m_block.append('\n');

        // First pass: the weights of all persons, regenerated again in the second pass rather
        // than kept, so that memory does not grow with the number of persons.
        quint64 totalWeight = 0;
        for (qint64 person = 0; person < m_options.persons; ++person)
            totalWeight += weightOf(planPerson(m_options.seed, person, m_specials));

        // Second pass: each person gets one event plus a share of the others in proportion to
        // the weight, rounded so that the shares add up to exactly the events asked for (the
        // running quotient and remainder of extraEvents × cumulative weight / total weight).
        const quint64 extraEvents = quint64(m_options.events - m_options.persons);
        quint64 remainder = 0;
        for (qint64 index = 0; index < m_options.persons; ++index) {
            const PersonPlan plan = planPerson(m_options.seed, index, m_specials);
            const quint64 share = extraEvents * weightOf(plan);
            const quint64 carried = remainder + share % totalWeight;
            const qint64 extra = qint64(share / totalWeight + carried / totalWeight);
            remainder = carried % totalWeight;
            writePerson(index, plan, 1 + extra);
        }
        flush();
        if (m_progress)
            m_progress(m_rows, m_options.events);
    }

private:
    void writePerson(qint64 index, const PersonPlan& plan, qint64 events)
    {
        SeededRandom random
            = SeededRandom::forStream(m_options.seed, PersonPurpose, quint64(index));
        const Person person = makePerson(index, plan, events, random);
        for (qint64 k = 0; k < person.events;)
            k += writeEvent(person, k, random);
    }

    Person makePerson(qint64 index, const PersonPlan& plan, qint64 events, SeededRandom& random)
    {
        const CldChoices& t = m_choices;
        Person person;
        person.plan = plan;
        person.events = events;
        person.carer = plan.archetype == Archetype::Carer;
        const int borough
            = plan.borough >= 0 ? plan.borough : pickWeighted(kBoroughs, random).value;
        person.boroughColumns = &t.boroughColumns.at(borough);

        const QByteArray* clientType = &t.serviceUser;
        const QByteArray* supportReason = nullptr;
        quint32 olderPerMille = 0;
        if (person.carer) {
            clientType = random.chance(15, 100) ? &t.carerByAssociation : &t.carer;
            supportReason = &t.supportToCarer;
        } else if (plan.special == Special::Prison) {
            const CldChoices::SupportReason& reason = pickWeighted(t.prisonSupportReasons, random);
            supportReason = &reason.csv;
            olderPerMille = reason.olderPerMille;
        } else if (plan.special == Special::HighCostPlacement) {
            supportReason = &t.learningDisability;
        } else if (plan.archetype == Archetype::ContactOnly && random.chance(30, 100)) {
            // A support reason is not required for a request, and is often missing.
            supportReason = &t.unknownSupportReason;
            olderPerMille = 500;
        } else {
            const CldChoices::SupportReason& reason = pickWeighted(t.supportReasons, random);
            supportReason = &reason.csv;
            olderPerMille = reason.olderPerMille;
        }
        person.learningDisability
            = supportReason == &t.learningDisability || *supportReason == t.learningDisability;

        // Ages at 31 March 2024; the birth month makes the birth year.
        int age = -1;
        if (plan.special == Special::DummyBirth) {
            age = 124;
        } else if (person.carer) {
            const AgeBand& band = pickWeighted(kCarerAges, random);
            age = band.low < 0 ? -1 : int(random.between(band.low, band.high));
        } else {
            const bool older = random.chance(olderPerMille, 1000);
            const AgeBand& band = older     ? pickWeighted(kOlderAges, random)
                : person.learningDisability ? pickWeighted(kLearningDisabilityAges, random)
                                            : pickWeighted(kWorkingAges, random);
            age = int(random.between(band.low, band.high));
        }
        person.older = age >= 65;
        int birthYear = 0;
        int birthMonth = 0;
        if (plan.special == Special::DummyBirth) {
            birthYear = 1900;
            birthMonth = 1;
        } else if (age >= 0) {
            birthMonth = int(random.between(1, 12));
            birthYear = 2024 - age - (birthMonth > 3 ? 1 : 0);
        }

        const QByteArray& gender = (person.carer       ? t.gendersCarer
                                        : person.older ? t.gendersOlder
                                                       : t.gendersYounger)
                                       .pick(random);
        const qsizetype ethnicityIndex = t.ethnicities.pickIndex(random);
        const QByteArray& ethnicity = t.ethnicities.csvValue(ethnicityIndex);
        const bool travellerCommunity = ethnicity == t.gypsyOrTraveller || ethnicity == t.roma;

        if (plan.archetype == Archetype::LongTerm) {
            if (plan.special == Special::Prison)
                person.setting = Setting::Prison;
            else if (plan.special == Special::HighCostPlacement)
                person.setting = Setting::Residential;
            else if (person.learningDisability)
                person.setting
                    = Setting(pickWeighted(kLongTermSettingsLearningDisability, random).value);
            else if (person.older)
                person.setting = Setting(pickWeighted(kLongTermSettingsOlder, random).value);
            else
                person.setting = Setting(pickWeighted(kLongTermSettingsYounger, random).value);
        }

        QByteArray accommodation;
        switch (person.setting) {
        case Setting::Prison:
            accommodation = t.prisonAccommodation;
            break;
        case Setting::Residential:
            accommodation = t.accommodationResidential.pick(random);
            break;
        case Setting::Nursing:
            accommodation = t.accommodationNursing.pick(random);
            break;
        case Setting::Community:
        case Setting::None:
            if (travellerCommunity && random.chance(40, 100))
                accommodation = t.mobileAccommodation;
            else if (person.learningDisability && !person.older)
                accommodation = t.accommodationLearningDisability.pick(random);
            else if (person.older)
                accommodation = t.accommodationOlder.pick(random);
            else
                accommodation = t.accommodationYounger.pick(random);
            break;
        }

        QByteArray employment;
        if (person.carer)
            employment
                = age >= 0 && age < 18 ? t.employmentUnknown : t.employmentCarer.pick(random);
        else if (person.older)
            employment = t.employmentOlder.pick(random);
        else if (person.learningDisability)
            employment = t.employmentLearningDisability.pick(random);
        else
            employment = t.employmentYounger.pick(random);

        // A funding status is asked of service users only.
        const QByteArray funding = person.carer ? QByteArray() : t.funding.pick(random);
        const QByteArray unpaidCarer
            = (person.carer ? t.unpaidCarerCarer : t.unpaidCarerServiceUser).pick(random);
        // Data-quality quirk: some persons were never traced to an NHS number; the LA's own
        // person id is then the only way to count them.
        const bool traced = !random.chance(person.carer ? 5 : 1, person.carer ? 100 : 80);

        // The person's events lie evenly, with jitter, over a stretch of the two years; long-term
        // clients spread theirs wider.
        const qint64 daysPerEvent = plan.archetype == Archetype::LongTerm ? 45 : 25;
        person.spanDays
            = std::min(m_calendar.days() - 1,
                       std::min(events, qint64(1000)) * daysPerEvent + qint64(random.below(90)));
        person.firstDay = m_calendar.firstDay()
            + qint64(random.below(quint64(m_calendar.days() - person.spanDays)));
        const quint64 deathsPer10000
            = person.older ? (plan.archetype == Archetype::LongTerm ? 900 : 200) : 50;
        if (!person.carer && plan.special == Special::None && random.chance(deathsPer10000, 10000))
            person.deathDay = std::min(
                m_calendar.lastDay(), person.firstDay + person.spanDays + qint64(random.below(31)));

        ByteBuffer columns(512);
        if (traced)
            appendOpaqueId(columns, 'P', SeededRandom::scramble(quint64(index) ^ m_nhsNumberKey));
        columns.append(',');
        appendOpaqueId(columns, 'L', SeededRandom::scramble(quint64(index) ^ m_localIdKey));
        columns.append(',');
        if (birthYear > 0) {
            columns.appendNumber(birthYear);
            columns.append(',');
            columns.appendNumber(birthMonth);
            columns.append(',');
        } else {
            columns.append(',');
            columns.append(',');
        }
        if (person.deathDay >= 0)
            CldCalendar::appendDate(columns, person.deathDay);
        columns.append(',');
        const QByteArray* const fields[]
            = {&gender,      &ethnicity,     clientType,  supportReason,
               &unpaidCarer, &accommodation, &employment, &funding};
        for (const QByteArray* field : fields) {
            columns.append(*field);
            columns.append(',');
        }
        person.personColumns = columns.toByteArray();
        return person;
    }

    EventType eventTypeAt(const Person& person, qint64 k, SeededRandom& random) const
    {
        switch (person.plan.archetype) {
        case Archetype::ContactOnly:
            if (k == 0)
                return EventType::Request;
            return EventType(pickWeighted(kContactOnlyMix, random).value);
        case Archetype::AssessedOnly:
            if (k < 2)
                return k == 0 ? EventType::Request : EventType::Assessment;
            return EventType(pickWeighted(kAssessedOnlyMix, random).value);
        case Archetype::ShortTerm:
            if (k < 2)
                return k == 0 ? EventType::Request : EventType::Service;
            return EventType(pickWeighted(kShortTermMix, random).value);
        case Archetype::LongTerm:
            if (k < 3)
                return k == 0 ? EventType::Request
                    : k == 1  ? EventType::Assessment
                              : EventType::Service;
            return EventType(pickWeighted(kLongTermMix, random).value);
        case Archetype::Carer:
            if (k < 2)
                return k == 0 ? EventType::Request : EventType::Assessment;
            return EventType(pickWeighted(kCarerMix, random).value);
        }
        return EventType::Request;
    }

    // The first day of the person's k-th event: evenly spread with jitter, never decreasing.
    qint64 startDayOf(const Person& person, qint64 k, SeededRandom& random) const
    {
        const qint64 step = std::max<qint64>(1, person.spanDays / person.events);
        return person.firstDay + person.spanDays * k / person.events
            + qint64(random.below(quint64(step)));
    }

    // Writes the person's k-th event, sometimes as two rows; returns the rows written.
    qint64 writeEvent(const Person& person, qint64 k, SeededRandom& random)
    {
        const CldChoices& t = m_choices;
        const bool first = k == 0;
        const bool last = k == person.events - 1;
        EventRow row;
        row.startDay = startDayOf(person, k, random);
        const EventType type = eventTypeAt(person, k, random);
        // Whether this contact leads on to more support: the first events of those who go on
        // to a service do; the contacts that end in advice do not.
        bool leadsOn = true;
        if (person.plan.archetype == Archetype::ContactOnly)
            leadsOn = false;
        else if (person.plan.archetype == Archetype::AssessedOnly)
            leadsOn = type == EventType::Request;
        else if (k >= 3)
            leadsOn = random.chance(55, 100);

        switch (type) {
        case EventType::Request:
            row.type = &t.request;
            row.endDay = row.startDay + qint64(random.below(11));
            if (person.carer) {
                row.route = &t.communityRoute;
                row.outcome = &t.carerRequest.pick(random);
            } else {
                if (person.setting == Setting::Prison)
                    row.route = &t.prisonRoute;
                else if (person.learningDisability && !person.older && random.chance(10, 100))
                    row.route = &t.transitionRoute;
                else
                    row.route = &t.routes.pick(random);
                const WeightedChoice& outcomes = leadsOn ? t.requestLeadsOn : t.requestEnds;
                row.outcome = &outcomes.pick(random);
            }
            break;
        case EventType::Assessment:
            row.type = &t.assessment;
            row.endDay = row.startDay + random.between(1, 42);
            if (person.carer) {
                row.assessmentType = &t.carerAssessmentTypes.pick(random);
                row.outcome = &t.carerAssessment.pick(random);
                row.eligibleNeeds = random.chance(70, 100) ? &t.eligible : &t.notEligible;
            } else if (!first && k != 1 && random.chance(15, 100)) {
                // A financial assessment judges no needs and need not record an outcome.
                row.assessmentType = &t.financialAssessment;
            } else {
                row.assessmentType = person.plan.archetype == Archetype::LongTerm
                    ? &t.longTermAssessment
                    : &t.shortTermAssessment;
                const WeightedChoice& outcomes = leadsOn ? t.assessmentLeadsOn : t.assessmentEnds;
                row.outcome = &outcomes.pick(random);
                row.eligibleNeeds
                    = random.chance(leadsOn ? 92 : 15, 100) ? &t.eligible : &t.notEligible;
            }
            break;
        case EventType::Review:
            row.type = &t.review;
            row.endDay = row.startDay + qint64(random.below(22));
            if (person.carer) {
                row.reviewReason = &t.plannedReview;
                row.outcome = &t.carerReviewOutcomes.pick(random);
            } else {
                row.reviewReason = &t.reviewReasons.pick(random);
                row.outcome = &t.reviewOutcomes.pick(random);
            }
            break;
        case EventType::Service: {
            row.type = &t.service;
            row.service = serviceFor(person, k, random);
            const qint64 endDay
                = row.startDay + random.between(row.service.minDays, row.service.maxDays);
            // Only services may be open: those still running at the end of the data.
            if (endDay <= m_calendar.lastDay()) {
                row.endDay = endDay;
                row.outcome = &t.serviceEnds.pick(random);
            } else {
                row.outcome = &t.provisionOfService;
            }
            break;
        }
        }

        if (person.deathDay >= 0) {
            if (row.endDay < 0 || row.endDay > person.deathDay)
                row.endDay = person.deathDay;
            if (last || row.endDay == person.deathDay)
                row.outcome = &t.deceased;
        } else if (type != EventType::Service) {
            row.endDay = std::min(row.endDay, m_calendar.lastDay());
        }
        row.quarter = m_calendar.quarterOf(row.endDay >= 0 ? row.endDay : m_calendar.lastDay());
        if (row.outcome)
            row.outcome = &quirkyOutcome(*row.outcome, random);

        // Data-quality quirk: a service sent as open in one submission and closed in a later
        // one. Both rows stay in the extract.
        if (type == EventType::Service && row.endDay >= 0 && !last && person.deathDay < 0
            && m_calendar.quarterOf(row.startDay) < row.quarter && random.chance(3, 100)) {
            EventRow open = row;
            open.endDay = -1;
            open.quarter = m_calendar.quarterOf(row.startDay);
            open.outcome = &t.provisionOfService;
            appendRow(person, open);
            appendRow(person, row);
            return 2;
        }
        appendRow(person, row);
        return 1;
    }

    Service serviceFor(const Person& person, qint64 k, SeededRandom& random) const
    {
        if (person.carer)
            return carerService(random);
        if (person.plan.archetype == Archetype::LongTerm) {
            const quint64 draw = k == 2 ? 0 : random.below(100);
            if (draw < 75)
                return settingService(person, random);
            return draw < 85 ? otherShortTermService(random) : lowLevelService(random);
        }
        const quint64 draw = random.below(100);
        if (draw < 65)
            return reablementService(random);
        return draw < 85 ? otherShortTermService(random) : lowLevelService(random);
    }

    // Who arranges a commissioned service; missing in about one case in eight (a data-quality
    // quirk: the delivery mechanism is not mandatory).
    const QByteArray* commissionedMechanism(SeededRandom& random) const
    {
        if (random.chance(12, 100))
            return nullptr;
        return random.chance(18, 100) ? &m_choices.managedBudget : &m_choices.commissioned;
    }

    static qint64 pounds(SeededRandom& random, qint64 low, qint64 high)
    {
        return random.between(low, high) * 100;
    }

    Service settingService(const Person& person, SeededRandom& random) const
    {
        const CldChoices& t = m_choices;
        Service service;
        service.mechanism = commissionedMechanism(random);
        switch (person.setting) {
        case Setting::Residential:
            service
                = {&t.residentialCare,
                   &t.residentialComponent,
                   service.mechanism,
                   &t.weekly,
                   person.plan.special == Special::HighCostPlacement ? pounds(random, 5000, 9500)
                                                                     : pounds(random, 900, 1800),
                   1,
                   180,
                   1400};
            break;
        case Setting::Nursing:
            service = {&t.nursingCare,
                       &t.nursingComponent,
                       service.mechanism,
                       &t.weekly,
                       pounds(random, 1000, 2000),
                       1,
                       120,
                       1200};
            break;
        case Setting::Prison:
            service = {&t.prison,
                       &t.personalCare,
                       service.mechanism,
                       &t.hourly,
                       random.between(2000, 3000),
                       random.between(3, 14),
                       30,
                       400};
            break;
        case Setting::Community:
        case Setting::None:
            service = communityService(person, random);
            break;
        }
        return service;
    }

    Service communityService(const Person& person, SeededRandom& random) const
    {
        const CldChoices& t = m_choices;
        Service service {&t.community, nullptr, commissionedMechanism(random), nullptr, 0, 1,
                         60,           900};
        // Cost{…} rather than two arguments of a call: the elements of a braced list are drawn
        // in order, the arguments of a call in an order each compiler chooses.
        struct Cost
        {
            qint64 unitPence;
            qint64 plannedUnits;
        };
        const auto set
            = [&service](const QByteArray& component, const QByteArray& frequency, Cost cost) {
                  service.component = &component;
                  service.frequency = &frequency;
                  service.unitCostPence = cost.unitPence;
                  service.plannedUnits = cost.plannedUnits;
              };
        const quint64 draw = random.below(100);
        if (person.learningDisability) {
            if (draw < 35)
                set(t.supportedLiving, t.weekly, Cost {pounds(random, 800, 2500), 1});
            else if (draw < 60)
                set(t.directPayment, t.weekly, Cost {pounds(random, 150, 800), 1});
            else if (draw < 80)
                set(t.dayCare, t.perSession, Cost {pounds(random, 50, 120), random.between(1, 5)});
            else if (draw < 88)
                set(t.sharedLives, t.daily, Cost {pounds(random, 60, 100), 7});
            else if (draw < 95)
                set(t.homeCare, t.hourly, Cost {random.between(2000, 3000), random.between(5, 40)});
            else
                set(t.transport, t.perSession, Cost {pounds(random, 15, 40), random.between(2, 5)});
        } else {
            if (draw < 50)
                set(t.homeCare, t.hourly, Cost {random.between(2000, 3000), random.between(5, 40)});
            else if (draw < 70)
                set(t.directPayment, t.weekly, Cost {pounds(random, 150, 800), 1});
            else if (draw < 78)
                set(t.dayCare, t.perSession, Cost {pounds(random, 50, 120), random.between(1, 5)});
            else if (draw < 82)
                set(t.extraCare, t.hourly,
                    Cost {random.between(2000, 2800), random.between(5, 20)});
            else if (draw < 88)
                set(t.telecare, t.weekly, Cost {pounds(random, 3, 10), 1});
            else if (draw < 91)
                set(t.meals, t.perSession, Cost {random.between(500, 800), random.between(5, 7)});
            else if (draw < 94)
                set(t.transport, t.perSession, Cost {pounds(random, 15, 40), random.between(2, 5)});
            else if (draw < 96)
                set(t.supportedLiving, t.weekly, Cost {pounds(random, 800, 2500), 1});
            else
                set(t.otherComponent, t.weekly, Cost {pounds(random, 20, 200), 1});
        }
        if (service.component == &t.directPayment)
            service.mechanism = &t.directPaymentMechanism;
        return service;
    }

    Service reablementService(SeededRandom& random) const
    {
        const CldChoices& t = m_choices;
        return {&t.stMax,
                &t.reablement,
                commissionedMechanism(random),
                &t.hourly,
                random.between(2500, 3500),
                random.between(5, 20),
                7,
                42};
    }

    Service otherShortTermService(SeededRandom& random) const
    {
        const CldChoices& t = m_choices;
        const QByteArray* mechanism = commissionedMechanism(random);
        const quint64 draw = random.below(100);
        if (draw < 70)
            return {&t.otherShortTerm,
                    &t.shortTermResidential,
                    mechanism,
                    &t.weekly,
                    pounds(random, 900, 1600),
                    1,
                    7,
                    56};
        if (draw < 85)
            return {&t.otherShortTerm,
                    &t.shortTermNursing,
                    mechanism,
                    &t.weekly,
                    pounds(random, 1000, 1800),
                    1,
                    7,
                    56};
        return {&t.otherShortTerm,          &t.homeCare,           mechanism, &t.hourly,
                random.between(2000, 3000), random.between(5, 30), 7,         56};
    }

    Service lowLevelService(SeededRandom& random) const
    {
        const CldChoices& t = m_choices;
        const QByteArray* mechanism = commissionedMechanism(random);
        const quint64 draw = random.below(100);
        if (draw < 55)
            return {&t.lowLevel,
                    &t.equipment,
                    mechanism,
                    &t.oneOff,
                    pounds(random, 50, 3000),
                    -1,
                    0,
                    7};
        if (draw < 90)
            return {&t.lowLevel,           &t.telecare, mechanism, &t.weekly,
                    pounds(random, 3, 10), 1,           90,        700};
        return {&t.lowLevel,          &t.meals, mechanism, &t.perSession, random.between(500, 800),
                random.between(5, 7), 14,       180};
    }

    Service carerService(SeededRandom& random) const
    {
        const CldChoices& t = m_choices;
        const quint64 draw = random.below(100);
        if (draw < 38)
            return {&t.directToCarer,
                    &t.directPayment,
                    &t.directPaymentMechanism,
                    &t.oneOff,
                    pounds(random, 200, 1000),
                    -1,
                    0,
                    0};
        if (draw < 75)
            return {&t.directToCarer,
                    &t.otherComponent,
                    commissionedMechanism(random),
                    &t.weekly,
                    pounds(random, 20, 80),
                    1,
                    30,
                    365};
        return {&t.involvingCaredFor,
                &t.carerRespite,
                commissionedMechanism(random),
                &t.weekly,
                pounds(random, 600, 1200),
                1,
                7,
                28};
    }

    // Data-quality quirks: now and then an outcome in one of the spellings NHS England's own code
    // carries, more rarely a value that is no outcome at all.
    const QByteArray& quirkyOutcome(const QByteArray& outcome, SeededRandom& random) const
    {
        const CldChoices& t = m_choices;
        if (random.chance(3, 1000))
            return t.invalidOutcomes.at(qsizetype(random.below(quint64(t.invalidOutcomes.size()))));
        if (random.chance(1, 25)) {
            const qsizetype variant = t.outcomeVariantsCanonical.indexOf(outcome);
            if (variant >= 0)
                return t.outcomeVariants.at(variant);
        }
        return outcome;
    }

    void appendRow(const Person& person, const EventRow& row)
    {
        ByteBuffer& out = m_block;
        out.append(*person.boroughColumns);
        out.append(m_calendar.periodColumns(row.quarter));
        appendOpaqueId(out, 'R', SeededRandom::scramble(quint64(m_rows) ^ m_recordIdKey));
        out.append(',');
        out.append(person.personColumns);
        out.append(*row.type);
        out.append(',');
        CldCalendar::appendDate(out, row.startDay);
        out.append(',');
        if (row.endDay >= 0)
            CldCalendar::appendDate(out, row.endDay);
        const Service& service = row.service;
        const QByteArray* const fields[]
            = {row.outcome,      row.route,    row.assessmentType, row.eligibleNeeds,
               row.reviewReason, service.type, service.component,  service.mechanism};
        for (const QByteArray* field : fields) {
            out.append(',');
            if (field)
                out.append(*field);
        }
        out.append(',');
        if (service.type)
            appendPounds(out, service.unitCostPence);
        out.append(',');
        if (service.frequency)
            out.append(*service.frequency);
        out.append(',');
        if (service.plannedUnits >= 0)
            out.appendNumber(service.plannedUnits);
        out.append('\n');

        ++m_rows;
        if (m_block.size() >= kBlockBytes)
            flush();
        if (m_progress && m_rows % kProgressEveryRows == 0)
            m_progress(m_rows, m_options.events);
    }

    void flush()
    {
        if (m_block.isEmpty())
            return;
        if (m_device.write(m_block.view().data(), m_block.size()) != m_block.size()) {
            const auto* file = qobject_cast<const QFileDevice*>(&m_device);
            throw io::InputError(
                file ? file->fileName() : QStringLiteral("output"),
                QStringLiteral("cannot be written: %1").arg(m_device.errorString()));
        }
        m_block.clear();
    }

    const CldGenerator::Options& m_options;
    QIODevice& m_device;
    const CldGenerator::Progress& m_progress;
    const CldChoices& m_choices;
    const CldCalendar m_calendar;
    const QList<SpecialPerson> m_specials;
    quint64 m_nhsNumberKey = 0;
    quint64 m_localIdKey = 0;
    quint64 m_recordIdKey = 0;
    ByteBuffer m_block {kBlockBytes + 64 * 1024};
    qint64 m_rows = 0;
};

} // namespace

CldGenerator::CldGenerator()
    : CldGenerator(Options())
{ }

CldGenerator::CldGenerator(const Options& options)
    : m_options(options)
{
    if (options.persons < 1)
        throw std::invalid_argument("the number of persons must be at least 1");
    if (options.events < options.persons)
        throw std::invalid_argument("the number of events (" + std::to_string(options.events)
                                    + ") must be at least the number of persons ("
                                    + std::to_string(options.persons)
                                    + "): every person has at least one event");
    if (options.events > kMaxEvents)
        throw std::invalid_argument("the number of events must be at most "
                                    + std::to_string(kMaxEvents));
}

const QByteArrayList& CldGenerator::columnNames()
{
    return CldCodeLists::columns();
}

void CldGenerator::write(QIODevice& device, const Progress& progress) const
{
    Generation(m_options, device, progress).run();
}

void CldGenerator::writeFile(const QString& path, const Progress& progress) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw io::InputError(path, QStringLiteral("cannot be written: %1").arg(file.errorString()));
    // An exception leaves the QSaveFile uncommitted: its temporary file is removed, and path is
    // left as it was.
    write(file, progress);
    if (!file.commit())
        throw io::InputError(path, QStringLiteral("cannot be written: %1").arg(file.errorString()));
}

} // namespace egress::sample
