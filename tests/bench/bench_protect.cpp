// Times secondary suppression and its LP audit on the hierarchical table of issue 5: 1,000
// areas nested in 50 groups × 10 age bands × 2 sexes (20,000 inner cells; with every subtotal
// about 35,000 published cells), Poisson counts with mean 6, primary when 0 ≤ n ≤ 3. Prints one
// Markdown table row per repeat and the median.

#include "protect/cellcomposition.h"
#include "protect/gausssuppression.h"
#include "protect/intervalaudit.h"
#include "table/table.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <random>
#include <sys/resource.h>

using egress::protect::CellComposition;
using egress::protect::CellInterval;
using egress::protect::GaussSuppression;
using egress::protect::IntervalAudit;
using egress::table::Cell;
using egress::table::LabelPath;
using egress::table::Table;

namespace {

constexpr int kGroups = 50;
constexpr int kAreasPerGroup = 20;
constexpr int kAges = 10;
constexpr int kSexes = 2;

// Rows (group, area) with each group's total and the grand total; columns (age, sex) with the
// totals over sex, over age, and over both. Margins are the sums of what they cover.
Table hierarchicalTable(quint64 seed)
{
    std::mt19937_64 random(seed);
    std::poisson_distribution<int> poisson(6.0);
    const int inner = kAges * kSexes;
    std::vector<std::vector<int>> counts(kGroups * kAreasPerGroup, std::vector<int>(inner));
    for (auto& area : counts)
        for (int& count : area)
            count = poisson(random);

    QList<LabelPath> columns;
    QList<std::pair<int, int>> columnKeys; // age, sex; -1 for the total over it
    for (int age = -1; age < kAges; ++age) {
        for (int sex = -1; sex < kSexes; ++sex) {
            columns.append({age < 0 ? QStringLiteral("Total") : QStringLiteral("age%1").arg(age),
                            sex < 0 ? QStringLiteral("Total") : QStringLiteral("sex%1").arg(sex)});
            columnKeys.append({age, sex});
        }
    }
    const auto valueOf = [&](const std::vector<int>& area, std::pair<int, int> key) {
        int sum = 0;
        for (int age = 0; age < kAges; ++age)
            for (int sex = 0; sex < kSexes; ++sex)
                if ((key.first < 0 || key.first == age) && (key.second < 0 || key.second == sex))
                    sum += area[std::size_t(age * kSexes + sex)];
        return sum;
    };

    QList<LabelPath> rows;
    QList<Cell> cells;
    const auto addRow = [&](const LabelPath& label, const std::vector<int>& area) {
        rows.append(label);
        for (const auto& key : columnKeys)
            cells.append({double(valueOf(area, key)), {}, {}});
    };
    std::vector<int> grand(inner, 0);
    for (int group = 0; group < kGroups; ++group) {
        std::vector<int> groupTotal(inner, 0);
        for (int a = 0; a < kAreasPerGroup; ++a) {
            const auto& area = counts[std::size_t(group * kAreasPerGroup + a)];
            addRow({QStringLiteral("g%1").arg(group), QStringLiteral("a%1").arg(a)}, area);
            for (int k = 0; k < inner; ++k)
                groupTotal[std::size_t(k)] += area[std::size_t(k)];
        }
        addRow({QStringLiteral("g%1").arg(group), QStringLiteral("Total")}, groupTotal);
        for (int k = 0; k < inner; ++k)
            grand[std::size_t(k)] += groupTotal[std::size_t(k)];
    }
    addRow({QStringLiteral("Total"), QStringLiteral("Total")}, grand);
    return Table({QStringLiteral("group"), QStringLiteral("area")}, rows, columns, cells);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Secondary suppression and LP audit timing."));
    parser.addHelpOption();
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Runs (default 5)."), QStringLiteral("N"),
                                          QStringLiteral("5"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QStringLiteral("Audit threads (default 2)."),
                                           QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption noAuditOption(QStringLiteral("no-audit"),
                                           QStringLiteral("Time the suppression only."));
    parser.addOptions({repeatOption, threadsOption, noAuditOption});
    parser.process(app);
    const int repeats = std::max(1, parser.value(repeatOption).toInt());
    const int threads = std::max(1, parser.value(threadsOption).toInt());

    QTextStream out(stdout);
    const Table table = hierarchicalTable(20261204);
    out << "| run | published cells | primary | secondary | composition s | suppression s | "
           "audit s | exact after audit |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    std::vector<double> suppressionTimes;
    std::vector<double> auditTimes;
    for (int run = 1; run <= repeats; ++run) {
        QElapsedTimer timer;
        timer.start();
        const CellComposition composition = CellComposition::of(table);
        const double compositionSeconds = double(timer.nsecsElapsed()) / 1e9;
        QList<GaussSuppression::Cell> cells;
        int primary = 0;
        for (const qsizetype k : composition.cells()) {
            const double value
                = *table.cell(k / table.columnCount(), k % table.columnCount()).value;
            cells.append({value <= 3, value == 0, value == 1, value});
            primary += value <= 3 ? 1 : 0;
        }
        timer.restart();
        const QList<bool> suppressed = GaussSuppression::suppress(composition, cells);
        const double suppressionSeconds = double(timer.nsecsElapsed()) / 1e9;
        const qsizetype hidden = std::count(suppressed.cbegin(), suppressed.cend(), true);

        double auditSeconds = 0;
        qsizetype exact = 0;
        if (!parser.isSet(noAuditOption)) {
            QList<std::optional<CellInterval>> published;
            for (qsizetype j = 0; j < composition.cells().size(); ++j) {
                const qsizetype k = composition.cells().at(j);
                const double value
                    = *table.cell(k / table.columnCount(), k % table.columnCount()).value;
                published.append(suppressed.at(j) ? std::nullopt
                                                  : std::optional(CellInterval {value, value}));
            }
            timer.restart();
            const auto audit = IntervalAudit::audit(
                composition, published, QList<std::optional<double>>(published.size()), threads);
            auditSeconds = double(timer.nsecsElapsed()) / 1e9;
            for (qsizetype j = 0; j < composition.cells().size(); ++j)
                exact += suppressed.at(j) && audit.intervals.at(j).isExact() ? 1 : 0;
        }
        suppressionTimes.push_back(suppressionSeconds);
        auditTimes.push_back(auditSeconds);
        out << "| " << run << " | " << composition.cells().size() << " | " << primary << " | "
            << hidden - primary << " | " << QString::number(compositionSeconds, 'f', 3) << " | "
            << QString::number(suppressionSeconds, 'f', 3) << " | "
            << QString::number(auditSeconds, 'f', 2) << " | " << exact << " |\n";
        out.flush();
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    out << "\nmedian suppression " << QString::number(median(suppressionTimes), 'f', 3)
        << " s, median audit " << QString::number(median(auditTimes), 'f', 2) << " s, peak RSS "
        << usage.ru_maxrss / 1024 << " MiB\n";
    return 0;
}
