// SPDX-License-Identifier: GPL-3.0-or-later
// NotesController without the main window: notes saved with a committed pcapng as packet comments
// that tshark reads back (the original untouched, saved() naming the new file, the notes cleared),
// saves that fail (a folder that does not exist, a "folder" that is a file) keep the notes and say
// why, nothing open means nothing to save, the Discard / Cancel question before unsaved notes are
// closed, and the texts in English and Chinese.
#include "opencapturewindow.h"
#include "tsharkfields.h"

#include "capturenotes.h"
#include "languagemanager.h"
#include "ladderview.h"
#include "notescontroller.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tcpladder;
using capture::LoadStatus;
using testsupport::dataFile;
using ui::NotesController;

namespace {

QByteArray digestOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

// The window with its ladder and the notes controller on top of the open capture.
struct NotesWindow : testsupport::OpenCaptureWindow
{
    ui::LadderView *ladder = new ui::LadderView(&window);
    NotesController *controller = new NotesController(capture, ladder, statusBar, &window);
    QStringList failures;
    QStringList saves;

    NotesWindow()
    {
        QObject::connect(controller, &NotesController::failed, [this](const QString &m) { failures << m; });
        QObject::connect(controller, &NotesController::saved, [this](const QString &p) { saves << p; });
    }
    ~NotesWindow() { delete controller; }
};

// Answers the next question box with `button`; the box's title and text are kept to check.
struct Answer
{
    QString title;
    QString text;
    bool asked = false;

    explicit Answer(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, [this, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = true;
            title = box->windowTitle();
            text = box->text();
            box->button(button)->click();
        });
    }
};

} // namespace

