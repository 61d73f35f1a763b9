# SPDX-License-Identifier: GPL-3.0-or-later
# One place for warning flags so every target in the tree is held to the same bar.
add_library(tcpladder_warnings INTERFACE)
if(MSVC)
    target_compile_options(tcpladder_warnings INTERFACE /W4 /permissive-)
    if(TCPLADDER_WERROR)
        target_compile_options(tcpladder_warnings INTERFACE /WX)
    endif()
else()
    target_compile_options(tcpladder_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                                        -Wold-style-cast -Wcast-align -Woverloaded-virtual)
    if(TCPLADDER_WERROR)
        target_compile_options(tcpladder_warnings INTERFACE -Werror)
        # GCC 12 at -O3 reports std::string's own memcpy as overlapping (GCC bug 105329, fixed in 13);
        # it stays a warning so that a real one is still seen.
        if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
            target_compile_options(tcpladder_warnings INTERFACE -Wno-error=restrict)
        endif()
    endif()
endif()

# Every Windows translation unit sees the same <windows.h>: without min/max macros and rarely used APIs.
if(WIN32)
    target_compile_definitions(tcpladder_warnings INTERFACE WIN32_LEAN_AND_MEAN NOMINMAX)
endif()
