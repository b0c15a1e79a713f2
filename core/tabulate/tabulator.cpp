#include "tabulator.h"

#include "byteinterner.h"
#include "categoryorder.h"
#include "cellaccumulator.h"
#include "csvrecordscanner.h"
#include "fieldtext.h"
#include "io/inputerror.h"
#include "microdataheader.h"
#include "microdatavalue.h"
#include "recordpipeline.h"
#include "samebytes.h"
#include "tableassembler.h"
#include "tabulatedcells.h"
#include "unitcontributions.h"

#include <QFile>
#include <QSet>
#include <QStringDecoder>
#include <QThread>

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace egress::tabulate {
namespace {

// Margins over d dimensions make 2^d cells per inner cell.
constexpr int kMaxDimensionsWithMargins = 8;
constexpr qint64 kProgressStep = qint64(8) << 20;

std::string_view bytesOf(const std::vector<quint32>& key)
{
    return {reinterpret_cast<const char*>(key.data()), key.size() * sizeof(quint32)};
}

quint32 keyPart(std::string_view key, std::size_t index)
{
    quint32 part = 0;
    std::memcpy(&part, key.data() + index * sizeof(quint32), sizeof part);
    return part;
}

QString shortened(std::string_view text)
{
    QString decoded = QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (decoded.size() > 40)
        decoded = decoded.left(40) + QStringLiteral("…");
    return decoded;
}

struct Contribution
{
    quint32 cell;
    double total;
    bool hasValue;
};

// One tabulation: the state of the pass over the rows and of the summaries after it.
class TabulationRun
{
public:
    // fd, when not -1, is the file data maps, to be read instead (see CsvRecordScanner).
    TabulationRun(const char* data, qint64 size, int fd, QString fileName,
                  const TabulationSpec& spec, Tabulator::Threads threads,
                  const Tabulator::Progress& progress)
        : m_data(data)
        , m_size(size)
        , m_fd(fd)
        , m_fileName(std::move(fileName))
        , m_spec(spec)
        , m_threaded(
              threads == Tabulator::Threads::Two
              || (threads == Tabulator::Threads::Automatic && QThread::idealThreadCount() > 1))
        , m_progress(progress)
    { }

    Tabulation run();

private:
    void resolveColumns(const MicrodataHeader& header);
    void processBatch(const CsvRecordBatch& batch, const CsvRecordScanner& scanner);
    quint32 categoryOf(std::size_t dimension, const CsvRecordBatch& batch, int record,
                       const CsvRecordScanner& scanner);

    // A row's unit id: the first of the unit columns not empty there (text empty if none).
    struct UnitText
    {
        std::size_t column;
        std::string_view text;
    };
    // What the unit of a row is, next to the previous row's, worked out for a whole batch ahead
    // of the rows, so that the unit table's slot of a new one can be fetched from memory while
    // the rows before it are tabulated.
    struct UnitStep
    {
        enum class Kind : quint8
        {
            None, // no unit id
            Same, // the previous row's unit
            New, // another id: hash is its key's
        };
        Kind kind;
        quint64 hash;
    };
    UnitText unitTextOf(const CsvRecordBatch& batch, int record);
    std::string_view unitKeyOf(UnitText unit);
    void hashUnits(const CsvRecordBatch& batch);
    quint32 outputCellOf(quint32 baseCell, quint32 mask);
    void summariseUnits();
    void summariseUnits(quint32 firstMask, quint32 maskStep);
    TabulatedCells collectCells();

    // slot: where the scanner cuts the column's field (see m_wanted).
    [[noreturn]] void fail(const QString& problem, const CsvRecordBatch& batch, int record,
                           int slot, int column, const CsvRecordScanner& scanner) const
    {
        throw io::InputError(m_fileName, problem, scanner.lineOf(batch.fieldOffset(record, slot)),
                             column + 1);
    }

    const char* m_data;
    qint64 m_size;
    int m_fd;
    QString m_fileName;
    const TabulationSpec& m_spec;
    bool m_threaded;
    const Tabulator::Progress& m_progress;

    QStringList m_columnNames;
    std::vector<int> m_wanted; // the columns the scanner cuts, ascending
    std::vector<int> m_dimensionColumns; // rows, then cols
    std::vector<int> m_dimensionSlots; // their places in m_wanted
    std::vector<int> m_unitColumns;
    std::vector<int> m_unitSlots;
    int m_valueColumn = -1;
    int m_valueSlot = -1;
    bool m_countOnly = true;
    quint32 m_masks = 1;

    // Per dimension: its categories, how many of them have been checked, and the last row's
    // (its raw bytes copied: a batch's bytes do not outlive it).
    std::vector<ByteInterner> m_categories;
    std::vector<quint32> m_checkedCategories;
    std::vector<std::string> m_lastRaw;
    std::vector<quint32> m_lastCategory;
    std::string m_buffer;

    ByteInterner m_baseCells; // keys: a category index per dimension
    std::vector<qint64> m_missingRows; // per base cell
    quint32 m_lastCell = ByteInterner::kAbsent;

    ByteInterner m_units;
    std::string m_unitKey;
    std::vector<UnitStep> m_unitSteps; // per record of the batch
    std::size_t m_lastUnitColumn = std::size_t(-1); // of the last row with a unit id
    std::string m_lastUnitText;
    quint32 m_lastUnit = ByteInterner::kAbsent;
    UnitContributions m_contributions;

    ByteInterner m_outputCells; // keys as for base cells, TabulatedCells::kTotal for margins
    std::vector<quint32> m_outputOf; // base cell × mask → output cell
    std::vector<CellAccumulator> m_accumulators; // per output cell

    Tabulation m_result;
};

void TabulationRun::resolveColumns(const MicrodataHeader& header)
{
    m_columnNames = header.columns;
    for (const QString& name : m_spec.rows + m_spec.cols)
        m_dimensionColumns.push_back(
            header.indexOf(name, QStringLiteral("a dimension"), m_fileName));
    for (const QString& name : m_spec.unit)
        m_unitColumns.push_back(header.indexOf(name, QStringLiteral("the unit id"), m_fileName));
    if (!m_spec.value.isEmpty())
        m_valueColumn = header.indexOf(m_spec.value, QStringLiteral("the value"), m_fileName);
    m_countOnly = !needsValue(m_spec.statistics);
    m_masks = m_spec.margins ? quint32(1) << m_dimensionColumns.size() : 1;

    // The scanner cuts only these fields out of each record.
    m_wanted = m_dimensionColumns;
    m_wanted.insert(m_wanted.end(), m_unitColumns.begin(), m_unitColumns.end());
    if (m_valueColumn >= 0)
        m_wanted.push_back(m_valueColumn);
    std::sort(m_wanted.begin(), m_wanted.end());
    m_wanted.erase(std::unique(m_wanted.begin(), m_wanted.end()), m_wanted.end());
    const auto slotOf = [this](int column) {
        return int(std::lower_bound(m_wanted.begin(), m_wanted.end(), column) - m_wanted.begin());
    };
    for (const int column : m_dimensionColumns)
        m_dimensionSlots.push_back(slotOf(column));
    for (const int column : m_unitColumns)
        m_unitSlots.push_back(slotOf(column));
    if (m_valueColumn >= 0)
        m_valueSlot = slotOf(m_valueColumn);

    const std::size_t dimensions = m_dimensionColumns.size();
    m_categories.resize(dimensions);
    m_checkedCategories.assign(dimensions, 0);
    m_lastRaw.assign(dimensions, std::string());
    m_lastCategory.assign(dimensions, ByteInterner::kAbsent);
}

quint32 TabulationRun::categoryOf(std::size_t dimension, const CsvRecordBatch& batch, int record,
                                  const CsvRecordScanner& scanner)
{
    const int slot = m_dimensionSlots[dimension];
    const std::string_view raw = batch.field(record, slot);
    // Neighbouring rows mostly share their categories: one comparison, no hashing.
    if (m_lastCategory[dimension] != ByteInterner::kAbsent && sameBytes(raw, m_lastRaw[dimension]))
        return m_lastCategory[dimension];
    std::string_view text = fieldText(raw, m_buffer);
    static const QByteArray missing = missingCategory().toUtf8();
    if (text.empty())
        text = std::string_view(missing.constData(), std::size_t(missing.size()));
    ByteInterner& categories = m_categories[dimension];
    const quint32 category = categories.intern(text);
    if (category >= m_checkedCategories[dimension]) {
        // A new category: checked once, where it first appears.
        const int column = m_dimensionColumns[dimension];
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString label = decoder.decode(QByteArrayView(text.data(), qsizetype(text.size())));
        if (decoder.hasError())
            fail(QStringLiteral("a value in column '%1' is not valid UTF-8")
                     .arg(m_columnNames.at(column)),
                 batch, record, slot, column, scanner);
        if (table::Table::isMarginLabel(label)) {
            fail(QStringLiteral("category '%1' in column '%2' would read as a margin (Total, "
                                "All and Overall name margins): rename it")
                     .arg(label, m_columnNames.at(column)),
                 batch, record, slot, column, scanner);
        }
        m_checkedCategories[dimension] = category + 1;
    }
    m_lastRaw[dimension] = raw;
    m_lastCategory[dimension] = category;
    return category;
}

quint32 TabulationRun::outputCellOf(quint32 baseCell, quint32 mask)
{
    const std::size_t slot = std::size_t(baseCell) * m_masks + mask;
    if (m_outputOf.size() <= slot)
        m_outputOf.resize((std::size_t(baseCell) + 1) * m_masks, ByteInterner::kAbsent);
    if (m_outputOf[slot] != ByteInterner::kAbsent)
        return m_outputOf[slot];
    const std::string_view base = m_baseCells.at(baseCell);
    std::vector<quint32> key(m_dimensionColumns.size());
    for (std::size_t d = 0; d < key.size(); ++d)
        key[d] = (mask >> d) & 1 ? TabulatedCells::kTotal : keyPart(base, d);
    const quint32 output = m_outputCells.intern(bytesOf(key));
    if (output == m_accumulators.size())
        m_accumulators.emplace_back(m_spec.statistics.contains(Statistic::Median));
    m_outputOf[slot] = output;
    return output;
}

TabulationRun::UnitText TabulationRun::unitTextOf(const CsvRecordBatch& batch, int record)
{
    for (std::size_t k = 0; k < m_unitSlots.size(); ++k) {
        const std::string_view text = fieldText(batch.field(record, m_unitSlots[k]), m_buffer);
        if (!text.empty())
            return {k, text};
    }
    return {0, {}};
}

std::string_view TabulationRun::unitKeyOf(UnitText unit)
{
    if (m_unitSlots.size() == 1)
        return unit.text;
    // Which column the id came from is part of it: ids from different columns are different
    // people even when they happen to be spelt alike.
    m_unitKey.assign(1, char(unit.column));
    m_unitKey.append(unit.text);
    return m_unitKey;
}

void TabulationRun::hashUnits(const CsvRecordBatch& batch)
{
    m_unitSteps.resize(std::size_t(batch.count()));
    for (int record = 0; record < batch.count(); ++record) {
        UnitStep& step = m_unitSteps[std::size_t(record)];
        const UnitText unit = unitTextOf(batch, record);
        if (unit.text.empty()) {
            step = {UnitStep::Kind::None, 0};
        } else if (unit.column == m_lastUnitColumn && sameBytes(unit.text, m_lastUnitText)) {
            // A person's rows mostly come together: one comparison, no hashing.
            step = {UnitStep::Kind::Same, 0};
        } else {
            step = {UnitStep::Kind::New, ByteInterner::hash(unitKeyOf(unit))};
            m_lastUnitColumn = unit.column;
            m_lastUnitText.assign(unit.text);
        }
    }
}

void TabulationRun::processBatch(const CsvRecordBatch& batch, const CsvRecordScanner& scanner)
{
    const bool byUnit = !m_unitColumns.empty();
    if (byUnit)
        hashUnits(batch);
    // How many rows ahead the unit table's slot is fetched: enough to hide a miss to memory,
    // few enough for the fetches to stay in flight.
    constexpr int kAhead = 16;
    for (int record = 0; record < batch.count(); ++record) {
        ++m_result.rowsRead;

        quint32 unit = ByteInterner::kAbsent;
        if (byUnit) {
            if (record + kAhead < batch.count()) {
                const UnitStep& ahead = m_unitSteps[std::size_t(record + kAhead)];
                if (ahead.kind == UnitStep::Kind::New)
                    m_units.prefetch(ahead.hash);
            }
            const UnitStep& step = m_unitSteps[std::size_t(record)];
            if (step.kind == UnitStep::Kind::Same) {
                unit = m_lastUnit;
            } else if (step.kind == UnitStep::Kind::New) {
                unit = m_units.intern(unitKeyOf(unitTextOf(batch, record)), step.hash);
                m_lastUnit = unit;
            }
        }

        double value = 0.0;
        bool hasValue = true;
        if (m_valueColumn >= 0) {
            const std::string_view text = fieldText(batch.field(record, m_valueSlot), m_buffer);
            const MicrodataValue parsed = MicrodataValue::parse(text);
            if (parsed.kind == MicrodataValue::Kind::Invalid) {
                fail(QStringLiteral("'%1' in value column '%2' is not a number")
                         .arg(shortened(text), m_spec.value),
                     batch, record, m_valueSlot, m_valueColumn, scanner);
            }
            hasValue = parsed.kind == MicrodataValue::Kind::Number;
            value = parsed.number;
        }
        if (byUnit && unit == ByteInterner::kAbsent) {
            ++m_result.rowsWithoutUnit;
            continue;
        }

        bool sameCell = m_lastCell != ByteInterner::kAbsent;
        for (std::size_t d = 0; d < m_dimensionColumns.size(); ++d) {
            const quint32 before = m_lastCategory[d];
            const quint32 category = categoryOf(d, batch, record, scanner);
            sameCell = sameCell && category == before;
        }
        quint32 cell = m_lastCell;
        if (!sameCell) {
            cell = m_baseCells.intern(bytesOf(m_lastCategory));
            if (cell > UnitContributions::kMaxCells)
                throw std::length_error("too many cells");
            if (cell == m_missingRows.size())
                m_missingRows.push_back(0);
            m_lastCell = cell;
        }
        if (!hasValue) {
            ++m_missingRows[cell];
            ++m_result.missingValues;
        }

        if (byUnit) {
            m_contributions.add(unit, cell, m_countOnly ? 0.0 : value, hasValue);
        } else if (hasValue) {
            // Every row is its own unit: its total is its value, in its cell and every margin.
            ++m_result.units;
            for (quint32 mask = 0; mask < m_masks; ++mask)
                m_accumulators[outputCellOf(cell, mask)].add(m_countOnly ? 1.0 : value);
        }
    }
}

void TabulationRun::summariseUnits()
{
    m_result.units = m_contributions.unitCount();
    if (!m_threaded || m_masks < 2) {
        summariseUnits(0, 1);
        return;
    }
    // Each margin mask has cells of its own, so two threads can share the masks: every cell
    // still sees the same totals in the same order as with one.
    std::exception_ptr error;
    std::thread helper([this, &error] {
        try {
            summariseUnits(1, 2);
        } catch (...) {
            error = std::current_exception();
        }
    });
    try {
        summariseUnits(0, 2);
    } catch (...) {
        helper.join();
        throw;
    }
    helper.join();
    if (error)
        std::rethrow_exception(error);
}

void TabulationRun::summariseUnits(quint32 firstMask, quint32 maskStep)
{
    // Units in order of first appearance, so that every cell sees its totals in file order and
    // a tabulation gives the same bytes every time. Every output cell exists by now: the map
    // from base cell and margin mask is a plain lookup.
    const quint32* outputOf = m_outputOf.data();
    const auto byCell
        = [](const Contribution& a, const Contribution& b) { return a.cell < b.cell; };
    std::vector<Contribution> own;
    std::vector<Contribution> mapped;
    for (quint32 unit = 0; unit < m_contributions.unitCount(); ++unit) {
        own.clear();
        m_contributions.forEachCell(unit, [&own](quint32 cell, double total, bool hasValue) {
            own.push_back({cell, total, hasValue});
        });
        if (own.size() == 1) {
            // Most units have rows in one cell: it and its margins get the unit's total.
            const Contribution& only = own.front();
            if (only.hasValue) {
                for (quint32 mask = firstMask; mask < m_masks; mask += maskStep)
                    m_accumulators[outputOf[std::size_t(only.cell) * m_masks + mask]].add(
                        m_countOnly ? 1.0 : only.total);
            }
            continue;
        }
        std::sort(own.begin(), own.end(), byCell);
        for (quint32 mask = firstMask; mask < m_masks; mask += maskStep) {
            mapped.clear();
            for (const Contribution& contribution : own)
                mapped.push_back({outputOf[std::size_t(contribution.cell) * m_masks + mask],
                                  contribution.total, contribution.hasValue});
            // A margin sums the unit's totals over the cells it covers: one contributor.
            std::sort(mapped.begin(), mapped.end(), byCell);
            for (std::size_t i = 0; i < mapped.size();) {
                Contribution merged = mapped[i];
                for (++i; i < mapped.size() && mapped[i].cell == merged.cell; ++i) {
                    merged.total += mapped[i].total;
                    merged.hasValue = merged.hasValue || mapped[i].hasValue;
                }
                if (merged.hasValue)
                    m_accumulators[merged.cell].add(m_countOnly ? 1.0 : merged.total);
            }
        }
    }
}

TabulatedCells TabulationRun::collectCells()
{
    TabulatedCells cells;
    cells.rowDimensions = m_spec.rows;
    cells.columnDimensions = m_spec.cols;
    for (const ByteInterner& categories : m_categories) {
        QStringList labels;
        for (quint32 i = 0; i < categories.size(); ++i) {
            const std::string_view bytes = categories.at(i);
            labels.append(QString::fromUtf8(bytes.data(), qsizetype(bytes.size())));
        }
        cells.categories.append(labels);
    }
    cells.missing.assign(m_outputCells.size(), 0);
    for (quint32 base = 0; base < m_baseCells.size(); ++base) {
        for (quint32 mask = 0; mask < m_masks; ++mask)
            cells.missing[outputCellOf(base, mask)] += m_missingRows[base];
    }
    const std::size_t dimensions = m_dimensionColumns.size();
    for (quint32 output = 0; output < m_outputCells.size(); ++output) {
        const std::string_view key = m_outputCells.at(output);
        for (std::size_t d = 0; d < dimensions; ++d)
            cells.keys.push_back(keyPart(key, d));
        cells.summaries.push_back(m_accumulators[output].summarise());
    }
    return cells;
}

Tabulation TabulationRun::run()
{
    const MicrodataHeader header = MicrodataHeader::read(m_data, m_size, m_fileName);
    resolveColumns(header);
    CsvRecordScanner scanner(m_data, m_size, header.dataBegin, header.delimiter,
                             int(header.columns.size()), m_wanted, m_fileName, m_fd);
    {
        RecordPipeline pipeline(scanner, m_threaded);
        qint64 reported = 0;
        while (const CsvRecordBatch* batch = pipeline.next()) {
            processBatch(*batch, scanner);
            if (m_progress && batch->end() - reported >= kProgressStep) {
                reported = batch->end();
                m_progress(reported, m_size);
            }
        }
    }
    if (m_result.rowsRead == 0)
        throw io::InputError(m_fileName, QStringLiteral("has a header line but no data rows"), 1);
    if (m_baseCells.size() == 0) {
        throw io::InputError(m_fileName,
                             QStringLiteral("no row has a unit id in %1: there is nothing to "
                                            "tabulate")
                                 .arg(m_spec.unit.join(QStringLiteral(" or "))));
    }
    if (m_progress)
        m_progress(m_size, m_size);

    // Every cell, margins included, exists before the units are summarised into them.
    for (quint32 base = 0; base < m_baseCells.size(); ++base) {
        for (quint32 mask = 0; mask < m_masks; ++mask)
            outputCellOf(base, mask);
    }
    if (!m_unitColumns.empty())
        summariseUnits();
    const TabulatedCells cells = collectCells();
    TableAssembler::assemble(cells, m_spec, m_result.table, m_result.evidence);
    return std::move(m_result);
}

} // namespace

void Tabulator::validate(const TabulationSpec& spec)
{
    if (spec.rows.isEmpty())
        throw std::invalid_argument("name at least one row dimension");
    QSet<QString> dimensions;
    for (const QString& name : spec.rows + spec.cols) {
        if (name.trimmed().isEmpty())
            throw std::invalid_argument("a dimension has an empty name");
        if (dimensions.contains(name.trimmed()))
            throw std::invalid_argument(
                QStringLiteral("dimension '%1' is named twice").arg(name).toStdString());
        dimensions.insert(name.trimmed());
    }
    if (spec.margins && dimensions.size() > kMaxDimensionsWithMargins) {
        throw std::invalid_argument(QStringLiteral("margins over more than %1 dimensions are "
                                                   "too many cells to check")
                                        .arg(kMaxDimensionsWithMargins)
                                        .toStdString());
    }
    if (spec.statistics.isEmpty())
        throw std::invalid_argument("name at least one statistic");
    for (qsizetype i = 0; i < spec.statistics.size(); ++i) {
        if (spec.statistics.indexOf(spec.statistics.at(i)) != i)
            throw std::invalid_argument(QStringLiteral("statistic '%1' is named twice")
                                            .arg(toString(spec.statistics.at(i)))
                                            .toStdString());
        if (needsValue(spec.statistics.at(i)) && spec.value.trimmed().isEmpty())
            throw std::invalid_argument(QStringLiteral("statistic '%1' needs a value column")
                                            .arg(toString(spec.statistics.at(i)))
                                            .toStdString());
    }
    for (const QString& name : spec.unit) {
        if (name.trimmed().isEmpty())
            throw std::invalid_argument("a unit id column has an empty name");
    }
}

Tabulation Tabulator::tabulate(const QString& csvPath, const TabulationSpec& spec,
                               const Progress& progress, Threads threads)
{
    validate(spec);
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        throw io::InputError(csvPath,
                             QStringLiteral("cannot be opened: %1").arg(file.errorString()));
    const qint64 size = file.size();
    if (size == 0) {
        throw io::InputError(csvPath,
                             QStringLiteral("the file is empty: expected a header line and at "
                                            "least one row"));
    }
    // Mapped for the header and for counting lines in error messages; the records are read.
    if (const uchar* mapped = file.map(0, size)) {
        return TabulationRun(reinterpret_cast<const char*>(mapped), size, file.handle(), csvPath,
                             spec, threads, progress)
            .run();
    }
    // Not mappable (a pipe, some network file systems): read it whole instead.
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw io::InputError(csvPath, QStringLiteral("cannot be read: %1").arg(file.errorString()));
    return tabulate(bytes, csvPath, spec, progress, threads);
}

Tabulation Tabulator::tabulate(const QByteArray& csv, const QString& fileName,
                               const TabulationSpec& spec, const Progress& progress,
                               Threads threads)
{
    validate(spec);
    if (csv.isEmpty()) {
        throw io::InputError(fileName,
                             QStringLiteral("the file is empty: expected a header line and at "
                                            "least one row"));
    }
    return TabulationRun(csv.constData(), csv.size(), -1, fileName, spec, threads, progress).run();
}

} // namespace egress::tabulate
