// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "capturenotes.h"
#include "capturesession.h"
#include "capturestatusbar.h"
#include "connectionfilterproxy.h"
#include "connectionmodel.h"
#include "displayfiltercontroller.h"
#include "explanationpane.h"
#include "ladderexportactions.h"
#include "ladderplaceholder.h"
#include "languagemanager.h"
#include "peercapturecontroller.h"
#include "predictpanel.h"
#include "presentermode.h"
#include "quizbar.h"
#include "quizmode.h"
#include "viewworker.h"
#include "windowtitle.h"

// Q_INIT_RESOURCE must be used outside any namespace; the .qrc is in a static library.
static void initResources()
{
    Q_INIT_RESOURCE(tcpladder);
}

namespace tcpladder::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      ui(std::make_unique<Ui::MainWindow>())
{
    initResources();
    ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/tcpladder.svg")));
    m_title = new WindowTitle(this, [this] { return m_notes && m_notes->notes()->isModified(); });

    setupConnectionList();
    m_ladderPane = new LadderPane(ui->ladderHost);
    m_ladderView = m_ladderPane->ladderView();
    ui->ladderLayout->addWidget(m_ladderPane);
    connect(m_ladderPane->placeholder(), &LadderPlaceholder::clearFilterRequested, this, &MainWindow::clearFilters);

    // The list keeps its height when the window grows (the ladder wants the extra).
    ui->leftSplitter->setStretchFactor(0, 0);
    ui->leftSplitter->setStretchFactor(1, 1);
    ui->mainSplitter->setStretchFactor(0, 3);
    ui->mainSplitter->setStretchFactor(1, 1);
    ui->mainSplitter->setSizes({880, 400});

    m_messages = new MessageBar(ui->messageBar, ui->messageLabel, ui->messageCloseButton, this);
    m_session = std::make_unique<capture::CaptureSession>();
    m_worker = m_session->worker();
    m_statusBar = new CaptureStatusBar(this);
    m_statusBar->setObjectName(QStringLiteral("statusBar"));
    setStatusBar(m_statusBar); // in place of the .ui's plain one

    setupShownLadder();
    setupActions();
    setupOpenCapture();
    setupTeaching();
    setupCapture();
    setupNotes();
    m_graphDock->placeIn(this, ui->menuView, ui->leftSplitter);
    m_graphDock->linkWith(m_ladderView, [this] { return currentLadder(); });
    m_help = new HelpMenu(this, {ui->actionGettingStarted, ui->actionKeyboardShortcuts, ui->actionAbout});
    setupQuiz();
    setupPeerCapture();
    m_ladderPane->placeholder()->setActions(ui->actionOpen, ui->menuSamples, ui->actionCapture,
                                            ui->actionGettingStarted);
    setupSettings();
    updateForCapture();
}

MainWindow::~MainWindow()
{
    delete m_views; // its thread reads m_worker's capture: it ends first
    m_views = nullptr;
    m_session.reset(); // the worker stops before the widgets it reports to go
}

void MainWindow::setupConnectionList()
{
    m_list = new ConnectionList(ui->connectionTable, ui->searchEdit, this);
    connect(m_list, &ConnectionList::streamSelected, this, [this](quint32 stream) { m_shown->show(stream); });
    connect(m_list, &ConnectionList::selectionCleared, this, [this] {
        m_shown->clear();
        updateActions();
        updateLadderPane();
    });
    // Filtering and loading change what the list shows; the ladder area and the count follow.
    connect(m_list, &ConnectionList::listedChanged, this, [this] {
        updateStatus();
        updateLadderPane();
    });
}

