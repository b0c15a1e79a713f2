#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace egress::rules {

// Finds direct identifiers in text: NHS numbers (ten digits whose Modulus 11 check digit is
// valid), UK postcodes, email addresses, and full dates of birth (a day, month and year, where
// the text itself speaks of birth: a date alone is far more often an event date than a birth
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

    // birthContext: the text is known to hold dates of birth (a column or dimension named so).
    static QList<Match> scan(QStringView text, bool birthContext = false);
    // Ten digits, the tenth the Modulus 11 check digit of the first nine.
    static bool isValidNhsNumber(QStringView tenDigits);
    // A label or heading that announces dates of birth ("date_of_birth", "DOB", "Born").
    static bool speaksOfBirth(QStringView text);
    // "an NHS number", "a postcode", …
    static QString describe(Kind kind);
};

} // namespace egress::rules
