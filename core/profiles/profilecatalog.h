#pragma once

#include "profile.h"

#include <QString>
#include <QStringList>

namespace egress::profiles {

// The built-in profiles (compiled in as resources) and profiles from the user's files.
class ProfileCatalog
{
public:
    static QString defaultName() { return QStringLiteral("nhse-sde"); }
    static QStringList builtInNames();
    // Throws io::InputError for an unknown name.
    static Profile builtIn(const QString& name);
    // A built-in name, or else the path of a profile JSON file. Throws io::InputError.
    static Profile resolve(const QString& nameOrPath);
};

} // namespace egress::profiles
