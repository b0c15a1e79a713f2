#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>

namespace egress::sample {

class SeededRandom;

// A categorical draw: each value chosen in proportion to its integer weight. Every value must
// come from the code list given, so that a typing slip in a table of weights cannot put a value
// into the data that NHS England's lists do not have. Values are kept CSV-encoded too, ready to
// be written.
class WeightedChoice
{
public:
    struct Option
    {
        const char* value;
        quint32 weight;
    };

    // Throws std::logic_error when a value is not in codeList or all weights are zero.
    WeightedChoice(const QList<Option>& options, const QByteArrayList& codeList);

    qsizetype pickIndex(SeededRandom& random) const;
    // The chosen value, CSV-encoded.
    const QByteArray& pick(SeededRandom& random) const { return m_csvValues.at(pickIndex(random)); }

    qsizetype size() const { return m_values.size(); }
    const QByteArray& value(qsizetype index) const { return m_values.at(index); }
    const QByteArray& csvValue(qsizetype index) const { return m_csvValues.at(index); }

private:
    QByteArrayList m_values;
    QByteArrayList m_csvValues;
    QList<quint64> m_cumulativeWeights;
};

} // namespace egress::sample
