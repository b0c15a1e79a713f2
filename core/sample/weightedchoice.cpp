#include "weightedchoice.h"

#include "io/csvfield.h"
#include "seededrandom.h"

#include <stdexcept>

namespace egress::sample {

WeightedChoice::WeightedChoice(const QList<Option>& options, const QByteArrayList& codeList)
{
    quint64 total = 0;
    for (const Option& option : options) {
        const QByteArray value(option.value);
        if (!codeList.contains(value))
            throw std::logic_error("not in the code list: " + value.toStdString());
        total += option.weight;
        m_values.append(value);
        m_csvValues.append(io::csvField(value));
        m_cumulativeWeights.append(total);
    }
    if (total == 0)
        throw std::logic_error("a weighted choice needs a positive weight");
}

qsizetype WeightedChoice::pickIndex(SeededRandom& random) const
{
    const quint64 drawn = random.below(m_cumulativeWeights.constLast());
    qsizetype index = 0;
    while (m_cumulativeWeights.at(index) <= drawn)
        ++index;
    return index;
}

} // namespace egress::sample
