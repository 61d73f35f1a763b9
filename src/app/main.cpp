// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"
#include "loadannouncer.h"
#include "mainwindow.h"
#include "presentermode.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("tcpladder"));
    QApplication::setApplicationName(QStringLiteral("tcpladder"));
    QApplication::setApplicationDisplayName(QStringLiteral("TCP Ladder"));
    QApplication::setApplicationVersion(QStringLiteral(TCPLADDER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("tcpladder"));
    // Before any window or --help text: the saved choice from View > Language, else the system locale.
    auto *languages = tcpladder::ui::LanguageManager::instance();
    languages->setLanguage(languages->startupLanguage(), false);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "See TCP connections as ladder diagrams."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "pcap or pcapng capture to open"),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption streamOption(
        QStringLiteral("select-stream"),
        QApplication::translate("main", "Select connection N (tcp.stream) once loaded."), QStringLiteral("N"));
    const QCommandLineOption sampleOption(QStringLiteral("sample"),
                                          QApplication::translate("main", "Open a bundled sample, e.g. reset.pcapng."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption largeOption(QStringLiteral("larger-text"),
                                         QApplication::translate("main", "Start with larger text (projectors)."));
    const QCommandLineOption guideOption(QStringLiteral("getting-started"),
                                         QApplication::translate("main", "Show Help › Getting Started at start."));
    const QCommandLineOption shortcutsOption(
        QStringLiteral("keyboard-shortcuts"),
        QApplication::translate("main", "Show Help › Keyboard Shortcuts at start."));
    parser.addOption(streamOption);
    parser.addOption(guideOption);
    parser.addOption(shortcutsOption);
    const QCommandLineOption presenterOption(QStringLiteral("presenter"),
                                             QApplication::translate("main", "Start in presenter mode (F11)."));
    const QCommandLineOption graphOption(
        QStringLiteral("graph"),
        QApplication::translate("main",
                                "Show the graphs: time-sequence, round-trip time or bytes in flight (Ctrl+G)."));
    parser.addOption(presenterOption);
    parser.addOption(graphOption);
    parser.addOption(sampleOption);
    const QCommandLineOption textbookOption(
        QStringLiteral("textbook"), QApplication::translate("main", "Start in the textbook layout (View menu)."));
    parser.addOption(largeOption);
    parser.addOption(textbookOption);
    const QCommandLineOption peerOption(
        QStringLiteral("peer-capture"),
        QApplication::translate("main",
                                "Merge the selected connection with FILE, the other side's capture (File menu)."),
        QStringLiteral("FILE"));
    parser.addOption(peerOption);
    parser.process(app);

    tcpladder::ui::MainWindow window;
    QApplication::setWindowIcon(window.windowIcon());
    if (parser.isSet(streamOption)) {
        bool ok = false;
        const int stream = parser.value(streamOption).toInt(&ok);
        if (!ok || stream < 0) {
            std::fputs("tcpladder: --select-stream needs a connection number (tcp.stream)\n", stderr);
            return 1;
        }
        window.setStreamToSelect(stream);
    }
    if (parser.isSet(largeOption))
        window.setLargerText(true);
    if (parser.isSet(textbookOption))
        window.setTextbookLayout(true);
    // One line when a capture has been read and the window painted, so a launcher script (and the
    // smoke test) can act on it instead of guessing how long loading takes.
    auto *announcer = new tcpladder::app::LoadAnnouncer(&window);
    QObject::connect(&window, &tcpladder::ui::MainWindow::loadFinished, announcer,
                     &tcpladder::app::LoadAnnouncer::loadFinished);
    window.show();
    if (parser.isSet(peerOption)) {
        // Once, for the first connection shown: the merge belongs to that connection.
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = QObject::connect(&window, &tcpladder::ui::MainWindow::ladderShown, &window,
                                 [&window, once, path = parser.value(peerOption)] {
                                     QObject::disconnect(*once);
                                     window.openPeerCapture(path);
                                 });
    }
    if (parser.isSet(graphOption))
        window.showSequenceGraph();
    if (parser.isSet(presenterOption))
        window.presenterMode()->setActive(true);
    if (parser.isSet(sampleOption))
        window.openSample(parser.value(sampleOption));
    else if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    // A teacher's launcher (or a screenshot) can start with the lesson open.
    if (parser.isSet(guideOption))
        window.showGettingStarted();
    if (parser.isSet(shortcutsOption))
        window.showKeyboardShortcuts();
    return QApplication::exec();
}
