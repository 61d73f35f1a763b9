// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ladderexport.h"
#include "textdiagramactions.h"

#include <QObject>
#include <QStandardPaths>
#include <QString>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace tcpladder::ui {

class LadderView;

// File › Export Ladder…, Export Quiz Sheet…, Copy Ladder Image and the text copies after it
// (TextDiagramActions): the shown ladder written or copied as the ladder view draws it, or the merged
// two-capture ladder while the window shows that. How it went comes back as values — a line for the
// status bar, or what went wrong for the message bar — for the window to route.
class LadderExportActions : public QObject
{
    Q_OBJECT

public:
    // The window's actions this serves, and the menu the text copies go into (after copyImage).
    struct Actions
    {
        QAction *exportLadder = nullptr;
        QAction *exportQuiz = nullptr;
        QAction *copyImage = nullptr;
        QMenu *menu = nullptr;
    };
    // The capture shown: its folder and name suggest where exports go; a bundled sample's folder is a
    // temporary one, so its exports are offered the user's Pictures or Documents instead.
    struct CaptureFile
    {
        QString path;
        bool isSample = false;
    };
    using CaptureSource = std::function<CaptureFile()>;

    // `view` shows `ladder` and says how it is drawn (width, zoom, states, expanded runs, notes).
    LadderExportActions(const Actions &actions, TextDiagramActions::LadderSource ladder, const LadderView *view,
                        CaptureSource capture, QWidget *dialogParent);
    // The merged ladder while the window shows it (else null): exported and copied instead.
    void setMergedSource(TextDiagramActions::MergedSource merged);

    // The actions can act when there is a ladder with segments (the text copies follow copyImage).
    void updateEnabled();
    TextDiagramActions *textDiagrams() const { return m_text; }

    // What the actions do once their dialogs are answered: `path`'s extension picks the format
    // (PNG, SVG, PDF or a text diagram). False, and failed() said why, when nothing was written.
    bool exportTo(const QString &path, const LadderExportOptions &options);
    // The ladder as an image on the clipboard, as wide as the view (at least 1000 px).
    bool copyImage();

signals:
    void succeeded(const QString &status); // one line for the status bar
    void failed(const QString &message);   // what went wrong and what to do instead

private:
    void exportWithDialog();
    void exportQuizWithDialog();
    // "<capture>-stream<n><ending>" in the capture's folder, or in `sampleFolder` for a sample.
    QString suggestedPath(const QString &ending, QStandardPaths::StandardLocation sampleFolder) const;

    Actions m_actions;
    TextDiagramActions::LadderSource m_ladder;
    TextDiagramActions::MergedSource m_merged;
    const LadderView *m_view;
    CaptureSource m_capture;
    QWidget *m_dialogParent;
    TextDiagramActions *m_text;
};

} // namespace tcpladder::ui
