#include "filetyperule.h"

#include "cellfindings.h"
#include "profiles/profile.h"

#include <QFileInfo>

namespace egress::rules {

std::optional<Finding> FileTypeRule::check(const QString& fileName, qint64 bytes,
                                           const profiles::Profile& profile)
{
    if (!profile.fileType())
        return std::nullopt;
    const profiles::FileTypeSettings& settings = *profile.fileType();
    // The full suffix catches "results.csv.exe" as well as "archive.tar.gz".
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (!settings.allowedSuffixes.contains(suffix)) {
        const QString shown = suffix.isEmpty() ? QStringLiteral("a file without a type")
                                               : QStringLiteral("a .%1 file").arg(suffix);
        return outputFinding(
            id(), Status::Fail, std::nullopt,
            QStringLiteral("%1 may not leave under profile %2 (allowed: %3)")
                .arg(shown, profile.name(), settings.allowedSuffixes.join(QStringLiteral(", "))));
    }
    if (bytes > settings.maxBytes) {
        const qint64 mebibyte = 1024 * 1024;
        return outputFinding(id(), Status::Fail, double(bytes),
                             QStringLiteral("the file is %1 MiB, over the %2 MiB profile %3 "
                                            "allows")
                                 .arg(double(bytes) / mebibyte, 0, 'f', 1)
                                 .arg(settings.maxBytes / mebibyte)
                                 .arg(profile.name()));
    }
    return std::nullopt;
}

QString FileTypeRule::summarise(const Finding& finding)
{
    // Only the size finding carries a value: the number of bytes.
    return finding.value ? QStringLiteral("file over the size limit")
                         : QStringLiteral("file type not allowed");
}

} // namespace egress::rules
