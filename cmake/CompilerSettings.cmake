# One INTERFACE target with the warnings, Qt strictness and hardening that every
# MLA Desk target links (modelled on qBittorrent's CommonConfig.cmake).
add_library(mladesk_settings INTERFACE)
target_compile_options(mladesk_settings INTERFACE
  -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
  $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> -Wcast-qual -Wformat=2
  -fstack-protector-strong)
target_compile_definitions(mladesk_settings INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_CONTEXTLESS_CONNECT QT_USE_QSTRINGBUILDER QT_NO_URL_CAST_FROM_STRING
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
target_link_options(mladesk_settings INTERFACE -Wl,-z,relro -Wl,-z,now)
# lld links a test program in a third of the time GNU ld takes (1.4 s against
# 4.4 s of CPU for tst_mainwindow; docs/performance.md, "Build and test times").
option(MLADESK_LLD "Link with lld (package lld) when the compiler accepts -fuse-ld=lld" ON)
if(MLADESK_LLD)
  include(CheckLinkerFlag)
  check_linker_flag(CXX -fuse-ld=lld MLADESK_HAVE_LLD)
  if(MLADESK_HAVE_LLD)
    target_link_options(mladesk_settings INTERFACE -fuse-ld=lld)
  endif()
endif()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
include(CheckPIESupported)
check_pie_supported()

if(MLADESK_WERROR)
  target_compile_options(mladesk_settings INTERFACE -Werror)
endif()
if(MLADESK_ASAN)
  target_compile_options(mladesk_settings INTERFACE -fsanitize=address -fno-omit-frame-pointer)
  target_link_options(mladesk_settings INTERFACE -fsanitize=address)
endif()
if(MLADESK_UBSAN)
  target_compile_options(mladesk_settings INTERFACE -fsanitize=undefined -fno-sanitize-recover=all)
  target_link_options(mladesk_settings INTERFACE -fsanitize=undefined)
endif()
if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
  set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()
if(MLADESK_FUZZ)
  # libFuzzer: every MLA Desk target is instrumented for coverage (and
  # AddressSanitizer); the fuzz targets link -fsanitize=fuzzer themselves.
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "MLADESK_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  target_compile_options(mladesk_settings INTERFACE -fsanitize=fuzzer-no-link,address -fno-omit-frame-pointer)
  target_link_options(mladesk_settings INTERFACE -fsanitize=address)
endif()
