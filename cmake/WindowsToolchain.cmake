# SPDX-License-Identifier: GPL-3.0-or-later
# Toolchain file of the `windows` preset: cross-compiles TCP Ladder for 64-bit Windows with Debian's
# MinGW-w64 (posix threads), a MinGW build of Qt 6.4.2 and an offline-only static libpcap, and runs the
# test executables under wine. One setting finds all of it:
#
#   TCPLADDER_WINDOWS_TOOLCHAIN   (CMake or environment variable) a folder with qt6.4.2-mingw64.tar.xz,
#                                 libpcap-null-mingw64.tar.xz, mingw64.cmake and wine-run.sh; default
#                                 ../shared/toolchains/windows beside the source tree.
#
# The tarballs are unpacked once into build/windows-toolchain (cmake/UnpackWindowsToolchain.cmake, also
# run by scripts/install-deps.sh). A folder that holds qt6.4.2-mingw64/ and libpcap-null-mingw64/ already
# unpacked (e.g. Qt's own MinGW package renamed or linked there) is used as it is.
# CMake reads this file again for every try_compile, so it derives everything from its own location.
get_filename_component(_tcpladder_source "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
include("${CMAKE_CURRENT_LIST_DIR}/UnpackWindowsToolchain.cmake")
tcpladder_windows_toolchain_dirs("${_tcpladder_source}" _tcpladder_toolchain _tcpladder_qt _tcpladder_pcap)

set(CMAKE_PREFIX_PATH "${_tcpladder_qt};${_tcpladder_pcap}")
set(QT_HOST_PATH "/usr" CACHE PATH "Qt host tools (moc, rcc, uic, lrelease) of the same 6.4.2 version")
# The shared toolchain file: compilers, find roots, wine-run.sh as the emulator with each prefix's bin/.
include("${_tcpladder_toolchain}/mingw64.cmake")
