// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the open capture (OpenCapture) wired to the views, drag and drop, and settings.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "connectionmodel.h"

#include "filterbar.h"
#include "languagemanager.h"
#include "ladderview.h"
#include "messagebar.h"
#include "opencapture.h"
#include "shownladder.h"
#include "recentfiles.h"
#include "screenlayout.h"
#include "livecapturecontroller.h"

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
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace tcpladder::ui {

void MainWindow::setupOpenCapture()
{
    m_recent = new RecentFiles(ui->menuRecent, ui->actionClearRecent, ui->menuSamples, this);
    m_capture = new OpenCapture(m_session.get(), m_model, m_recent, m_statusBar, m_messages, this);
    connect(m_recent, &RecentFiles::openRequested, m_capture, &OpenCapture::open);
    connect(m_recent, &RecentFiles::sampleRequested, m_capture, &OpenCapture::openSample);
    m_capture->setStreamSelector([this](quint32 stream) { return selectStream(stream); });
    connect(m_capture, &OpenCapture::replacing, this, &MainWindow::clearCapture);
    connect(m_capture, &OpenCapture::titleChanged, this, &MainWindow::setTitle);
    connect(m_capture, &OpenCapture::changed, this, &MainWindow::updateForCapture);
    connect(m_capture, &OpenCapture::batchApplied, this, [this](const capture::ConnectionBatch &batch, bool first) {
        if (first)
            fitColumns();
        updateStatus();
        m_shown->refreshIfGrew(batch); // a live or loading ladder keeps up
    });
    connect(m_capture, &OpenCapture::loaded, this, [this](capture::LoadStatus status) {
        selectFirstConnection();
        updateForCapture();
        emit loadFinished(status);
    });
    connect(m_capture, &OpenCapture::failed, this, [this] { emit loadFinished(capture::LoadStatus::Failed); });
}

void MainWindow::updateForCapture()
{
    updateStatus();
    updateActions();
    updateLadderPlaceholder();
}

void MainWindow::openFile(const QString &path)
{
    m_capture->open(path);
}

bool MainWindow::openSample(const QString &name)
{
    return m_capture->openSample(name);
}

void MainWindow::reopen(const QString &path)
{
    m_capture->reopen(path, currentLadder() ? static_cast<int>(currentLadder()->streamIndex) : -1);
}

bool MainWindow::isLoading() const
{
    return m_capture->isLoading();
}

QString MainWindow::currentFile() const
{
    return m_capture->path();
}

void MainWindow::setStreamToSelect(int stream)
{
    m_capture->setStreamToSelect(stream);
}

QString MainWindow::messageText() const
{
    return m_messages->text();
}

void MainWindow::setLargerText(bool on)
{
    QFont font = m_baseFont;
    if (on) {
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * 1.5);
        else
            font.setPixelSize(font.pixelSize() * 3 / 2);
    }
    QApplication::setFont(font);
    // The ladder draws with its own painter font; a factor kept apart from the user's zoom scales
    // it, so that Reset Zoom in between does not leave the ladder at 1 / 1.5 afterwards.
    m_ladderView->setTextScale(on ? 1.5 : 1.0);
    ui->actionLargerText->setChecked(on);
    ui->connectionTable->verticalHeader()->setDefaultSectionSize(QFontMetrics(font).height() + 6);
    fitColumns();
    QSettings().setValue(QStringLiteral("view/largerText"), on);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About TCP Ladder"),
                       tr("<h3>TCP Ladder %1</h3><p>Shows TCP connections from pcap and pcapng captures as "
                          "ladder diagrams: the three-way handshake, the data and the teardown, segment by "
                          "segment.</p><p>Licensed under the GNU GPL, version 3 or later.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        // First start: the whole work area (the ladder wants height, the details width), less the
        // window frame, so that the status bar is not pushed under the task bar.
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            const int title = style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, this);
            const int border = std::max(2, style()->pixelMetric(QStyle::PM_MdiSubWindowFrameWidth, nullptr, this));
            setGeometry(available.adjusted(border, title + border, -border, -border));
        }
    }
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    screenlayout::restoreSplitter(settings, screen(), ui->mainSplitter);
    if (!screenlayout::restoreSplitter(settings, screen(), ui->leftSplitter)) {
        // About nine connections under the search and filter fields; the ladder takes the rest.
        const auto *table = ui->connectionTable;
        const int list = ui->searchEdit->sizeHint().height() + m_filterBar->sizeHint().height()
            + 2 * ui->connectionsLayout->spacing() + table->horizontalHeader()->sizeHint().height()
            + 9 * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth()
            + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, table);
        ui->leftSplitter->setSizes({list, 3 * list});
    }
    if (settings.value(QStringLiteral("view/largerText"), false).toBool())
        setLargerText(true);
    ui->actionFitLadder->setChecked(settings.value(QStringLiteral("view/fitLadder"), false).toBool());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    screenlayout::saveSplitter(settings, screen(), ui->mainSplitter);
    screenlayout::saveSplitter(settings, screen(), ui->leftSplitter);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_liveCapture->confirmClose([this] { close(); })) {
        event->ignore();
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!OpenCapture::localFileFrom(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = OpenCapture::localFileFrom(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    m_capture->open(path);
}

} // namespace tcpladder::ui
