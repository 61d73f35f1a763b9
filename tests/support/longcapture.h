// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QList>
#include <QPair>
#include <QString>

#include <pcap/pcap.h>

#include <algorithm>

namespace tcpladder::testsupport {

// A long file of about `totalFrames` frames made of copies of a real capture, so a load lasts long
// enough to cancel.
inline bool writeRepeated(const QString &source, const QString &target, int totalFrames)
{
    char errbuf[PCAP_ERRBUF_SIZE];
    QList<QPair<pcap_pkthdr, QByteArray>> frames;
    pcap_t *in = pcap_open_offline(QFile::encodeName(source).constData(), errbuf);
    if (!in)
        return false;
    pcap_pkthdr *header = nullptr;
    const u_char *data = nullptr;
    while (pcap_next_ex(in, &header, &data) == 1)
        frames.append(
            {*header, QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(header->caplen))});
    pcap_t *out = pcap_open_dead(pcap_datalink(in), 262144);
    pcap_close(in);
    pcap_dumper_t *dumper = pcap_dump_open(out, QFile::encodeName(target).constData());
    if (!dumper || frames.isEmpty())
        return false;
    const int copies = std::max(1, totalFrames / static_cast<int>(frames.size()));
    for (int copy = 0; copy < copies; ++copy) {
        for (auto [h, bytes] : frames) {
            h.ts.tv_sec += copy * 10; // keep time moving forward between copies
            pcap_dump(reinterpret_cast<u_char *>(dumper), &h, reinterpret_cast<const u_char *>(bytes.constData()));
        }
    }
    pcap_dump_close(dumper);
    pcap_close(out);
    return true;
}

} // namespace tcpladder::testsupport
