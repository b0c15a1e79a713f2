#include "categoryorder.h"

#include "microdatavalue.h"

#include <algorithm>
#include <numeric>
#include <optional>
#include <vector>

namespace egress::tabulate {

QString missingCategory()
{
    return QStringLiteral("Missing");
}

QList<int> categoryRanks(const QStringList& categories)
{
    const QString missing = missingCategory();
    std::vector<std::optional<double>> numbers(std::size_t(categories.size()));
    bool allNumbers = true;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        if (categories.at(i) == missing)
            continue;
        const QByteArray utf8 = categories.at(i).toUtf8();
        const MicrodataValue value
            = MicrodataValue::parse(std::string_view(utf8.constData(), std::size_t(utf8.size())));
        if (value.kind == MicrodataValue::Kind::Number)
            numbers[std::size_t(i)] = value.number;
        else
            allNumbers = false;
    }

    std::vector<int> order(std::size_t(categories.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const QString& left = categories.at(a);
        const QString& right = categories.at(b);
        if ((left == missing) != (right == missing))
            return right == missing;
        if (allNumbers && left != missing) {
            const double x = *numbers[std::size_t(a)];
            const double y = *numbers[std::size_t(b)];
            if (x != y)
                return x < y;
        }
        // QString's operator< compares UTF-16 code units; for text outside the basic plane
        // that differs from code points, so compare those.
        return left.toUcs4() < right.toUcs4();
    });
    QList<int> ranks(categories.size());
    for (std::size_t position = 0; position < order.size(); ++position)
        ranks[order[position]] = int(position);
    return ranks;
}

} // namespace egress::tabulate
