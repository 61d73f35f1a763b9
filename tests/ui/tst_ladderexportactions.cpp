// SPDX-License-Identifier: GPL-3.0-or-later
// LadderExportActions without the main window: the shown ladder exported to each format decodes
// (PNG, SVG, PDF, Mermaid text carrying what the view shows), an export that cannot be written says
// why and leaves no file, the image copy lands on the clipboard, and the actions are enabled only
// while there is a ladder to export.
#include "../core/ladderfixture.h"
#include "ladderexportactions.h"
#include "ladderview.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QMenu>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace tcpladder;

namespace {

const char *const ClientClose = TCPLADDER_TEST_DATA_DIR "/client-close.pcap";

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestLadderExportActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writesEachFormat();
    void textExportCarriesWhatTheViewShows();
    void unwritablePathSaysWhyAndLeavesNoFile();
    void copiesTheImage();
    void enabledOnlyWithALadder();

private:
    std::unique_ptr<QWidget> m_window; // the dialogs' parent; owns the actions and the exports
    QMenu *m_menu = nullptr;
    ui::LadderView *m_view = nullptr;
    ui::LadderExportActions *m_exports = nullptr;
    ui::LadderExportActions::Actions m_actions;
    core::SharedLadder m_ladder;
    QTemporaryDir m_dir;
};

void TestLadderExportActions::init()
{
    const auto loaded = ladderfixture::loadLadder(ClientClose, 0);
    QVERIFY(loaded);
    m_ladder = std::make_shared<const core::ConnectionLadder>(*loaded);
    m_window = std::make_unique<QWidget>();
    m_menu = new QMenu(m_window.get());
    m_actions = {m_menu->addAction(QStringLiteral("Export Ladder")), m_menu->addAction(QStringLiteral("Export Quiz")),
                 m_menu->addAction(QStringLiteral("Copy Ladder Image")), m_menu};
    m_view = new ui::LadderView(m_window.get());
    m_view->resize(900, 600);
    m_view->setLadder(m_ladder);
    m_window->show();
    m_exports = new ui::LadderExportActions(
        m_actions, [this] { return m_ladder; }, m_view,
        [] {
            return ui::LadderExportActions::CaptureFile{QString::fromUtf8(ClientClose), false};
        },
        m_window.get());
}

void TestLadderExportActions::cleanup()
{
    m_window.reset();
}

void TestLadderExportActions::writesEachFormat()
{
    QSignalSpy succeeded(m_exports, &ui::LadderExportActions::succeeded);
    QSignalSpy failed(m_exports, &ui::LadderExportActions::failed);
    const QString png = m_dir.filePath(QStringLiteral("ladder.png"));
    QVERIFY(m_exports->exportTo(png, m_view->exportOptions(1200)));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 1200);
    // Ten segments one under another: far taller than a row of text.
    QVERIFY(image.height() > 10 * m_view->fontMetrics().height());

    const QString svg = m_dir.filePath(QStringLiteral("ladder.svg"));
    QVERIFY(m_exports->exportTo(svg, m_view->exportOptions(1200)));
    QVERIFY(QSvgRenderer(svg).isValid());

    const QString pdf = m_dir.filePath(QStringLiteral("ladder.pdf"));
    QVERIFY(m_exports->exportTo(pdf, m_view->exportOptions(1200)));
    QVERIFY(contents(pdf).startsWith("%PDF-"));

    QCOMPARE(failed.count(), 0);
    QCOMPARE(succeeded.count(), 3);
    QVERIFY(succeeded.last().at(0).toString().contains(QDir::toNativeSeparators(pdf)));
}

void TestLadderExportActions::textExportCarriesWhatTheViewShows()
{
    const QString mmd = m_dir.filePath(QStringLiteral("ladder.mmd"));
    m_view->setShowStates(false);
    QVERIFY(m_exports->exportTo(mmd, m_view->exportOptions(1200)));
    QString text = QString::fromUtf8(contents(mmd));
    // The capture's first segment and its answer, as tshark numbers them.
    QVERIFY2(text.contains(QStringLiteral("sequenceDiagram")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("C->>S: [SYN] Seq=0 Len=0")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("S->>C: [SYN, ACK] Seq=0 Ack=1 Len=0")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("SYN_SENT")));

    m_view->setShowStates(true); // View › Show TCP States: the text shows them too
    QVERIFY(m_exports->exportTo(mmd, m_view->exportOptions(1200)));
    text = QString::fromUtf8(contents(mmd));
    QVERIFY2(text.contains(QStringLiteral("SYN_SENT")), qPrintable(text));
}

void TestLadderExportActions::unwritablePathSaysWhyAndLeavesNoFile()
{
    QSignalSpy succeeded(m_exports, &ui::LadderExportActions::succeeded);
    QSignalSpy failed(m_exports, &ui::LadderExportActions::failed);
    for (const char *name : {"ladder.png", "ladder.svg", "ladder.pdf", "ladder.mmd"}) {
        const QString path = m_dir.filePath(QStringLiteral("no such folder/") + QLatin1String(name));
        const qsizetype before = failed.count();
        QVERIFY2(!m_exports->exportTo(path, m_view->exportOptions(1200)), name);
        QCOMPARE(failed.count(), before + 1);
        const QString message = failed.last().at(0).toString();
        QVERIFY2(message.startsWith(QStringLiteral("Could not export the ladder: ")), qPrintable(message));
        QVERIFY2(message.size() > QStringLiteral("Could not export the ladder: ").size(), qPrintable(message));
        QVERIFY(!QFile::exists(path));
    }
    QCOMPARE(succeeded.count(), 0);
}

void TestLadderExportActions::copiesTheImage()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear();
    QSignalSpy succeeded(m_exports, &ui::LadderExportActions::succeeded);
    m_actions.copyImage->trigger();
    const QImage image = clipboard->image();
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 1000);
    QCOMPARE(succeeded.count(), 1);
    QCOMPARE(succeeded.first().at(0).toString(),
             QStringLiteral("Ladder image copied (%1 × %2 px)").arg(image.width()).arg(image.height()));
}

void TestLadderExportActions::enabledOnlyWithALadder()
{
    const QList<QAction *> all{m_actions.exportLadder, m_actions.exportQuiz, m_actions.copyImage,
                               m_exports->textDiagrams()->copyMermaidAction(),
                               m_exports->textDiagrams()->copyPlantUmlAction()};
    for (QAction *action : all)
        QVERIFY(action->isEnabled());

    m_ladder.reset();
    m_exports->updateEnabled();
    for (QAction *action : all)
        QVERIFY(!action->isEnabled());
    // Nothing to export: nothing written, nothing said.
    QSignalSpy succeeded(m_exports, &ui::LadderExportActions::succeeded);
    QSignalSpy failed(m_exports, &ui::LadderExportActions::failed);
    const QString png = m_dir.filePath(QStringLiteral("none.png"));
    QVERIFY(!m_exports->exportTo(png, m_view->exportOptions(1200)));
    QVERIFY(!m_exports->copyImage());
    QVERIFY(!QFile::exists(png));
    QCOMPARE(succeeded.count() + failed.count(), 0);

    m_ladder = std::make_shared<const core::ConnectionLadder>(); // a connection without segments yet
    m_exports->updateEnabled();
    for (QAction *action : all)
        QVERIFY(!action->isEnabled());
}

QTEST_MAIN(TestLadderExportActions)
#include "tst_ladderexportactions.moc"
