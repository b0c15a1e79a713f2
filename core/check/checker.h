#pragma once

#include "checkresult.h"
#include "io/outputlocator.h"
#include "io/tablelayout.h"
#include "profiles/profile.h"
#include "rules/identifierrule.h"
#include "rules/ruleengine.h"

#include <QList>
#include <QStringList>

namespace egress::check {

// read → table → rules → findings, for every output a user proposes to release.
class Checker
{
public:
    explicit Checker(profiles::Profile profile, io::TableLayout readOptions = {});

    // Locates, reads and checks every output under the given files and folders. Throws
    // io::InputError at the first input that cannot be read: a check of a request is all or
    // nothing, so a result never leaves out an output silently.
    CheckResult checkPaths(const QStringList& paths) const;
    CheckResult checkLocations(const QList<io::OutputLocation>& locations) const;
    OutputResult checkOutput(const io::OutputLocation& location) const;

    const profiles::Profile& profile() const { return m_profile; }

private:
    profiles::Profile m_profile;
    io::TableLayout m_readOptions;
    rules::RuleEngine m_engine;
    rules::IdentifierRule m_identifierRule;
};

} // namespace egress::check
