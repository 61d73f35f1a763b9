// SPDX-License-Identifier: GPL-3.0-or-later
// The message bar: one message at a time, long ones cut short with all of it in the tooltip, made
// again in the new language after a switch, tinted for errors, closed by its button.
#include "messagebar.h"

#include <QCoreApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

using tcpladder::ui::MessageBar;

class TestMessageBar : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void replacesTheLastMessage();
    void cutsLongMessagesShort();
    void madeAgainAfterLanguageSwitch();
    void errorsAreTinted();
    void closeButtonHides();
    void forwardsLinks();

private:
    QWidget *m_window = nullptr;
    QFrame *m_frame = nullptr;
    QLabel *m_label = nullptr;
    QToolButton *m_close = nullptr;
    MessageBar *m_bar = nullptr;
};

void TestMessageBar::init()
{
    m_window = new QWidget;
    auto *layout = new QHBoxLayout(m_window);
    m_frame = new QFrame(m_window);
    auto *frameLayout = new QHBoxLayout(m_frame);
    m_label = new QLabel(m_frame);
    m_close = new QToolButton(m_frame);
    frameLayout->addWidget(m_label);
    frameLayout->addWidget(m_close);
    layout->addWidget(m_frame);
    m_bar = new MessageBar(m_frame, m_label, m_close, m_window);
    m_window->show();
}

void TestMessageBar::cleanup()
{
    delete m_window;
}

void TestMessageBar::replacesTheLastMessage()
{
    QVERIFY(m_frame->isHidden()); // nothing to say yet
    QCOMPARE(m_bar->text(), QString());
    m_bar->show(QStringLiteral("first"), false);
    QVERIFY(m_frame->isVisible());
    m_bar->show(QStringLiteral("second"), true);
    QCOMPARE(m_bar->text(), QStringLiteral("second"));
    QCOMPARE(m_label->text(), QStringLiteral("second"));
    QVERIFY(m_bar->isError());
    m_bar->hide();
    QVERIFY(m_frame->isHidden());
    QCOMPARE(m_bar->text(), QString());
}

void TestMessageBar::cutsLongMessagesShort()
{
    QStringList lines;
    for (int i = 1; i <= 9; ++i)
        lines << QStringLiteral("warning %1").arg(i);
    m_bar->show(lines.join(u'\n'), false);
    const QStringList shown = m_label->text().split(u'\n');
    QCOMPARE(shown.size(), 6);
    QCOMPARE(shown.mid(0, 5), lines.mid(0, 5));
    QVERIFY2(shown.last().contains(u'4'), qPrintable(shown.last())); // "… and 4 more"
    QCOMPARE(m_bar->text(), lines.join(u'\n'));
    QCOMPARE(m_label->toolTip(), lines.join(u'\n'));
}

void TestMessageBar::madeAgainAfterLanguageSwitch()
{
    int language = 0;
    m_bar->show([&language] { return QStringLiteral("made in language %1").arg(language); }, true);
    QCOMPARE(m_bar->text(), QStringLiteral("made in language 0"));
    language = 1;
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_frame, &change);
    QCOMPARE(m_bar->text(), QStringLiteral("made in language 1"));

    // A finished text stays as it is.
    m_bar->show(QStringLiteral("fixed"), false);
    language = 2;
    QCoreApplication::sendEvent(m_frame, &change);
    QCOMPARE(m_bar->text(), QStringLiteral("fixed"));
}

void TestMessageBar::errorsAreTinted()
{
    m_bar->show(QStringLiteral("note"), false);
    const QColor note = m_frame->palette().color(QPalette::Window);
    m_bar->show(QStringLiteral("error"), true);
    const QColor error = m_frame->palette().color(QPalette::Window);
    QVERIFY(note != error);
    QVERIFY2(error.red() > error.green(), qPrintable(error.name())); // reddish
    QVERIFY2(note.blue() < note.green(), qPrintable(note.name()));   // yellowish

    // On a dark window the tint is deep, so the white text stays readable.
    QPalette dark = m_window->palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    m_window->setPalette(dark);
    QTRY_VERIFY(m_frame->palette().color(QPalette::Window).lightness() < 128);
    QCOMPARE(m_frame->palette().color(QPalette::WindowText), QColor(Qt::white));
}

void TestMessageBar::closeButtonHides()
{
    m_bar->show(QStringLiteral("go away"), false);
    m_close->click();
    QVERIFY(m_frame->isHidden());
    QCOMPARE(m_bar->text(), QString());
}

void TestMessageBar::forwardsLinks()
{
    QSignalSpy links(m_bar, &MessageBar::linkActivated);
    m_bar->show(QStringLiteral("<a href=\"save\">Save</a>"), false);
    emit m_label->linkActivated(QStringLiteral("save"));
    QCOMPARE(links.count(), 1);
    QCOMPARE(links.first().first().toString(), QStringLiteral("save"));
}

QTEST_MAIN(TestMessageBar)
#include "tst_messagebar.moc"
