// SPDX-License-Identifier: GPL-3.0-or-later
// File › Export Quiz… (issue 17): the dialog's choices reach the files it writes, off the GUI thread,
// and a name it cannot write keeps the dialog open with the reason. Expected blanks and answers are
// client-close.pcap's handshake as tshark shows it: [SYN], [SYN, ACK], [ACK] (tests/data/README.md).
#include "../core/ladderfixture.h"
#include "languagecatalogue.h"
#include "quizexportdialog.h"
#include "shots.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace tcpladder;

class TestQuizExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void writesSheetAndKey();
    void okNeedsAFieldAndAName();
    void unwritableNameKeepsTheDialogOpen();
    void speaksChinese();
};

namespace {

core::SharedLadder clientClose()
{
    auto ladder = ladderfixture::loadLadder(TCPLADDER_TEST_DATA_DIR "/client-close.pcap", 0);
    return ladder ? std::make_shared<const core::ConnectionLadder>(std::move(*ladder)) : nullptr;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

template<typename T>
T *child(const QObject &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no %s in the dialog", name);
    return found;
}

} // namespace

void TestQuizExportDialog::writesSheetAndKey()
{
    const auto ladder = clientClose();
    QVERIFY(ladder);
    QTemporaryDir dir;
    ui::QuizExportDialog dialog(ladder, dir.filePath("capture-stream0"), QStringLiteral("en"));
    // The suggestion: the sheet and the key as PDF beside each other.
    QCOMPARE(dialog.sheetPath(), dir.filePath("capture-stream0-quiz.pdf"));
    QCOMPARE(dialog.keyPath(), dir.filePath("capture-stream0-key.pdf"));

    child<QCheckBox>(dialog, "seqCheck")->setChecked(false);
    child<QCheckBox>(dialog, "ackCheck")->setChecked(false);
    child<QCheckBox>(dialog, "flagsCheck")->setChecked(true);
    child<QComboBox>(dialog, "phaseCombo")->setCurrentIndex(1);    // handshake
    child<QComboBox>(dialog, "languageCombo")->setCurrentIndex(1); // 简体中文
    child<QLineEdit>(dialog, "sheetEdit")->setText(dir.filePath("sheet.md"));
    child<QLineEdit>(dialog, "keyEdit")->setText(dir.filePath("key.html"));
    QCOMPARE(dialog.language(), QStringLiteral("zh_CN"));

    dialog.show();
    testsupport::saveShot(&dialog, QStringLiteral("quiz-export-dialog"));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(accepted.count() == 1 || accepted.wait());

    const QString sheet = readText(dir.filePath("sheet.md"));
    const QString key = readText(dir.filePath("key.html"));
    QVERIFY2(sheet.startsWith(QStringLiteral("# 测验 — TCP 流 0")), qPrintable(sheet.left(100)));
    QCOMPARE(sheet.count(QStringLiteral("**(")), 3);
    for (const char *blank : {"**(1)** \\_", "**(2)** \\_", "**(3)** \\_"})
        QVERIFY2(sheet.contains(QLatin1String(blank)), blank);
    QVERIFY(!sheet.contains(QLatin1String("SYN, ACK")));
    QVERIFY(key.contains(QLatin1String("<b>(1) SYN</b>")));
    QVERIFY(key.contains(QLatin1String("<b>(2) SYN, ACK</b>")));
    QVERIFY(key.contains(QLatin1String("<b>(3) ACK</b>")));
    QVERIFY(!key.contains(QLatin1String("(4)")));
}

void TestQuizExportDialog::okNeedsAFieldAndAName()
{
    const auto ladder = clientClose();
    QVERIFY(ladder);
    QTemporaryDir dir;
    ui::QuizExportDialog dialog(ladder, dir.filePath("c"), QStringLiteral("en"));
    QPushButton *ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    child<QCheckBox>(dialog, "seqCheck")->setChecked(false);
    child<QCheckBox>(dialog, "ackCheck")->setChecked(false);
    QVERIFY(!ok->isEnabled()); // nothing to blank out
    child<QCheckBox>(dialog, "statesCheck")->setChecked(true);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.quizOptions().hide,
             (std::vector<core::QuizField>{core::QuizField::ClientState, core::QuizField::ServerState}));
    child<QLineEdit>(dialog, "sheetEdit")->clear();
    QVERIFY(!ok->isEnabled());
    child<QLineEdit>(dialog, "sheetEdit")->setText(dir.filePath("s.html"));
    child<QCheckBox>(dialog, "keyCheck")->setChecked(false);
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog.keyPath().isEmpty()); // no key asked for
}

void TestQuizExportDialog::unwritableNameKeepsTheDialogOpen()
{
    const auto ladder = clientClose();
    QVERIFY(ladder);
    QTemporaryDir dir;
    ui::QuizExportDialog dialog(ladder, dir.filePath("c"), QStringLiteral("en"));
    child<QLineEdit>(dialog, "sheetEdit")->setText(dir.filePath("sheet.txt"));
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QLabel *status = child<QLabel>(dialog, "statusLabel");
    QTRY_VERIFY(status->text().contains(QLatin1String("sheet.txt is not a .pdf, .html or .md file")));
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
}

void TestQuizExportDialog::speaksChinese()
{
    ui::LanguageCatalogue catalogue;
    QVERIFY(catalogue.load(QStringLiteral("zh_CN")));
    QCoreApplication::installTranslator(&catalogue.translator());
    QTemporaryDir dir;
    ui::QuizExportDialog dialog(clientClose(), dir.filePath("c"), QStringLiteral("zh_CN"));
    dialog.show();
    testsupport::saveShot(&dialog, QStringLiteral("quiz-export-dialog-zh_CN"));
    QCoreApplication::removeTranslator(&catalogue.translator());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("导出测验"));
    QCOMPARE(child<QCheckBox>(dialog, "statesCheck")->text(), QStringLiteral("状态(&T)"));
    QCOMPARE(dialog.language(), QStringLiteral("zh_CN"));
}

QTEST_MAIN(TestQuizExportDialog)
#include "tst_quizexportdialog.moc"