class TestNotesController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(ui::LanguageManager::instance()->setLanguage(QStringLiteral("en"), false));
    }
    void cleanup() { ui::LanguageManager::instance()->setLanguage(QStringLiteral("en"), false); }

    void savedNotesAreTheNewFilesComments()
    {
        QString tshark;
        TCPLADDER_FIND_TSHARK_OR_SKIP(tshark);
        const QString original = m_dir.filePath(QStringLiteral("lesson.pcapng"));
        QVERIFY(QFile::copy(dataFile("commented.pcapng"), original));
        QFile::setPermissions(original, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = digestOf(original);
        // What the file says before: frames 1, 2 and 8 carry a comment (tests/data/make_commented.sh).
        const auto commentedFrames = testsupport::tsharkFields(original, QStringLiteral("frame.comment"));
        QCOMPARE(commentedFrames.size(), std::size_t{3});

        NotesWindow w;
        QCOMPARE(w.load(original), LoadStatus::Ok);
        ui::CaptureNotes *notes = w.controller->notes();
        notes->removeNotes(1);
        notes->setNote(4, QStringLiteral("The request: 87 bytes"));
        QVERIFY(notes->isModified());

        const QString saved = m_dir.filePath(QStringLiteral("lesson-notes.pcapng"));
        QSignalSpy done(w.controller, &NotesController::saved);
        QVERIFY(w.controller->saveTo(saved));
        QVERIFY(w.controller->isSaving());
        QCOMPARE(w.statusBar->currentMessage(), QStringLiteral("Saving %1…").arg(QDir::toNativeSeparators(saved)));
        QVERIFY(done.wait(20000));
        QCOMPARE(w.saves, QStringList{saved});
        QCOMPARE(w.failures, QStringList());
        QVERIFY(!notes->isModified());
        QCOMPARE(w.statusBar->currentMessage(), QStringLiteral("Saved %1").arg(QDir::toNativeSeparators(saved)));
        QCOMPARE(digestOf(original), before);

        QStringList comments;
        for (const QStringList &row :
             testsupport::tsharkFields(saved, QStringLiteral("frame.comment"), {QStringLiteral("frame.comment")}))
            comments << row.join(u'|');
        QCOMPARE(comments,
                 (QStringList{QStringLiteral("2|SYN-ACK：服务器的初始序号，Ack = 客户端 ISN + 1"),
                              QStringLiteral("4|The request: 87 bytes"), QStringLiteral("8|The client closes first")}));
    }

    void failedSavesKeepTheNotes_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("no such folder") << QStringLiteral("missing-folder/out.pcapng");
        QTest::newRow("a file as the folder") << QStringLiteral("plain-file/out.pcapng");
    }
    void failedSavesKeepTheNotes()
    {
        QFETCH(QString, target);
        QFile plain(m_dir.filePath(QStringLiteral("plain-file")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        NotesWindow w;
        QCOMPARE(w.load(dataFile("commented.pcapng")), LoadStatus::Ok);
        w.controller->notes()->setNote(4, QStringLiteral("kept"));
        const QString path = m_dir.filePath(target);
        QSignalSpy failed(w.controller, &NotesController::failed);
        QVERIFY(w.controller->saveTo(path));
        QVERIFY(failed.wait(20000));
        QCOMPARE(w.failures.size(), 1);
        QVERIFY2(w.failures.first().startsWith(QStringLiteral("Could not save the capture: ")),
                 qPrintable(w.failures.first()));
        QVERIFY2(w.failures.first().contains(target.section(u'/', 0, 0)), qPrintable(w.failures.first()));
        QCOMPARE(w.saves, QStringList());
        QVERIFY(w.controller->notes()->isModified()); // still there to be saved elsewhere
        QCOMPARE(w.statusBar->currentMessage(), QString());
        QVERIFY(!QFile::exists(path));
    }

    void nothingOpenNothingToSave()
    {
        NotesWindow w;
        w.controller->notes()->setNote(1, QStringLiteral("a note without a capture"));
        QVERIFY(!w.controller->saveTo(m_dir.filePath(QStringLiteral("never.pcapng"))));
        QVERIFY(!w.controller->isSaving());
    }

    void unsavedNotesAreAskedAbout()
    {
        NotesWindow w;
        QCOMPARE(w.load(dataFile("commented.pcapng")), LoadStatus::Ok);
        bool retried = false;
        const auto retry = [&retried] { retried = true; };
        QVERIFY(w.controller->confirmDiscard(retry)); // nothing changed: nothing to ask

        w.controller->notes()->setNote(4, QStringLiteral("unsaved"));
        {
            Answer cancel(QMessageBox::Cancel);
            QVERIFY(!w.controller->confirmDiscard(retry));
            QVERIFY(cancel.asked);
            QCOMPARE(cancel.title, QStringLiteral("Unsaved Notes"));
            QVERIFY(w.controller->notes()->isModified());
        }
        {
            Answer discard(QMessageBox::Discard);
            QVERIFY(w.controller->confirmDiscard(retry));
            QVERIFY(discard.asked);
            QVERIFY(!w.controller->notes()->isModified());
        }
        QVERIFY(!retried); // neither answer leaves anything to go on with later
    }

    void textsInChinese()
    {
        NotesWindow w;
        QCOMPARE(w.load(dataFile("commented.pcapng")), LoadStatus::Ok);
        QVERIFY(ui::LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"), false));
        w.controller->notes()->setNote(4, QStringLiteral("未保存的备注"));
        {
            Answer cancel(QMessageBox::Cancel);
            QVERIFY(!w.controller->confirmDiscard([] {}));
            QCOMPARE(cancel.title, QStringLiteral("批注未保存"));
        }
        const QString path = m_dir.filePath(QStringLiteral("missing-folder/out.pcapng"));
        QSignalSpy failed(w.controller, &NotesController::failed);
        QVERIFY(w.controller->saveTo(path));
        QCOMPARE(w.statusBar->currentMessage(), QStringLiteral("正在保存 %1…").arg(QDir::toNativeSeparators(path)));
        QVERIFY(failed.wait(20000));
        QVERIFY2(w.failures.first().startsWith(QStringLiteral("无法保存抓包：")), qPrintable(w.failures.first()));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestNotesController)
#include "tst_notescontroller.moc"
