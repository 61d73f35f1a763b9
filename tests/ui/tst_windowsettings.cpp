// SPDX-License-Identifier: GPL-3.0-or-later
// The window as the user left it, without the main window: what one window saves, the next one
// started restores (size, tool bar, both splitters, Larger Text, Fit Ladder); the first start fills the
// screen's work area and gives the list the height asked for; presenter mode's fitting is not written.
#include "windowsettings.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QToolBar>
#include <QtTest>

using tcpladder::ui::WindowSettings;

namespace {

// The parts of a main window the settings deal with.
struct Window
{
    QMainWindow window;
    QSplitter *main = new QSplitter(Qt::Horizontal);
    QSplitter *list = new QSplitter(Qt::Vertical);
    QToolBar *toolBar = window.addToolBar(QStringLiteral("tools"));
    QAction largerText{QStringLiteral("Larger Text")};
    QAction fitLadder{QStringLiteral("Fit Ladder")};
    int firstListHeight = 120;
    WindowSettings *settings = nullptr;

    Window()
    {
        // saveState() and the splitters' settings keys go by name.
        toolBar->setObjectName(QStringLiteral("toolBar"));
        main->setObjectName(QStringLiteral("mainSplitter"));
        list->setObjectName(QStringLiteral("leftSplitter"));
        list->addWidget(new QLabel(QStringLiteral("connections")));
        list->addWidget(new QLabel(QStringLiteral("ladder")));
        main->addWidget(list);
        main->addWidget(new QLabel(QStringLiteral("details")));
        window.setCentralWidget(main);
        largerText.setCheckable(true);
        fitLadder.setCheckable(true);
        settings =
            new WindowSettings({&window, main, list, &largerText, &fitLadder}, [this] { return firstListHeight; });
    }

    bool show()
    {
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }
};

} // namespace

class TestWindowSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcpladder-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_windowsettings"));
    }
    void init() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }

    void nextWindowGetsWhatThisOneLeft();
    void firstStartFillsTheWorkArea();
    void optionsWrittenAsToggled();
};

void TestWindowSettings::nextWindowGetsWhatThisOneLeft()
{
    QList<int> mainSizes;
    QList<int> listSizes;
    {
        Window first;
        first.settings->restore();
        QVERIFY(first.show());
        first.window.setGeometry(QRect(40, 60, 700, 500));
        QTRY_COMPARE(first.window.size(), QSize(700, 500));
        first.main->setSizes({500, 200});
        first.list->setSizes({150, 350});
        mainSizes = first.main->sizes();
        listSizes = first.list->sizes();
        // Not the first start's one part to three: the next window must get these, not its own default.
        QVERIFY(std::abs(3 * listSizes[0] - listSizes[1]) > 30);
        first.toolBar->hide();
        first.largerText.setChecked(true);
        first.fitLadder.setChecked(true);
        first.settings->save();
    }

    Window next;
    QVERIFY(!next.largerText.isChecked());
    next.settings->restore();
    QVERIFY(next.show());
    QCOMPARE(next.window.size(), QSize(700, 500));
    QCOMPARE(next.main->sizes(), mainSizes);
    // Restored before the window is laid out, the list's share is rounded again on the way.
    QVERIFY2(std::abs(next.list->sizes()[0] - listSizes[0]) <= 8, qPrintable(QString::number(next.list->sizes()[0])));
    QVERIFY(next.toolBar->isHidden());
    QVERIFY(next.largerText.isChecked());
    QVERIFY(next.fitLadder.isChecked());
}

void TestWindowSettings::firstStartFillsTheWorkArea()
{
    Window w;
    w.settings->restore();
    QVERIFY(w.show());
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY2(available.contains(w.window.geometry()),
             qPrintable(QStringLiteral("%1,%2 %3x%4")
                            .arg(w.window.x())
                            .arg(w.window.y())
                            .arg(w.window.width())
                            .arg(w.window.height())));
    // Less only the frame: at least nine tenths of the work area each way.
    QVERIFY(w.window.width() * 10 >= available.width() * 9);
    QVERIFY(w.window.height() * 10 >= available.height() * 9);
    // The list one part, the ladder three (the window is larger than 4 × 120, so both grow alike).
    const QList<int> sizes = w.list->sizes();
    QCOMPARE(sizes.size(), 2);
    QVERIFY2(std::abs(3 * sizes[0] - sizes[1]) <= 3, qPrintable(QStringLiteral("%1 %2").arg(sizes[0]).arg(sizes[1])));
    QVERIFY(!w.largerText.isChecked());
    QVERIFY(!w.fitLadder.isChecked());
}

void TestWindowSettings::optionsWrittenAsToggled()
{
    Window w;
    w.settings->restore();
    bool presenting = false;
    w.settings->setFitIsUsers([&presenting] { return !presenting; });

    w.largerText.setChecked(true);
    QCOMPARE(QSettings().value(QStringLiteral("view/largerText")), QVariant(true));
    w.largerText.setChecked(false);
    QCOMPARE(QSettings().value(QStringLiteral("view/largerText")), QVariant(false));

    w.fitLadder.setChecked(true);
    QCOMPARE(QSettings().value(QStringLiteral("view/fitLadder")), QVariant(true));
    w.fitLadder.setChecked(false);
    presenting = true; // presenter mode fits by itself: not the user's choice
    w.fitLadder.setChecked(true);
    QCOMPARE(QSettings().value(QStringLiteral("view/fitLadder")), QVariant(false));
    presenting = false;
    w.fitLadder.setChecked(false);
    w.fitLadder.setChecked(true);
    QCOMPARE(QSettings().value(QStringLiteral("view/fitLadder")), QVariant(true));
}

QTEST_MAIN(TestWindowSettings)
#include "tst_windowsettings.moc"
