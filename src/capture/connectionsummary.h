// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionanalyzer.h"
#include "stream.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace tcpladder::capture {

// A value copy of one connection's summary: crosses from the loading thread to the GUI in batches,
// so the GUI never touches the tracker while it is being filled.
struct ConnectionSummary
{
    quint32 stream = 0;
    QString clientIp;
    quint16 clientPort = 0;
    QString serverIp;
    quint16 serverPort = 0;
    QString hostname;
    core::OpenKind open = core::OpenKind::None;
    core::CloseKind close = core::CloseKind::None;
    int firstFin = -1;         // -1 none, 0 client, 1 server
    int teardownSegments = -1; // -1 when the contract says null
    quint32 firstFrame = 0;
    quint64 segments = 0;
    quint64 bytesClientToServer = 0;
    quint64 bytesServerToClient = 0;
    double start = 0.0;    // seconds since the file's first frame
    double duration = 0.0; // seconds from the first to the last segment

    QString client() const;
    QString server() const;
};

using ConnectionBatch = QList<ConnectionSummary>;

// The summary of one tracked stream; `fileStartNs` is the time of the capture's first frame.
ConnectionSummary summarize(const core::Stream &stream, std::int64_t fileStartNs);

enum class LoadStatus { Ok, Cancelled, Failed };

struct LoadOutcome
{
    LoadStatus status = LoadStatus::Ok;
    QString path;
    QString error;        // only for Failed
    QStringList warnings; // damage and skipped frames; the file still loaded
    quint64 frames = 0;
    quint64 tcpSegments = 0;
    quint64 connections = 0;
    // Live captures: `path` is the spool; a Failed live capture with frames > 0 kept what it got.
    bool live = false;
    quint64 dropped = 0;
};

// Counters of a running live capture, sent with each batch.
struct LiveStats
{
    quint64 captured = 0; // packets written to the spool
    quint64 dropped = 0;  // dropped by the kernel (pcap_stats ps_drop)
    quint64 interfaceDropped = 0;
    quint64 spoolBytes = 0;
    double seconds = 0.0; // since the capture started
};

} // namespace tcpladder::capture

Q_DECLARE_METATYPE(tcpladder::capture::ConnectionSummary)
Q_DECLARE_METATYPE(tcpladder::capture::LoadOutcome)
Q_DECLARE_METATYPE(tcpladder::capture::LiveStats)
