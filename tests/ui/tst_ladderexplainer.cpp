// SPDX-License-Identifier: GPL-3.0-or-later
// The explanation pane follows the ladder without the main window: a selected row is explained by its
// frame, a clicked phase bracket by its frames, no row or no ladder by the hint what to click; after a
// language switch the note is made again for the same row.
#include "../core/ladderfixture.h"
#include "explanationpane.h"
#include "ladderexplainer.h"
#include "ladderview.h"

#include <QVBoxLayout>
#include <QtTest>

#include <memory>

using namespace tcpladder;
using ui::LadderExplainer;

namespace {

struct Window
{
    QWidget window;
    ui::LadderView *view = new ui::LadderView(&window);
    ui::ExplanationPane *pane = new ui::ExplanationPane(&window);
    // The ladder the window shows; the test takes it away again.
    core::SharedLadder shown = std::make_shared<const core::ConnectionLadder>(ladderfixture::textbook(6));
    LadderExplainer explainer{view, pane, [this] { return shown; }};

    Window()
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(view);
        layout->addWidget(pane);
        view->setLadder(shown);
        window.resize(800, 700);
    }
};

const QString clickHint = QStringLiteral("Click an arrow or a phase bracket");

} // namespace

class TestLadderExplainer : public QObject
{
    Q_OBJECT

private slots:
    void explainsTheSelectedRow();
    void explainsAClickedBracket();
    void noLadderNoRow();
};

void TestLadderExplainer::explainsTheSelectedRow()
{
    Window w;
    // The fixture numbers frames from 1: row 3 (the request) is frame 4.
    w.view->setCurrentRow(3);
    QTRY_VERIFY2(w.pane->title().contains(QStringLiteral("Frame 4")), qPrintable(w.pane->title()));
    w.view->setCurrentRow(0);
    QTRY_VERIFY2(w.pane->title().contains(QStringLiteral("Frame 1")), qPrintable(w.pane->title()));

    // The pane keeps finished sentences: made again, they speak of the same row.
    w.pane->clear();
    w.explainer.explainCurrent();
    QTRY_VERIFY2(w.pane->title().contains(QStringLiteral("Frame 1")), qPrintable(w.pane->title()));
}

void TestLadderExplainer::explainsAClickedBracket()
{
    Window w;
    w.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    QTRY_VERIFY(!w.view->isLayingOut());
    const auto &brackets = w.view->layout().brackets();
    QVERIFY(!brackets.empty());
    QCOMPARE(brackets.front().firstRow, 0u); // the handshake: frames 1 to 3
    QCOMPARE(brackets.front().lastRow, 2u);
    emit w.view->bracketClicked(0);
    QVERIFY2(w.pane->text().contains(QStringLiteral("Frames 1–3")), qPrintable(w.pane->text()));
    QVERIFY2(w.pane->text().contains(QStringLiteral("handshake")), qPrintable(w.pane->text()));

    // A bracket that is not there changes nothing.
    const QString before = w.pane->text();
    emit w.view->bracketClicked(static_cast<int>(brackets.size()));
    QCOMPARE(w.pane->text(), before);
}

void TestLadderExplainer::noLadderNoRow()
{
    Window w;
    w.view->setCurrentRow(2);
    QTRY_VERIFY(w.pane->title().contains(QStringLiteral("Frame 3")));
    w.view->setCurrentRow(-1);
    QTRY_VERIFY2(w.pane->text().contains(clickHint), qPrintable(w.pane->text()));

    w.view->setCurrentRow(2);
    QTRY_VERIFY(w.pane->title().contains(QStringLiteral("Frame 3")));
    w.shown.reset(); // the window closed the connection
    w.explainer.explainCurrent();
    QTRY_VERIFY2(w.pane->text().contains(clickHint), qPrintable(w.pane->text()));
}

QTEST_MAIN(TestLadderExplainer)
#include "tst_ladderexplainer.moc"
