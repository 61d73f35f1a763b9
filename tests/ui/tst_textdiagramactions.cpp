// SPDX-License-Identifier: GPL-3.0-or-later
// "Copy as Mermaid" / "Copy as PlantUML" put the ladder's text on the clipboard, follow the image
// copy's enabled state, and the Export dialog offers the four text formats (issue 17 part 4).
#include "../core/ladderfixture.h"
#include "exportdialog.h"
#include "textdiagramactions.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QMenu>
#include <QSignalSpy>
#include <QtTest>

using namespace tcpladder;

class TestTextDiagramActions : public QObject
{
    Q_OBJECT

private slots:
    void copiesMermaidAndPlantUml();
    void followsTheImageCopy();
    void exportDialogOffersTextFormats();
};

void TestTextDiagramActions::copiesMermaidAndPlantUml()
{
    const auto loaded = ladderfixture::loadLadder(TCPLADDER_TEST_DATA_DIR "/client-close.pcap", 0);
    QVERIFY(loaded);
    core::SharedLadder ladder = std::make_shared<const core::ConnectionLadder>(*loaded);
    bool states = false;
    ui::TextDiagramActions actions([&ladder] { return ladder; },
                                   [&states] {
                                       ui::TextDiagramExportOptions options;
                                       options.showStates = states;
                                       return options;
                                   },
                                   nullptr);
    QSignalSpy copied(&actions, &ui::TextDiagramActions::copied);
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear();

    actions.copyMermaidAction()->trigger();
    QCOMPARE(copied.count(), 1);
    const QString mermaid = clipboard->text();
    // The capture's first segment and its peer's answer, as tshark numbers them.
    QVERIFY2(mermaid.contains(QStringLiteral("sequenceDiagram")), qPrintable(mermaid));
    QVERIFY2(mermaid.contains(QStringLiteral("C->>S: [SYN] Seq=0 Len=0")), qPrintable(mermaid));
    QVERIFY2(mermaid.contains(QStringLiteral("S->>C: [SYN, ACK] Seq=0 Ack=1 Len=0")), qPrintable(mermaid));
    QVERIFY(!mermaid.contains(QStringLiteral("SYN_SENT"))); // states only when the view shows them

    states = true;
    actions.copyPlantUmlAction()->trigger();
    QCOMPARE(copied.count(), 2);
    const QString plantUml = clipboard->text();
    QVERIFY2(plantUml.startsWith(QStringLiteral("@startuml")) && plantUml.trimmed().endsWith(QStringLiteral("@enduml")),
             qPrintable(plantUml));
    QVERIFY2(plantUml.contains(QStringLiteral("C -> S : [SYN] Seq=0 Len=0")), qPrintable(plantUml));
    QVERIFY2(plantUml.contains(QStringLiteral("hnote left of C : SYN_SENT")), qPrintable(plantUml));

    ladder.reset();
    QVERIFY(!actions.copy(core::TextDiagramFormat::Mermaid));
    QCOMPARE(copied.count(), 2);
    QCOMPARE(clipboard->text(), plantUml);
}

void TestTextDiagramActions::followsTheImageCopy()
{
    QMenu menu;
    QAction *image = menu.addAction(QStringLiteral("Copy Ladder Image"));
    QAction *quit = menu.addAction(QStringLiteral("Quit"));
    ui::TextDiagramActions actions([] { return core::SharedLadder(); }, [] { return ui::TextDiagramExportOptions{}; },
                                   nullptr);
    image->setEnabled(false);
    actions.addTo(&menu, image);
    QCOMPARE(menu.actions(),
             (QList<QAction *>{image, actions.copyMermaidAction(), actions.copyPlantUmlAction(), quit}));
    QVERIFY(!actions.copyMermaidAction()->isEnabled());
    image->setEnabled(true);
    QVERIFY(actions.copyMermaidAction()->isEnabled() && actions.copyPlantUmlAction()->isEnabled());
}

void TestTextDiagramActions::exportDialogOffersTextFormats()
{
    ui::ExportDialog dialog;
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("formatCombo"));
    QVERIFY(format);
    const QStringList suffixes{"mmd", "puml", "tex", "md"};
    for (int i = 0; i < suffixes.size(); ++i) {
        format->setCurrentIndex(3 + i);
        QCOMPARE(dialog.suffix(), suffixes[i]);
        QVERIFY(dialog.fileFilter().contains("*." + suffixes[i]));
        // The suffix the dialog proposes is one the text export takes.
        QVERIFY(core::textDiagramFormatForPath(("x." + suffixes[i]).toStdString()).has_value());
        QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("widthSpin"))->isEnabled());
    }
    format->setCurrentIndex(0);
    QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("widthSpin"))->isEnabled());
}

QTEST_MAIN(TestTextDiagramActions)
#include "tst_textdiagramactions.moc"
