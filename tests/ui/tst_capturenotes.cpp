// SPDX-License-Identifier: GPL-3.0-or-later
// Teacher's notes in the window: the capture's pcapng comments (written by editcap) show as notes,
// the right-click menu adds and removes them, the exports draw them (the text diagrams of Copy as
// Mermaid / PlantUML and File › Export too, unsaved notes included), and File › Save Capture As…
// writes them as packet comments that tshark reads back; a failed save keeps everything.
#include "viewssettled.h"
#include "capturenotes.h"
#include "ladderexport.h"
#include "laddernotesmenu.h"
#include "ladderview.h"
#include "mainwindow.h"
#include "textdiagramactions.h"
#include "textdiagramexport.h"
#include "tsharkfields.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace tcpladder;
using namespace tcpladder::ui;

namespace {

const QString commented = QStringLiteral(TCPLADDER_TEST_DATA_DIR "/commented.pcapng");

QByteArray digestOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

bool showStreamZero(MainWindow &w, const QString &path)
{
    if (!loadAndSettle(w, path))
        return false;
    if (!w.ladderView()->hasLadder() || w.ladderView()->ladder().streamIndex != 0) {
        w.selectStream(0);
        if (!viewsSettled(w))
            return false;
    }
    return w.ladderView()->hasLadder() && !w.ladderView()->ladder().rows.empty();
}

std::uint32_t frameOfRow(const MainWindow &w, std::uint32_t row)
{
    return w.ladderView()->ladder().rows.at(row).segment.frame;
}

} // namespace

