#include "cldpeople.h"

#include "cldeventreader.h"
#include "io/inputerror.h"

#include <QDate>
#include <QHash>

#include <algorithm>

namespace egress::demo {
namespace {

enum Column
{
    NhsNumber,
    LocalId,
    Borough,
    BirthYear,
    DeathDate,
    Gender,
    ClientType,
    SupportReason,
    UnpaidCarer,
    Accommodation,
    Employment,
    EventType,
    StartDate,
    EndDate,
    Outcome,
    Route,
    ServiceType,
    UnitCost,
    CostFrequency,
    PlannedUnits,
};

const QByteArrayList& columnNames()
{
    static const QByteArrayList names {"Der_NHS_Number_Traced_Pseudo",
                                       "Der_LA_Person_Unique_Identifier_Pseudo",
                                       "LA_Name",
                                       "Der_Birth_Year",
                                       "Date_of_Death",
                                       "Gender",
                                       "Client_Type",
                                       "Primary_Support_Reason",
                                       "Has_Unpaid_Carer",
                                       "Accommodation_Status",
                                       "Employment_Status",
                                       "Event_Type",
                                       "Event_Start_Date",
                                       "Event_End_Date",
                                       "Event_Outcome",
                                       "Request_Route_of_Access",
                                       "Service_Type",
                                       "Unit_Cost",
                                       "Cost_Frequency_(Unit_Type)",
                                       "Planned_units_per_week"};
    return names;
}

CareSetting settingOf(QByteArrayView serviceType)
{
    if (serviceType == "Long Term Support: Nursing Care")
        return CareSetting::Nursing;
    if (serviceType == "Long Term Support: Residential Care")
        return CareSetting::Residential;
    if (serviceType == "Long Term Support: Community")
        return CareSetting::Community;
    if (serviceType == "Long Term Support: Prison")
        return CareSetting::Prison;
    return CareSetting::None;
}

// Each distinct category becomes one shared QString, so that a million people hold a few
// dozen strings between them.
class StringPool
{
public:
    const QString& operator()(QByteArrayView bytes)
    {
        const auto found = m_strings.constFind(bytes.toByteArray());
        if (found != m_strings.cend())
            return *found;
        return *m_strings.insert(bytes.toByteArray(), QString::fromUtf8(bytes));
    }

private:
    QHash<QByteArray, QString> m_strings;
};

class Folder
{
public:
    explicit Folder(const QString& path)
        : m_path(path)
    { }

    void add(const CldEvent& event)
    {
        m_line = event.line();
        QByteArrayView id = event.field(NhsNumber);
        if (id.isEmpty())
            id = event.field(LocalId);
        if (id.isEmpty())
            return; // nobody to count: NHS England drops such rows too
        const QByteArray key = id.toByteArray();
        auto found = m_index.constFind(key);
        if (found == m_index.cend()) {
            found = m_index.insert(key, m_people.size());
            m_people.append(CldPerson());
        }
        CldPerson& person = m_people[*found];

        person.borough = m_pool(event.field(Borough));
        // A missing birth year leaves the age unknown, and the person out of age bands.
        if (!event.field(BirthYear).isEmpty())
            person.birthYear = int(number(event.field(BirthYear), "Der_Birth_Year"));
        person.deathDay = day(event.field(DeathDate), "Date_of_Death");
        person.gender = m_pool(event.field(Gender));
        person.serviceUser = event.field(ClientType) == "Service User";
        person.supportReason = m_pool(event.field(SupportReason));
        person.unpaidCarer = m_pool(event.field(UnpaidCarer));
        person.accommodation = m_pool(event.field(Accommodation));
        person.employment = m_pool(event.field(Employment));

        const QByteArrayView type = event.field(EventType);
        const qint64 start = day(event.field(StartDate), "Event_Start_Date");
        const QByteArrayView endText = event.field(EndDate);
        const qint64 seen = !endText.isEmpty() ? day(endText, "Event_End_Date")
            : type == "Service"                ? CldPeople::yearLastDay()
                                               : start;
        person.lastSeenDay = std::max({person.lastSeenDay, start, seen});
        if (type == "Request") {
            if (person.firstRequestDay < 0 || start < person.firstRequestDay)
                person.firstRequestDay = start;
            if (start >= CldPeople::yearFirstDay() && start <= CldPeople::yearLastDay()
                && (person.yearRequestDay < 0 || start < person.yearRequestDay)) {
                person.yearRequestDay = start;
                person.yearRequestRoute = m_pool(event.field(Route));
                person.yearRequestOutcome = m_pool(event.field(Outcome));
            }
        } else if (type == "Service") {
            addService(person, event, start);
        }
    }

