#include "mainwindow.h"

#include "checkedtablemodel.h"
#include "checkjob.h"
#include "findingsmodel.h"
#include "frozencolumnstableview.h"
#include "outputlistmodel.h"
#include "statusstyle.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace egress::ui {
namespace {

constexpr int kWelcomePage = 0;
constexpr int kWorkspacePage = 1;
constexpr int kMaxColumnWidth = 170;

QStringList localPaths(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

QWidget* legendEntry(rules::Status status, const QString& text, QWidget* parent)
{
    auto* entry = new QWidget(parent);
    auto* layout = new QHBoxLayout(entry);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* swatch = new QLabel(entry);
    swatch->setPixmap(StatusStyle::icon(status).pixmap(16, 16));
    swatch->setAutoFillBackground(true);
    QPalette palette = swatch->palette();
    palette.setColor(QPalette::Window, StatusStyle::background(status));
    swatch->setPalette(palette);
    swatch->setMargin(2);
    layout->addWidget(swatch);
    layout->addWidget(new QLabel(text, entry));
    return entry;
}

} // namespace

MainWindow::MainWindow(profiles::Profile profile, QWidget* parent)
    : QMainWindow(parent)
    , m_profile(std::move(profile))
    , m_job(new CheckJob(this))
    , m_outputsModel(new OutputListModel(this))
    , m_tableModel(new CheckedTableModel(this))
    , m_findingsModel(new FindingsModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Egress Review"));
    setAcceptDrops(true);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createWelcomePage());
    m_pages->addWidget(createWorkspace());
    setCentralWidget(m_pages);
    createActions();

    m_verdictLabel = new QLabel(this);
    m_verdictLabel->setObjectName(QStringLiteral("verdictLabel"));
    statusBar()->addWidget(m_verdictLabel, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("checkProgress"));
    m_progress->setRange(0, 0); // a check reports no steps yet: show activity, not a fraction
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Checking"));
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    auto* profileLabel
        = new QLabel(tr("Profile: %1 v%2").arg(m_profile.name()).arg(m_profile.version()), this);
    profileLabel->setObjectName(QStringLiteral("profileLabel"));
    profileLabel->setToolTip(tr("%1\nSHA-256 %2").arg(m_profile.title(), m_profile.sha256()));
    statusBar()->addPermanentWidget(profileLabel);

    connect(m_job, &CheckJob::succeeded, this, &MainWindow::showResult);
    connect(m_job, &CheckJob::failed, this, &MainWindow::showError);
    // Generous on a large screen, never larger than a small one.
    const QSize available = screen()->availableGeometry().size();
    resize(std::min(1400, available.width() * 9 / 10), std::min(860, available.height() * 9 / 10));
    // The table gets most of the width whatever the window's size: outputs 18 %, table 55 %,
    // findings 27 %.
    const int width = this->width();
    m_workspace->setSizes({width * 18 / 100, width * 55 / 100, width * 27 / 100});
}

