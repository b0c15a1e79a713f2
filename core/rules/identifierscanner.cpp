#include "identifierscanner.h"

#include <QDate>
#include <QRegularExpression>

namespace egress::rules {
namespace {

QString maskNhsNumber(const QString& digits)
{
    return digits.left(3) + QStringLiteral(" *** **") + digits.right(2);
}

QString maskPostcode(const QString& postcode)
{
    // The outward code (district) is published in many tables; the inward code narrows it to a
    // handful of addresses.
    return postcode.simplified().section(u' ', 0, 0).toUpper() + QStringLiteral(" ***");
}

QString maskEmail(const QString& email)
{
    const qsizetype at = email.indexOf(u'@');
    return email.left(1) + QStringLiteral("***") + email.mid(at);
}

bool plausibleBirthDate(int year, int month, int day)
{
    const QDate date(year, month, day);
    return date.isValid() && year >= 1890 && date <= QDate::currentDate();
}

} // namespace

bool IdentifierScanner::isValidNhsNumber(QStringView tenDigits)
{
    if (tenDigits.size() != 10)
        return false;
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        if (!tenDigits[i].isDigit())
            return false;
        sum += tenDigits[i].digitValue() * (10 - i);
    }
    if (!tenDigits[9].isDigit())
        return false;
    int check = 11 - sum % 11;
    if (check == 11)
        check = 0;
    return check != 10 && check == tenDigits[9].digitValue();
}

bool IdentifierScanner::speaksOfBirth(QStringView text)
{
    static const QRegularExpression birth(QStringLiteral("birth|\\bdob\\b|\\bborn\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    return birth.match(text).hasMatch();
}

QList<IdentifierScanner::Match> IdentifierScanner::scan(QStringView text, bool birthContext)
{
    QList<Match> matches;

    static const QRegularExpression nhsNumber(
        QStringLiteral("(?<![\\d.])(\\d{3})[ -]?(\\d{3})[ -]?(\\d{4})(?![\\d.])"));
    for (auto it = nhsNumber.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString digits = match.captured(1) + match.captured(2) + match.captured(3);
        if (isValidNhsNumber(digits))
            matches.append({Kind::NhsNumber, maskNhsNumber(digits)});
    }

    static const QRegularExpression postcode(
        QStringLiteral("\\b(?:[A-Z]{1,2}\\d[A-Z\\d]?|GIR) ?\\d[A-Z]{2}\\b"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = postcode.globalMatch(text); it.hasNext();) {
        const QString found = it.next().captured(0);
        // A postcode always has both parts; "AB12CD"-like codes without the space are accepted
        // only in capitals, where they are far less likely to be ordinary words.
        if (found.contains(u' ') || found == found.toUpper()) {
            const QString spaced = found.contains(u' ')
                ? found
                : found.left(found.size() - 3) + u' ' + found.right(3);
            matches.append({Kind::Postcode, maskPostcode(spaced)});
        }
    }

    static const QRegularExpression email(
        QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"));
    for (auto it = email.globalMatch(text); it.hasNext();)
        matches.append({Kind::Email, maskEmail(it.next().captured(0))});

    if (birthContext || speaksOfBirth(text)) {
        static const QRegularExpression isoDate(
            QStringLiteral("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b"));
        static const QRegularExpression ukDate(
            QStringLiteral("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b"));
        for (auto it = isoDate.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            if (plausibleBirthDate(match.captured(1).toInt(), match.captured(2).toInt(),
                                   match.captured(3).toInt()))
                matches.append({Kind::DateOfBirth, match.captured(1) + QStringLiteral("-**-**")});
        }
        for (auto it = ukDate.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            if (plausibleBirthDate(match.captured(3).toInt(), match.captured(2).toInt(),
                                   match.captured(1).toInt()))
                matches.append({Kind::DateOfBirth, QStringLiteral("**/**/") + match.captured(3)});
        }
    }
    return matches;
}

QString IdentifierScanner::describe(Kind kind)
{
    switch (kind) {
    case Kind::NhsNumber:
        return QStringLiteral("an NHS number");
    case Kind::Postcode:
        return QStringLiteral("a full postcode");
    case Kind::Email:
        return QStringLiteral("an email address");
    case Kind::DateOfBirth:
        return QStringLiteral("a full date of birth");
    }
    return QStringLiteral("an identifier");
}

} // namespace egress::rules
