// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturecommands.h"

#include "captureload.h"
#include "jsonwriter.h"
#include "livesource.h"
#include "pcapngwriter.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>

#if defined(_WIN32)
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace tcpladder::cli {

namespace {

std::atomic<core::LiveSource *> g_activeSource{nullptr};

// Ctrl-C ends the capture the way the Stop button does, so the file is closed intact.
extern "C" void stopOnSignal(int)
{
    if (auto *source = g_activeSource.load())
        source->stop();
}

std::string interfaceFlags(const core::InterfaceInfo &info)
{
    std::string flags = info.up ? "up" : "down";
    if (info.running)
        flags += ",running";
    if (info.loopback)
        flags += ",loopback";
    if (info.wireless)
        flags += ",wireless";
    return flags;
}

} // namespace

int runInterfaces(const Arguments &args)
{
    std::vector<core::InterfaceInfo> interfaces;
    std::string error;
    if (!core::listInterfaces(interfaces, error)) {
        printError(error);
        return 1;
    }
    if (args.has("--json")) {
        core::JsonWriter json;
        json.beginObject().key("interfaces").beginArray();
        for (const auto &info : interfaces) {
            json.beginObject();
            json.key("name").value(info.name);
            json.key("description").value(info.description);
            json.key("addresses").beginArray();
            for (const auto &address : info.addresses)
                json.value(address);
            json.endArray();
            json.key("up").value(info.up);
            json.key("running").value(info.running);
            json.key("loopback").value(info.loopback);
            json.key("wireless").value(info.wireless);
            json.endObject();
        }
        json.endArray().endObject();
        std::printf("%s\n", json.text().c_str());
        return 0;
    }
    for (const auto &info : interfaces) {
        std::printf("%-16s %-22s %s%s%s\n", info.name.c_str(), interfaceFlags(info).c_str(), info.description.c_str(),
                    info.description.empty() || info.addresses.empty() ? "" : "  ",
                    info.addresses.empty() ? "" : info.addresses.front().c_str());
    }
    return 0;
}

int runCapture(const Arguments &args)
{
    const auto interfaceName = args.value("-i");
    const auto output = args.value("-w");
    if (!interfaceName || !output) {
        printError("'capture' needs -i IFACE and -w OUT.pcapng (see tcpladder-cli interfaces)");
        return 1;
    }
    std::optional<unsigned long long> count;
    if (const auto text = args.value("--count")) {
        count = parseUnsigned(*text);
        if (!count || *count == 0) {
            printError("--count needs a positive number of packets, not '" + *text + "'");
            return 1;
        }
    }
    double duration = 0;
    if (const auto text = args.value("--duration")) {
        char *end = nullptr;
        duration = std::strtod(text->c_str(), &end);
        if (end == text->c_str() || *end != '\0' || duration <= 0) {
            printError("--duration needs a positive number of seconds, not '" + *text + "'");
            return 1;
        }
    }

    core::LiveOptions options;
    options.interfaceName = *interfaceName;
    options.filter = args.value("-f").value_or("");
    core::LiveSource source;
    std::string error;
    if (!source.open(options, error)) {
        printError(error);
        return 1;
    }
    core::PcapngWriter writer;
    if (!writer.open(*output, source.linkType(), source.snapLength(), *interfaceName, error)) {
        printError(error);
        return 1;
    }

    // Said once the kernel delivers packets, so scripts (and tests) can start traffic on this line.
    std::fprintf(stderr, "tcpladder-cli: capturing on %s into %s (Ctrl+C stops)\n", interfaceName->c_str(),
                 output->c_str());
    std::fflush(stderr);

    g_activeSource = &source;
    std::signal(SIGINT, stopOnSignal);
    std::signal(SIGTERM, stopOnSignal);

    const bool interactive = isatty(fileno(stderr));
    const auto start = std::chrono::steady_clock::now();
    auto lastReport = start;
    unsigned long long captured = 0;
    bool writeFailed = false;
    const std::function<void(const core::RawFrame &)> onFrame = [&](const core::RawFrame &frame) {
        if (count && captured >= *count)
            return;
        writeFailed = writeFailed || !writer.write(frame);
        ++captured;
    };

    std::string stopReason;
    for (;;) {
        const auto status = source.dispatch(onFrame, error);
        // Every read is on disk before the next wait: a kill (or a crash) loses only what libpcap still held.
        writeFailed = !writer.flush() || writeFailed;
        const auto now = std::chrono::steady_clock::now();
        const double elapsed = std::chrono::duration<double>(now - start).count();
        if (interactive && now - lastReport > std::chrono::milliseconds(250)) {
            lastReport = now;
            std::fprintf(stderr, "\rCapturing on %s: %llu packets, %llu dropped, %.1f s  ", interfaceName->c_str(),
                         captured, static_cast<unsigned long long>(source.stats().dropped), elapsed);
        }
        if (status == core::LiveSource::Status::Failed) {
            stopReason = error;
            break;
        }
        if (status == core::LiveSource::Status::Stopped || writeFailed)
            break;
        // The limit ends the capture like Ctrl+C does: the next dispatch reads what the kernel still holds.
        if ((count && captured >= *count) || (duration > 0 && elapsed >= duration))
            source.stop();
    }
    g_activeSource = nullptr;
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    const auto stats = source.stats();
    writer.close();
    if (interactive)
        std::fputc('\n', stderr);
    std::fprintf(stderr, "tcpladder-cli: captured %llu packets on %s (%llu dropped by the kernel) into %s\n", captured,
                 interfaceName->c_str(), static_cast<unsigned long long>(stats.dropped), output->c_str());
    if (writeFailed) {
        printError("writing " + *output + " failed (disk full?); the packets before the failure are in the file");
        return 1;
    }
    if (!stopReason.empty()) {
        printError(stopReason);
        return 1;
    }
    return 0;
}

} // namespace tcpladder::cli