void MainWindow::setupShownLadder()
{
    m_views = new capture::ViewWorker(m_worker);
    // Made before it is placed (placeIn): the shown ladder feeds its graph from the start.
    m_graphDock = new GraphDock(this);
    m_shown = new ShownLadder(
        m_views, [this] { return m_capture->path(); }, m_ladderView, m_graphDock->graph(), ui->packetDetails, this);
    connect(m_shown, &ShownLadder::ladderChanged, this, [this] {
        updateActions();
        updateLadderPane();
    });
    connect(m_shown, &ShownLadder::ladderShown, this, &MainWindow::ladderShown);
}

void MainWindow::setupActions()
{
    ui->actionOpen->setIcon(
        QIcon::fromTheme(QStringLiteral("document-open"), style()->standardIcon(QStyle::SP_DialogOpenButton)));
    ui->actionExportLadder->setIcon(
        QIcon::fromTheme(QStringLiteral("document-save-as"), style()->standardIcon(QStyle::SP_DialogSaveButton)));
    ui->actionCopyLadderImage->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    ui->actionQuit->setShortcuts(QKeySequence::Quit);
    ui->actionOpen->setShortcuts(QKeySequence::Open);

    connect(ui->actionOpen, &QAction::triggered, this, [this] { m_capture->openDialog(); });
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    m_exports = new LadderExportActions(
        {ui->actionExportLadder, ui->actionExportQuiz, ui->actionCopyLadderImage, ui->menuFile},
        [this] { return currentLadder(); }, m_ladderView,
        [this] {
            return LadderExportActions::CaptureFile{m_capture->path(), m_capture->isSample()};
        },
        this);
    connect(m_exports, &LadderExportActions::succeeded, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_exports, &LadderExportActions::failed, this,
            [this](const QString &message) { m_messages->show(message, true); });
    // Students look for the samples under Help as often as under File.
    ui->menuHelp->insertMenu(ui->actionAbout, ui->menuSamples);
    ui->menuHelp->insertSeparator(ui->actionAbout);
    // View > Language: a switch sends LanguageChange to every widget (see changeEvent()).
    ui->menuView->addSeparator();
    LanguageManager::instance()->addLanguageMenu(ui->menuView);
}

void MainWindow::setupQuiz()
{
    m_quiz = new QuizMode(m_ladderView, m_explanationPane, m_viewActions->showStates(), ui->packetDetails, this);
    // The quiz bar above the ladder, the prediction between the ladder and its explanation.
    ui->ladderLayout->insertWidget(0, m_quiz->bar());
    ui->ladderLayout->insertWidget(ui->ladderLayout->indexOf(m_explanationPane), m_quiz->predictPanel());
    ui->menuBar->insertMenu(ui->menuHelp->menuAction(), m_quiz->menu());
    connect(this, &MainWindow::ladderShown, m_quiz, &QuizMode::onLadderShown);
    connect(m_presenter, &PresenterMode::activeChanged, m_quiz, &QuizMode::setPresenterStyle);
}

void MainWindow::updateForCapture()
{
    updateStatus();
    updateActions();
    updateLadderPane();
}

void MainWindow::updateStatus()
{
    m_statusBar->setConnectionCounts(m_list->model()->rowCount(), m_list->proxy()->rowCount());
}

void MainWindow::updateActions()
{
    m_exports->updateEnabled();
    if (m_peer)
        m_peer->setCapture(m_capture->path(), currentLadder(), !m_session->isCapturing());
    // Save Capture As… saves the unsaved capture, or an opened file with its notes.
    ui->actionSaveCaptureAs->setEnabled((m_session->hasUnsavedCapture() || !m_capture->path().isEmpty())
                                        && !m_session->isCapturing());
}

void MainWindow::updateLadderPane()
{
    m_ladderPane->showPageFor({currentLadder() != nullptr, m_peer && m_peer->isShown(),
                               !m_capture->path().isEmpty() || m_session->isCapturing(), m_capture->isLoading(),
                               m_list->model()->rowCount(), m_list->proxy()->rowCount(), m_displayFilter->text(),
                               ui->searchEdit->text().trimmed()});
}

} // namespace tcpladder::ui
