// Times `egress-check tabulate` (tabulation and every check, end to end) against `wc -l` on
// synthetic CLD extracts, and reports each run's peak resident memory. Linux only: the children
// are measured with wait4(), which gives each one's own CPU time and peak RSS.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char** environ;

namespace {

struct Run
{
    double wallSeconds = 0;
    double cpuSeconds = 0; // user + system
    long peakRssKib = 0;
    int exitStatus = -1;
};

// Runs argv with standard output and error thrown away; waits and measures it.
Run spawnAndMeasure(const QStringList& arguments)
{
    std::vector<QByteArray> bytes;
    for (const QString& argument : arguments)
        bytes.push_back(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& argument : bytes)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    Run run;
    if (posix_spawnp(&pid, argv.front(), &actions, nullptr, argv.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return run;
    }
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    run.wallSeconds = double(timer.nsecsElapsed()) / 1e9;
    posix_spawn_file_actions_destroy(&actions);
    const auto seconds
        = [](const timeval& time) { return double(time.tv_sec) + double(time.tv_usec) / 1e6; };
    run.cpuSeconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    run.peakRssKib = usage.ru_maxrss;
    run.exitStatus = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

// The run with the median wall time of several.
Run medianOf(const QStringList& arguments, int repeat)
{
    std::vector<Run> runs;
    for (int i = 0; i < repeat; ++i)
        runs.push_back(spawnAndMeasure(arguments));
    std::sort(runs.begin(), runs.end(),
              [](const Run& a, const Run& b) { return a.wallSeconds < b.wallSeconds; });
    return runs[runs.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times egress-check tabulate against wc -l on synthetic CLD extracts."));
    parser.addHelpOption();
    const QCommandLineOption eventsOption(
        QStringLiteral("events"), QStringLiteral("Event rows per file (default 1000000,10000000)."),
        QStringLiteral("N[,N]"), QStringLiteral("1000000,10000000"));
    const QCommandLineOption workOption(
        QStringLiteral("work"), QStringLiteral("Folder for the generated files (default /tmp)."),
        QStringLiteral("DIR"), QStringLiteral("/tmp/egress-bench"));
    const QCommandLineOption fileOption(QStringLiteral("file"),
                                        QStringLiteral("Time this CLD events file instead."),
                                        QStringLiteral("PATH"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Runs per measurement (default 3)."),
                                          QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption programOption(
        QStringLiteral("program"), QStringLiteral("The egress-check to time."),
        QStringLiteral("PATH"), QStringLiteral(EGRESS_CHECK_PROGRAM));
    parser.addOptions({eventsOption, workOption, fileOption, repeatOption, programOption});
    parser.process(app);
    const QString program = parser.value(programOption);
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const QString work = parser.value(workOption);
    QDir().mkpath(work);

    QList<QPair<qint64, QString>> files;
    if (parser.isSet(fileOption)) {
        files.append({0, parser.value(fileOption)});
    } else {
        for (const QString& text : parser.value(eventsOption).split(QLatin1Char(','))) {
            const qint64 events = text.toLongLong();
            // The catalogue's 23 366 people for 145 853 events: 16 people per 100 events.
            const qint64 persons = std::max<qint64>(1, events * 16 / 100);
            const QString folder = QStringLiteral("%1/cld_%2").arg(work).arg(events);
            const QString path = folder + QStringLiteral("/cld_events.csv");
            if (!QFileInfo::exists(path)) {
                out << "generating " << path << " (" << persons << " persons, " << events
                    << " events)…\n";
                out.flush();
                const Run generated = spawnAndMeasure(
                    {program, QStringLiteral("sample"), QStringLiteral("-o"), folder,
                     QStringLiteral("--persons"), QString::number(persons),
                     QStringLiteral("--events"), QString::number(events), QStringLiteral("--quiet"),
                     QStringLiteral("--no-request")});
                if (generated.exitStatus != 0) {
                    out << "egress-check sample failed (" << generated.exitStatus << ")\n";
                    return 1;
                }
            }
            files.append({events, path});
        }
    }

    out << "| rows | bytes | wc -l wall s | wc -l CPU s | tabulate wall s | tabulate CPU s | "
           "wall ratio | CPU ratio | peak RSS MiB | exit |\n"
           "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    for (const auto& [events, path] : files) {
        const QStringList wc {QStringLiteral("wc"), QStringLiteral("-l"), path};
        spawnAndMeasure(wc); // warms the page cache: both are timed on a cached file
        const Run counted = medianOf(wc, repeat);
        const Run tabulated = medianOf(
            {program, QStringLiteral("tabulate"), path, QStringLiteral("--rows"),
             QStringLiteral("LA_Name,Service_Type"), QStringLiteral("--cols"),
             QStringLiteral("Gender"), QStringLiteral("--value"), QStringLiteral("Unit_Cost"),
             QStringLiteral("--stat"), QStringLiteral("sum"), QStringLiteral("--unit"),
             QStringLiteral("Der_NHS_Number_Traced_Pseudo,Der_LA_Person_Unique_Identifier_Pseudo"),
             QStringLiteral("--margins"), QStringLiteral("--quiet"), QStringLiteral("-o"),
             QStringLiteral("%1/out_%2").arg(work).arg(events)},
            repeat);
        out << "| " << (events > 0 ? QString::number(events) : QStringLiteral("?")) << " | "
            << QFileInfo(path).size() << " | " << QString::number(counted.wallSeconds, 'f', 3)
            << " | " << QString::number(counted.cpuSeconds, 'f', 3) << " | "
            << QString::number(tabulated.wallSeconds, 'f', 3) << " | "
            << QString::number(tabulated.cpuSeconds, 'f', 3) << " | "
            << QString::number(tabulated.wallSeconds / std::max(counted.wallSeconds, 1e-9), 'f', 1)
            << " | "
            << QString::number(tabulated.cpuSeconds / std::max(counted.cpuSeconds, 1e-9), 'f', 1)
            << " | " << QString::number(double(tabulated.peakRssKib) / 1024.0, 'f', 0) << " | "
            << tabulated.exitStatus << " |\n";
        out.flush();
    }
    return 0;
}
