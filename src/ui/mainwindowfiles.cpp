// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the open capture (OpenCapture) wired to the views, drag and drop, and the settings.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "filterbar.h"
#include "livecapturecontroller.h"
#include "presentermode.h"
#include "recentfiles.h"
#include "windowsettings.h"
#include "windowtitle.h"

#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>

namespace tcpladder::ui {

void MainWindow::setupOpenCapture()
{
    m_recent = new RecentFiles(ui->menuRecent, ui->actionClearRecent, ui->menuSamples, this);
    m_capture = new OpenCapture(m_session.get(), m_list->model(), m_recent, m_statusBar, m_messages, this);
    connect(m_recent, &RecentFiles::openRequested, m_capture, &OpenCapture::open);
    connect(m_recent, &RecentFiles::sampleRequested, m_capture, &OpenCapture::openSample);
    m_capture->setStreamSelector([this](quint32 stream) { return selectStream(stream); });
    connect(m_capture, &OpenCapture::replacing, this, &MainWindow::clearCapture);
    connect(m_capture, &OpenCapture::titleChanged, m_title, &WindowTitle::set);
    connect(m_capture, &OpenCapture::changed, this, &MainWindow::updateForCapture);
    connect(m_capture, &OpenCapture::batchApplied, this, [this](const capture::ConnectionBatch &batch, bool first) {
        if (first)
            m_list->fitColumns();
        updateStatus();
        m_shown->refreshIfGrew(batch); // a live or loading ladder keeps up
    });
    connect(m_capture, &OpenCapture::loaded, this, [this](capture::LoadStatus status) {
        m_list->selectFirst();
        updateForCapture();
        emit loadFinished(status);
    });
    connect(m_capture, &OpenCapture::failed, this, [this] { emit loadFinished(capture::LoadStatus::Failed); });
}

void MainWindow::reopen(const QString &path)
{
    m_capture->reopen(path, currentLadder() ? static_cast<int>(currentLadder()->streamIndex) : -1);
}

void MainWindow::setupSettings()
{
    m_largerText = new LargerText(ui->actionLargerText, m_ladderView);
    connect(m_largerText, &LargerText::fontChanged, m_list, &ConnectionList::fitTo);
    const auto firstListHeight = [this] {
        // About nine connections under the search and filter fields: a browser capture has dozens.
        const auto *table = ui->connectionTable;
        return ui->searchEdit->sizeHint().height() + m_filterBar->sizeHint().height()
            + 2 * ui->connectionsLayout->spacing() + table->horizontalHeader()->sizeHint().height()
            + 9 * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth()
            + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, table);
    };
    m_settings = new WindowSettings(
        {this, ui->mainSplitter, ui->leftSplitter, ui->actionLargerText, ui->actionFitLadder}, firstListHeight);
    m_settings->setFitIsUsers([this] { return !m_presenter->isActive(); });
    m_settings->restore();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_liveCapture->confirmClose([this] { close(); })) {
        event->ignore();
        return;
    }
    m_settings->save();
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
