#include "checkedtablemodel.h"
#include "findingsmodel.h"
#include "frozencolumnstableview.h"
#include "mainwindow.h"
#include "outputlistmodel.h"
#include "profiles/profilecatalog.h"

#include <QAction>
#include <QFileDialog>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QtTest>

using egress::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_window = std::make_unique<MainWindow>(
            egress::profiles::ProfileCatalog::builtIn(QStringLiteral("nhse-sde")));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    void startsOnTheWelcomePage()
    {
        auto* pages = m_window->findChild<QStackedWidget*>();
        QVERIFY(pages);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        QCOMPARE(label(QStringLiteral("profileLabel"))->text(),
                 QStringLiteral("Profile: nhse-sde v3"));
    }

    void openingTheSampleShowsTheFailingOutputFirst()
    {
        openAndWait({QStringLiteral(EGRESS_SAMPLE_DIR)});
        auto* outputs = view<QListView>(QStringLiteral("outputsView"));
        QCOMPARE(outputs->model()->rowCount(), 3);
        QCOMPARE(outputs->currentIndex().data(egress::ui::OutputListModel::OutputIdRole).toString(),
                 QStringLiteral("lts_by_setting"));
        QCOMPARE(
            label(QStringLiteral("outputSummary"))->text(),
            QStringLiteral("<b>Fail</b> — lts_by_setting.csv: 6 cells below threshold 10; 3 cells "
                           "with zero to review"));
        QCOMPARE(label(QStringLiteral("verdictLabel"))->text(),
                 QStringLiteral("Verdict: Fail — 1 of 3 outputs pass, 1 need review, 1 fail"));
        QCOMPARE(view<QListView>(QStringLiteral("findingsView"))->model()->rowCount(), 9);
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("sample")));
    }

    void clickingAFindingSelectsItsCell()
    {
        openAndWait({QStringLiteral(EGRESS_SAMPLE_DIR)});
        auto* findings = view<QListView>(QStringLiteral("findingsView"));
        auto* table = view<egress::ui::FrozenColumnsTableView>(QStringLiteral("tableView"));

        // Finding 7 of 9: Westminster / 18-64 × Long Term Support: Prison = 4.
        const QModelIndex finding = findings->model()->index(6, 0);
        QVERIFY(finding.data().toString().contains(QStringLiteral("Westminster / 18-64")));
        findings->scrollTo(finding);
        QTest::mouseClick(findings->viewport(), Qt::LeftButton, {},
                          findings->visualRect(finding).center());

        const QModelIndex current = table->currentIndex();
        QCOMPARE(current.row(), 6);
        QCOMPARE(current.column(), 2 + 3); // two label columns, then the fourth value column
        QCOMPARE(current.data().toString(), QStringLiteral("4"));
        QCOMPARE(current.data(egress::ui::CheckedTableModel::StatusRole).toInt(),
                 static_cast<int>(egress::rules::Status::Fail));
        QVERIFY(table->selectionModel()->isSelected(current));
        // Its row labels are on screen beside it, not scrolled away.
        QVERIFY(table->visualRect(current).left() >= table->frozenView()->width());
        QVERIFY2(table->viewport()->rect().intersects(table->visualRect(current)),
                 qPrintable(QStringLiteral("cell %1 outside viewport %2, window %3")
                                .arg(rectText(table->visualRect(current)),
                                     rectText(table->viewport()->rect()),
                                     rectText(m_window->geometry()))));

        // Clicking another finding moves the selection with it.
        const QModelIndex hillingdon = findings->model()->index(1, 0);
        QTest::mouseClick(findings->viewport(), Qt::LeftButton, {},
                          findings->visualRect(hillingdon).center());
        QCOMPARE(table->currentIndex().row(), 1);
        QCOMPARE(table->currentIndex().data().toString(), QStringLiteral("1"));
    }

    void choosingAnotherOutputShowsItsTable()
    {
        openAndWait({QStringLiteral(EGRESS_SAMPLE_DIR)});
        auto* outputs = view<QListView>(QStringLiteral("outputsView"));
        const QModelIndex passing = outputs->model()->index(0, 0);
        QTest::mouseClick(outputs->viewport(), Qt::LeftButton, {},
                          outputs->visualRect(passing).center());
        QCOMPARE(view<QListView>(QStringLiteral("findingsView"))->model()->rowCount(), 0);
        QVERIFY(label(QStringLiteral("outputSummary"))->text().contains(QStringLiteral("Pass")));
        QCOMPARE(view<QTableView>(QStringLiteral("tableView"))->model()->rowCount(), 4);
    }

    void badInputShowsOneClearDialog()
    {
        const QString bad = QStringLiteral(EGRESS_TEST_DATA_DIR "/gui/unterminated.csv");
        openAndWait({bad});
        auto* dialog = m_window->findChild<QMessageBox*>(QStringLiteral("errorDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->text().contains(bad));
        QVERIFY2(dialog->text().contains(QStringLiteral("line 3")), qPrintable(dialog->text()));
        QVERIFY(dialog->text().contains(QStringLiteral("unterminated quoted field")));
        dialog->accept();
        // The window itself is unharmed and still usable.
        openAndWait({QStringLiteral(EGRESS_SAMPLE_DIR)});
        QCOMPARE(view<QListView>(QStringLiteral("outputsView"))->model()->rowCount(), 3);
    }

    void fileOpenAsksWithoutBlockingAndChecksTheChoice()
    {
        auto* action = m_window->findChild<QAction*>(QStringLiteral("openFileAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Open));
        action->trigger(); // returns at once: the dialog is window-modal, not a nested loop
        auto* dialog = m_window->findChild<QFileDialog*>(QStringLiteral("openDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->fileMode(), QFileDialog::ExistingFiles);

        QSignalSpy finished(m_window.get(), &MainWindow::checkFinished);
        dialog->setDirectory(QStringLiteral(EGRESS_SAMPLE_DIR));
        dialog->selectFile(QStringLiteral("lts_by_setting.csv"));
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog's override is protected
        QVERIFY(finished.wait(10000));
        auto* outputs = view<QListView>(QStringLiteral("outputsView"));
        QCOMPARE(outputs->model()->rowCount(), 1);
        QCOMPARE(outputs->currentIndex().data(egress::ui::OutputListModel::OutputIdRole).toString(),
                 QStringLiteral("lts_by_setting"));
    }

    void droppingAFileChecksIt()
    {
        auto* mime = new QMimeData;
        mime->setUrls(
            {QUrl::fromLocalFile(QStringLiteral(EGRESS_SAMPLE_DIR "/new_requests_by_route.csv"))});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy finished(m_window.get(), &MainWindow::checkFinished);
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(finished.wait(10000));
        auto* outputs = view<QListView>(QStringLiteral("outputsView"));
        QCOMPARE(outputs->model()->rowCount(), 1);
        QCOMPARE(outputs->currentIndex().data(egress::ui::OutputListModel::StatusRole).toInt(),
                 static_cast<int>(egress::rules::Status::Review));
        delete mime;
    }

private:
    static QString rectText(const QRect& rect)
    {
        return QStringLiteral("(%1,%2 %3×%4)")
            .arg(rect.x())
            .arg(rect.y())
            .arg(rect.width())
            .arg(rect.height());
    }

    void openAndWait(const QStringList& paths)
    {
        QSignalSpy finished(m_window.get(), &MainWindow::checkFinished);
        m_window->openPaths(paths);
        QVERIFY(finished.wait(10000));
    }

    template <typename View> View* view(const QString& name)
    {
        auto* found = m_window->findChild<View*>(name);
        if (!found)
            qFatal("no widget named %s", qPrintable(name));
        return found;
    }

    QLabel* label(const QString& name) { return view<QLabel>(name); }

    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
