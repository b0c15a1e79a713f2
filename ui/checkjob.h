#pragma once

#include "check/checkresult.h"
#include "profiles/profile.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <optional>

namespace egress::ui {

// Runs a check on a worker thread so that the window stays responsive. A newer start() makes
// the results of an older, still-running check irrelevant: they are dropped, never shown.
class CheckJob : public QObject
{
    Q_OBJECT

public:
    explicit CheckJob(QObject* parent = nullptr);
    ~CheckJob() override;

    void start(const QStringList& paths, const profiles::Profile& profile);
    bool isRunning() const;

Q_SIGNALS:
    void succeeded(const egress::check::CheckResult& result);
    void failed(const QString& message);

private:
    struct Outcome
    {
        std::optional<check::CheckResult> result;
        QString error;
    };

    QFutureWatcher<Outcome>* m_current = nullptr;
};

} // namespace egress::ui
