#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace egress::rules {

// Finds direct identifiers in text: NHS numbers (ten digits whose Modulus 11 check digit is
// valid), full UK postcodes, email addresses, and full dates of birth (a day, month and year
// that the text itself ties to birth: a date alone is far more often an event date than a birth
// date). What it found is returned masked, so that reporting a leak never repeats it.
class IdentifierScanner
{
public:
    enum class Kind
    {
        NhsNumber,
        Postcode,
        Email,
        DateOfBirth,
    };

    struct Match
    {
        Kind kind = Kind::NhsNumber;
        QString masked; // "943 *** **19", "SW1A ***", "j***@example.org", "**/**/1948"
    };

    // Matches in the order they stand in the text. birthContext: every full date in the text is
    // a date of birth, because a column or dimension says so.
    static QList<Match> scan(QStringView text, bool birthContext = false);
    // Ten ASCII digits, the tenth the Modulus 11 check digit of the first nine, and not one digit
    // repeated ten times (all ten such numbers pass the check; they are placeholders).
    static bool isValidNhsNumber(QStringView tenDigits);
    // A label or heading that mentions birth ("date_of_birth", "Der_Birth_Year", "DOB", "born").
    static bool speaksOfBirth(QStringView text);
    // "an NHS number", "a full postcode", …
    static QString describe(Kind kind);
};

} // namespace egress::rules
