// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentedsave.h"

#include "packetsource.h"
#include "pcapngwriter.h"
#include "platformfile.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace tcpladder::core {

namespace {

constexpr int kSnapLength = 262144; // libpcap's own maximum: no frame of any source is cut

bool copyFrames(FileSource &source, const std::string &sourcePath, PcapngWriter &writer, const FrameComments &edits,
                std::string &error)
{
    PacketCommentReader existing;
    if (!existing.open(sourcePath, error))
        return false;
    RawFrame frame;
    std::vector<std::string> comments;
    FileSource::Next next;
    while ((next = source.next(frame)) == FileSource::Next::Frame) {
        if (frame.linkType != source.linkType()) {
            error = "frames of several link types cannot be saved in one pcapng interface yet (frame "
                + std::to_string(frame.frameNumber) + ")";
            return false;
        }
        comments.clear();
        const auto &withOptions = source.blocksWithOptions();
        if (const auto edit = edits.find(frame.frameNumber); edit != edits.end())
            comments = edit->second;
        else if (!withOptions.empty() && withOptions.back().frameNumber == frame.frameNumber)
            existing.read(withOptions.back(), comments);
        if (!writer.write(frame, comments)) {
            error = std::strerror(errno);
            return false;
        }
    }
    if (next == FileSource::Next::Error) {
        error = source.warnings().empty() ? std::string("the capture could not be read to its end")
                                          : source.warnings().back();
        return false;
    }
    if (!writer.flush()) {
        error = std::strerror(errno);
        return false;
    }
    return true;
}

} // namespace

bool saveCaptureWithComments(const std::string &source, const std::string &target, const FrameComments &edits,
                             std::string &error)
{
    const std::string temporary = target + ".saving";
    std::string why;
    bool copied = false;
    {
        // Closed before the rename: Windows cannot replace a file that is still open (saving over the source).
        FileSource input;
        if (!input.open(source, error))
            return false;
        PcapngWriter writer;
        if (!writer.open(temporary, input.linkType(), kSnapLength, {}, error))
            return false;
        copied = copyFrames(input, source, writer, edits, why);
        writer.close();
    }
    if (!copied) {
        removeFile(temporary);
        error = "Cannot write " + target + ": " + why;
        return false;
    }
    std::error_code ec;
    std::filesystem::rename(filesystemPath(temporary), filesystemPath(target), ec);
    if (ec) {
        removeFile(temporary);
        error = "Cannot write " + target + ": " + ec.message();
        return false;
    }
    return true;
}

} // namespace tcpladder::core
