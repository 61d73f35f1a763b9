// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow in another language: a switch (View › Language) sends LanguageChange, and every text on
// screen is made again, the .ui's by retranslateUi and the ones built in code here.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "capturenotes.h"
#include "notescontroller.h"

#include "connectionmodel.h"
#include "graphdock.h"
#include "ladderview.h"
#include "recentfiles.h"
#include "shownladder.h"

#include <QHeaderView>

namespace tcpladder::ui {

void MainWindow::setTitle(TextMaker make)
{
    m_title = std::move(make);
    // Every title ends with the application's name, which LanguageManager also makes the display name:
    // Qt appends the display name to a title that does not end with it ("— TCP 梯形图 — TCP Ladder").
    // A leading "*" while teacher's notes are unsaved (NotesController).
    const QString modified = m_notes && m_notes->notes()->isModified() ? QStringLiteral("*") : QString();
    setWindowTitle(modified + (m_title ? m_title() : tr("TCP Ladder")));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && ui && m_statusBar)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    ui->retranslateUi(this);
    setWindowTitle(m_title ? m_title() : tr("TCP Ladder")); // retranslateUi put the .ui's plain title back
    retranslateViewActions(); // the status bar makes its texts again itself (CaptureStatusBar)
    m_graphDock->retranslate();
    m_recent->retranslate();
    m_model->retranslate();
    fitColumns(); // widths made for the other language cut headers off or waste room
    m_shown->reloadFrame();
    explainCurrentRow(m_ladderView->currentRow()); // the pane keeps finished sentences, not their sources
}

void MainWindow::fitColumns()
{
    // Headers count too (QTableView measures them): "Stream" is wider than "流".
    ui->connectionTable->resizeColumnsToContents();
    // Hostnames arrive later than addresses (DNS, SNI); leave them room from the start.
    auto *header = ui->connectionTable->horizontalHeader();
    header->resizeSection(
        model::ConnectionModel::HostnameColumn,
        std::max(header->sectionSize(model::ConnectionModel::HostnameColumn), 16 * fontMetrics().averageCharWidth()));
}

} // namespace tcpladder::ui
