#include "cldchoices.h"

#include "cldcodelists.h"
#include "io/csvfield.h"

#include <stdexcept>

namespace egress::sample {
namespace {

using Codes = CldCodeLists;

struct SupportReasonOption
{
    const char* value;
    quint32 weight;
    quint32 olderPerMille;
};

// A code, checked against its list, CSV-encoded.
QByteArray code(const QByteArrayList& list, const char* value)
{
    const QByteArray raw(value);
    if (!list.contains(raw))
        throw std::logic_error("not in the code list: " + raw.toStdString());
    return io::csvField(raw);
}

QList<CldChoices::SupportReason> supportReasonsOf(const QList<SupportReasonOption>& options)
{
    QList<CldChoices::SupportReason> reasons;
    for (const SupportReasonOption& option : options)
        reasons.append({code(Codes::primarySupportReasons(), option.value), option.weight,
                        option.olderPerMille});
    return reasons;
}

QList<QByteArray> encodedAll(const QByteArrayList& values)
{
    QList<QByteArray> encoded;
    for (const QByteArray& value : values)
        encoded.append(io::csvField(value));
    return encoded;
}

QList<QByteArray> encodedBoroughs()
{
    QList<QByteArray> encoded;
    for (const Codes::Borough& borough : Codes::boroughs())
        encoded.append(io::csvField(borough.code) + ',' + io::csvField(borough.name) + ',');
    return encoded;
}

} // namespace

const CldChoices& CldChoices::instance()
{
    static const CldChoices choices;
    return choices;
}

CldChoices::CldChoices()
    : boroughColumns(encodedBoroughs())
    // Personal care ≈ 47%, learning disability ≈ 17% (mostly 18–64), mental health ≈ 10%, memory
    // and cognition ≈ 9% (mostly 65+); asylum-seeker support and dual sensory impairment are kept
    // rare on purpose: they make the small cells of the demo outputs.
    , supportReasons(supportReasonsOf({
          {"Physical Support: Access & mobility only", 700, 700},
          {"Physical Support: Personal care support", 4700, 830},
          {"Sensory Support: Support for visual impairment", 120, 750},
          {"Sensory Support: Support for hearing impairment", 80, 800},
          {"Sensory Support: Support for dual impairment", 6, 700},
          {"Support with Memory & Cognition", 900, 950},
          {"Learning Disability Support", 1700, 60},
          {"Mental Health Support", 1066, 300},
          {"Social Support: Substance misuse support", 120, 100},
          {"Social Support: Asylum seeker support", 8, 20},
          {"Social Support: Support for Social Isolation/Other", 300, 600},
          {"Unknown", 300, 500},
      }))
    , prisonSupportReasons(supportReasonsOf({
          {"Physical Support: Personal care support", 40, 150},
          {"Mental Health Support", 40, 150},
          {"Social Support: Substance misuse support", 20, 150},
      }))
    , learningDisability(code(Codes::primarySupportReasons(), "Learning Disability Support"))
    , supportToCarer(code(Codes::primarySupportReasons(), "Social Support: Support to Carer"))
    , unknownSupportReason(code(Codes::primarySupportReasons(), "Unknown"))
    , gendersOlder({{"Female", 620}, {"Male", 370}, {"Other", 3}, {"Unknown", 7}}, Codes::genders())
    , gendersYounger({{"Male", 520}, {"Female", 470}, {"Other", 4}, {"Unknown", 6}},
                     Codes::genders())
    , gendersCarer({{"Female", 680}, {"Male", 310}, {"Other", 3}, {"Unknown", 7}}, Codes::genders())
    // Gypsy, Irish Traveller and Roma are kept rare on purpose: they make small cells.
    , ethnicities(
          {
              {"White - English, Welsh, Scottish, Northern Irish or British", 400},
              {"White - Irish", 25},
              {"White - Gypsy or Irish Traveller", 1},
              {"White - Roma", 1},
              {"White - Any other White background", 110},
              {"Mixed or multiple ethnic groups - White and Black Caribbean", 10},
              {"Mixed or multiple ethnic groups - White and Black African", 6},
              {"Mixed or multiple ethnic groups - White and Asian", 8},
              {"Mixed or multiple ethnic groups - Any other Mixed or multiple ethnic background",
               12},
              {"Asian or Asian British - Indian", 75},
              {"Asian or Asian British - Pakistani", 25},
              {"Asian or Asian British - Bangladeshi", 15},
              {"Asian or Asian British - Chinese", 10},
              {"Asian or Asian British - Any other Asian background", 45},
              {"Black, Black British, Caribbean or African - African", 50},
              {"Black, Black British, Caribbean or African - Caribbean", 40},
              {"Black, Black British, Caribbean or African - Any other Black, Black British or "
               "Caribbean background",
               15},
              {"Other ethnic group - Arab", 40},
              {"Other ethnic group - Any other ethnic group", 35},
              {"No data - Refused", 12},
              {"No data - Undeclared or Not known", 65},
          },
          Codes::ethnicities())
    , gypsyOrTraveller(code(Codes::ethnicities(), "White - Gypsy or Irish Traveller"))
    , roma(code(Codes::ethnicities(), "White - Roma"))
    , accommodationYounger(
          {
              {"Owner occupier or shared ownership scheme", 250},
              {"Tenant", 300},
              {"Tenant - private landlord", 120},
              {"Settled mainstream housing with family / friends", 180},
              {"Supported accommodation / supported lodgings / supported group home", 40},
              {"Shared Lives scheme", 3},
              {"Approved premises for offenders released from prison or under probation "
               "supervision",
               4},
              {"Sheltered housing / extra care housing / other sheltered housing", 10},
              {"Rough sleeper / squatting", 5},
              {"Night shelter / emergency hostel / direct access hostel", 4},
              {"Refuge", 2},
              {"Placed in temporary accommodation by the council (inc. homelessness resettlement)",
               12},
              {"Staying with family / friends as a short-term guest", 8},
              {"Acute / long-term healthcare residential facility or hospital", 8},
              {"Other temporary accommodation", 5},
              {"Unknown", 49},
          },
          Codes::accommodationStatuses())
    , accommodationOlder(
          {
              {"Owner occupier or shared ownership scheme", 420},
              {"Tenant", 250},
              {"Tenant - private landlord", 50},
              {"Settled mainstream housing with family / friends", 90},
              {"Supported accommodation / supported lodgings / supported group home", 10},
              {"Shared Lives scheme", 1},
              {"Sheltered housing / extra care housing / other sheltered housing", 100},
              {"Rough sleeper / squatting", 1},
              {"Placed in temporary accommodation by the council (inc. homelessness resettlement)",
               3},
              {"Staying with family / friends as a short-term guest", 3},
              {"Acute / long-term healthcare residential facility or hospital", 15},
              {"Other temporary accommodation", 2},
              {"Unknown", 56},
          },
          Codes::accommodationStatuses())
    , accommodationLearningDisability(
          {
              {"Settled mainstream housing with family / friends", 350},
              {"Supported accommodation / supported lodgings / supported group home", 300},
              {"Tenant", 150},
              {"Shared Lives scheme", 60},
              {"Owner occupier or shared ownership scheme", 30},
              {"Tenant - private landlord", 30},
              {"Acute / long-term healthcare residential facility or hospital", 10},
              {"Other temporary accommodation", 10},
              {"Unknown", 60},
          },
          Codes::accommodationStatuses())
    , accommodationResidential(
          {
              {"Registered care home", 960},
              {"Acute / long-term healthcare residential facility or hospital", 20},
              {"Unknown", 20},
          },
          Codes::accommodationStatuses())
    , accommodationNursing(
          {
              {"Registered nursing home", 950},
              {"Acute / long-term healthcare residential facility or hospital", 30},
              {"Unknown", 20},
          },
          Codes::accommodationStatuses())
    , prisonAccommodation(code(Codes::accommodationStatuses(),
                               "Prison / Young offenders institution / detention centre"))
    , mobileAccommodation(code(Codes::accommodationStatuses(),
                               "Mobile accommodation for Gypsy / Roma and Traveller communities"))
    , employmentOlder(
          {
              {"Not in Paid Employment (not actively seeking work / retired)", 850},
              {"Not in Paid Employment (voluntary work only)", 10},
              {"Paid: Hours per week unknown", 10},
              {"Unknown", 130},
          },
          Codes::employmentStatuses())
    , employmentLearningDisability(
          {
              {"Paid: Less than 16 hours a week", 60},
              {"Paid: 16 or more hours a week", 20},
              {"Paid: Hours per week unknown", 10},
              {"Not in Paid Employment (seeking work)", 40},
              {"Not in Paid Employment (not actively seeking work / retired)", 550},
              {"Not in Paid Employment (voluntary work only)", 50},
              {"Unknown", 270},
          },
          Codes::employmentStatuses())
    , employmentYounger(
          {
              {"Paid: Less than 16 hours a week", 40},
              {"Paid: 16 or more hours a week", 50},
              {"Paid: Hours per week unknown", 10},
              {"Not in Paid Employment (seeking work)", 90},
              {"Not in Paid Employment (not actively seeking work / retired)", 520},
              {"Not in Paid Employment (voluntary work only)", 20},
              {"Unknown", 270},
          },
          Codes::employmentStatuses())
    , employmentCarer(
          {
              {"Paid: Less than 16 hours a week", 100},
              {"Paid: 16 or more hours a week", 250},
              {"Paid: Hours per week unknown", 30},
              {"Not in Paid Employment (seeking work)", 40},
              {"Not in Paid Employment (not actively seeking work / retired)", 350},
              {"Not in Paid Employment (voluntary work only)", 20},
              {"Unknown", 210},
          },
          Codes::employmentStatuses())
    , employmentUnknown(code(Codes::employmentStatuses(), "Unknown"))
    , funding(
          {
              {"Fully Funded by LA", 450},
              {"Client Contribution", 400},
              {"Self-Funded", 80},
              {"Unknown", 70},
          },
          Codes::clientFundingStatuses())
    , unpaidCarerServiceUser({{"Yes", 380}, {"No", 420}, {"Unknown", 200}}, Codes::hasUnpaidCarer())
    , unpaidCarerCarer({{"No", 600}, {"Unknown", 400}}, Codes::hasUnpaidCarer())
    , serviceUser(code(Codes::clientTypes(), "Service User"))
    , carer(code(Codes::clientTypes(), "Carer"))
    , carerByAssociation(code(Codes::clientTypes(), "Carer known by association"))
    , request(code(Codes::eventTypes(), "Request"))
    , assessment(code(Codes::eventTypes(), "Assessment"))
    , service(code(Codes::eventTypes(), "Service"))
    , review(code(Codes::eventTypes(), "Review"))
    , routes(
          {
              {"Community / Other route", 550},
              {"Discharge from Hospital", 220},
              {"Diversion from Hospital Services", 60},
              {"Planned Entry (Transition)", 30},
              {"Self-Funder", 50},
              {"Discharge from Reablement", 50},
              {"Transfer from Other LA", 40},
          },
          Codes::routesOfAccess())
    , communityRoute(code(Codes::routesOfAccess(), "Community / Other route"))
    , prisonRoute(code(Codes::routesOfAccess(), "Prison"))
    , transitionRoute(code(Codes::routesOfAccess(), "Planned Entry (Transition)"))
    , requestLeadsOn(
          {
              {"Progress to Assessment", 700},
              {"Progress to Reablement/ST-Max", 200},
              {"Progress to Support Planning / Services", 60},
              {"Admitted to hospital", 40},
          },
          Codes::eventOutcomes())
    , requestEnds(
          {
              {"NFA - Information & Advice / Signposting only", 500},
              {"NFA - Support declined", 100},
              {"NFA - Self-funded client (Inc. 12wk disregard)", 80},
              {"NFA - No services offered: Other reason", 100},
              {"NFA- Other", 80},
              {"NFA - Moved to another LA", 30},
              {"NFA - 100% NHS funded care", 30},
              {"Admitted to hospital", 40},
          },
          Codes::eventOutcomes())
    , carerRequest(
          {
              {"Progress to Assessment", 700},
              {"NFA - Information & Advice / Signposting only", 300},
          },
          Codes::eventOutcomes())
    , longTermAssessment(code(Codes::assessmentTypes(), "Long Term Assessment"))
    , shortTermAssessment(code(Codes::assessmentTypes(), "Short Term Assessment"))
    , financialAssessment(code(Codes::assessmentTypes(), "Financial Assessment"))
    , carerAssessmentTypes({{"Carer Assessment", 80}, {"Joint Assessment", 20}},
                           Codes::assessmentTypes())
    , eligible(code(Codes::eligibleNeedsIdentified(), "Yes"))
    , notEligible(code(Codes::eligibleNeedsIdentified(), "No"))
    , assessmentLeadsOn(
          {
              {"Progress to Support Planning / Services", 700},
              {"Progress to financial assessment", 150},
              {"Progress to Reablement/ST-Max", 100},
              {"Progress to End of Life Care", 50},
          },
          Codes::eventOutcomes())
    , assessmentEnds(
          {
              {"NFA - Information & Advice / Signposting only", 350},
              {"NFA - No services offered: Other reason", 250},
              {"NFA - Support declined", 150},
              {"NFA - Self-funded client (Inc. 12wk disregard)", 100},
              {"NFA - 100% NHS funded care", 50},
              {"Admitted to hospital", 50},
              {"NFA- Other", 50},
          },
          Codes::eventOutcomes())
    , carerAssessment(
          {
              {"Progress to Support Planning / Services", 600},
              {"NFA - Information & Advice / Signposting only", 400},
          },
          Codes::eventOutcomes())
    , reviewReasons(
          {
              {"Planned", 700},
              {"Unplanned - Hospital (Planned and unplanned episodes)", 100},
              {"Unplanned - Carer related", 40},
              {"Unplanned - Safeguarding concern", 50},
              {"Unplanned - Other Reason", 80},
              {"Unplanned - Provider Failure", 20},
              {"Unplanned - Change in Commissioning arrangements", 10},
          },
          Codes::reviewReasons())
    , plannedReview(code(Codes::reviewReasons(), "Planned"))
    , reviewOutcomes(
          {
              {"No change in package", 600},
              {"Progress to Support Planning / Services", 120},
              {"Progress to Re-assessment / Unplanned Review", 100},
              {"Progress to financial assessment", 40},
              {"Admitted to hospital", 40},
              {"Progress to End of Life Care", 20},
              {"NFA - Support ended: Other reason", 40},
              {"Service ended as planned", 40},
          },
          Codes::eventOutcomes())
    , carerReviewOutcomes(
          {
              {"No change in package", 700},
              {"Progress to Support Planning / Services", 200},
              {"NFA - Support ended: Other reason", 100},
          },
          Codes::eventOutcomes())
    , serviceEnds(
          {
              {"Service ended as planned", 500},
              {"Progress to Re-assessment / Unplanned Review", 120},
              {"Progress to Support Planning / Services", 100},
              {"Admitted to hospital", 80},
              {"NFA - Support ended: Other reason", 80},
              {"NFA - Moved to another LA", 30},
              {"Progress to End of Life Care", 20},
              {"NFA - 100% NHS funded care", 40},
              {"NFA - Support declined", 30},
          },
          Codes::eventOutcomes())
    , provisionOfService(code(Codes::eventOutcomes(), "Provision of service"))
    , deceased(code(Codes::eventOutcomes(), "NFA - Deceased"))
    , outcomeVariants(encodedAll(Codes::eventOutcomeVariants()))
    , outcomeVariantsCanonical(encodedAll(Codes::eventOutcomeVariantsCanonical()))
    , invalidOutcomes(encodedAll(Codes::invalidEventOutcomes()))
    , nursingCare(code(Codes::serviceTypes(), "Long Term Support: Nursing Care"))
    , residentialCare(code(Codes::serviceTypes(), "Long Term Support: Residential Care"))
    , community(code(Codes::serviceTypes(), "Long Term Support: Community"))
    , prison(code(Codes::serviceTypes(), "Long Term Support: Prison"))
    , stMax(code(Codes::serviceTypes(), "Short Term Support: ST-Max"))
    , lowLevel(code(Codes::serviceTypes(), "Short Term Support: Ongoing Low Level"))
    , otherShortTerm(code(Codes::serviceTypes(), "Short Term Support: Other Short Term"))
    , directToCarer(code(Codes::serviceTypes(), "Carer Support: Direct to Carer"))
    , involvingCaredFor(
          code(Codes::serviceTypes(), "Carer Support: Support involving the person cared-for"))
    , directPayment(code(Codes::serviceComponents(), "Direct Payment"))
    , homeCare(code(Codes::serviceComponents(), "Home Care"))
    , personalCare(code(Codes::serviceComponents(), "Personal Care"))
    , dayCare(code(Codes::serviceComponents(), "Day Care"))
    , equipment(code(Codes::serviceComponents(), "Equipment / Adaptations"))
    , telecare(code(Codes::serviceComponents(), "Telecare"))
    , supportedLiving(code(Codes::serviceComponents(), "Supported Living"))
    , sharedLives(code(Codes::serviceComponents(), "Shared Lives"))
    , extraCare(code(Codes::serviceComponents(), "Extra Care Housing"))
    , residentialComponent(code(Codes::serviceComponents(), "Residential Care"))
    , nursingComponent(code(Codes::serviceComponents(), "Nursing Care"))
    , shortTermResidential(code(Codes::serviceComponents(), "Short Term Residential Care"))
    , shortTermNursing(code(Codes::serviceComponents(), "Short Term Nursing Care"))
    , reablement(code(Codes::serviceComponents(), "Reablement"))
    , carerRespite(code(Codes::serviceComponents(), "Carer Respite"))
    , meals(code(Codes::serviceComponents(), "Meals"))
    , transport(code(Codes::serviceComponents(), "Transport"))
    , otherComponent(code(Codes::serviceComponents(), "Other"))
    , directPaymentMechanism(code(Codes::deliveryMechanisms(), "Direct Payment"))
    , managedBudget(code(Codes::deliveryMechanisms(), "CASSR Managed Personal Budget"))
    , commissioned(code(Codes::deliveryMechanisms(), "CASSR Commissioned support"))
    , hourly(code(Codes::costFrequencies(), "Hourly"))
    , daily(code(Codes::costFrequencies(), "Daily"))
    , weekly(code(Codes::costFrequencies(), "Weekly"))
    , perSession(code(Codes::costFrequencies(), "Per Session"))
    , oneOff(code(Codes::costFrequencies(), "One-Off"))
{ }

} // namespace egress::sample