class TestCaptureNotes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void commentsOfTheFileAreNotes()
    {
        MainWindow w;
        QVERIFY(showStreamZero(w, commented));
        const auto &notes = w.ladderView()->rowNotes();
        // editcap put comments on frames 1, 2 and 8 (make_commented.sh); rows are frames here.
        QCOMPARE(notes.size(), std::size_t{3});
        for (const auto &[row, texts] : notes)
            QVERIFY(frameOfRow(w, row) == 1 || frameOfRow(w, row) == 2 || frameOfRow(w, row) == 8);
        QCOMPARE(QString::fromStdString(notes.begin()->second.front()),
                 QStringLiteral("The client opens: SYN, its ISN is random"));
        QVERIFY(!w.captureNotes()->isModified());
    }

    void menuAddsAndRemoves()
    {
        MainWindow w;
        QVERIFY(showStreamZero(w, commented));
        auto *menus = w.ladderView()->findChild<LadderNotesMenu *>();
        QVERIFY(menus);
        std::unique_ptr<QMenu> noted(menus->menuForRow(0, nullptr));
        QVERIFY(noted);
        QVERIFY(noted->findChild<QAction *>(QStringLiteral("removeNote")));
        QCOMPARE(noted->findChild<QAction *>(QStringLiteral("editNote"))->text(), LadderNotesMenu::tr("Edit Note…"));
        std::unique_ptr<QMenu> plain(menus->menuForRow(2, nullptr));
        QVERIFY(!plain->findChild<QAction *>(QStringLiteral("removeNote")));
        QCOMPARE(plain->findChild<QAction *>(QStringLiteral("editNote"))->text(), LadderNotesMenu::tr("Add Note…"));
        QVERIFY(!menus->menuForRow(-1, nullptr));

        noted->findChild<QAction *>(QStringLiteral("removeNote"))->trigger();
        QVERIFY(w.captureNotes()->isModified());
        QVERIFY(w.ladderView()->rowNotes().count(0) == 0);
        QVERIFY(w.windowTitle().startsWith(u'*'));
        w.captureNotes()->setNote(frameOfRow(w, 2), QStringLiteral("  Data starts here  "));
        QCOMPARE(w.ladderView()->rowNotes().at(2), std::vector<std::string>{"Data starts here"});
        w.captureNotes()->clear(); // no question when the test window closes
    }

    void exportsDrawTheNotes()
    {
        MainWindow w;
        QVERIFY(showStreamZero(w, commented));
        LadderExportOptions options = w.ladderView()->exportOptions(900);
        const QImage withFileNotes = renderLadderImage(w.ladderView()->ladder(), options);
        options.noteEdits = {{1, {}}, {2, {}}, {8, {}}};
        const QImage without = renderLadderImage(w.ladderView()->ladder(), options);
        QVERIFY(!withFileNotes.isNull() && !without.isNull());
        QCOMPARE(withFileNotes.size(), without.size());
        QVERIFY(withFileNotes != without);
        // The view's own export options carry what was changed in the app.
        w.captureNotes()->setNote(frameOfRow(w, 4), QStringLiteral("edited"));
        const QImage edited = w.ladderView()->renderImage(900);
        QVERIFY(edited != withFileNotes);
        w.captureNotes()->clear();
    }

    // A note added in the window and not saved, and a file's note removed, as Copy as Mermaid and the
    // .puml export write them: the note right after its arrow, the removed one nowhere.
    void unsavedNotesInTextDiagrams()
    {
        MainWindow w;
        QVERIFY(showStreamZero(w, commented));
        const std::uint32_t frame = frameOfRow(w, 4);
        w.captureNotes()->setNote(frame, QStringLiteral("Unsaved: 未保存的备注"));
        w.captureNotes()->removeNotes(frameOfRow(w, 0));
        auto *copyMermaid = w.findChild<QAction *>(QStringLiteral("actionCopyMermaid"));
        QVERIFY(copyMermaid && copyMermaid->isEnabled());
        copyMermaid->trigger();
        const QStringList mermaid = QGuiApplication::clipboard()->text().split(u'\n');
        const auto arrow = std::find_if(mermaid.begin(), mermaid.end(), [frame](const QString &line) {
            return line.contains(QStringLiteral("<br/>frame %1, t = ").arg(frame));
        });
        QVERIFY2(arrow != mermaid.end() && arrow + 1 != mermaid.end(), qPrintable(mermaid.join(u'\n')));
        // Mermaid writes ':' as its entity code #58;.
        QCOMPARE(*(arrow + 1), QStringLiteral("    Note over C,S: Unsaved#58; 未保存的备注"));
        QVERIFY(!mermaid.join(u'\n').contains(QStringLiteral("The client opens")));

        // File › Export Ladder… of a .puml takes the options Copy takes (MainWindow::exportLadder).
        auto *actions = w.findChild<TextDiagramActions *>();
        QVERIFY(actions);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.puml"));
        QVERIFY(exportLadderText(w.ladderView()->ladder(), path, actions->options()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString plantUml = QString::fromUtf8(file.readAll());
        QVERIFY2(plantUml.contains(QStringLiteral("frame %1, t = ").arg(frame)), qPrintable(plantUml));
        const QString afterArrow = plantUml.mid(plantUml.indexOf(QStringLiteral("frame %1, t = ").arg(frame)));
        QCOMPARE(afterArrow.section(u'\n', 1, 1), QStringLiteral("note over C, S #FFF3B0 : Unsaved: 未保存的备注"));
        QVERIFY(!plantUml.contains(QStringLiteral("The client opens")));
        QVERIFY(plantUml.contains(QStringLiteral("The client closes first"))); // the file's own, unchanged
        w.captureNotes()->clear();
    }

    void savedNotesAreFrameComments()
    {
        QTemporaryDir dir;
        const QString original = dir.filePath(QStringLiteral("lesson.pcapng"));
        QVERIFY(QFile::copy(commented, original));
        QFile::setPermissions(original, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = digestOf(original);
        MainWindow w;
        QVERIFY(showStreamZero(w, original));
        CaptureNotes *notes = w.captureNotes();
        notes->removeNotes(frameOfRow(w, 0));
        notes->setNote(frameOfRow(w, 3), QStringLiteral("The request: 87 bytes"));
        notes->setNote(frameOfRow(w, 9), QStringLiteral("最后的 ACK"));

        const QString saved = dir.filePath(QStringLiteral("lesson-notes.pcapng"));
        QSignalSpy done(&w, &MainWindow::notesSaved);
        QSignalSpy loaded(&w, &MainWindow::loadFinished);
        QVERIFY(w.saveNotesTo(saved));
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().first().toBool(), true);
        QCOMPARE(digestOf(original), before); // the original was not touched
        QVERIFY(!notes->isModified());
        QVERIFY(loaded.wait(20000) || !loaded.isEmpty());
        QVERIFY(viewsSettled(w));
        QCOMPARE(w.currentFile(), QFileInfo(saved).absoluteFilePath());

        // The reopened file shows the saved notes as its own comments.
        if (!w.ladderView()->hasLadder()) {
            QVERIFY(w.selectStream(0));
            QVERIFY(viewsSettled(w));
        }
        QCOMPARE(w.ladderView()->rowNotes().size(), std::size_t{4});
        QCOMPARE(w.ladderView()->rowNotes().count(0), std::size_t{0});

        QString tshark;
        TCPLADDER_FIND_TSHARK_OR_SKIP(tshark);
        const auto rows =
            testsupport::tsharkFields(saved, QStringLiteral("frame.comment"), {QStringLiteral("frame.comment")});
        QStringList comments;
        for (const QStringList &row : rows)
            comments << row.at(1);
        QCOMPARE(comments,
                 (QStringList{QStringLiteral("SYN-ACK：服务器的初始序号，Ack = 客户端 ISN + 1"),
                              QStringLiteral("The request: 87 bytes"), QStringLiteral("The client closes first"),
                              QStringLiteral("最后的 ACK")}));
    }

    void failedSaveKeepsEverything()
    {
        QTemporaryDir dir;
        const QString original = dir.filePath(QStringLiteral("lesson.pcapng"));
        QVERIFY(QFile::copy(commented, original));
        const QByteArray before = digestOf(original);
        MainWindow w;
        QVERIFY(showStreamZero(w, original));
        w.captureNotes()->setNote(frameOfRow(w, 3), QStringLiteral("kept"));
        const QString nowhere = dir.filePath(QStringLiteral("missing-folder/out.pcapng"));
        QSignalSpy done(&w, &MainWindow::notesSaved);
        QVERIFY(w.saveNotesTo(nowhere));
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY(w.messageText().contains(QStringLiteral("missing-folder")));
        QVERIFY(w.captureNotes()->isModified()); // nothing lost: the notes are still there to save elsewhere
        QCOMPARE(w.currentFile(), QFileInfo(original).absoluteFilePath());
        QCOMPARE(digestOf(original), before);
        QVERIFY(!QFile::exists(nowhere));
        w.captureNotes()->clear();
    }
};

QTEST_MAIN(TestCaptureNotes)
#include "tst_capturenotes.moc"