void MainWindow::createActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* openFile = fileMenu->addAction(tr("&Open File…"), this, [this] {
        askForPaths(QFileDialog::ExistingFiles, tr("Open tables"));
    });
    openFile->setObjectName(QStringLiteral("openFileAction"));
    openFile->setShortcut(QKeySequence::Open);
    QAction* openFolder = fileMenu->addAction(tr("Open &Folder…"), this, [this] {
        askForPaths(QFileDialog::Directory, tr("Open a folder of outputs"));
    });
    openFolder->setObjectName(QStringLiteral("openFolderAction"));
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction* reload = fileMenu->addAction(tr("&Check Again"), this, [this] {
        if (!m_openedPaths.isEmpty())
            openPaths(m_openedPaths);
    });
    reload->setObjectName(QStringLiteral("reloadAction"));
    reload->setShortcut(QKeySequence::Refresh);
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Egress Review"), this, [this] {
        auto* box = new QMessageBox(
            QMessageBox::Information, tr("About Egress Review"),
            tr("<b>Egress Review %1</b><p>Checks research outputs for disclosure risk before they "
               "leave a Secure Data Environment.</p>")
                .arg(QApplication::applicationVersion()),
            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void MainWindow::askForPaths(QFileDialog::FileMode mode, const QString& title)
{
    // open(), not exec(): the dialog is window-modal without a nested event loop.
    auto* dialog = new QFileDialog(this, title);
    dialog->setObjectName(QStringLiteral("openDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(mode);
    if (mode != QFileDialog::Directory)
        dialog->setNameFilters({tr("Tables (*.csv)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList& paths) {
        if (!paths.isEmpty())
            openPaths(paths);
    });
    dialog->open();
}

QWidget* MainWindow::createWelcomePage()
{
    auto* page = new QLabel(tr("<h2>Egress Review</h2><p>Open a table with <b>File ▸ Open File</b> "
                               "or a folder of outputs with <b>File ▸ Open Folder</b>, or drop "
                               "them here.</p><p>Every cell is checked against the profile "
                               "shown at the bottom right.</p>"),
                            this);
    page->setObjectName(QStringLiteral("welcomePage"));
    page->setAlignment(Qt::AlignCenter);
    page->setWordWrap(true);
    return page;
}

QWidget* MainWindow::createWorkspace()
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_workspace = splitter;
    splitter->setObjectName(QStringLiteral("workspace"));

    m_outputsView = new QListView(splitter);
    m_outputsView->setObjectName(QStringLiteral("outputsView"));
    m_outputsView->setAccessibleName(tr("Outputs"));
    m_outputsView->setModel(m_outputsModel);
    m_outputsView->setIconSize(QSize(20, 20));
    m_outputsView->setSpacing(2);
    m_outputsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_outputsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showOutput(current.row()); });

    auto* centre = new QWidget(splitter);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(6, 0, 6, 0);
    auto* summaryRow = new QHBoxLayout;
    m_outputIcon = new QLabel(centre);
    m_outputSummary = new QLabel(centre);
    m_outputSummary->setObjectName(QStringLiteral("outputSummary"));
    m_outputSummary->setWordWrap(true);
    m_outputSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summaryRow->addWidget(m_outputIcon);
    summaryRow->addWidget(m_outputSummary, 1);
    summaryRow->addWidget(
        legendEntry(rules::Status::Fail, StatusStyle::label(rules::Status::Fail), centre));
    summaryRow->addWidget(
        legendEntry(rules::Status::Review, StatusStyle::label(rules::Status::Review), centre));
    centreLayout->addLayout(summaryRow);

    m_tableView = new FrozenColumnsTableView(centre);
    m_tableView->setObjectName(QStringLiteral("tableView"));
    m_tableView->setAccessibleName(tr("Table"));
    m_tableView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_tableView->setModel(m_tableModel);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setWordWrap(false);
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    centreLayout->addWidget(m_tableView, 1);

    auto* findingsPane = new QWidget(splitter);
    auto* findingsLayout = new QVBoxLayout(findingsPane);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    auto* findingsTitle = new QLabel(tr("<b>Findings</b>"), findingsPane);
    findingsLayout->addWidget(findingsTitle);
    m_findingsView = new QListView(findingsPane);
    m_findingsView->setObjectName(QStringLiteral("findingsView"));
    m_findingsView->setAccessibleName(tr("Findings"));
    m_findingsView->setModel(m_findingsModel);
    m_findingsView->setWordWrap(true);
    // Wrapped items must be measured again when the pane's width changes, or they get cut off.
    m_findingsView->setResizeMode(QListView::Adjust);
    m_findingsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    findingsTitle->setBuddy(m_findingsView);
    findingsLayout->addWidget(m_findingsView, 1);
    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::selectFindingCell);
    // A click on the finding that is already current must still bring its cell back into view.
    connect(m_findingsView, &QListView::clicked, this, &MainWindow::selectFindingCell);

    splitter->addWidget(m_outputsView);
    splitter->addWidget(centre);
    splitter->addWidget(findingsPane);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setCollapsible(1, false);
    return splitter;
}

