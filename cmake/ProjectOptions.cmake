# SPDX-FileCopyrightText: 2026 Jiuzhu authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared build policy: every target links jiuzhu_options.

set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

add_library(jiuzhu_options INTERFACE)
target_compile_features(jiuzhu_options INTERFACE cxx_std_20)

if(MSVC)
    target_compile_options(jiuzhu_options INTERFACE /W4 /permissive- /utf-8)
else()
    target_compile_options(jiuzhu_options INTERFACE
        -Wall -Wextra -pedantic -Wold-style-cast -Woverloaded-virtual)
endif()

target_compile_definitions(jiuzhu_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
