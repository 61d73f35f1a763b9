// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one-line forwarders below need their collaborators' classes.
#include "connectionlist.h"
#include "connectionsummary.h"
#include "graphdock.h"
#include "helpmenu.h"
#include "ladderpane.h"
#include "ladderviewactions.h"
#include "largertext.h"
#include "messagebar.h"
#include "notescontroller.h"
#include "opencapture.h"
#include "shownladder.h"
#include "streamreplay.h"

#include <QAction>
#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace tcpladder::capture {
class CaptureSession;
class CaptureWorker;
class ViewWorker;
} // namespace tcpladder::capture
namespace tcpladder::model {
class ConnectionModel;
class ConnectionFilterProxy;
} // namespace tcpladder::model

namespace tcpladder::ui {

class CaptureNotes;
class CaptureStatusBar;
class DisplayFilterController;
class ExplanationPane;
class FilterBar;
class GettingStartedDialog;
class LadderExplainer;
class LadderExportActions;
class LadderPlaceholder;
class LadderView;
class LiveCaptureController;
class PeerCaptureController;
class PresenterMode;
class QuizMode;
class RecentFiles;
class SequenceGraph;
class ShortcutsDialog;
class WindowSettings;
class WindowTitle;

// The main window only wires its collaborators (README, "MainWindow only wires…"); each has its own test.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The open capture (OpenCapture): loads in the background; an unreadable file shows an error in the
    // message bar and keeps the capture on screen.
    void openFile(const QString &path) { m_capture->open(path); }
    // Opens a bundled sample by file name ("reset.pcapng"); false when there is no such sample.
    bool openSample(const QString &name) { return m_capture->openSample(name); }
    // Which connection to select once it has loaded (the README's run command uses it).
    void setStreamToSelect(int stream) { m_capture->setStreamToSelect(stream); }
    OpenCapture *openCapture() const { return m_capture; }
    void setLargerText(bool on) { m_largerText->setOn(on); }
    // View › Textbook Layout, through its action so the menu shows it checked.
    void setTextbookLayout(bool on) { m_viewActions->textbook()->setChecked(on); }

    // For tests and the smoke run.
    model::ConnectionModel *connectionModel() const { return m_list->model(); }
    model::ConnectionFilterProxy *connectionProxy() const { return m_list->proxy(); }
    LadderView *ladderView() const { return m_ladderView; }
    LadderPlaceholder *ladderPlaceholder() const { return m_ladderPane->placeholder(); }
    SequenceGraph *sequenceGraph() const { return m_graphDock->graph(); }
    // Opens the graph dock, tall enough to read (GraphHeightShare).
    void showSequenceGraph() { m_graphDock->show(); }
    // The ladder shown, shared with the view, the graph and the details pane (null for none).
    const core::SharedLadder &currentLadder() const { return m_shown->ladder(); }
    capture::ViewWorker *viewWorker() const { return m_views; }
    QString messageText() const { return m_messages->text(); }
    bool isLoading() const { return m_capture->isLoading(); }
    QString currentFile() const { return m_capture->path(); }
    bool selectStream(quint32 stream) { return m_list->selectStream(stream); }

    LiveCaptureController *liveCapture() const { return m_liveCapture; }
    // Teacher's notes (NotesController), saved by File › Save Capture As… as pcapng packet comments.
    CaptureNotes *captureNotes() const { return m_notes->notes(); }
    // Saves the capture with its notes to `path` in the background; notesSaved() says how it went.
    bool saveNotesTo(const QString &path) { return m_notes->saveTo(path); }

    FilterBar *filterBar() const { return m_filterBar; }
    ExplanationPane *explanationPane() const { return m_explanationPane; }
    PresenterMode *presenterMode() const { return m_presenter; }
    RecentFiles *recentFiles() const { return m_recent; }
    QuizMode *quizMode() const { return m_quiz; }

    // File › Open Other Side's Capture… without its dialog; false when no connection of a capture
    // file is shown.
    bool openPeerCapture(const QString &path);
    PeerCaptureController *peerCapture() const { return m_peer; }

    GettingStartedDialog *showGettingStarted() { return m_help->showGettingStarted(); }
    ShortcutsDialog *showKeyboardShortcuts() { return m_help->showKeyboardShortcuts(); }

signals:
    void loadFinished(tcpladder::capture::LoadStatus status);
    void ladderShown(quint32 stream);
    void notesSaved(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setupConnectionList();
    void setupShownLadder();
    void setupActions();
    void setupOpenCapture(); // mainwindowfiles.cpp
    void setupTeaching();    // mainwindowteaching.cpp
    void setupCapture();     // mainwindowcapture.cpp
    void setupNotes();
    void setupQuiz();
    void setupPeerCapture(); // mainwindowteaching.cpp
    void setupSettings();
    // The counts, the actions and the ladder area's page for what is open now.
    void updateForCapture();
    void updateStatus();
    void updateActions();
    void updateLadderPane();
    // The file again (saved with other offsets), the shown connection selected again.
    void reopen(const QString &path);
    // Empties list, ladder, graph and details for another capture; the filters go too, since a filter
    // written for the last capture makes the next one look empty.
    void clearCapture();
    void clearFilters();
    void onCaptureStopped(const capture::LoadOutcome &outcome);
    // Every text built in code, again in the current language (the .ui's come from retranslateUi).
    void retranslate();

    std::unique_ptr<Ui::MainWindow> ui;
    std::unique_ptr<capture::CaptureSession> m_session; // the loader thread and the live capture's spool
    capture::CaptureWorker *m_worker = nullptr;         // m_session's, loading files as well as capturing
    capture::ViewWorker *m_views = nullptr; // reads m_worker's capture on a thread of its own, for m_shown and filters
    ConnectionList *m_list = nullptr;       // the table, its model and the quick search
    LadderPane *m_ladderPane = nullptr;     // the ladder, the merged ladder or the placeholder
    LadderView *m_ladderView = nullptr;     // m_ladderPane's
    GraphDock *m_graphDock = nullptr;
    ShownLadder *m_shown = nullptr;           // the ladder of m_views shown in m_ladderView, the graph, details
    LadderExportActions *m_exports = nullptr; // File › Export Ladder…, Copy Ladder Image and the like
    CaptureStatusBar *m_statusBar = nullptr;
    LiveCaptureController *m_liveCapture = nullptr;
    RecentFiles *m_recent = nullptr;         // File › Open Recent and Open Sample
    OpenCapture *m_capture = nullptr;        // the file shown: its path, its load, what the user is told about it
    PeerCaptureController *m_peer = nullptr; // the other side's capture and the merged ladder
    MessageBar *m_messages = nullptr;        // what went wrong and what to do, above the panes
    FilterBar *m_filterBar = nullptr;
    DisplayFilterController *m_displayFilter = nullptr;
    ExplanationPane *m_explanationPane = nullptr;
    LadderExplainer *m_explainer = nullptr;
    LadderViewActions *m_viewActions = nullptr; // View › Show TCP States, Textbook Layout, Step Through
    PresenterMode *m_presenter = nullptr;
    LargerText *m_largerText = nullptr;
    WindowSettings *m_settings = nullptr;
    WindowTitle *m_title = nullptr;
    NotesController *m_notes = nullptr;
    HelpMenu *m_help = nullptr;
    QuizMode *m_quiz = nullptr;
};

} // namespace tcpladder::ui
