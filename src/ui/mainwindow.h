// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionsummary.h"
#include "streamreplay.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QStackedWidget;

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

class LadderView;
class CaptureNotes;
class NotesController;
class SequenceGraph;
class FilterBar;
class ExplanationPane;
class LadderPlaceholder;
class MessageBar;
class GettingStartedDialog;
class ShortcutsDialog;
class LadderExportActions;
class ShownLadder;
class QuizMode;
class PeerCaptureController;
class RecentFiles;
class GraphDock;
class DisplayFilterController;
class PresenterMode;
class CaptureStatusBar;
class LiveCaptureController;
class OpenCapture;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The open capture (OpenCapture): loads in the background; an unreadable file shows an error in the
    // message bar and keeps the capture on screen.
    void openFile(const QString &path);
    // Opens a bundled sample by file name ("reset.pcapng"); false when there is no such sample.
    bool openSample(const QString &name);
    // Which connection to select once it has loaded (the README's run command uses it).
    void setStreamToSelect(int stream);
    OpenCapture *openCapture() const { return m_capture; }
    void setLargerText(bool on);
    // View › Textbook Layout, through its action so the menu shows it checked.
    void setTextbookLayout(bool on);

    // For tests and the smoke run.
    model::ConnectionModel *connectionModel() const { return m_model; }
    model::ConnectionFilterProxy *connectionProxy() const { return m_proxy; }
    LadderView *ladderView() const { return m_ladderView; }
    LadderPlaceholder *ladderPlaceholder() const { return m_placeholder; }
    SequenceGraph *sequenceGraph() const { return m_graph; }
    // Opens the time-sequence graph's dock tall enough to read (mainwindowgraph.cpp).
    void showSequenceGraph();
    // The ladder shown, shared with the view, the graph and the details pane (null for none).
    const core::SharedLadder &currentLadder() const;
    capture::ViewWorker *viewWorker() const { return m_views; }
    QString messageText() const;
    bool isLoading() const;
    QString currentFile() const;
    bool selectStream(quint32 stream);

    // Live capture: the controller asks the CaptureSession (which spools to the cache folder until
    // saved) and tells the window what to show (mainwindowcapture.cpp wires the two).
    LiveCaptureController *liveCapture() const { return m_liveCapture; }

    // Teacher's notes (NotesController): pcapng packet comments added in the app, saved by File ›
    // Save Capture As… as a new pcapng (the original is replaced only when the user picks it).
    CaptureNotes *captureNotes() const;
    // Saves the capture with its notes to `path` in the background; notesSaved() says how it went.
    bool saveNotesTo(const QString &path);

    // Teaching (mainwindowteaching.cpp): display filter, explanations, step-through, presenter mode.
    FilterBar *filterBar() const { return m_filterBar; }
    ExplanationPane *explanationPane() const { return m_explanationPane; }
    PresenterMode *presenterMode() const { return m_presenter; }
    RecentFiles *recentFiles() const { return m_recent; }
    // Quiz mode (mainwindowquiz.cpp): Teaching › Fill the Blanks…, Predict the Next Segment.
    QuizMode *quizMode() const { return m_quiz; }

    // The other side's capture (mainwindowpeer.cpp): File › Open Other Side's Capture… without its
    // dialog; false when no connection of a capture file is shown.
    bool openPeerCapture(const QString &path);
    PeerCaptureController *peerCapture() const { return m_peer; }

    // Help (mainwindowhelp.cpp): the first lesson and the shortcut list, made on first use.
    GettingStartedDialog *showGettingStarted();
    ShortcutsDialog *showKeyboardShortcuts();

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
    void setupNotes(); // mainwindowcapture.cpp
    void setupActions();
    void setupStatusBar();
    // OpenCapture wired to the views (mainwindowfiles.cpp).
    void setupOpenCapture();
    // The counts, the actions and the placeholder for what is open now.
    void updateForCapture();
    // The file again (saved with other offsets), the shown connection selected again.
    void reopen(const QString &path);
    void onConnectionSelected();
    // The selected connection's ladder and segment (ShownLadder), and what exports it.
    void setupShownLadder();
    // Empties list, ladder, graph and details for another capture; the filters go too, since a filter
    // written for the last capture makes the next one look empty.
    void clearCapture();
    // The ladder, or what to do instead: open something, clear a filter that hides all, pick a row.
    void updateLadderPlaceholder();
    void clearFilters();
    void updateStatus();
    void updateActions();
    void showAbout();
    void restoreSettings();
    void saveSettings() const;
    void setupTeaching();
    void explainCurrentRow(int row);
    void explainBracket(int bracket);
    void setupCapture();
    // Time-sequence graph dock (mainwindowgraph.cpp), linked both ways with the ladder.
    void setupGraph();
    void setupHelp();
    void setupQuiz();
    void setupPeerCapture();
    void shareHeightWithGraph(bool graphShown);
    void onCaptureStopped(const capture::LoadOutcome &outcome);
    // Shows a ladder: the first connection's, unless one is selected already.
    void selectFirstConnection();
    // The title is kept as how to make it, so a language switch makes it again (mainwindowlanguage.cpp).
    // No maker: the plain title.
    using TextMaker = std::function<QString()>;
    void setTitle(TextMaker make);
    // Every text built in code, again in the current language (the .ui's come from retranslateUi).
    void retranslate();
    void retranslateViewActions(); // mainwindowteaching.cpp
    // Columns as wide as their contents and headers (after loading, a font or a language change).
    void fitColumns();

    std::unique_ptr<Ui::MainWindow> ui;
    std::unique_ptr<capture::CaptureSession> m_session; // the loader thread and the live capture's spool
    capture::CaptureWorker *m_worker = nullptr;         // m_session's, loading files as well as capturing
    capture::ViewWorker *m_views = nullptr; // reads m_worker's capture on a thread of its own, for m_shown and filters
    model::ConnectionModel *m_model = nullptr;
    model::ConnectionFilterProxy *m_proxy = nullptr;
    LadderView *m_ladderView = nullptr;
    LadderPlaceholder *m_placeholder = nullptr;
    QStackedWidget *m_ladderStack = nullptr;
    GraphDock *m_graphDock = nullptr;
    SequenceGraph *m_graph = nullptr;         // m_graphDock's
    ShownLadder *m_shown = nullptr;           // the ladder of m_views shown in m_ladderView, m_graph, details
    LadderExportActions *m_exports = nullptr; // File › Export Ladder…, Copy Ladder Image and the like
    CaptureStatusBar *m_statusBar = nullptr;
    LiveCaptureController *m_liveCapture = nullptr;
    RecentFiles *m_recent = nullptr; // File › Open Recent and Open Sample

    OpenCapture *m_capture = nullptr;        // the file shown: its path, its load, what the user is told about it
    PeerCaptureController *m_peer = nullptr; // the other side's capture and the merged ladder
    QFont m_baseFont;

    MessageBar *m_messages = nullptr; // what went wrong and what to do, above the panes
    FilterBar *m_filterBar = nullptr;
    DisplayFilterController *m_displayFilter = nullptr;
    ExplanationPane *m_explanationPane = nullptr;
    PresenterMode *m_presenter = nullptr;
    QAction *m_showStates = nullptr; // View › Show TCP States, Textbook Layout, Step Through
    QAction *m_textbook = nullptr;
    QAction *m_stepThrough = nullptr;

    NotesController *m_notes = nullptr;

    TextMaker m_title;

    GettingStartedDialog *m_gettingStarted = nullptr;
    ShortcutsDialog *m_shortcuts = nullptr;
    QuizMode *m_quiz = nullptr;
    QList<int> m_listSizesBeforeGraph; // the list's share, given back when the graph closes
};

} // namespace tcpladder::ui
