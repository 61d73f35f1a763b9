// SPDX-License-Identifier: GPL-3.0-or-later
#include "captureconvert.h"

#include "platformfile.h"

#include <pcap/pcap.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace tcpladder::core {

namespace {

bool copyBytes(const std::string &source, const std::string &target, std::string &error)
{
    std::error_code ec;
    std::filesystem::copy_file(filesystemPath(source), filesystemPath(target),
                               std::filesystem::copy_options::overwrite_existing, ec);
    if (ec) {
        error = "Cannot copy the capture to " + target + ": " + ec.message();
        return false;
    }
    return true;
}

bool writePcap(const std::string &source, const std::string &target, std::string &error)
{
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    // Microseconds: "pcap" is the choice for old tools, and µs pcap is what every one of them reads.
    initPcapForUtf8(); // libpcap opens both files by name, UTF-8 on Windows too
    pcap_t *in = pcap_open_offline_with_tstamp_precision(source.c_str(), PCAP_TSTAMP_PRECISION_MICRO, errbuf);
    if (!in) {
        error = "Cannot read the capture " + source + ": " + errbuf;
        return false;
    }
    pcap_t *dead =
        pcap_open_dead_with_tstamp_precision(pcap_datalink(in), pcap_snapshot(in), PCAP_TSTAMP_PRECISION_MICRO);
    pcap_dumper_t *dumper = dead ? pcap_dump_open(dead, target.c_str()) : nullptr;
    if (!dumper) {
        error = "Cannot write " + target + ": " + (dead ? pcap_geterr(dead) : std::string("out of memory"));
        if (dead)
            pcap_close(dead);
        pcap_close(in);
        return false;
    }
    pcap_pkthdr *header = nullptr;
    const u_char *data = nullptr;
    int status = 0;
    while ((status = pcap_next_ex(in, &header, &data)) == 1)
        pcap_dump(reinterpret_cast<u_char *>(dumper), header, data);
    bool ok = true;
    // A spool cut short by a crash ends mid-block; everything before that is still worth saving.
    if (status == PCAP_ERROR && std::strstr(pcap_geterr(in), "truncated") == nullptr) {
        error = "Reading " + source + " failed: " + pcap_geterr(in);
        ok = false;
    }
    if (pcap_dump_flush(dumper) != 0) {
        error = "Cannot write " + target + ": " + std::strerror(errno);
        ok = false;
    }
    pcap_dump_close(dumper);
    pcap_close(dead);
    pcap_close(in);
    if (!ok)
        removeFile(target);
    return ok;
}

} // namespace

bool saveCaptureAs(const std::string &source, const std::string &target, CaptureFileFormat format, std::string &error)
{
    std::error_code ec;
    if (std::filesystem::exists(filesystemPath(target), ec)
        && std::filesystem::equivalent(filesystemPath(source), filesystemPath(target), ec)) {
        error = "The capture cannot be saved over itself";
        return false;
    }
    return format == CaptureFileFormat::Pcapng ? copyBytes(source, target, error) : writePcap(source, target, error);
}

} // namespace tcpladder::core
