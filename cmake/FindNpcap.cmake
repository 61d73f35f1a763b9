# SPDX-License-Identifier: GPL-3.0-or-later
# Finds the Npcap SDK (https://npcap.com/#download, "Npcap SDK": Include/, Lib/, Lib/x64/, Lib/ARM64/).
# Point NPCAP_SDK_DIR (CMake or environment variable) at the unpacked SDK. Defines Npcap_FOUND and the
# imported target Npcap::Npcap: headers, wpcap.lib + Packet.lib, and with MSVC both DLLs delay-loaded, so
# that the program starts without Npcap and can say how to install it (src/core/npcaploader.h) instead
# of Windows refusing to start it. The SDK's import libraries only; the DLLs come with the Npcap installer.
set(_npcap_hints "${NPCAP_SDK_DIR}" "$ENV{NPCAP_SDK_DIR}")

if(CMAKE_SIZEOF_VOID_P EQUAL 8)
    if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(ARM64|arm64|aarch64)$")
        set(_npcap_lib_suffix Lib/ARM64)
    else()
        set(_npcap_lib_suffix Lib/x64)
    endif()
else()
    set(_npcap_lib_suffix Lib)
endif()

find_path(Npcap_INCLUDE_DIR pcap/pcap.h HINTS ${_npcap_hints} PATH_SUFFIXES Include)
find_library(Npcap_wpcap_LIBRARY wpcap HINTS ${_npcap_hints} PATH_SUFFIXES ${_npcap_lib_suffix} NO_DEFAULT_PATH)
find_library(Npcap_Packet_LIBRARY Packet HINTS ${_npcap_hints} PATH_SUFFIXES ${_npcap_lib_suffix} NO_DEFAULT_PATH)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Npcap
    REQUIRED_VARS Npcap_wpcap_LIBRARY Npcap_Packet_LIBRARY Npcap_INCLUDE_DIR
    REASON_FAILURE_MESSAGE "Set NPCAP_SDK_DIR to the unpacked Npcap SDK (https://npcap.com/#download)")
mark_as_advanced(Npcap_INCLUDE_DIR Npcap_wpcap_LIBRARY Npcap_Packet_LIBRARY)

if(Npcap_FOUND AND NOT TARGET Npcap::Npcap)
    # GLOBAL so the top level can alias it to the name every library links on all platforms.
    add_library(Npcap::Npcap INTERFACE IMPORTED GLOBAL)
    set_target_properties(Npcap::Npcap PROPERTIES
        INTERFACE_INCLUDE_DIRECTORIES "${Npcap_INCLUDE_DIR}"
        INTERFACE_LINK_LIBRARIES "${Npcap_wpcap_LIBRARY};${Npcap_Packet_LIBRARY}")
    if(MSVC)
        set_property(TARGET Npcap::Npcap APPEND PROPERTY INTERFACE_LINK_LIBRARIES delayimp)
        set_property(TARGET Npcap::Npcap PROPERTY INTERFACE_LINK_OPTIONS
            "/DELAYLOAD:wpcap.dll" "/DELAYLOAD:Packet.dll")
    endif()
endif()
