// SPDX-License-Identifier: GPL-3.0-or-later
// The window's title without the main window: made by what the window was given, with a "*" while
// something is unsaved, and made again after a language switch, after the window's own
// retranslateUi() has put its plain title back.
#include "windowtitle.h"

#include <QEvent>
#include <QtTest>

using tcpladder::ui::WindowTitle;

namespace {

// As a window with a .ui: a language switch puts the .ui's title back.
class Window : public QWidget
{
protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            setWindowTitle(QStringLiteral("from the .ui"));
        QWidget::changeEvent(event);
    }
};

} // namespace

class TestWindowTitle : public QObject
{
    Q_OBJECT

private slots:
    void madeAgainAfterALanguageSwitch();
    void starWhileModified();
};

void TestWindowTitle::madeAgainAfterALanguageSwitch()
{
    Window window;
    WindowTitle title(&window, [] { return false; });
    QVERIFY(window.windowTitle().isEmpty()); // the window's own until something is set
    title.set({});
    QCOMPARE(window.windowTitle(), QStringLiteral("TCP Ladder"));

    QString language = QStringLiteral("en");
    title.set([&language] { return QStringLiteral("reset.pcapng — ") + language; });
    QCOMPARE(window.windowTitle(), QStringLiteral("reset.pcapng — en"));

    language = QStringLiteral("zh");
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&window, &change);
    QCOMPARE(window.windowTitle(), QStringLiteral("reset.pcapng — zh"));
}

void TestWindowTitle::starWhileModified()
{
    Window window;
    bool modified = false;
    WindowTitle title(&window, [&modified] { return modified; });
    title.set([] { return QStringLiteral("lesson.pcapng"); });
    QCOMPARE(window.windowTitle(), QStringLiteral("lesson.pcapng"));
    modified = true;
    title.refresh();
    QCOMPARE(window.windowTitle(), QStringLiteral("*lesson.pcapng"));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&window, &change);
    QCOMPARE(window.windowTitle(), QStringLiteral("*lesson.pcapng")); // still unsaved in another language
    modified = false;
    title.refresh();
    QCOMPARE(window.windowTitle(), QStringLiteral("lesson.pcapng"));
}

QTEST_MAIN(TestWindowTitle)
#include "tst_windowtitle.moc"
