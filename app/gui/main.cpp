#include "io/inputerror.h"
#include "mainwindow.h"
#include "profiles/profilecatalog.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Egress Review"));
    QApplication::setOrganizationName(QStringLiteral("Egress Review"));
    QApplication::setApplicationVersion(QString::fromLatin1(egress::kToolVersion));
    QApplication::setDesktopFileName(QStringLiteral("egress-review"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Review research outputs for disclosure risk."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("PATH"),
        QApplication::translate("main", "Table files or folders of outputs to open."),
        QStringLiteral("[PATH...]"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QApplication::translate("main", "Rule profile: a built-in name or a profile JSON file."),
        QStringLiteral("NAME|FILE"), egress::profiles::ProfileCatalog::defaultName());
    parser.addOption(profileOption);
    parser.process(app);

    egress::profiles::Profile profile;
    try {
        profile = egress::profiles::ProfileCatalog::resolve(parser.value(profileOption));
    } catch (const egress::io::InputError& error) {
        // Before any window exists there is no event loop to stay responsive for.
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot load the profile"),
                              error.message());
        return 3;
    }

    egress::ui::MainWindow window(profile);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openPaths(parser.positionalArguments());
    return QApplication::exec();
}
