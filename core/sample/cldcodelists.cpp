#include "cldcodelists.h"

namespace egress::sample {

const QByteArrayList& CldCodeLists::columns()
{
    static const QByteArrayList list {
        "LA_Code",
        "LA_Name",
        "Reporting_Period_Start_Date",
        "Reporting_Period_End_Date",
        "Der_Unique_Record_ID",
        "Der_NHS_Number_Traced_Pseudo",
        "Der_LA_Person_Unique_Identifier_Pseudo",
        "Der_Birth_Year",
        "Der_Birth_Month",
        "Date_of_Death",
        "Gender",
        "Ethnicity",
        "Client_Type",
        "Primary_Support_Reason",
        "Has_Unpaid_Carer",
        "Accommodation_Status",
        "Employment_Status",
        "Client_Funding_Status",
        "Event_Type",
        "Event_Start_Date",
        "Event_End_Date",
        "Event_Outcome",
        "Request_Route_of_Access",
        "Assessment_Type",
        "Eligible_Needs_Identified",
        "Review_Reason",
        "Service_Type",
        "Service_Component",
        "Delivery_Mechanism",
        "Unit_Cost",
        "Cost_Frequency_(Unit_Type)",
        "Planned_units_per_week",
    };
    return list;
}

const QList<CldCodeLists::Borough>& CldCodeLists::boroughs()
{
    static const QList<Borough> list {
        {"E09000017", "Hillingdon", 312},
        {"E09000020", "Kensington and Chelsea", 207},
        {"E09000033", "Westminster", 213},
    };
    return list;
}

const QByteArrayList& CldCodeLists::genders()
{
    static const QByteArrayList list {"Male", "Female", "Other", "Unknown"};
    return list;
}

const QByteArrayList& CldCodeLists::ethnicities()
{
    static const QByteArrayList list {
        "White - English, Welsh, Scottish, Northern Irish or British",
        "White - Irish",
        "White - Gypsy or Irish Traveller",
        "White - Roma",
        "White - Any other White background",
        "Mixed or multiple ethnic groups - White and Black Caribbean",
        "Mixed or multiple ethnic groups - White and Black African",
        "Mixed or multiple ethnic groups - White and Asian",
        "Mixed or multiple ethnic groups - Any other Mixed or multiple ethnic background",
        "Asian or Asian British - Indian",
        "Asian or Asian British - Pakistani",
        "Asian or Asian British - Bangladeshi",
        "Asian or Asian British - Chinese",
        "Asian or Asian British - Any other Asian background",
        "Black, Black British, Caribbean or African - African",
        "Black, Black British, Caribbean or African - Caribbean",
        "Black, Black British, Caribbean or African - Any other Black, Black British or "
        "Caribbean background",
        "Other ethnic group - Arab",
        "Other ethnic group - Any other ethnic group",
        "No data - Refused",
        "No data - Undeclared or Not known",
    };
    return list;
}

const QByteArrayList& CldCodeLists::ethnicGroups()
{
    static const QByteArray white = "White";
    static const QByteArray mixed = "Mixed / multiple ethnic groups";
    static const QByteArray asian = "Asian / Asian British";
    static const QByteArray black = "Black / African / Caribbean / Black British";
    static const QByteArray other = "Other Ethnic Group";
    static const QByteArray noData = "No Data";
    static const QByteArrayList list {
        white, white, white, white, white, mixed, mixed, mixed, mixed,  asian,  asian,
        asian, asian, asian, black, black, black, other, other, noData, noData,
    };
    return list;
}

const QByteArrayList& CldCodeLists::clientTypes()
{
    static const QByteArrayList list {"Service User", "Carer", "Carer known by association"};
    return list;
}

const QByteArrayList& CldCodeLists::primarySupportReasons()
{
    static const QByteArrayList list {
        "Physical Support: Access & mobility only",
        "Physical Support: Personal care support",
        "Sensory Support: Support for visual impairment",
        "Sensory Support: Support for hearing impairment",
        "Sensory Support: Support for dual impairment",
        "Support with Memory & Cognition",
        "Learning Disability Support",
        "Mental Health Support",
        "Social Support: Substance misuse support",
        "Social Support: Asylum seeker support",
        "Social Support: Support for Social Isolation/Other",
        "Social Support: Support to Carer",
        "Unknown",
    };
    return list;
}

const QByteArrayList& CldCodeLists::hasUnpaidCarer()
{
    static const QByteArrayList list {"Yes", "No", "Unknown"};
    return list;
}

namespace {

constexpr qsizetype kSettledAccommodationStatuses = 9;

} // namespace

const QByteArrayList& CldCodeLists::accommodationStatuses()
{
    static const QByteArrayList list {
        // Settled (1)
        "Owner occupier or shared ownership scheme",
        "Tenant",
        "Tenant - private landlord",
        "Settled mainstream housing with family / friends",
        "Supported accommodation / supported lodgings / supported group home",
        "Shared Lives scheme",
        "Approved premises for offenders released from prison or under probation supervision",
        "Sheltered housing / extra care housing / other sheltered housing",
        "Mobile accommodation for Gypsy / Roma and Traveller communities",
        // Not settled (0)
        "Rough sleeper / squatting",
        "Night shelter / emergency hostel / direct access hostel",
        "Refuge",
        "Placed in temporary accommodation by the council (inc. homelessness resettlement)",
        "Staying with family / friends as a short-term guest",
        "Acute / long-term healthcare residential facility or hospital",
        "Registered care home",
        "Registered nursing home",
        "Prison / Young offenders institution / detention centre",
        "Other temporary accommodation",
        "Unknown",
    };
    return list;
}

bool CldCodeLists::isSettled(const QByteArray& accommodationStatus)
{
    const qsizetype index = accommodationStatuses().indexOf(accommodationStatus);
    return index >= 0 && index < kSettledAccommodationStatuses;
}

const QByteArrayList& CldCodeLists::employmentStatuses()
{
    static const QByteArrayList list {
        "Paid: Less than 16 hours a week",
        "Paid: 16 or more hours a week",
        "Paid: Hours per week unknown",
        "Not in Paid Employment (seeking work)",
        "Not in Paid Employment (not actively seeking work / retired)",
        "Not in Paid Employment (voluntary work only)",
        "Unknown",
    };
    return list;
}

const QByteArrayList& CldCodeLists::clientFundingStatuses()
{
    static const QByteArrayList list {
        "Fully Funded by LA",
        "Client Contribution",
        "Self-Funded",
        "Unknown",
    };
    return list;
}

const QByteArrayList& CldCodeLists::eventTypes()
{
    static const QByteArrayList list {"Request", "Assessment", "Service", "Review"};
    return list;
}

const QByteArrayList& CldCodeLists::eventOutcomes()
{
    static const QByteArrayList list {
        "Progress to Reablement/ST-Max",
        "Progress to Assessment",
        "Admitted to hospital",
        "Progress to Re-assessment / Unplanned Review",
        "Progress to Support Planning / Services",
        "Progress to End of Life Care",
        "No change in package",
        "Service ended as planned",
        "Progress to financial assessment",
        "Provision of service",
        "NFA - Deceased",
        "NFA - Moved to another LA",
        "NFA - 100% NHS funded care",
        "NFA - Information & Advice / Signposting only",
        "NFA - Self-funded client (Inc. 12wk disregard)",
        "NFA - Support declined",
        "NFA - Support ended: Other reason",
        "NFA - No services offered: Other reason",
        "NFA- Other",
    };
    return list;
}

const QByteArrayList& CldCodeLists::eventOutcomeVariants()
{
    static const QByteArrayList list {
        "Admitted to Hospital",
        "NFA - 100% NHS-funded care",
        "NFA - Support ended – other reason",
        "NFA - No services offered - other reason",
        "Service Ended as Planned",
        "NFA - Self-funded client (inc. 12wk disregard)",
    };
    return list;
}

const QByteArrayList& CldCodeLists::eventOutcomeVariantsCanonical()
{
    static const QByteArrayList list {
        "Admitted to hospital",
        "NFA - 100% NHS funded care",
        "NFA - Support ended: Other reason",
        "NFA - No services offered: Other reason",
        "Service ended as planned",
        "NFA - Self-funded client (Inc. 12wk disregard)",
    };
    return list;
}

const QByteArrayList& CldCodeLists::invalidEventOutcomes()
{
    static const QByteArrayList list {"Closed", "Completed", "Ongoing", "NFA", "Other"};
    return list;
}

const QByteArrayList& CldCodeLists::routesOfAccess()
{
    static const QByteArrayList list {
        "Planned Entry (Transition)",
        "Discharge from Hospital",
        "Diversion from Hospital Services",
        "Community / Other route",
        "Prison",
        "Self-Funder",
        "Discharge from Reablement",
        "Transfer from Other LA",
    };
    return list;
}

const QByteArrayList& CldCodeLists::assessmentTypes()
{
    static const QByteArrayList list {
        "Long Term Assessment", "Short Term Assessment", "Financial Assessment",
        "Carer Assessment",     "Joint Assessment",
    };
    return list;
}

const QByteArrayList& CldCodeLists::eligibleNeedsIdentified()
{
    static const QByteArrayList list {"Yes", "No"};
    return list;
}

const QByteArrayList& CldCodeLists::reviewReasons()
{
    static const QByteArrayList list {
        "Planned",
        "Unplanned - Hospital (Planned and unplanned episodes)",
        "Unplanned - Carer related",
        "Unplanned - Safeguarding concern",
        "Unplanned - Other Reason",
        "Unplanned - Provider Failure",
        "Unplanned - Change in Commissioning arrangements",
    };
    return list;
}

const QByteArrayList& CldCodeLists::serviceTypes()
{
    static const QByteArrayList list {
        "Long Term Support: Nursing Care",
        "Long Term Support: Residential Care",
        "Long Term Support: Community",
        "Long Term Support: Prison",
        "Short Term Support: ST-Max",
        "Short Term Support: Ongoing Low Level",
        "Short Term Support: Other Short Term",
        "Carer Support: Direct to Carer",
        "Carer Support: Support involving the person cared-for",
    };
    return list;
}

const QByteArrayList& CldCodeLists::serviceComponents()
{
    static const QByteArrayList list {
        "Direct Payment",
        "Home Care",
        "Personal Care",
        "Day Care",
        "Equipment / Adaptations",
        "Telecare",
        "Supported Living",
        "Shared Lives",
        "Extra Care Housing",
        "Residential Care",
        "Nursing Care",
        "Short Term Residential Care",
        "Short Term Nursing Care",
        "Reablement",
        "Carer Respite",
        "Meals",
        "Transport",
        "Other",
    };
    return list;
}

const QByteArrayList& CldCodeLists::deliveryMechanisms()
{
    static const QByteArrayList list {
        "Direct Payment",
        "CASSR Managed Personal Budget",
        "CASSR Commissioned support",
    };
    return list;
}

const QByteArrayList& CldCodeLists::costFrequencies()
{
    static const QByteArrayList list {"Hourly", "Daily", "Weekly", "Per Session", "One-Off"};
    return list;
}

} // namespace egress::sample
