#pragma once

#include "weightedchoice.h"

#include <QByteArray>
#include <QList>

namespace egress::sample {

// What the synthetic extract is made of: the weighted choices that carry the realism parameters
// of cld.md (shares of support reasons, settings, outcomes, …) and the single codes the
// generator writes. Every value is checked against its code list (CldCodeLists) once, when first
// used, and kept CSV-encoded.
struct CldChoices
{
    struct SupportReason
    {
        QByteArray csv;
        quint32 weight = 0;
        quint32 olderPerMille = 0; // how many of a thousand such clients are 65 or over
    };

    static const CldChoices& instance();

    // "E09000017,Hillingdon," in the order of CldCodeLists::boroughs()
    QList<QByteArray> boroughColumns;

    // Person
    QList<SupportReason> supportReasons;
    QList<SupportReason> prisonSupportReasons;
    QByteArray learningDisability;
    QByteArray supportToCarer;
    QByteArray unknownSupportReason;
    WeightedChoice gendersOlder;
    WeightedChoice gendersYounger;
    WeightedChoice gendersCarer;
    WeightedChoice ethnicities;
    QByteArray gypsyOrTraveller;
    QByteArray roma;
    WeightedChoice accommodationYounger;
    WeightedChoice accommodationOlder;
    WeightedChoice accommodationLearningDisability;
    WeightedChoice accommodationResidential;
    WeightedChoice accommodationNursing;
    QByteArray prisonAccommodation;
    QByteArray mobileAccommodation;
    WeightedChoice employmentOlder;
    WeightedChoice employmentLearningDisability;
    WeightedChoice employmentYounger;
    WeightedChoice employmentCarer;
    QByteArray employmentUnknown;
    WeightedChoice funding;
    WeightedChoice unpaidCarerServiceUser;
    WeightedChoice unpaidCarerCarer;
    QByteArray serviceUser;
    QByteArray carer;
    QByteArray carerByAssociation;

    // Events
    QByteArray request;
    QByteArray assessment;
    QByteArray service;
    QByteArray review;

    WeightedChoice routes;
    QByteArray communityRoute;
    QByteArray prisonRoute;
    QByteArray transitionRoute;
    WeightedChoice requestLeadsOn;
    WeightedChoice requestEnds;
    WeightedChoice carerRequest;

    QByteArray longTermAssessment;
    QByteArray shortTermAssessment;
    QByteArray financialAssessment;
    WeightedChoice carerAssessmentTypes;
    QByteArray eligible;
    QByteArray notEligible;
    WeightedChoice assessmentLeadsOn;
    WeightedChoice assessmentEnds;
    WeightedChoice carerAssessment;

    WeightedChoice reviewReasons;
    QByteArray plannedReview;
    WeightedChoice reviewOutcomes;
    WeightedChoice carerReviewOutcomes;

    WeightedChoice serviceEnds;
    QByteArray provisionOfService;
    QByteArray deceased;
    // Spelling variants and their canonical outcomes, index for index; invalid outcomes.
    QList<QByteArray> outcomeVariants;
    QList<QByteArray> outcomeVariantsCanonical;
    QList<QByteArray> invalidOutcomes;

    // Service types
    QByteArray nursingCare;
    QByteArray residentialCare;
    QByteArray community;
    QByteArray prison;
    QByteArray stMax;
    QByteArray lowLevel;
    QByteArray otherShortTerm;
    QByteArray directToCarer;
    QByteArray involvingCaredFor;

    // Service components
    QByteArray directPayment;
    QByteArray homeCare;
    QByteArray personalCare;
    QByteArray dayCare;
    QByteArray equipment;
    QByteArray telecare;
    QByteArray supportedLiving;
    QByteArray sharedLives;
    QByteArray extraCare;
    QByteArray residentialComponent;
    QByteArray nursingComponent;
    QByteArray shortTermResidential;
    QByteArray shortTermNursing;
    QByteArray reablement;
    QByteArray carerRespite;
    QByteArray meals;
    QByteArray transport;
    QByteArray otherComponent;

    // Delivery mechanisms
    QByteArray directPaymentMechanism;
    QByteArray managedBudget;
    QByteArray commissioned;

    // Cost frequencies
    QByteArray hourly;
    QByteArray daily;
    QByteArray weekly;
    QByteArray perSession;
    QByteArray oneOff;

private:
    CldChoices();
};

} // namespace egress::sample
