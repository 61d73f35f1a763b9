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
#include "messagebar.h"
#include "packetsource.h"
#include "peercapturecontroller.h"
#include "recentfiles.h"
#include "corepath.h"
#include "shownladder.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
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
    connect(m_worker, &capture::CaptureWorker::started, this, &MainWindow::onStarted);
    connect(m_worker, &capture::CaptureWorker::batchReady, this, &MainWindow::onBatch);
    connect(m_worker, &capture::CaptureWorker::progress, this, &MainWindow::onProgress);
    connect(m_worker, &capture::CaptureWorker::finished, this, &MainWindow::onFinished);

    setupShownLadder();
    setupActions();
    setupTeaching();
    setupStatusBar();
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
        m_views, [this] { return m_path; }, m_ladderView, m_graph, ui->packetDetails, this);
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

    connect(ui->actionOpen, &QAction::triggered, this, &MainWindow::openDialog);
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    m_exports = new LadderExportActions(
        {ui->actionExportLadder, ui->actionExportQuiz, ui->actionCopyLadderImage, ui->menuFile},
        [this] { return currentLadder(); }, m_ladderView,
        [this] {
            return LadderExportActions::CaptureFile{m_path, m_pathIsSample};
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
    m_recent = new RecentFiles(ui->menuRecent, ui->actionClearRecent, ui->menuSamples, this);
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openFile);
    connect(m_recent, &RecentFiles::sampleRequested, this, &MainWindow::openSample);
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
    connect(m_statusBar, &CaptureStatusBar::cancelRequested, this, [this] { m_worker->cancel(); });
}

void MainWindow::openFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile() || !info.isReadable()) {
        const QString shown = QDir::toNativeSeparators(path);
        m_messages->show(
            [shown, exists = info.exists()] {
                return exists ? tr("Cannot open “%1”: it is not a readable file.").arg(shown)
                              : tr("Cannot open “%1”: there is no such file.").arg(shown);
            },
            true);
        emit loadFinished(capture::LoadStatus::Failed);
        return;
    }
    // A file libpcap cannot even open (empty, text renamed .pcap) must not cost the capture on screen.
    {
        core::FileSource probe;
        std::string error;
        if (!probe.open(capture::toCorePath(info.absoluteFilePath()), error)) {
            const QString still = m_path.isEmpty() ? QString() : QFileInfo(m_path).fileName();
            m_messages->show(
                [name = info.fileName(), reason = QString::fromStdString(error), still] {
                    const QString text = tr("Cannot open “%1”: %2").arg(name, reason);
                    return still.isEmpty() ? text : text + u'\n' + tr("“%1” is still open.").arg(still);
                },
                true);
            emit loadFinished(capture::LoadStatus::Failed);
            return;
        }
    }
    if (!m_liveCapture->confirmClose([this, path] { openFile(path); }))
        return;
    m_messages->hide();
    m_pathIsSample = m_recent->isSample(info.absoluteFilePath());
    m_path = info.absoluteFilePath();
    clearCapture();
    m_loading = true;
    m_worker->openFile(m_path);
    showFileName(m_path);
    m_statusBar->clearFrameCounts();
    m_statusBar->showProgress();
    updateStatus();
    updateActions();
    updateLadderPlaceholder();
}

void MainWindow::onStarted(quint64 job, const QString &)
{
    if (!m_worker->isCurrent(job))
        return;
    m_statusBar->setProgress(0, 1);
}

void MainWindow::onBatch(quint64 job, const capture::ConnectionBatch &batch)
{
    if (!m_worker->isCurrent(job))
        return; // a batch of a file that has since been replaced
    const bool first = m_model->rowCount() == 0;
    m_model->applyBatch(batch);
    if (first)
        fitColumns();
    updateStatus();
    m_shown->refreshIfGrew(batch); // a live or loading ladder keeps up
    if (m_streamToSelect >= 0 && m_model->rowForStream(static_cast<quint32>(m_streamToSelect)) >= 0) {
        selectStream(static_cast<quint32>(m_streamToSelect));
        m_streamToSelect = -1;
    }
}

void MainWindow::onProgress(quint64 job, qint64 done, qint64 total)
{
    if (m_worker->isCurrent(job))
        m_statusBar->setProgress(done, total);
}

void MainWindow::onFinished(quint64 job, const capture::LoadOutcome &outcome)
{
    if (!m_worker->isCurrent(job))
        return;
    if (outcome.live)
        return; // CaptureSession::stopped, once the spool is closed
    m_loading = false;
    m_statusBar->hideProgress();
    m_statusBar->setFrameCounts(outcome.frames, outcome.tcpSegments);
    switch (outcome.status) {
    case capture::LoadStatus::Failed:
        m_messages->show([name = QFileInfo(outcome.path).fileName(),
                          reason = outcome.error] { return tr("Cannot open “%1”: %2").arg(name, reason); },
                         true);
        setTitle({});
        m_path.clear();
        m_statusBar->setFileText({});
        break;
    case capture::LoadStatus::Cancelled:
        m_messages->show([] { return tr("Loading was cancelled; the list shows the connections read so far."); },
                         false);
        break;
    case capture::LoadStatus::Ok:
        if (!outcome.warnings.isEmpty())
            m_messages->show([warnings = outcome.warnings.join(
                                  u'\n')] { return tr("The file loaded with warnings:\n%1").arg(warnings); },
                             false);
        else if (m_model->rowCount() == 0)
            m_messages->show(
                [name = QFileInfo(outcome.path).fileName()] {
                    return tr("No TCP connections were found in “%1”.").arg(name);
                },
                false);
        if (!m_pathIsSample && !m_session->hasUnsavedCapture())
            m_recent->add(outcome.path);
        break;
    }
    if (m_streamToSelect >= 0 && selectStream(static_cast<quint32>(m_streamToSelect)))
        m_streamToSelect = -1;
    selectFirstConnection();
    updateStatus();
    updateActions();
    updateLadderPlaceholder();
    emit loadFinished(outcome.status);
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
        m_peer->setCapture(m_path, currentLadder(), !m_session->isCapturing());
    // Save Capture As… saves the unsaved capture, or an opened file with its notes.
    ui->actionSaveCaptureAs->setEnabled((m_session->hasUnsavedCapture() || !m_path.isEmpty())
                                        && !m_session->isCapturing());
}

} // namespace tcpladder::ui
