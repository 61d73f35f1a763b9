# SPDX-License-Identifier: GPL-3.0-or-later
# CPack NSIS settings (included by installer/packaging.cmake on every platform, so that `cpack -G NSIS`
# on Linux with Debian's makensis compiles the same script CI builds on Windows; see scripts/ci-package.sh).
# Adds: Start-menu entry, .pcap/.pcapng association, and a page that checks for Npcap.
set(_win "${CMAKE_CURRENT_LIST_DIR}")

set(CPACK_NSIS_PACKAGE_NAME "TCP Ladder")
set(CPACK_NSIS_DISPLAY_NAME "TCP Ladder ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/windows/tcpladder.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/windows/tcpladder.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\tcpladder.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "tcpladder.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# CPack's own PATH editing truncates long PATHs; the CLI is reachable via its full path instead.
set(CPACK_NSIS_MODIFY_PATH OFF)

# The Npcap page and the file-association macros live in one NSIS include file. CPack copies nothing
# from the source tree into its NSIS project, so the include is referenced by absolute path; NSIS wants
# backslashes or forward slashes, both work.
file(TO_CMAKE_PATH "${_win}/tcpladder.nsh" _nsh)
# A 64-bit Unicode installer for 64-bit programs (Debian's nsis has the amd64-unicode stubs and plugins).
set(CPACK_NSIS_DEFINES "Target amd64-unicode\n  !include \"${_nsh}\"")

# Our Npcap page goes right before the install-files page (CPack's components page slot, unused here).
set(CPACK_NSIS_PAGE_COMPONENTS "Page custom NpcapPageCreate NpcapPageLeave")

set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "!insertmacro TcpLadderAssociateFiles")
# CPack's uninstaller deletes Software\<vendor>\<key> but leaves the vendor key, empty: remove both here
# (these commands run before CPack's own), so an uninstall leaves no registry key behind.
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "${CPACK_PACKAGE_NAME} ${PROJECT_VERSION}")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "!insertmacro TcpLadderUnassociateFiles
  DeleteRegKey SHCTX \"Software\\${CPACK_PACKAGE_VENDOR}\\${CPACK_PACKAGE_INSTALL_REGISTRY_KEY}\"
  DeleteRegKey /ifempty SHCTX \"Software\\${CPACK_PACKAGE_VENDOR}\"")