void MainWindow::openPaths(const QStringList& paths)
{
    m_openedPaths = paths;
    setBusy(true);
    m_verdictLabel->setText(tr("Checking %1…").arg(paths.join(QStringLiteral(", "))));
    m_job->start(paths, m_profile);
}

void MainWindow::setBusy(bool busy)
{
    m_progress->setVisible(busy);
}

void MainWindow::showResult(const check::CheckResult& result)
{
    setBusy(false);
    m_outputsModel->setResult(result);
    m_pages->setCurrentIndex(kWorkspacePage);
    const QString opened = m_openedPaths.size() == 1
        ? QFileInfo(m_openedPaths.first()).fileName()
        : tr("%n paths", nullptr, static_cast<int>(m_openedPaths.size()));
    setWindowTitle(tr("%1 — Egress Review").arg(opened));
    m_verdictLabel->setText(tr("Verdict: %1 — %2 of %3 outputs pass, %4 need review, %5 fail")
                                .arg(StatusStyle::label(result.status))
                                .arg(result.countWithStatus(rules::Status::Pass))
                                .arg(result.outputs.size())
                                .arg(result.countWithStatus(rules::Status::Review))
                                .arg(result.countWithStatus(rules::Status::Fail)));

    // Open the output that decides the verdict, so that what fails is on screen at once.
    int first = 0;
    for (int row = 0; row < result.outputs.size(); ++row) {
        if (result.outputs.at(row).status == result.status) {
            first = row;
            break;
        }
    }
    if (!result.outputs.isEmpty())
        m_outputsView->setCurrentIndex(m_outputsModel->index(first));
    Q_EMIT checkFinished();
}

void MainWindow::showError(const QString& message)
{
    setBusy(false);
    m_verdictLabel->setText(tr("Could not check: %1").arg(message));
    // open(), not exec(): a window-modal dialog without a nested event loop.
    auto* box = new QMessageBox(QMessageBox::Critical, tr("Cannot check this input"), message,
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT checkFinished();
}

void MainWindow::showOutput(int row)
{
    const check::OutputResult* output = m_outputsModel->output(row);
    if (!output) {
        m_tableModel->clear();
        m_findingsModel->setFindings({});
        m_outputSummary->clear();
        m_outputIcon->clear();
        return;
    }
    if (output->table)
        m_tableModel->setOutput(*output);
    else
        m_tableModel->clear();
    m_tableView->setFrozenColumnCount(m_tableModel->labelColumnCount());
    m_findingsModel->setFindings(output->findings);
    m_outputIcon->setPixmap(StatusStyle::icon(output->status).pixmap(24, 24));
    m_outputSummary->setText(tr("<b>%1</b> — %2: %3")
                                 .arg(StatusStyle::label(output->status),
                                      output->file.toHtmlEscaped(),
                                      output->summary.toHtmlEscaped()));
    m_tableView->resizeColumnsToContents();
    // Long category names would push the flagged cells off screen; the full name stays in the
    // header's tooltip.
    for (int column = 0; column < m_tableModel->columnCount(); ++column) {
        if (m_tableView->columnWidth(column) > kMaxColumnWidth)
            m_tableView->setColumnWidth(column, kMaxColumnWidth);
    }
    m_tableView->fitFrozenColumnsToContents();
    // Bring the first finding's cell into view at once.
    if (m_findingsModel->rowCount() > 0)
        m_findingsView->setCurrentIndex(m_findingsModel->index(0));
}

void MainWindow::selectFindingCell(const QModelIndex& findingIndex)
{
    if (!findingIndex.isValid())
        return;
    const qlonglong row = findingIndex.data(FindingsModel::TableRowRole).toLongLong();
    const qlonglong column = findingIndex.data(FindingsModel::TableColumnRole).toLongLong();
    if (row < 0 || column < 0)
        return;
    const QModelIndex cell = m_tableModel->indexForCell(row, column);
    m_tableView->setCurrentIndex(cell);
    m_tableView->scrollTo(cell, QAbstractItemView::PositionAtCenter);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openPaths(paths);
}

} // namespace egress::ui
