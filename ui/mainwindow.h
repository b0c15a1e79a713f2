#pragma once

#include "check/checkresult.h"
#include "profiles/profile.h"

#include <QFileDialog>
#include <QMainWindow>
#include <QStringList>

class QLabel;
class QListView;
class QProgressBar;
class QSplitter;
class QStackedWidget;

namespace egress::ui {

class CheckJob;
class CheckedTableModel;
class FrozenColumnsTableView;
class FindingsModel;
class OutputListModel;

// The checker's window: the outputs of a check on the left, the selected table in the middle
// with its flagged cells highlighted, and its findings on the right. Choosing a finding selects
// its cell.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(profiles::Profile profile, QWidget* parent = nullptr);

    // Checks the given files or folders in the background and shows the result.
    void openPaths(const QStringList& paths);

Q_SIGNALS:
    // Emitted once the result of openPaths() (or its error) is on screen.
    void checkFinished();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void askForPaths(QFileDialog::FileMode mode, const QString& title);
    QWidget* createWorkspace();
    QWidget* createWelcomePage();
    void showResult(const check::CheckResult& result);
    void showError(const QString& message);
    void showOutput(int row);
    void selectFindingCell(const QModelIndex& findingIndex);
    void setBusy(bool busy);

    profiles::Profile m_profile;
    CheckJob* m_job = nullptr;
    OutputListModel* m_outputsModel = nullptr;
    CheckedTableModel* m_tableModel = nullptr;
    FindingsModel* m_findingsModel = nullptr;

    QStackedWidget* m_pages = nullptr;
    QSplitter* m_workspace = nullptr;
    QListView* m_outputsView = nullptr;
    QLabel* m_outputIcon = nullptr;
    QLabel* m_outputSummary = nullptr;
    FrozenColumnsTableView* m_tableView = nullptr;
    QListView* m_findingsView = nullptr;
    QLabel* m_verdictLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QStringList m_openedPaths;
};

} // namespace egress::ui
