#pragma once

#include <QByteArray>
#include <QByteArrayList>

namespace egress::sample {

// The columns and code lists of NHS England's Adult Social Care Client Level Data (CLD), as the
// synthetic North West London extract uses them (docs: cld.md). Strings are UTF-8, exactly as in
// NHS England's reference tables. Where cld.md gives no list (assessment type, funding status,
// delivery mechanism, cost frequency, most service components) the values are plausible ones of
// our own, marked so below. Every value the generator writes comes from one of these lists,
// the deliberate Event_Outcome spelling variants and invalid values included.
class CldCodeLists
{
public:
    struct Borough
    {
        QByteArray code; // ONS code, E09…
        QByteArray name;
        int legacyCode = 0; // the old three-digit CASSR code
    };

    // The 32 columns of one event row, in file order, NHS England's spelling.
    static const QByteArrayList& columns();

    // Hillingdon, Kensington and Chelsea, Westminster.
    static const QList<Borough>& boroughs();

    static const QByteArrayList& genders();
    // 21 values; ethnicGroups() holds the SALT group of each, index for index.
    static const QByteArrayList& ethnicities();
    static const QByteArrayList& ethnicGroups();
    static const QByteArrayList& clientTypes();
    static const QByteArrayList& primarySupportReasons();
    static const QByteArrayList& hasUnpaidCarer();
    // 20 values; the settled ones (ASCOF 2E, LTS004) first, as isSettled() tells.
    static const QByteArrayList& accommodationStatuses();
    static bool isSettled(const QByteArray& accommodationStatus);
    static const QByteArrayList& employmentStatuses();
    static const QByteArrayList& clientFundingStatuses(); // ours
    static const QByteArrayList& eventTypes();
    // The 19 canonical outcomes in NHS England's hierarchy order (ASCOF 2A: choose the first).
    static const QByteArrayList& eventOutcomes();
    // Spelling variants found in NHS England's own code; real data carries them.
    static const QByteArrayList& eventOutcomeVariants();
    // The canonical outcome each variant stands for, index for index with the variants.
    static const QByteArrayList& eventOutcomeVariantsCanonical();
    // Values that are no outcome at all; NHS England drops them as invalid.
    static const QByteArrayList& invalidEventOutcomes();
    static const QByteArrayList& routesOfAccess();
    static const QByteArrayList& assessmentTypes(); // ours, apart from 'Financial Assessment'
    static const QByteArrayList& eligibleNeedsIdentified(); // ours
    static const QByteArrayList& reviewReasons();
    static const QByteArrayList& serviceTypes();
    // 'Direct Payment', 'Short Term Residential Care', 'Short Term Nursing Care' and 'Carer
    // Respite' appear in NHS England's code; the others are ours.
    static const QByteArrayList& serviceComponents();
    static const QByteArrayList& deliveryMechanisms();
    static const QByteArrayList& costFrequencies(); // ours
};

} // namespace egress::sample
