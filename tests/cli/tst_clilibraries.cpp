// SPDX-License-Identifier: GPL-3.0-or-later
// tcpladder-cli draws ladders with QtGui and QtSvg only: list, ladder, interfaces, capture and a
// ladder's export (PNG, SVG, PDF, in Chinese too) load no widget library. Only `export --graph*`
// does, through the tcpladder_graphexport module (Qt Charts needs Qt Widgets). Every shared object
// the program really loads is read from glibc's loader (LD_DEBUG=libs), so a dependency brought in
// indirectly or by dlopen counts as much as one linked directly. Linux only (glibc's loader).
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString capture = QStringLiteral(TCPLADDER_TEST_DATA_DIR "/lossy-bulk.pcap");

struct LoadedRun
{
    int exitCode = -1;
    QStringList libraries; // file names of every shared object initialised, "libQt6Gui.so.6", ...
    QByteArray err;
};

LoadedRun runLoggingLibraries(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("libs"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TCPLADDER_CLI_PATH), args);
    LoadedRun run;
    if (!process.waitForStarted()) {
        run.err = "did not start: " + process.errorString().toUtf8();
        return run;
    }
    if (!process.waitForFinished(120000)) {
        process.kill();
        run.err = "timed out";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.err = process.readAllStandardError();
    // "  4242:\tcalling init: /lib/x86_64-linux-gnu/libQt6Gui.so.6"
    static const QRegularExpression init(QStringLiteral("calling init: (\\S+)"));
    for (auto it = init.globalMatch(QString::fromLocal8Bit(run.err)); it.hasNext();)
        run.libraries << it.next().captured(1).section(u'/', -1);
    return run;
}

bool loads(const LoadedRun &run, const QString &library)
{
    return !run.libraries.filter(QRegularExpression(QStringLiteral("^lib%1\\.so").arg(library))).isEmpty();
}

} // namespace

class TestCliLibraries : public QObject
{
    Q_OBJECT

private slots:
    void noWidgetsWithoutGraphs_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("drawsLadder"); // loads QtGui for fonts, and QtSvg
        QTest::newRow("list") << QStringList{"list", capture} << false;
        QTest::newRow("list --json") << QStringList{"list", capture, "--json"} << false;
        QTest::newRow("ladder") << QStringList{"ladder", capture, "--stream", "0"} << false;
        QTest::newRow("ladder --json zh_CN")
            << QStringList{"ladder", capture, "--stream", "0", "--json", "--lang", "zh_CN"} << false;
        QTest::newRow("interfaces") << QStringList{"interfaces"} << false;
        QTest::newRow("export png") << QStringList{"export", capture, "--stream", "0", "-o", "OUT/l.png"} << true;
        QTest::newRow("export svg zh_CN")
            << QStringList{"export", capture, "--stream", "0", "--lang", "zh_CN", "-o", "OUT/l.svg"} << true;
        QTest::newRow("export pdf dark") << QStringList{"export",  capture, "--stream", "0",
                                                        "--theme", "dark",  "-o",       "OUT/l.pdf"}
                                         << true;
    }

    void noWidgetsWithoutGraphs()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, drawsLadder);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        args.replaceInStrings(QStringLiteral("OUT"), dir.path());
        const LoadedRun run = runLoggingLibraries(args);
        QVERIFY2(run.exitCode == 0, run.err.right(2000).constData());
        // The loader's log was read: the C++ runtime and Qt Core are always there.
        QVERIFY2(loads(run, QStringLiteral("Qt6Core")), qPrintable(run.libraries.join(u' ')));
        if (drawsLadder)
            QVERIFY2(loads(run, QStringLiteral("Qt6Svg")) && loads(run, QStringLiteral("Qt6Gui")),
                     qPrintable(run.libraries.join(u' ')));
        for (const QString &forbidden :
             {QStringLiteral("Qt6Widgets"), QStringLiteral("Qt6Charts"), QStringLiteral("Qt6OpenGLWidgets")})
            QVERIFY2(!loads(run, forbidden),
                     qPrintable(forbidden + QStringLiteral(" loaded: ") + run.libraries.join(u' ')));
    }

    // The control: a graph export draws with Qt Charts, so it must load the widget libraries; that it
    // is seen proves the check above can fail.
    void graphsLoadWidgetsThroughTheModule()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("graph.png"));
        const LoadedRun run = runLoggingLibraries({"export", capture, "--stream", "0", "--graph", "-o", out});
        QVERIFY2(run.exitCode == 0, run.err.right(2000).constData());
        QVERIFY2(loads(run, QStringLiteral("Qt6Widgets")) && loads(run, QStringLiteral("Qt6Charts")),
                 qPrintable(run.libraries.join(u' ')));
        QVERIFY2(run.libraries.contains(QStringLiteral("tcpladder_graphexport.so")),
                 qPrintable(run.libraries.join(u' ')));
        QVERIFY(QFileInfo(out).size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestCliLibraries)
#include "tst_clilibraries.moc"
