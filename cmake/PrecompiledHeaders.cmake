# Precompiled headers: the standard and Qt headers in cmake/pch/, compiled once
# per kind of target and reused by every target of that kind (figures in
# docs/performance.md, "Build and test times").
#
#   mladesk_precompile(<target> core|test)
#
# core for libraries and programs, test for test executables and their support
# libraries. Either becomes its Qt Widgets variant (widgets, widgets_test) when
# <target> links mladesk_ui or Qt6::Widgets; this is decided at the end of the
# directory, so links added after the call count.
#
# A precompiled header is only used by a compilation with the same flags and
# the same definition of every macro its headers test. Each kind is built by a
# small carrier target (mladesk_pch_<kind>) that links exactly the Qt modules of
# that kind and mladesk_settings, so it has the flags of the targets that reuse
# it. The test carriers are made in tests/ because Qt6::Test defines
# QT_TESTCASE_BUILDDIR and QT_TESTCASE_SOURCEDIR from the directory. GCC warns
# about an unusable header (-Winvalid-pch, an error with MLADESK_WERROR).
option(MLADESK_PCH "Precompile the standard and Qt headers (faster builds)" ON)

set(MLADESK_PCH_DIR ${CMAKE_CURRENT_LIST_DIR}/pch)
set(MLADESK_PCH_LIBS_core Qt6::Core)
set(MLADESK_PCH_LIBS_widgets Qt6::Widgets Qt6::Concurrent Qt6::PrintSupport)
set(MLADESK_PCH_LIBS_test Qt6::Core Qt6::Test)
set(MLADESK_PCH_LIBS_widgets_test Qt6::Widgets Qt6::Concurrent Qt6::PrintSupport Qt6::Test)

function(mladesk_precompile target kind)
  if(MLADESK_PCH)
    cmake_language(EVAL CODE "cmake_language(DEFER CALL _mladesk_precompile_now [[${target}]] [[${kind}]])")
  endif()
endfunction()

function(_mladesk_precompile_now target kind)
  get_target_property(links ${target} LINK_LIBRARIES)
  if("mladesk_ui" IN_LIST links OR "Qt6::Widgets" IN_LIST links)
    string(REPLACE "core" "widgets" kind "${kind}")
    string(REPLACE "test" "widgets_test" kind "${kind}")
  endif()
  set(carrier mladesk_pch_${kind})
  if(NOT TARGET ${carrier})
    file(CONFIGURE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/${carrier}.cpp
         CONTENT "// Compiles the precompiled header ${kind}.h (cmake/PrecompiledHeaders.cmake).\n")
    add_library(${carrier} OBJECT ${CMAKE_CURRENT_BINARY_DIR}/${carrier}.cpp)
    set_target_properties(${carrier} PROPERTIES AUTOMOC OFF)
    target_link_libraries(${carrier} PRIVATE mladesk_settings ${MLADESK_PCH_LIBS_${kind}})
    target_precompile_headers(${carrier} PRIVATE ${MLADESK_PCH_DIR}/${kind}.h)
  endif()
  target_precompile_headers(${target} REUSE_FROM ${carrier})
endfunction()