    QList<CldPerson> take() { return std::move(m_people); }

private:
    void addService(CldPerson& person, const CldEvent& event, qint64 start)
    {
        const CareSetting setting = settingOf(event.field(ServiceType));
        if (setting == CareSetting::None)
            return;
        if (setting == CareSetting::Nursing || setting == CareSetting::Residential) {
            if (person.careHomeDay < 0 || start < person.careHomeDay)
                person.careHomeDay = start;
        }
        const QByteArrayView endText = event.field(EndDate);
        const qint64 end = endText.isEmpty() ? -1 : day(endText, "Event_End_Date");
        if (start > CldPeople::yearLastDay() || (end >= 0 && end < CldPeople::yearFirstDay()))
            return;
        // The package's cost is that of the service in the person's setting that started
        // last: a service open across submissions is listed again in each, so its rows are not
        // added up.
        const bool better
            = person.setting == CareSetting::None || int(setting) < int(person.setting);
        if (!better && (setting != person.setting || start < person.costStartDay))
            return;
        person.setting = setting;
        person.costStartDay = start;
        const std::optional<double> weekly = weeklyCost(event);
        person.hasWeeklyCost = weekly.has_value();
        person.weeklyCost = weekly.value_or(0);
    }

    // What a service costs a week; nothing for a one-off purchase or an unknown cost.
    std::optional<double> weeklyCost(const CldEvent& event) const
    {
        if (event.field(UnitCost).isEmpty())
            return std::nullopt;
        const double cost = number(event.field(UnitCost), "Unit_Cost");
        const QByteArrayView frequency = event.field(CostFrequency);
        if (frequency == "Weekly")
            return cost;
        if (frequency == "Daily")
            return cost * 7;
        if ((frequency == "Hourly" || frequency == "Per Session")
            && !event.field(PlannedUnits).isEmpty())
            return cost * number(event.field(PlannedUnits), "Planned_units_per_week");
        return std::nullopt;
    }

    double number(QByteArrayView text, const char* column) const
    {
        bool ok = false;
        const double value = text.toByteArray().toDouble(&ok);
        if (!ok)
            fail(column, text, "a number");
        return value;
    }

    qint64 day(QByteArrayView text, const char* column) const
    {
        if (text.isEmpty())
            return -1;
        const QDate date = QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
        if (!date.isValid())
            fail(column, text, "a date (YYYY-MM-DD)");
        return date.toJulianDay();
    }

    [[noreturn]] void fail(const char* column, QByteArrayView text, const char* expected) const
    {
        throw io::InputError(
            m_path,
            QStringLiteral("%1 '%2' is not %3")
                .arg(QLatin1String(column), QString::fromUtf8(text), QLatin1String(expected)),
            int(m_line));
    }

    QString m_path;
    qint64 m_line = 0;
    StringPool m_pool;
    QHash<QByteArray, qsizetype> m_index;
    QList<CldPerson> m_people;
};

} // namespace

qint64 CldPeople::yearFirstDay()
{
    return QDate(2024, 1, 1).toJulianDay();
}

qint64 CldPeople::yearLastDay()
{
    return QDate(2024, 12, 31).toJulianDay();
}

QList<CldPerson> CldPeople::read(const QString& path)
{
    Folder folder(path);
    CldEventReader::read(path, columnNames(),
                         [&folder](const CldEvent& event) { folder.add(event); });
    return folder.take();
}

int CldPeople::ageAtYearEnd(const CldPerson& person)
{
    if (person.birthYear <= 0)
        return -1;
    return 2024 - person.birthYear;
}

} // namespace egress::demo
