// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionsummary.h"
#include "streamreplay.h"

#include <QMainWindow>
#include <QThread>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTemporaryDir;

namespace Ui {
class MainWindow;
}

namespace tcpladder::capture {
class CaptureWorker;
}
namespace tcpladder::model {
class ConnectionModel;
class ConnectionFilterProxy;
}

namespace tcpladder::ui {

class LadderView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts loading in the background; an unreadable file shows an error in the message bar.
    void openFile(const QString &path);
    // Opens a bundled sample by file name ("reset.pcapng"); false when there is no such sample.
    bool openSample(const QString &name);
    static QStringList sampleNames();
    // Which connection to select once it has loaded (the README's run command uses it).
    void setStreamToSelect(int stream) { m_streamToSelect = stream; }
    void setLargerText(bool on);

    // For tests and the smoke run.
    model::ConnectionModel *connectionModel() const { return m_model; }
    model::ConnectionFilterProxy *connectionProxy() const { return m_proxy; }
    LadderView *ladderView() const { return m_ladderView; }
    const std::optional<core::ConnectionLadder> &currentLadder() const { return m_ladder; }
    QString messageText() const;
    bool isLoading() const { return m_loading; }
    QString currentFile() const { return m_path; }
    bool selectStream(quint32 stream);

signals:
    void loadFinished(tcpladder::capture::LoadStatus status);
    void ladderShown(quint32 stream);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setupActions();
    void setupStatusBar();
    void onStarted(quint64 job, const QString &path);
    void onBatch(quint64 job, const capture::ConnectionBatch &batch);
    void onProgress(quint64 job, qint64 done, qint64 total);
    void onFinished(quint64 job, const capture::LoadOutcome &outcome);
    void onConnectionSelected();
    void onLadderRowChanged(int row);
    // `grew`: same connection with more segments; the view keeps its place and selection.
    void showLadder(quint32 stream, bool grew = false);
    void showMessage(const QString &text, bool error);
    void hideMessage();
    void updateMessageColours();
    void updateStatus();
    void updateActions();
    void rebuildRecentMenu();
    void rebuildSampleMenu();
    void addRecentFile(const QString &path);
    void openDialog();
    void exportLadder();
    void copyLadderImage();
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::MainWindow> ui;
    QThread m_thread;
    capture::CaptureWorker *m_worker = nullptr; // lives on m_thread, deleted when it finishes
    model::ConnectionModel *m_model = nullptr;
    model::ConnectionFilterProxy *m_proxy = nullptr;
    LadderView *m_ladderView = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_framesLabel = nullptr;
    QLabel *m_connectionsLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    std::unique_ptr<QTemporaryDir> m_sampleDir; // libpcap needs real files for the bundled samples

    QString m_path;
    bool m_pathIsSample = false;
    bool m_loading = false;
    bool m_messageIsError = false;
    int m_streamToSelect = -1;
    std::optional<core::ConnectionLadder> m_ladder;
    QFont m_baseFont;
};

} // namespace tcpladder::ui
