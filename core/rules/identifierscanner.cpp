#include "identifierscanner.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace egress::rules {
namespace {

// How far apart a mention of birth and its date may stand: "date of birth: 07/03/1948" and
// "<th>DOB</th><td>1948-03-07</td>" are close; a date further along the line is another date.
constexpr qsizetype kDateAfterMention = 20;
// "07/03/1948 (DOB)": a date the mention follows closely.
constexpr qsizetype kDateBeforeMention = 12;

struct Located
{
    qsizetype start = 0;
    qsizetype end = 0;
    IdentifierScanner::Match match;
};

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

QString maskNhsNumber(const QString& digits)
{
    return digits.left(3) + QStringLiteral(" *** **") + digits.right(2);
}

QString maskEmail(const QString& email)
{
    const qsizetype at = email.indexOf(u'@');
    return email.left(1) + QStringLiteral("***") + email.mid(at);
}

// The postcode areas in use: the 121 of the United Kingdom, the three Crown dependencies
// (GY, IM, JE) and BF (British Forces). Checking the area keeps "Q1 2ND" or "H1 2ND" out.
bool isPostcodeArea(const QString& area)
{
    static const QSet<QString> areas = [] {
        QSet<QString> set;
        const QString all = QStringLiteral(
            "AB AL B BA BB BD BF BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL "
            "DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT "
            "KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR "
            "RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA "
            "WC WD WF WN WR WS WV YO ZE");
        for (const QString& code : all.split(u' '))
            set.insert(code);
        return set;
    }();
    return areas.contains(area);
}

// The letters the Royal Mail allows in each position (BS 7666): the letter ending a district
// such as W1A or EC1A, and the two letters of the inward code.
bool isPostcode(const QString& area, const QString& districtLetter, const QString& inwardLetters)
{
    static const QString singleAreaDistrictLetters = QStringLiteral("ABCDEFGHJKPSTUW");
    static const QString doubleAreaDistrictLetters = QStringLiteral("ABEHMNPRVWXY");
    static const QString inwardAllowed = QStringLiteral("ABDEFGHJLNPQRSTUWXYZ");
    if (!isPostcodeArea(area))
        return false;
    if (!districtLetter.isEmpty()
        && !(area.size() == 1 ? singleAreaDistrictLetters : doubleAreaDistrictLetters)
                .contains(districtLetter))
        return false;
    return inwardAllowed.contains(inwardLetters.at(0))
        && inwardAllowed.contains(inwardLetters.at(1));
}

bool plausibleBirthDate(int year, int month, int day)
{
    const QDate date(year, month, day);
    return date.isValid() && year >= 1890 && date <= QDate::currentDate();
}

void findNhsNumbers(QStringView text, QList<Located>& found)
{
    // 3-3-4 digits with one separator used throughout (none, spaces or hyphens), not part of a
    // longer run of digits or of a decimal number. A full stop that ends a sentence is fine.
    static const QRegularExpression nhsNumber(
        QStringLiteral("(?<!\\d)(?<!\\d\\.)(\\d{3})([ -]?)(\\d{3})\\2(\\d{4})(?!\\d)(?!\\.\\d)"));
    for (auto it = nhsNumber.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString digits = match.captured(1) + match.captured(3) + match.captured(4);
        if (IdentifierScanner::isValidNhsNumber(digits)) {
            found.append({match.capturedStart(),
                          match.capturedEnd(),
                          {IdentifierScanner::Kind::NhsNumber, maskNhsNumber(digits)}});
        }
    }
}

void findPostcodes(QStringView text, QList<Located>& found)
{
    static const QRegularExpression postcode(
        QStringLiteral("(?<![A-Za-z0-9])([A-Za-z]{1,2})(\\d[A-Za-z\\d]?)( ?)\\d([A-Za-z]{2})"
                       "(?![A-Za-z0-9])"));
    for (auto it = postcode.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const bool spaced = !match.captured(3).isEmpty();
        // Without the space only capitals count: "ba5e1ab" is far more often a hash or a word.
        if (!spaced && match.captured(0) != match.captured(0).toUpper())
            continue;
        const QString area = match.captured(1).toUpper();
        const QString district = match.captured(2).toUpper();
        const QString districtLetter
            = district.size() == 2 && !isAsciiDigit(district.at(1)) ? district.right(1) : QString();
        const QString outward = area + district;
        if (isPostcode(area, districtLetter, match.captured(4).toUpper())) {
            // The outward code (the district) is published in many tables; the inward code
            // narrows it to a handful of addresses.
            found.append({match.capturedStart(),
                          match.capturedEnd(),
                          {IdentifierScanner::Kind::Postcode, outward + QStringLiteral(" ***")}});
        }
    }
}

void findEmails(QStringView text, QList<Located>& found)
{
    static const QRegularExpression email(
        QStringLiteral("[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*"
                       "\\.([A-Za-z]{2,})(?![A-Za-z0-9-])"));
    // "logo@2x.png" in a web page names an image, not a mailbox; these are not top-level domains.
    static const QStringList imageSuffixes
        = {QStringLiteral("png"), QStringLiteral("jpg"),  QStringLiteral("jpeg"),
           QStringLiteral("gif"), QStringLiteral("svg"),  QStringLiteral("webp"),
           QStringLiteral("bmp"), QStringLiteral("tiff"), QStringLiteral("ico")};
    for (auto it = email.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (imageSuffixes.contains(match.captured(1).toLower()))
            continue;
        found.append({match.capturedStart(),
                      match.capturedEnd(),
                      {IdentifierScanner::Kind::Email, maskEmail(match.captured(0))}});
    }
}

// Every full date in the text that could be a birth date, masked to its year (birth year and
// month are published in CLD tables; the day is what identifies).
QList<Located> findFullDates(QStringView text)
{
    QList<Located> dates;
    const auto add = [&dates](const QRegularExpressionMatch& match, const QString& masked) {
        dates.append({match.capturedStart(),
                      match.capturedEnd(),
                      {IdentifierScanner::Kind::DateOfBirth, masked}});
    };

    static const QRegularExpression yearFirst(
        QStringLiteral("(?<![\\d.])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)(?!\\.\\d)"));
    for (auto it = yearFirst.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (plausibleBirthDate(match.captured(1).toInt(), match.captured(3).toInt(),
                               match.captured(4).toInt())) {
            const QString separator = match.captured(2);
            add(match,
                match.captured(1) + separator + QStringLiteral("**") + separator
                    + QStringLiteral("**"));
        }
    }

    // Day first as in the UK, or month first as in American exports: either reading will do.
    static const QRegularExpression dayFirst(
        QStringLiteral("(?<![\\d.])(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})(?!\\d)(?!\\.\\d)"));
    for (auto it = dayFirst.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int first = match.captured(1).toInt();
        const int second = match.captured(3).toInt();
        const int year = match.captured(4).toInt();
        if (plausibleBirthDate(year, second, first) || plausibleBirthDate(year, first, second)) {
            const QString separator = match.captured(2);
            add(match,
                QStringLiteral("**") + separator + QStringLiteral("**") + separator
                    + match.captured(4));
        }
    }

    // "7 March 1948", "07-Mar-1948", and SAS's "07MAR1948".
    static const QRegularExpression monthNamed(
        QStringLiteral("(?<![A-Za-z0-9])(\\d{1,2})(?:st|nd|rd|th)?[ -]?"
                       "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
                       "aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
                       "\\.?,?[ -]?(\\d{4})(?!\\d)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QStringList monthPrefixes = {
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    for (auto it = monthNamed.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int month = int(monthPrefixes.indexOf(match.captured(2).left(3).toLower())) + 1;
        if (plausibleBirthDate(match.captured(3).toInt(), month, match.captured(1).toInt()))
            add(match, QStringLiteral("** *** ") + match.captured(3));
    }

    std::sort(dates.begin(), dates.end(),
              [](const Located& a, const Located& b) { return a.start < b.start; });
    return dates;
}

const QRegularExpression& birthMention()
{
    // "birth" anywhere ("DateOfBirth", "Der_Birth_Year"); "dob" and "born" as words of their
    // own, underscores allowed ("patient_dob"), so that "stubborn" and "Doberman" say nothing.
    static const QRegularExpression mention(
        QStringLiteral("(?:date[ _-]*of[ _-]*)?birth|(?<![a-z])dob(?![a-z])|"
                       "(?<![a-z])born(?![a-z])"),
        QRegularExpression::CaseInsensitiveOption);
    return mention;
}

// Each mention of birth claims one date: the first full date after it, when that begins within
// kDateAfterMention characters, or else the last one before it, when that ends within
// kDateBeforeMention characters. Other dates on the line (admission, death, extract) stay
// unflagged.
void findDatesOfBirth(QStringView text, bool birthContext, QList<Located>& found)
{
    const QList<Located> dates = findFullDates(text);
    if (dates.isEmpty())
        return;
    if (birthContext) {
        found.append(dates);
        return;
    }
    QList<bool> claimed(dates.size(), false);
    for (auto it = birthMention().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch mention = it.next();
        const auto after = std::find_if(dates.cbegin(), dates.cend(), [&](const Located& date) {
            return date.start >= mention.capturedEnd();
        });
        if (after != dates.cend() && after->start - mention.capturedEnd() <= kDateAfterMention) {
            claimed[after - dates.cbegin()] = true;
            continue;
        }
        if (after != dates.cbegin()) {
            const auto before = after - 1;
            if (mention.capturedStart() - before->end >= 0
                && mention.capturedStart() - before->end <= kDateBeforeMention)
                claimed[before - dates.cbegin()] = true;
        }
    }
    for (qsizetype i = 0; i < dates.size(); ++i) {
        if (claimed.at(i))
            found.append(dates.at(i));
    }
}

} // namespace

bool IdentifierScanner::isValidNhsNumber(QStringView tenDigits)
{
    if (tenDigits.size() != 10 || !std::all_of(tenDigits.begin(), tenDigits.end(), isAsciiDigit))
        return false;
    if (std::all_of(tenDigits.begin(), tenDigits.end(),
                    [first = tenDigits.front()](QChar c) { return c == first; }))
        return false;
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += tenDigits[i].digitValue() * (10 - i);
    int check = 11 - sum % 11;
    if (check == 11)
        check = 0;
    return check != 10 && check == tenDigits[9].digitValue();
}

bool IdentifierScanner::speaksOfBirth(QStringView text)
{
    return birthMention().match(text).hasMatch();
}

QList<IdentifierScanner::Match> IdentifierScanner::scan(QStringView text, bool birthContext)
{
    QList<Located> found;
    findNhsNumbers(text, found);
    findPostcodes(text, found);
    findEmails(text, found);
    findDatesOfBirth(text, birthContext, found);
    std::stable_sort(found.begin(), found.end(),
                     [](const Located& a, const Located& b) { return a.start < b.start; });
    QList<Match> matches;
    for (const Located& located : found)
        matches.append(located.match);
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
