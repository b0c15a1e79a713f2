#include "demorequest.h"

#include "cldpeople.h"
#include "io/tablecsvwriter.h"
#include "lifetable.h"
#include "logisticregression.h"
#include "peopletabulation.h"
#include "survivalplot.h"

#include <cmath>
#include <stdexcept>

namespace egress::demo {
namespace {

using tabulate::Statistic;

// The disclosure control the safe outputs had applied: counts above 10 rounded to base 5.
constexpr int kRoundingBase = 5;
constexpr int kRoundingAbove = 10;
constexpr int kThreshold = 10;
constexpr int kDecimals = 2; // of sums, means and medians: pence
// The size of the pilot fit that makes the unsafe model: 14 people, 5 parameters, 9 df.
constexpr qsizetype kPilotSize = 14;
// Fewer people than this leave the analyses without groups to tabulate or a model to fit.
constexpr qsizetype kMinimumPeople = 1000;

const QString kRoundedControls
    = QStringLiteral("Counts of people; counts above 10 rounded to the nearest 5, totals rounded "
                     "on their own.");

QString ageBand(const CldPerson& person)
{
    const int age = CldPeople::ageAtYearEnd(person);
    if (age < 18)
        return {};
    return age < 65 ? QStringLiteral("18-64") : QStringLiteral("65+");
}

QString detailedSetting(const CldPerson& person)
{
    switch (person.setting) {
    case CareSetting::Nursing:
        return QStringLiteral("Nursing care");
    case CareSetting::Residential:
        return QStringLiteral("Residential care");
    case CareSetting::Community:
        return QStringLiteral("Community");
    case CareSetting::Prison:
        return QStringLiteral("Prison");
    case CareSetting::None:
        break;
    }
    return {};
}

// Prison is folded into the community, as an SDE's checkers ask when its cells are small.
QString groupedSetting(const CldPerson& person)
{
    return person.setting == CareSetting::Prison   ? QStringLiteral("Community or prison")
        : person.setting == CareSetting::Community ? QStringLiteral("Community or prison")
                                                   : detailedSetting(person);
}

bool onLongTermSupport(const CldPerson& person)
{
    return person.serviceUser && person.setting != CareSetting::None && !ageBand(person).isEmpty();
}

// A column of people on long-term support only.
PersonColumn longTerm(const QString& name, std::function<QString(const CldPerson&)> category)
{
    return {name, [category = std::move(category)](const CldPerson& person) {
                return onLongTermSupport(person) ? category(person) : QString();
            }};
}

PersonColumn borough()
{
    return longTerm(QStringLiteral("borough"), [](const CldPerson& p) { return p.borough; });
}

PersonColumn ageBandColumn()
{
    return longTerm(QStringLiteral("age_band"), ageBand);
}

// "Physical Support: Personal care support" → "Physical Support".
QString supportReasonGroup(const CldPerson& person)
{
    const qsizetype colon = person.supportReason.indexOf(u':');
    return colon < 0 ? person.supportReason : person.supportReason.left(colon);
}

bool isSettled(const QString& accommodation)
{
    static const QStringList settled {
        QStringLiteral("Owner occupier or shared ownership scheme"),
        QStringLiteral("Tenant"),
        QStringLiteral("Tenant - private landlord"),
        QStringLiteral("Settled mainstream housing with family / friends"),
        QStringLiteral("Supported accommodation / supported lodgings / supported group home"),
        QStringLiteral("Shared Lives scheme"),
        QStringLiteral("Approved premises for offenders released from prison or under probation "
                       "supervision"),
        QStringLiteral("Sheltered housing / extra care housing / other sheltered housing"),
        QStringLiteral("Mobile accommodation for Gypsy / Roma and Traveller communities")};
    return settled.contains(accommodation);
}

QString employmentGroup(const CldPerson& person)
{
    if (person.employment.startsWith(QLatin1String("Paid")))
        return QStringLiteral("In paid employment");
    if (person.employment.startsWith(QLatin1String("Not in Paid")))
        return QStringLiteral("Not in paid employment");
    return QStringLiteral("Unknown");
}

bool learningDisability1864(const CldPerson& person)
{
    return onLongTermSupport(person) && ageBand(person) == QLatin1String("18-64")
        && person.supportReason == QLatin1String("Learning Disability Support");
}

PersonColumn learningDisability(const QString& name,
                                std::function<QString(const CldPerson&)> category)
{
    return {name, [category = std::move(category)](const CldPerson& person) {
                return learningDisability1864(person) ? category(person) : QString();
            }};
}

// People with a new request in the year, aged 18 or over.
PersonColumn newRequest(const QString& name, std::function<QString(const CldPerson&)> category)
{
    return {name, [category = std::move(category)](const CldPerson& person) {
                return person.yearRequestDay >= 0 && !ageBand(person).isEmpty() ? category(person)
                                                                                : QString();
            }};
}

QString routeGroup(const CldPerson& person)
{
    const QString& route = person.yearRequestRoute;
    if (route == QLatin1String("Discharge from Hospital")
        || route == QLatin1String("Diversion from Hospital Services"))
        return QStringLiteral("Hospital");
    if (route == QLatin1String("Community / Other route"))
        return QStringLiteral("Community");
    return QStringLiteral("Other route");
}

QString outcomeGroup(const CldPerson& person)
{
    const QString& outcome = person.yearRequestOutcome;
    if (outcome.startsWith(QLatin1String("Progress to Reablement")))
        return QStringLiteral("Reablement");
    if (outcome.startsWith(QLatin1String("Progress to")))
        return QStringLiteral("Assessment or support planning");
    if (outcome.startsWith(QLatin1String("NFA")))
        return QStringLiteral("No further action");
    return QStringLiteral("Other outcome");
}

std::optional<double> weeklyCost(const CldPerson& person)
{
    if (!onLongTermSupport(person) || !person.hasWeeklyCost)
        return std::nullopt;
    return person.weeklyCost;
}

DemoOutput tableOutput(const QString& id, const table::Table& table,
                       const tabulate::Tabulation& tabulation)
{
    DemoOutput output;
    output.id = id;
    output.file = QStringLiteral("outputs/%1.csv").arg(id);
    output.bytes = io::TableCsvWriter::write(table);
    output.unit = QStringLiteral("person");
    output.margins = true;
    table::Evidence evidence = tabulation.evidence;
    evidence.output = id;
    output.rows = evidence.rowDimensions;
    output.cols = evidence.columnDimensions;
    output.evidence = evidence;
    return output;
}

DemoOutput countOutput(const QString& id, const QList<CldPerson>& people,
                       const QList<PersonColumn>& rows, const QList<PersonColumn>& cols)
{
    const tabulate::Tabulation tabulation
        = PeopleTabulation::tabulate(people, rows, cols, {}, {Statistic::Count});
    DemoOutput output = tableOutput(
        id, PeopleTabulation::rounded(tabulation.table, kRoundingBase, kRoundingAbove, kDecimals),
        tabulation);
    output.kind = QStringLiteral("frequency");
    output.statistic = QStringLiteral("count");
    return output;
}

DemoOutput costOutput(const QString& id, const QList<CldPerson>& people,
                      const PersonColumn& setting, const QList<Statistic>& statistics)
{
    const tabulate::Tabulation tabulation
        = PeopleTabulation::tabulate(people, {borough()}, {setting}, weeklyCost, statistics);
    DemoOutput output = tableOutput(
        id, PeopleTabulation::rounded(tabulation.table, kRoundingBase, kRoundingAbove, kDecimals),
        tabulation);
    output.kind = QStringLiteral("magnitude");
    return output;
}

// Older service users from their first request in the extract: how long until long-term
// residential or nursing care, censored at death, last contact or the end of 2024.
struct CohortMember
{
    const CldPerson* person;
    FollowUp followUp;
};

QList<CohortMember> careHomeCohort(const QList<CldPerson>& people)
{
    QList<CohortMember> cohort;
    const qint64 lastDay = CldPeople::yearLastDay();
    for (const CldPerson& person : people) {
        if (!person.serviceUser || person.firstRequestDay < 0
            || CldPeople::ageAtYearEnd(person) < 65)
            continue;
        if (person.careHomeDay >= 0 && person.careHomeDay < person.firstRequestDay)
            continue; // already in a care home
        FollowUp followUp;
        if (person.careHomeDay >= 0) {
            followUp.days = person.careHomeDay - person.firstRequestDay;
            followUp.event = true;
        } else {
            // Followed while the extract still sees them: to death, their last contact, or
            // the end of 2024, whichever comes first.
            qint64 end = std::min(lastDay, std::max(person.lastSeenDay, person.firstRequestDay));
            if (person.deathDay >= 0)
                end = std::min(end, person.deathDay);
            followUp.days = std::max<qint64>(0, end - person.firstRequestDay);
        }
        cohort.append({&person, followUp});
    }
    return cohort;
}

QList<FollowUp> followUps(const QList<CohortMember>& cohort)
{
    QList<FollowUp> result;
    for (const CohortMember& member : cohort)
        result.append(member.followUp);
    return result;
}

constexpr qint64 kDaysPerWeek = 7;

// A life table in weeks ("0-13") when coarsened, in days ("day 12") as survfit prints it.
QByteArray lifeTableCsv(const QList<LifeTableRow>& rows, bool inWeeks)
{
    QList<table::LabelPath> rowLabels;
    QList<table::Cell> cells;
    for (const LifeTableRow& row : rows) {
        rowLabels.append(
            {inWeeks
                 ? QStringLiteral("%1-%2").arg(row.start / kDaysPerWeek).arg(row.end / kDaysPerWeek)
                 : QStringLiteral("day %1").arg(row.start)});
        const double time = double(inWeeks ? row.start / kDaysPerWeek : row.start);
        for (const double value : {time, double(row.atRisk), double(row.events),
                                   double(row.censored), std::round(row.survival * 1e4) / 1e4})
            cells.append({value, {}, {}});
    }
    const table::Table table({inWeeks ? QStringLiteral("weeks") : QStringLiteral("days")},
                             rowLabels,
                             {{QStringLiteral("time")},
                              {QStringLiteral("at risk")},
                              {QStringLiteral("events")},
                              {QStringLiteral("censored")},
                              {QStringLiteral("survival")}},
                             cells, table::OutputKind::Survival);
    return io::TableCsvWriter::write(table);
}

DemoOutput survivalOutput(const QString& id, const QList<LifeTableRow>& rows, bool inWeeks)
{
    DemoOutput output;
    output.id = id;
    output.file = QStringLiteral("outputs/%1.csv").arg(id);
    output.bytes = lifeTableCsv(rows, inWeeks);
    output.kind = QStringLiteral("survival");
    output.unit = QStringLiteral("person");
    output.rows = {inWeeks ? QStringLiteral("weeks") : QStringLiteral("days")};
    return output;
}

const QStringList& modelTerms()
{
    static const QStringList terms {QStringLiteral("aged 85+"), QStringLiteral("female"),
                                    QStringLiteral("has unpaid carer"),
                                    QStringLiteral("memory and cognition")};
    return terms;
}

std::optional<LogisticFit> fitCareHomeModel(const QList<CohortMember>& cohort)
{
    QList<QList<double>> x;
    QList<bool> y;
    for (const CohortMember& member : cohort) {
        const CldPerson& person = *member.person;
        x.append(
            {CldPeople::ageAtYearEnd(person) >= 85 ? 1.0 : 0.0,
             person.gender == QLatin1String("Female") ? 1.0 : 0.0,
             person.unpaidCarer == QLatin1String("Yes") ? 1.0 : 0.0,
             person.supportReason == QLatin1String("Support with Memory & Cognition") ? 1.0 : 0.0});
        y.append(member.followUp.event);
    }
    return LogisticRegression::fit(modelTerms(), x, y);
}

double fourPlaces(double value)
{
    return std::round(value * 1e4) / 1e4;
}

DemoOutput modelOutput(const QString& id, const LogisticFit& fit)
{
    QList<table::LabelPath> rowLabels;
    QList<table::Cell> cells;
    const auto unknown = table::Cell {std::nullopt, {}, {}};
    for (const Coefficient& coefficient : fit.coefficients) {
        rowLabels.append({coefficient.term});
        for (const double value : {coefficient.estimate, coefficient.standardError, coefficient.z,
                                   coefficient.pValue, coefficient.lower95, coefficient.upper95})
            cells.append({fourPlaces(value), {}, {}});
    }
    for (const auto& [label, value] :
         {std::pair {QStringLiteral("No. Observations"), fit.observations},
          std::pair {QStringLiteral("Df Residuals"), fit.residualDegreesOfFreedom}}) {
        rowLabels.append({label});
        cells.append({double(value), {}, {}});
        for (int column = 1; column < 6; ++column)
            cells.append(unknown);
    }
    const table::Table table({QStringLiteral("term")}, rowLabels,
                             {{QStringLiteral("coef")},
                              {QStringLiteral("std err")},
                              {QStringLiteral("z")},
                              {QStringLiteral("P>|z|")},
                              {QStringLiteral("[0.025")},
                              {QStringLiteral("0.975]")}},
                             cells, table::OutputKind::Regression);
    DemoOutput output;
    output.id = id;
    output.file = QStringLiteral("outputs/%1.csv").arg(id);
    output.bytes = io::TableCsvWriter::write(table);
    output.kind = QStringLiteral("regression");
    output.unit = QStringLiteral("person");
    output.rows = {QStringLiteral("term")};
    return output;
}

// The unsafe model: a pilot fit on the first people of the cohort in one borough. A window
// whose covariates leave the fit without a maximum moves on by one person.
std::optional<LogisticFit> pilotFit(const QList<CohortMember>& cohort)
{
    QList<CohortMember> borough;
    for (const CohortMember& member : cohort) {
        if (member.person->borough == QLatin1String("Kensington and Chelsea"))
            borough.append(member);
    }
    for (qsizetype start = 0; start + kPilotSize <= borough.size(); ++start) {
        if (auto fit = fitCareHomeModel(borough.mid(start, kPilotSize)))
            return fit;
    }
    return std::nullopt;
}

void describe(DemoOutput& output, const QString& description, const QString& context,
              const QString& controls, const QString& expectedRule = {})
{
    output.description = description;
    output.context = context;
    output.controls = controls;
    output.expectedRule = expectedRule;
}

} // namespace

QList<DemoOutput> DemoRequest::outputs(const QList<CldPerson>& people)
{
    if (people.size() < kMinimumPeople)
        throw std::invalid_argument(QStringLiteral("the extract has %1 people; the demo's "
                                                   "analyses need at least %2")
                                        .arg(people.size())
                                        .arg(kMinimumPeople)
                                        .toStdString());
    QList<DemoOutput> outputs;
    const QString year = QStringLiteral("People on long-term support at any time in 2024");

    // 1. Long-term support by borough, age band and setting.
    DemoOutput lts
        = countOutput(QStringLiteral("lts_by_setting"), people, {borough(), ageBandColumn()},
                      {longTerm(QStringLiteral("setting"), groupedSetting)});
    describe(lts, QStringLiteral("People on long-term support by borough, age band and setting."),
             year + QStringLiteral(", by the setting highest in the SALT hierarchy."),
             kRoundedControls + QStringLiteral(" Prison folded into the community."));
    outputs.append(lts);
    DemoOutput ltsUnsafe
        = countOutput(QStringLiteral("lts_by_setting_unsafe"), people, {borough(), ageBandColumn()},
                      {longTerm(QStringLiteral("setting"), detailedSetting)});
    describe(ltsUnsafe, lts.description + QStringLiteral(" Prison shown on its own."), year + u'.',
             kRoundedControls, QStringLiteral("threshold"));
    outputs.append(ltsUnsafe);

    // 2. Long-term support by primary support reason and age band.
    DemoOutput reason = countOutput(
        QStringLiteral("lts_by_support_reason"), people,
        {longTerm(QStringLiteral("support_reason"), supportReasonGroup)}, {ageBandColumn()});
    describe(reason,
             QStringLiteral("People on long-term support by primary support reason group and age "
                            "band."),
             year + u'.',
             kRoundedControls + QStringLiteral(" Reasons grouped as in SALT LTS001b."));
    outputs.append(reason);
    DemoOutput reasonUnsafe
        = countOutput(QStringLiteral("lts_by_support_reason_unsafe"), people,
                      {longTerm(QStringLiteral("support_reason"),
                                [](const CldPerson& p) { return p.supportReason; })},
                      {ageBandColumn()});
    describe(reasonUnsafe,
             QStringLiteral("People on long-term support by every primary support reason and age "
                            "band."),
             year + u'.', kRoundedControls, QStringLiteral("threshold"));
    outputs.append(reasonUnsafe);

    // 3. New requests by route of access and what followed.
    const QString requests
        = QStringLiteral("Adults with a new request for support in 2024, by their first request.");
    DemoOutput route = countOutput(QStringLiteral("new_requests_by_route"), people,
                                   {newRequest(QStringLiteral("route"), routeGroup)},
                                   {newRequest(QStringLiteral("outcome"), outcomeGroup)});
    describe(route,
             QStringLiteral("New requests for support by route of access and what followed."),
             requests, kRoundedControls + QStringLiteral(" Routes and outcomes grouped."));
    outputs.append(route);
    DemoOutput routeUnsafe
        = countOutput(QStringLiteral("new_requests_by_route_unsafe"), people,
                      {newRequest(QStringLiteral("route"),
                                  [](const CldPerson& p) { return p.yearRequestRoute; })},
                      {newRequest(QStringLiteral("outcome"),
                                  [](const CldPerson& p) { return p.yearRequestOutcome; })});
    describe(routeUnsafe,
             QStringLiteral("New requests for support by every route of access and outcome."),
             requests, kRoundedControls, QStringLiteral("threshold"));
    outputs.append(routeUnsafe);

    // 4. Weekly cost of long-term support by borough and setting.
    const QString costs = QStringLiteral(
        "Planned weekly cost in pounds of each person's long-term services in 2024 (unit cost × "
        "planned units; one-off purchases left out).");
    DemoOutput cost = costOutput(
        QStringLiteral("weekly_cost"), people, longTerm(QStringLiteral("setting"), groupedSetting),
        {Statistic::Count, Statistic::Mean, Statistic::Median, Statistic::Sum});
    describe(cost, QStringLiteral("Weekly cost of long-term support by borough and setting."),
             costs,
             kRoundedControls
                 + QStringLiteral(" No minima or maxima; prison folded into the community."));
    outputs.append(cost);
    DemoOutput costUnsafe = costOutput(QStringLiteral("weekly_cost_unsafe"), people,
                                       longTerm(QStringLiteral("setting"), detailedSetting),
                                       {Statistic::Count, Statistic::Mean, Statistic::Median,
                                        Statistic::Min, Statistic::Max, Statistic::Sum});
    describe(costUnsafe,
             QStringLiteral("Weekly cost of long-term support by borough and setting, with the "
                            "cheapest and dearest package."),
             costs, kRoundedControls, QStringLiteral("dominance-p"));
    outputs.append(costUnsafe);

    // 5. Adults 18–64 with a learning disability by accommodation and employment.
    const QString learning = QStringLiteral(
        "People aged 18-64 on long-term support whose primary support reason is a learning "
        "disability (ASCOF 1E and 1G).");
    DemoOutput housing
        = countOutput(QStringLiteral("ld_accommodation"), people,
                      {learningDisability(QStringLiteral("accommodation"),
                                          [](const CldPerson& p) {
                                              return isSettled(p.accommodation)
                                                  ? QStringLiteral("Settled")
                                                  : QStringLiteral("Not settled or unknown");
                                          })},
                      {learningDisability(QStringLiteral("employment"), employmentGroup)});
    describe(housing,
             QStringLiteral("Adults 18-64 with a learning disability by settled accommodation and "
                            "paid employment."),
             learning, kRoundedControls + QStringLiteral(" Categories grouped as in ASCOF."));
    outputs.append(housing);
    DemoOutput housingUnsafe
        = countOutput(QStringLiteral("ld_accommodation_unsafe"), people,
                      {learningDisability(QStringLiteral("accommodation"),
                                          [](const CldPerson& p) { return p.accommodation; })},
                      {learningDisability(QStringLiteral("employment"),
                                          [](const CldPerson& p) { return p.employment; })});
    describe(housingUnsafe,
             QStringLiteral("Adults 18-64 with a learning disability by every accommodation and "
                            "employment status."),
             learning, kRoundedControls, QStringLiteral("threshold"));
    outputs.append(housingUnsafe);

    // 6. Time to care-home admission: a life table and its plot.
    const QList<CohortMember> cohort = careHomeCohort(people);
    const QString survival = QStringLiteral(
        "Service users aged 65 and over from their first request for support: weeks until "
        "long-term residential or nursing care, censored at death, at the last contact the "
        "extract records, or at the end of 2024.");
    const QList<LifeTableRow> coarse
        = LifeTable::coarsened(followUps(cohort), 13 * kDaysPerWeek, kThreshold, kThreshold);
    DemoOutput lifeTable = survivalOutput(QStringLiteral("care_home_survival"), coarse, true);
    describe(lifeTable, QStringLiteral("Time to care-home admission: life table by quarter."),
             survival,
             QStringLiteral("Quarterly intervals, joined until at least 10 people leave the risk "
                            "set; ended before fewer than 10 are at risk."));
    outputs.append(lifeTable);
    DemoOutput plot;
    plot.id = QStringLiteral("care_home_survival_plot");
    plot.file = QStringLiteral("outputs/care_home_survival_plot.png");
    plot.bytes = SurvivalPlot::png(coarse, "TIME TO CARE HOME ADMISSION");
    plot.kind = QStringLiteral("image");
    describe(plot, QStringLiteral("Plot of the care-home life table."), survival,
             QStringLiteral("Drawn from the safe life table only."), QStringLiteral("unchecked"));
    outputs.append(plot);
    DemoOutput lifeTableUnsafe = survivalOutput(QStringLiteral("care_home_survival_unsafe"),
                                                LifeTable::byDay(followUps(cohort)), false);
    describe(lifeTableUnsafe,
             QStringLiteral("Time to care-home admission: Kaplan-Meier table by day, to the last "
                            "person followed."),
             survival, QStringLiteral("None."), QStringLiteral("survival"));
    outputs.append(lifeTableUnsafe);

    // 7. Logistic regression of care-home admission.
    const QString model = QStringLiteral(
        "Logistic regression of care-home admission during follow-up in the survival cohort.");
    const std::optional<LogisticFit> fit = fitCareHomeModel(cohort);
    const std::optional<LogisticFit> pilot = pilotFit(cohort);
    if (!fit || !pilot)
        throw std::invalid_argument(
            "the extract has too few older service users to fit the demo's care-home model: "
            "ask for more persons");
    DemoOutput regression = modelOutput(QStringLiteral("care_home_model"), *fit);
    describe(regression,
             QStringLiteral("Odds of care-home admission by age, sex, unpaid care and memory "
                            "support (log odds)."),
             model, QStringLiteral("Whole cohort; N and residual degrees of freedom shown."));
    outputs.append(regression);
    DemoOutput regressionUnsafe = modelOutput(QStringLiteral("care_home_model_unsafe"), *pilot);
    describe(regressionUnsafe,
             QStringLiteral("Pilot fit of the same model on the first %1 people of the cohort in "
                            "Kensington and Chelsea.")
                 .arg(kPilotSize),
             model, QStringLiteral("None."), QStringLiteral("dof"));
    outputs.append(regressionUnsafe);
    return outputs;
}

} // namespace egress::demo
