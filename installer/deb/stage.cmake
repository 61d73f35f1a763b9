# SPDX-License-Identifier: GPL-3.0-or-later
# CPack pre-build script (runs on the staging tree before the package is assembled), DEB only.
# Capture without root, the Debian way: the capability-carrying executables are only runnable by the
# `pcap` group (postinst sets root:pcap 0750 through dpkg-statoverride, then setcap). So that everyone
# else can still run TCP Ladder on files, /usr/bin/tcpladder{,-cli} become tiny launchers that pick the
# capture copy when the user may execute it and the plain copy otherwise. Never setuid.
if(NOT CPACK_GENERATOR STREQUAL "DEB")
    return()
endif()

set(_root "${CPACK_TEMPORARY_DIRECTORY}")
if(CPACK_TEMPORARY_INSTALL_DIRECTORY)
    set(_root "${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
endif()
set(_usr "${_root}${CPACK_PACKAGING_INSTALL_PREFIX}")
if(NOT EXISTS "${_usr}/bin/tcpladder")
    message(FATAL_ERROR "stage.cmake: ${_usr}/bin/tcpladder not found in the staging tree")
endif()

file(MAKE_DIRECTORY "${_usr}/lib/tcpladder/capture")
foreach(_program IN ITEMS tcpladder tcpladder-cli)
    file(RENAME "${_usr}/bin/${_program}" "${_usr}/lib/tcpladder/${_program}")
    file(COPY "${_usr}/lib/tcpladder/${_program}" DESTINATION "${_usr}/lib/tcpladder/capture")
    set(TCPLADDER_PROGRAM "${_program}")
    configure_file("${CPACK_TCPLADDER_DEB_DIR}/launcher.in" "${_usr}/bin/${_program}" @ONLY
                   FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
                                    WORLD_READ WORLD_EXECUTE)
endforeach()
