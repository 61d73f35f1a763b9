// SPDX-License-Identifier: GPL-3.0-or-later
// View › Larger Text without the main window: the application font half as large again as the one
// it started with (point or pixel sized), the ladder's text scale with it, and back; the window hears
// of the new font to size its rows.
#include "ladderview.h"
#include "largertext.h"

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QtTest>

using tcpladder::ui::LadderView;
using tcpladder::ui::LargerText;

namespace {

// The user's application font, set before LargerText takes it as its base.
struct UsersFont
{
    explicit UsersFont(const QFont &font) { QApplication::setFont(font); }
};

// View › Larger Text over a ladder.
struct Fixture : UsersFont
{
    explicit Fixture(const QFont &base)
        : UsersFont(base)
    {
        action.setCheckable(true);
    }
    QAction action{QStringLiteral("Larger Text")};
    LadderView view;
    LargerText larger{&action, &view};
};

QFont pointSized(qreal size)
{
    QFont font = QApplication::font();
    font.setPointSizeF(size);
    return font;
}

} // namespace

class TestLargerText : public QObject
{
    Q_OBJECT

private slots:
    void pointSizedFont();
    void pixelSizedFont();
    void setOnChecksTheAction();
};

void TestLargerText::pointSizedFont()
{
    Fixture f(pointSized(10));
    auto &[action, view, larger] = f;
    QSignalSpy changed(&larger, &LargerText::fontChanged);

    action.trigger();
    QCOMPARE(QApplication::font().pointSizeF(), 15.0);
    QCOMPARE(view.textScale(), 1.5);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().first().value<QFont>().pointSizeF(), 15.0);
    // The user's zoom is apart from it: Reset Zoom keeps the text larger.
    view.zoomIn();
    view.resetZoom();
    QCOMPARE(view.textScale(), 1.5);

    action.trigger();
    QCOMPARE(QApplication::font().pointSizeF(), 10.0); // from the base, not 15 / 1.5 rounded
    QCOMPARE(view.textScale(), 1.0);
    QCOMPARE(changed.count(), 2);
}

void TestLargerText::pixelSizedFont()
{
    QFont base = QApplication::font();
    base.setPixelSize(12);
    Fixture f(base);
    auto &[action, view, larger] = f;
    action.trigger();
    QCOMPARE(QApplication::font().pixelSize(), 18);
    action.trigger();
    QCOMPARE(QApplication::font().pixelSize(), 12);
}

void TestLargerText::setOnChecksTheAction()
{
    Fixture f(pointSized(8));
    auto &[action, view, larger] = f;
    QSignalSpy changed(&larger, &LargerText::fontChanged);
    larger.setOn(true);
    QVERIFY(action.isChecked());
    QCOMPARE(QApplication::font().pointSizeF(), 12.0);
    QCOMPARE(changed.count(), 1); // once, though the action toggled
    larger.setOn(true);           // asked again: the font again, the check mark stays
    QCOMPARE(changed.count(), 2);
    larger.setOn(false);
    QVERIFY(!action.isChecked());
    QCOMPARE(QApplication::font().pointSizeF(), 8.0);
}

QTEST_MAIN(TestLargerText)
#include "tst_largertext.moc"
