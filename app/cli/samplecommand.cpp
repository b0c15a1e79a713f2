#include "samplecommand.h"

#include "demo/cldpeople.h"
#include "demo/demorequest.h"
#include "demo/demorequestwriter.h"
#include "io/inputerror.h"
#include "sample/cldgenerator.h"

#include <QDir>

#include <cstdio>
#include <stdexcept>
#include <unistd.h>

namespace egress::cli {
namespace {

const QString kEventsFileName = QStringLiteral("cld_events.csv");
const QString kRequestFolderName = QStringLiteral("demo-request");

// A whole number of at least 1.
std::optional<qint64> parseCount(const QString& text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 1)
        return std::nullopt;
    return value;
}

// Progress on stderr, rewritten in place; only for a person watching a terminal.
sample::CldGenerator::Progress terminalProgress(QTextStream& err)
{
    return [&err](qint64 written, qint64 total) {
        err << QStringLiteral("\rwriting events: %1 of %2 (%3%)")
                   .arg(written)
                   .arg(total)
                   .arg(total > 0 ? written * 100 / total : 100);
        if (written == total)
            err << '\n';
        err.flush();
    };
}

// Writes DIR/cld_events.csv; returns its path. Throws io::InputError.
QString writeEvents(const QString& folder, const sample::CldGenerator& generator,
                    const sample::CldGenerator::Progress& progress)
{
    const QString path = QDir(folder).filePath(kEventsFileName);
    generator.writeFile(path, progress);
    return path;
}

// The demo is made from the file as written, as a researcher's analysis would be. An extract too
// small for its analyses still stands on its own: the demo is left out, and the user told why.
void writeDemoRequest(CommandContext& context, const QString& eventsPath, const QString& folder)
{
    QList<demo::DemoOutput> outputs;
    try {
        outputs = demo::DemoRequest::outputs(demo::CldPeople::read(eventsPath));
    } catch (const std::invalid_argument& error) {
        context.out()
            << QStringLiteral("No demo request: %1\n").arg(QString::fromUtf8(error.what()));
        return;
    }
    demo::DemoRequestWriter::write(folder, outputs);
    context.out() << QStringLiteral("Wrote demo request %1 (%2 outputs) to %3\n")
                         .arg(demo::DemoRequestWriter::requestId())
                         .arg(outputs.size())
                         .arg(QDir::toNativeSeparators(folder));
}

} // namespace

ExitStatus runSample(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write a synthetic North West London Adult Social Care Client Level Data extract "
        "(one row per event) to DIR/cld_events.csv, and a demo request package made from it to "
        "DIR/demo-request: seven analyses, each safe and as an unsafe twin. The same options "
        "always give the same files."));
    const sample::CldGenerator::Options defaults;
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("Folder to write into (made if missing)."),
                                          QStringLiteral("DIR"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("Random seed (default %1).").arg(defaults.seed),
        QStringLiteral("N"));
    const QCommandLineOption personsOption(
        QStringLiteral("persons"),
        QStringLiteral("Number of distinct persons (default %1).").arg(defaults.persons),
        QStringLiteral("N"));
    const QCommandLineOption eventsOption(
        QStringLiteral("events"),
        QStringLiteral("Number of event rows, at least the number of persons (default %1).")
            .arg(defaults.events),
        QStringLiteral("N"));
    const QCommandLineOption quietOption(QStringLiteral("quiet"),
                                         QStringLiteral("Show no progress on the terminal."));
    const QCommandLineOption noRequestOption(
        QStringLiteral("no-request"),
        QStringLiteral("Write the events only, without the demo request."));
    parser.addOptions(
        {outputOption, seedOption, personsOption, eventsOption, quietOption, noRequestOption});
    if (const auto early = context.parse(parser))
        return *early;

    if (!parser.positionalArguments().isEmpty())
        return context.badInput(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (!parser.isSet(outputOption) || parser.value(outputOption).isEmpty())
        return context.badInput(QStringLiteral("name the folder to write into with -o DIR"));

    sample::CldGenerator::Options options;
    if (parser.isSet(seedOption)) {
        bool ok = false;
        options.seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok)
            return context.badInput(QStringLiteral("--seed needs a whole number ≥ 0, not '%1'")
                                        .arg(parser.value(seedOption)));
    }
    for (const auto& [option, target] : {std::pair {&personsOption, &options.persons},
                                         std::pair {&eventsOption, &options.events}}) {
        if (!parser.isSet(*option))
            continue;
        const std::optional<qint64> count = parseCount(parser.value(*option));
        if (!count)
            return context.badInput(QStringLiteral("--%1 needs a whole number ≥ 1, not '%2'")
                                        .arg(option->names().constFirst(), parser.value(*option)));
        *target = *count;
    }

    try {
        const sample::CldGenerator generator(options);
        const QString folder = parser.value(outputOption);
        if (!QDir().mkpath(folder))
            return context.badInput(QStringLiteral("%1: the folder cannot be made").arg(folder));
        const bool showProgress = !parser.isSet(quietOption) && isatty(fileno(stderr)) != 0;
        const QString path = writeEvents(folder, generator,
                                         showProgress ? terminalProgress(context.err())
                                                      : sample::CldGenerator::Progress());
        context.out() << QStringLiteral("Wrote %1 persons, %2 events to %3\n")
                             .arg(options.persons)
                             .arg(options.events)
                             .arg(QDir::toNativeSeparators(path));
        context.out().flush();

        if (!parser.isSet(noRequestOption))
            writeDemoRequest(context, path, QDir(folder).filePath(kRequestFolderName));
        context.out().flush();
        return ExitStatus::Pass;
    } catch (const std::invalid_argument& error) {
        return context.badInput(QString::fromUtf8(error.what()));
    } catch (const io::InputError& error) {
        return context.badInput(error.message());
    }
}

} // namespace egress::cli
