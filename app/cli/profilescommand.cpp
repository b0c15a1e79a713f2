#include "profilescommand.h"

#include "io/inputerror.h"
#include "profiles/profilecatalog.h"

#include <QJsonDocument>

namespace egress::cli {
namespace {

void printSummaryLine(QTextStream& out, const profiles::Profile& profile, bool isDefault)
{
    out << qSetFieldWidth(14) << Qt::left << profile.name() << qSetFieldWidth(0)
        << QStringLiteral("v%1  t=%2  zeros %3  %4%5")
               .arg(profile.version())
               .arg(profile.threshold(), -3)
               .arg(profiles::toString(profile.zeroAction()), -7)
               .arg(profile.title(), isDefault ? QStringLiteral(" (default)") : QString())
        << '\n';
}

} // namespace

ExitStatus runProfiles(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List the built-in rule profiles, or show one (a built-in name or a profile file) with "
        "its SHA-256."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list or show"));
    parser.addPositionalArgument(
        QStringLiteral("NAME"),
        QStringLiteral("For show: a built-in profile name or a profile JSON file."),
        QStringLiteral("[NAME]"));
    if (const auto early = context.parse(parser))
        return *early;

    const QStringList positional = parser.positionalArguments();
    try {
        if (positional == QStringList {QStringLiteral("list")}) {
            for (const QString& name : profiles::ProfileCatalog::builtInNames()) {
                printSummaryLine(context.out(), profiles::ProfileCatalog::builtIn(name),
                                 name == profiles::ProfileCatalog::defaultName());
            }
            context.out().flush();
            return ExitStatus::Pass;
        }
        if (positional.size() == 2 && positional.first() == QLatin1String("show")) {
            const profiles::Profile profile = profiles::ProfileCatalog::resolve(positional.at(1));
            context.out() << QString::fromUtf8(
                QJsonDocument::fromJson(profile.canonicalJson()).toJson(QJsonDocument::Indented));
            context.out() << "sha256: " << profile.sha256() << '\n';
            context.out().flush();
            return ExitStatus::Pass;
        }
    } catch (const io::InputError& error) {
        return context.badInput(error.message());
    }
    return context.badInput(QStringLiteral("expected 'profiles list' or 'profiles show NAME'"));
}

} // namespace egress::cli
