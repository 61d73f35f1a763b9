// SPDX-License-Identifier: GPL-3.0-or-later
// The capture dialog offscreen (interfaces listed, the filter checked as it is typed, the last choice
// remembered) and the main window driven through it: a real capture on `lo` of a connection this
// test makes, stopped, saved. Live parts need root or cap_net_raw; TCPLADDER_REQUIRE_LIVE=1 fails a skip.
#include "capturedialog.h"
#include "connectionmodel.h"
#include "captureindex.h"
#include "capturestatusbar.h"
#include "livecapturecontroller.h"
#include "mainwindow.h"
#include "spoolfiles.h"
#include "shots.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace tcpladder;
using ui::CaptureDialog;
using ui::MainWindow;

namespace {

// The live capture's label in the status bar; empty while hidden.
QString captureText(MainWindow &w)
{
    return qobject_cast<ui::CaptureStatusBar *>(w.statusBar())->captureText();
}

bool liveRequired()
{
    return qEnvironmentVariableIntValue("TCPLADDER_REQUIRE_LIVE") == 1;
}

// Opens and closes one TCP connection to a listener on 127.0.0.1; returns the server port.
struct LoopbackConnection
{
    int listener = -1;
    quint16 port = 0;
    LoopbackConnection()
    {
        listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address);
        ::listen(listener, 4);
        socklen_t length = sizeof address;
        ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length);
        port = ntohs(address.sin_port);
    }
    ~LoopbackConnection() { ::close(listener); }
    bool run() const
    {
        const int client = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(client, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
            return false;
        const int server = ::accept(listener, nullptr, nullptr);
        char buffer[16];
        const bool ok = ::send(client, "hi", 2, 0) == 2 && ::recv(server, buffer, sizeof buffer, 0) == 2;
        ::close(client);
        ::recv(server, buffer, sizeof buffer, 0);
        ::close(server);
        return ok;
    }
};

QColor filterBackground(CaptureDialog &dialog)
{
    return dialog.findChild<QLineEdit *>(QStringLiteral("filterEdit"))->palette().color(QPalette::Base);
}

void clearSpools()
{
    QDir(capture::SpoolFile::directory()).removeRecursively();
}

} // namespace

class TestCaptureDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcpladder-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_capturedialog"));
        QSettings().clear();
        clearSpools();
    }
    void cleanupTestCase() { clearSpools(); }

    void listsTheLoopbackInterface()
    {
        CaptureDialog dialog;
        QVERIFY2(dialog.interfaceNames().contains(QStringLiteral("lo")), qPrintable(dialog.interfaceNames().join(',')));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("interfaceTable"));
        const int row = static_cast<int>(dialog.interfaceNames().indexOf(QStringLiteral("lo")));
        QVERIFY(table->item(row, 2)->text().contains(QLatin1String("loopback")));
        QVERIFY(table->item(row, 3)->text().contains(QLatin1String("127.0.0.1")));
    }

    void filterIsCheckedAsItIsTyped()
    {
        CaptureDialog dialog;
        dialog.show();
        QVERIFY(dialog.selectInterface(QStringLiteral("lo")));
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        auto *start = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("tcp prot 80"));
        QVERIFY(!dialog.isFilterValid());
        QCOMPARE(edit->property("filterState").toString(), QStringLiteral("invalid"));
        QVERIFY(filterBackground(dialog).red() > filterBackground(dialog).green());
        QVERIFY2(dialog.filterMessage().contains(QLatin1String("syntax error")), qPrintable(dialog.filterMessage()));
        QVERIFY(!start->isEnabled());

        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("tcp port 80"));
        QVERIFY(dialog.isFilterValid());
        QCOMPARE(edit->property("filterState").toString(), QStringLiteral("valid"));
        QVERIFY(filterBackground(dialog).green() > filterBackground(dialog).red());
        QVERIFY(!dialog.filterMessage().contains(QLatin1String("error")));
        QVERIFY(start->isEnabled());

        // Mid-word states are errors too, and the message follows each keystroke.
        QTest::keyClicks(edit, QStringLiteral(" and host"));
        QVERIFY(!dialog.isFilterValid());
        QTest::keyClicks(edit, QStringLiteral(" 127.0.0.1"));
        QVERIFY(dialog.isFilterValid());
        QCOMPARE(QString::fromStdString(dialog.options().filter), QStringLiteral("tcp port 80 and host 127.0.0.1"));
    }

    void displayFilterSyntaxGetsTheBpfSpelling_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("bpf"); // empty: no equivalent, only the explanation
        QTest::newRow("ip.addr") << QStringLiteral("ip.addr==127.0.0.1") << QStringLiteral("host 127.0.0.1");
        QTest::newRow("tcp.port") << QStringLiteral("tcp.port == 80") << QStringLiteral("tcp port 80");
        QTest::newRow("and") << QStringLiteral("ip.src==10.0.0.1 && tcp.dstport==443")
                             << QStringLiteral("src host 10.0.0.1 and tcp dst port 443");
        QTest::newRow("or, not") << QStringLiteral("ip.addr == 10.0.0.2 || !tcp.port == 22")
                                 << QStringLiteral("host 10.0.0.2 or not tcp port 22");
        QTest::newRow("syn flag") << QStringLiteral("tcp.flags.syn==1")
                                  << QStringLiteral("tcp[tcpflags] & tcp-syn != 0");
        QTest::newRow("no equivalent") << QStringLiteral("frame.len > 100") << QString();
    }

    void displayFilterSyntaxGetsTheBpfSpelling()
    {
        QFETCH(QString, typed);
        QFETCH(QString, bpf);
        CaptureDialog dialog;
        dialog.show();
        QVERIFY(dialog.selectInterface(QStringLiteral("lo")));
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        edit->clear();
        QTest::keyClicks(edit, typed);
        QVERIFY(!dialog.isFilterValid());
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("filterMessage"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("Capture filters use BPF")), qPrintable(message->text()));
        if (bpf.isEmpty()) {
            QVERIFY(message->text().contains(QStringLiteral("“host 127.0.0.1”")));
            QVERIFY(!message->text().contains(QLatin1String("<a ")));
            return;
        }
        QVERIFY2(message->text().contains(QStringLiteral("“%1”").arg(bpf.toHtmlEscaped())),
                 qPrintable(message->text()));
        // The suggestion is a link: following it puts the BPF text in the field, and libpcap accepts it.
        const auto link = QRegularExpression(QStringLiteral("href=\"([^\"]*)\"")).match(message->text());
        QVERIFY(link.hasMatch());
        testsupport::saveShot(
            &dialog, QStringLiteral("bpf-hint-") + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        emit message->linkActivated(link.captured(1));
        QCOMPARE(edit->text(), bpf);
        QVERIFY(dialog.isFilterValid());
        QCOMPARE(dialog.filterMessage(), QStringLiteral("Valid capture filter."));
    }

    void remembersTheLastChoice()
    {
        {
            CaptureDialog dialog;
            QVERIFY(dialog.selectInterface(QStringLiteral("lo")));
            dialog.setFilter(QStringLiteral("tcp port 443"));
            dialog.findChild<QCheckBox *>(QStringLiteral("promiscuous"))->setChecked(true);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        CaptureDialog again;
        QCOMPARE(again.selectedInterface(), QStringLiteral("lo"));
        const auto options = again.options();
        QCOMPARE(options.filter, std::string("tcp port 443"));
        QVERIFY(options.promiscuous);
    }

    void mainWindowCapturesThroughTheDialog()
    {
        LoopbackConnection connection;
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy finished(w.liveCapture(), &ui::LiveCaptureController::finished);

        // Drive the modal dialog from inside its own event loop, as a person would.
        bool driven = false;
        QTimer driver;
        driver.setInterval(20);
        connect(&driver, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<CaptureDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            driver.stop();
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("interfaceTable"));
            const int row = static_cast<int>(dialog->interfaceNames().indexOf(QStringLiteral("lo")));
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualItemRect(table->item(row, 0)).center());
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
            edit->clear();
            QTest::keyClicks(edit, QStringLiteral("tcp port %1").arg(connection.port));
            driven = dialog->selectedInterface() == QLatin1String("lo") && dialog->isFilterValid();
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        driver.start();
        w.findChild<QAction *>(QStringLiteral("actionCapture"))->trigger();
        QVERIFY(driven);
        QVERIFY(w.liveCapture()->isCapturing());
        QVERIFY(QFile::exists(w.liveCapture()->spoolPath()));

        // The capture is open once the first stats arrive; a refusal (no permission) ends it instead.
        QTRY_VERIFY_WITH_TIMEOUT(captureText(w).contains(QLatin1String("packets")) || !finished.isEmpty(), 5000);
        if (!finished.isEmpty()) {
            if (liveRequired())
                QFAIL(qPrintable(w.messageText()));
            QSKIP(qPrintable(w.messageText()));
        }
        QVERIFY(connection.run());
        QTRY_COMPARE_WITH_TIMEOUT(w.connectionModel()->rowCount(), 1, 5000);
        // The first connection is selected for the student, and its ladder grows to the FINs while running.
        QTRY_VERIFY_WITH_TIMEOUT(w.currentLadder() && w.currentLadder()->close == core::CloseKind::Fin, 5000);
        QVERIFY(w.liveCapture()->isCapturing());
        QVERIFY(captureText(w).contains(QLatin1String("0 dropped")));

        w.findChild<QAction *>(QStringLiteral("actionStopCapture"))->trigger();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!w.liveCapture()->isCapturing());
        QCOMPARE(w.connectionModel()->rowCount(), 1);
        QVERIFY(w.liveCapture()->hasUnsavedCapture());
        QVERIFY(w.findChild<QAction *>(QStringLiteral("actionSaveCaptureAs"))->isEnabled());
        const QString spool = w.liveCapture()->spoolPath();

        // Saved as pcap: converted, reopened, and the spool is gone.
        QTemporaryDir dir;
        const QString saved = dir.filePath(QStringLiteral("saved.pcap"));
        QSignalSpy loaded(&w, &MainWindow::loadFinished);
        QString error;
        QVERIFY2(w.liveCapture()->saveTo(saved, &error), qPrintable(error));
        QVERIFY(!w.liveCapture()->hasUnsavedCapture());
        QVERIFY(!QFile::exists(spool));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(w.currentFile(), saved);
        QCOMPARE(w.connectionModel()->rowCount(), 1);
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray magic = file.read(4);
        QCOMPARE(magic, QByteArray("\xd4\xc3\xb2\xa1", 4)); // little-endian µs pcap
    }

    void failedCaptureLeavesNoLiveStatus()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *fileLabel = w.findChild<QLabel *>(QStringLiteral("fileStatusLabel"));
        QVERIFY(fileLabel);
        QSignalSpy finished(w.liveCapture(), &ui::LiveCaptureController::finished);
        core::LiveOptions options;
        options.interfaceName = "tcpladder-no-such-if0";
        QVERIFY(w.liveCapture()->start(options));
        QCOMPARE(fileLabel->text(), QStringLiteral("Live: tcpladder-no-such-if0"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!w.liveCapture()->isCapturing());
        // The status bar must not claim a capture that never ran.
        QVERIFY2(!fileLabel->text().contains(QLatin1String("Live")), qPrintable(fileLabel->text()));
        QCOMPARE(fileLabel->text(), QStringLiteral("Capture on tcpladder-no-such-if0 failed"));
        QVERIFY(fileLabel->isVisible());
        QVERIFY(captureText(w).isEmpty());
        QVERIFY2(w.messageText().startsWith(QLatin1String("Cannot capture on tcpladder-no-such-if0")),
                 qPrintable(w.messageText()));
        QVERIFY(!w.liveCapture()->hasUnsavedCapture());
    }

    void closingWhileCapturingWaitsForTheStop()
    {
        LoopbackConnection idle; // nobody connects: the capture stays empty, so closing asks nothing
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy finished(w.liveCapture(), &ui::LiveCaptureController::finished);
        core::LiveOptions options;
        options.interfaceName = "lo";
        options.filter = "tcp port " + std::to_string(idle.port);
        QVERIFY(w.liveCapture()->start(options));
        const QString spool = w.liveCapture()->spoolPath();
        QTRY_VERIFY_WITH_TIMEOUT(captureText(w).contains(QLatin1String("packets")) || !finished.isEmpty(), 5000);
        if (!finished.isEmpty()) {
            if (liveRequired())
                QFAIL(qPrintable(w.messageText()));
            QSKIP(qPrintable(w.messageText()));
        }

        // close() returns at once, the window still open: the worker has not closed the spool yet.
        QVERIFY(!w.close());
        QVERIFY(w.isVisible());
        QVERIFY(w.liveCapture()->isCapturing());
        QVERIFY(!w.findChild<QAction *>(QStringLiteral("actionStopCapture"))->isEnabled());
        QVERIFY(finished.wait(5000));
        // Stopped without packets: nothing to ask about, so the close goes on by itself.
        QTRY_VERIFY(!w.isVisible());
        QVERIFY(!w.liveCapture()->isCapturing());
        QVERIFY(!QFile::exists(spool));
    }

    void openingAFileWhileCapturingWaitsForTheStop()
    {
        LoopbackConnection idle;
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy finished(w.liveCapture(), &ui::LiveCaptureController::finished);
        core::LiveOptions options;
        options.interfaceName = "lo";
        options.filter = "tcp port " + std::to_string(idle.port);
        QVERIFY(w.liveCapture()->start(options));
        QTRY_VERIFY_WITH_TIMEOUT(captureText(w).contains(QLatin1String("packets")) || !finished.isEmpty(), 5000);
        if (!finished.isEmpty()) {
            if (liveRequired())
                QFAIL(qPrintable(w.messageText()));
            QSKIP(qPrintable(w.messageText()));
        }
        const QString file = QStringLiteral(TCPLADDER_TEST_DATA_DIR "/client-close-nano.pcapng");
        w.openFile(file);
        QVERIFY(w.liveCapture()->isCapturing()); // asked to stop; the file opens once the capture has
        QVERIFY(finished.wait(5000));
        QTRY_COMPARE(w.currentFile(), QFileInfo(file).absoluteFilePath());
        QTRY_VERIFY(!w.isLoading() && w.connectionModel()->rowCount() > 0);
        QVERIFY(!w.liveCapture()->isCapturing());
        QVERIFY(!w.liveCapture()->hasUnsavedCapture());
    }

    void offersASpoolLeftByACrash()
    {
        // A spool with no owner is what a crashed session leaves behind.
        QVERIFY(QDir().mkpath(capture::SpoolFile::directory()));
        const QString orphan =
            QDir(capture::SpoolFile::directory()).filePath(QStringLiteral("capture-20240101-120000-lo.pcapng"));
        QVERIFY(QFile::copy(QStringLiteral(TCPLADDER_TEST_DATA_DIR "/client-close-nano.pcapng"), orphan));
        QCOMPARE(capture::findOrphanedSpools().size(), 1);

        MainWindow w;
        w.show();
        QTRY_VERIFY(w.messageText().contains(QLatin1String("never saved")));
        QSignalSpy loaded(&w, &MainWindow::loadFinished);
        emit w.findChild<QLabel *>(QStringLiteral("messageLabel"))->linkActivated(QStringLiteral("open"));
        QVERIFY(loaded.wait(10000));
        QVERIFY(w.connectionModel()->rowCount() > 0);
        QVERIFY(w.liveCapture()->hasUnsavedCapture());
        QCOMPARE(w.liveCapture()->spoolPath(), orphan);
        QVERIFY(capture::findOrphanedSpools().isEmpty()); // this session owns it now
        w.liveCapture()->discard();
        QVERIFY(!QFile::exists(orphan));
        QVERIFY(!w.liveCapture()->hasUnsavedCapture());
    }
};

QTEST_MAIN(TestCaptureDialog)
#include "tst_capturedialog.moc"
