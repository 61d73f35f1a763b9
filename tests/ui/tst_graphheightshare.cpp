// SPDX-License-Identifier: GPL-3.0-or-later
// The graph dock's height comes out of the connection list, without the main window: opening the dock
// leaves the list a third of the splitter (the ladder keeps the rest), closing it gives the list its
// share back.
#include "graphheightshare.h"

#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QSplitter>
#include <QtTest>

using tcpladder::ui::GraphHeightShare;

namespace {

QString sizesText(const QList<int> &sizes)
{
    QStringList parts;
    for (int size : sizes)
        parts << QString::number(size);
    return parts.join(u' ');
}

} // namespace

class TestGraphHeightShare : public QObject
{
    Q_OBJECT

private slots:
    void listGivesItsHeightAndGetsItBack();
};

void TestGraphHeightShare::listGivesItsHeightAndGetsItBack()
{
    QMainWindow window;
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(new QLabel(QStringLiteral("connections")));
    splitter->addWidget(new QLabel(QStringLiteral("ladder")));
    window.setCentralWidget(splitter);
    auto *dock = new QDockWidget(QStringLiteral("graph"));
    dock->setWidget(new QLabel(QStringLiteral("graph")));
    dock->widget()->setMinimumHeight(200);
    window.addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    new GraphHeightShare(dock, splitter);
    window.resize(800, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    splitter->setSizes({450, 450}); // half and half, as a user may have left it
    QCOMPARE(splitter->sizes()[0], splitter->sizes()[1]);

    dock->show();
    // The list one third of what is left, the ladder two: not the other way round.
    QTRY_VERIFY2(std::abs(3 * splitter->sizes()[0] - (splitter->sizes()[0] + splitter->sizes()[1])) <= 3,
                 qPrintable(sizesText(splitter->sizes())));
    QVERIFY(splitter->sizes()[1] >= 2 * splitter->sizes()[0] - 2);

    dock->hide();
    QTRY_VERIFY2(std::abs(splitter->sizes()[0] - splitter->sizes()[1]) <= 2, qPrintable(sizesText(splitter->sizes())));
}

QTEST_MAIN(TestGraphHeightShare)
#include "tst_graphheightshare.moc"
