// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "capturestatusbar.h"
#include "captureworker.h"
#include "connectionfilterproxy.h"
#include "connectionmodel.h"
#include "capturesession.h"
#include "viewworker.h"

#include "graphdock.h"
#include "ladderexportactions.h"
#include "languagemanager.h"
#include "livecapturecontroller.h"
#include "ladderplaceholder.h"
#include "ladderview.h"
#include "opencapture.h"
#include "messagebar.h"
#include "peercapturecontroller.h"
#include "shownladder.h"

#include <QApplication>
#include <QHeaderView>
#include <QStackedWidget>

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
    m_baseFont = QApplication::font();

    m_model = new model::ConnectionModel(this);
    m_proxy = new model::ConnectionFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    ui->connectionTable->setModel(m_proxy);
    ui->connectionTable->sortByColumn(model::ConnectionModel::StreamColumn, Qt::AscendingOrder);
    ui->connectionTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    ui->connectionTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    connect(ui->searchEdit, &QLineEdit::textChanged, m_proxy, &model::ConnectionFilterProxy::setQuickSearch);
    connect(ui->searchEdit, &QLineEdit::textChanged, this, [this] { updateLadderPlaceholder(); });
    connect(ui->connectionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onConnectionSelected);

    m_ladderStack = new QStackedWidget(ui->ladderHost);
    m_ladderStack->setObjectName(QStringLiteral("ladderStack"));
    m_placeholder = new LadderPlaceholder(m_ladderStack);
    m_placeholder->setObjectName(QStringLiteral("ladderPlaceholder"));
    m_ladderView = new LadderView(m_ladderStack);
    m_ladderView->setObjectName(QStringLiteral("ladderView"));
    m_ladderStack->addWidget(m_placeholder);
    m_ladderStack->addWidget(m_ladderView);
    ui->ladderLayout->addWidget(m_ladderStack);
    connect(m_placeholder, &LadderPlaceholder::clearFilterRequested, this, &MainWindow::clearFilters);
    // Filtering and loading change what the list shows; the placeholder and the count follow.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, [this] {
            updateStatus();
            updateLadderPlaceholder();
        });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateStatus();
        updateLadderPlaceholder();
    });

    // The list keeps its height when the window grows (the ladder wants the extra), and starts with
    // room for about nine connections: a browser capture has dozens.
    ui->leftSplitter->setStretchFactor(0, 0);
    ui->leftSplitter->setStretchFactor(1, 1);
    ui->mainSplitter->setStretchFactor(0, 3);
    ui->mainSplitter->setStretchFactor(1, 1);
    ui->mainSplitter->setSizes({880, 400});

    m_messages = new MessageBar(ui->messageBar, ui->messageLabel, ui->messageCloseButton, this);

    m_session = std::make_unique<capture::CaptureSession>();
    m_worker = m_session->worker();

    setupShownLadder();
    setupStatusBar();
    setupActions();
    setupOpenCapture();
    setupTeaching();
    setupCapture();
    setupNotes();
    setupGraph();
    setupHelp();
    setupQuiz();
    setupPeerCapture();
    m_placeholder->setActions(ui->actionOpen, ui->menuSamples, ui->actionCapture, ui->actionGettingStarted);
    restoreSettings();
    updateActions();
    updateStatus();
    updateLadderPlaceholder();
}

MainWindow::~MainWindow()
{
    delete m_views; // its thread reads m_worker's capture: it ends first
    m_views = nullptr;
    m_session.reset(); // the worker stops before the widgets it reports to go
}

void MainWindow::setupShownLadder()
{
    m_views = new capture::ViewWorker(m_worker);
    // Made before setupGraph() places it: the shown ladder feeds its graph from the start.
    m_graphDock = new GraphDock(this);
    m_graph = m_graphDock->graph();
    m_shown = new ShownLadder(
        m_views, [this] { return m_capture->path(); }, m_ladderView, m_graph, ui->packetDetails, this);
    connect(m_shown, &ShownLadder::ladderChanged, this, [this] {
        updateActions();
        updateLadderPlaceholder();
    });
    connect(m_shown, &ShownLadder::ladderShown, this, &MainWindow::ladderShown);
}

const core::SharedLadder &MainWindow::currentLadder() const
{
    return m_shown->ladder();
}

void MainWindow::setupActions()
{
    ui->actionOpen->setIcon(
        QIcon::fromTheme(QStringLiteral("document-open"), style()->standardIcon(QStyle::SP_DialogOpenButton)));
    ui->actionExportLadder->setIcon(
        QIcon::fromTheme(QStringLiteral("document-save-as"), style()->standardIcon(QStyle::SP_DialogSaveButton)));
    ui->actionCopyLadderImage->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    ui->actionZoomIn->setIcon(QIcon::fromTheme(QStringLiteral("zoom-in")));
    ui->actionZoomOut->setIcon(QIcon::fromTheme(QStringLiteral("zoom-out")));
    ui->actionZoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(QStringLiteral("Ctrl+="))});
    ui->actionZoomOut->setShortcuts(QKeySequence::ZoomOut);
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
    connect(ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(ui->actionLargerText, &QAction::toggled, this, &MainWindow::setLargerText);
    connect(ui->actionZoomIn, &QAction::triggered, m_ladderView, &LadderView::zoomIn);
    connect(ui->actionZoomOut, &QAction::triggered, m_ladderView, &LadderView::zoomOut);
    connect(ui->actionZoomReset, &QAction::triggered, m_ladderView, &LadderView::resetZoom);
    // Students look for the samples under Help as often as under File.
    ui->menuHelp->insertMenu(ui->actionAbout, ui->menuSamples);
    ui->menuHelp->insertSeparator(ui->actionAbout);
    // View > Language: a switch sends LanguageChange to every widget (see changeEvent()).
    ui->menuView->addSeparator();
    LanguageManager::instance()->addLanguageMenu(ui->menuView);
}

void MainWindow::setupStatusBar()
{
    m_statusBar = new CaptureStatusBar(this);
    m_statusBar->setObjectName(QStringLiteral("statusBar"));
    setStatusBar(m_statusBar); // in place of the .ui's plain one
}

void MainWindow::selectFirstConnection()
{
    // Shown straight away: the first connection's handshake is what a student looks for.
    if (!ui->connectionTable->selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
        ui->connectionTable->selectRow(0);
}

bool MainWindow::selectStream(quint32 stream)
{
    const int sourceRow = m_model->rowForStream(stream);
    if (sourceRow < 0)
        return false;
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!proxyIndex.isValid())
        return false;
    ui->connectionTable->selectRow(proxyIndex.row());
    ui->connectionTable->scrollTo(proxyIndex);
    return true;
}

void MainWindow::onConnectionSelected()
{
    const QModelIndex current = ui->connectionTable->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_shown->clear();
        updateActions();
        updateLadderPlaceholder();
        return;
    }
    m_shown->show(current.data(model::ConnectionModel::StreamRole).toUInt());
}

void MainWindow::updateStatus()
{
    m_statusBar->setConnectionCounts(m_model->rowCount(), m_proxy->rowCount());
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

} // namespace tcpladder::ui
