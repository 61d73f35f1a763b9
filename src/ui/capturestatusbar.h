// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStatusBar>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace tcpladder::ui {

// The main window's status bar: what is open, the frame and connection counts, the live capture's
// own label, and a progress bar with Cancel while a file loads. Texts made from data are kept as how
// to make them, so a language switch makes them again here (QEvent::LanguageChange); showMessage()
// is QStatusBar's, for the short notes ("Saved …") that pass.
class CaptureStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    // A maker calls tr() each time: the text in the language of the moment. No maker: nothing shown.
    using TextMaker = std::function<QString()>;

    explicit CaptureStatusBar(QWidget *parent = nullptr);

    // What is open: a file name, "Live: lo"…
    void setFileText(TextMaker make);
    QString fileText() const;
    void setFrameCounts(quint64 frames, quint64 tcpSegments);
    void clearFrameCounts();
    // `shown` of `total` rows pass the filters.
    void setConnectionCounts(int total, int shown);
    // The live capture's label, shown while there is a maker; its tooltip is made again too.
    void setCaptureText(TextMaker make, TextMaker makeToolTip = {});
    void hideCaptureText();
    QString captureText() const; // empty while hidden

    // Loading a file: the bar and Cancel appear at 0 and go once the load has ended.
    void showProgress();
    void setProgress(qint64 done, qint64 total);
    void hideProgress();

signals:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setLabel(QLabel *label, TextMaker make);
    void retranslate();

    QLabel *m_fileLabel;
    QLabel *m_framesLabel;
    QLabel *m_connectionsLabel;
    QLabel *m_captureLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QHash<QLabel *, TextMaker> m_makers;
    TextMaker m_captureToolTip;
};

} // namespace tcpladder::ui
