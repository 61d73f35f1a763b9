// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

#include <array>
#include <functional>

class QLabel;
class QPushButton;

namespace tcpladder::ui {

class MainWindow;

// Help › Getting Started: the Wireshark tutorial's first lesson, told with the bundled sample
// web-fetch-3-segment-close.pcapng. Four steps, each with a button that does it in the main window
// (open the sample, type the display filter, select the connection, step to the teardown), so a
// student who is stuck can catch up and carry on by hand. Not modal: the window stays usable.
class GettingStartedDialog : public QDialog
{
    Q_OBJECT
public:
    // What the sample holds (checked with `tcpladder-cli ladder … --stream 0`; tst_gettingstarted
    // checks it again against the loaded ladder, so the text cannot drift from the capture).
    struct Lesson
    {
        const char *sample = "web-fetch-3-segment-close.pcapng";
        const char *hostname = "www.example.com";
        const char *clientIp = "192.0.2.10";
        const char *serverIp = "192.0.2.80";
        int clientPort = 43092;
        int serverPort = 80;
        quint32 stream = 0;
        int frames = 14;
        int synFrame = 3, synAckFrame = 4, ackFrame = 5;         // the three-way handshake
        int finFrame = 12, peerFinFrame = 13, lastAckFrame = 14; // the teardown
        quint32 finAck = 133;  // the server's FIN acknowledges the client's FIN (relative ack)
        quint32 lastAck = 868; // the client's last ACK acknowledges the server's FIN
    };
    static const Lesson &lesson();
    static QString filterText(); // "ip.addr == 192.0.2.80"

    enum Step { OpenSample, TypeFilter, SelectConnection, StepToTeardown, StepCount };

    explicit GettingStartedDialog(MainWindow *window);

    QPushButton *button(Step step) const { return m_buttons[step]; }
    // What the buttons do; a step also does the earlier ones it needs (the sample must be open).
    void run(Step step);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // Runs `then` once the sample is open and loaded (at once when it already is).
    void withSample(std::function<void()> then);
    bool sampleIsOpen() const;
    void selectConnection();
    void stepToTeardown();

    QPointer<MainWindow> m_window;
    QLabel *m_intro = nullptr;
    std::array<QLabel *, StepCount> m_texts{};
    std::array<QPushButton *, StepCount> m_buttons{};
    QMetaObject::Connection m_pending; // waiting for the sample to load
};

} // namespace tcpladder::ui
