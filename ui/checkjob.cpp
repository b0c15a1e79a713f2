#include "checkjob.h"

#include "check/checker.h"
#include "io/inputerror.h"

#include <QtConcurrent>

namespace egress::ui {

CheckJob::CheckJob(QObject* parent)
    : QObject(parent)
{ }

CheckJob::~CheckJob()
{
    // The worker holds no pointer to us; waiting keeps the thread pool from outliving the data
    // it was given at start().
    if (m_current)
        m_current->waitForFinished();
}

bool CheckJob::isRunning() const
{
    return m_current && m_current->isRunning();
}

void CheckJob::start(const QStringList& paths, const profiles::Profile& profile)
{
    auto* watcher = new QFutureWatcher<Outcome>(this);
    m_current = watcher;
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher != m_current)
            return; // superseded by a newer check
        m_current = nullptr;
        const Outcome outcome = watcher->result();
        if (outcome.result)
            Q_EMIT succeeded(*outcome.result);
        else
            Q_EMIT failed(outcome.error);
    });
    watcher->setFuture(QtConcurrent::run([paths, profile]() -> Outcome {
        try {
            return {check::Checker(profile).checkPaths(paths), {}};
        } catch (const io::InputError& error) {
            return {std::nullopt, error.message()};
        } catch (const std::exception& error) {
            return {std::nullopt,
                    QObject::tr("Internal error while checking: %1")
                        .arg(QString::fromLocal8Bit(error.what()))};
        }
    }));
}

} // namespace egress::ui
