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
    // The last suffix only: "results.csv.exe" is an .exe, whatever it pretends to be.
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
        // In bytes: one byte over 16 MiB would otherwise read "16.0 MiB, over the 16 MiB".
        const qint64 mebibyte = 1024 * 1024;
        return outputFinding(id(), Status::Fail, double(bytes),
                             QStringLiteral("the file is %1 bytes, over the %2 MiB (%3 bytes) "
                                            "profile %4 allows")
                                 .arg(bytes)
                                 .arg(settings.maxBytes / mebibyte)
                                 .arg(settings.maxBytes)
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
