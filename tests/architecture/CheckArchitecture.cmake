# cmake -DSOURCE_DIR=... -DLINKS_FILE=... -DCORE_LIBRARIES=a;b -P CheckArchitecture.cmake
# Fails (and says where) when:
#  - a file in ui/, cli/, bench/ or app/ includes a storage header: front ends
#    reach the register through core/services only;
#  - a core library links Qt Widgets (or, for mladesk_core and mladesk_bundle,
#    Qt Gui: a bundle's PDFs are rendered by the caller);
#  - a file in core/domain includes anything that does I/O (files, settings,
#    processes, the network, the database, keys);
#  - a source file of the product is longer than the limit below.
cmake_minimum_required(VERSION 3.25)
set(kMaxLines 650) # "files stay under about 600 lines" (CONVENTIONS.md)
set(problems "")

# Known exceptions, each with its reason, to be removed as they are fixed. An
# exception that no longer applies fails the check too, so the list shrinks.
# None today: front ends (the bench too) reach storage through core/services,
# and every file is under the limit.
set(storage_include_exceptions "")
set(length_exceptions "")
set(used_exceptions "")

# 1. Front ends never include storage.
file(GLOB_RECURSE front_ends ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/cli/*.h ${SOURCE_DIR}/cli/*.cpp
     ${SOURCE_DIR}/bench/*.h ${SOURCE_DIR}/bench/*.cpp ${SOURCE_DIR}/app/*.cpp
     ${SOURCE_DIR}/packaging/*.h ${SOURCE_DIR}/packaging/*.cpp)
foreach(file IN LISTS front_ends)
  file(STRINGS ${file} hits REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<]storage/")
  file(RELATIVE_PATH rel ${SOURCE_DIR} ${file})
  if(hits AND rel IN_LIST storage_include_exceptions)
    list(APPEND used_exceptions ${rel})
    continue()
  endif()
  foreach(hit IN LISTS hits)
    list(APPEND problems "${rel} includes storage (${hit}): call a service in core/services instead")
  endforeach()
endforeach()

# 2. Core libraries: no Widgets; mladesk_core and mladesk_bundle no Gui either.
file(STRINGS ${LINKS_FILE} link_lines)
foreach(line IN LISTS link_lines)
  string(REGEX MATCH "^([^=]+)=(.*)$" _ "${line}")
  set(links_${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
endforeach()
function(closure lib out)
  set(seen ${lib})
  set(todo ${lib})
  while(todo)
    list(POP_FRONT todo current)
    foreach(dep IN LISTS links_${current})
      string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" dep "${dep}")
      if(dep AND NOT dep IN_LIST seen)
        list(APPEND seen ${dep})
        if(DEFINED links_${dep})
          list(APPEND todo ${dep})
        endif()
      endif()
    endforeach()
  endwhile()
  set(${out} ${seen} PARENT_SCOPE)
endfunction()
foreach(lib IN LISTS CORE_LIBRARIES)
  if(NOT DEFINED links_${lib})
    list(APPEND problems "${lib}: no link line in ${LINKS_FILE}")
    continue()
  endif()
  closure(${lib} deps)
  foreach(dep IN LISTS deps)
    if(dep MATCHES "Widgets")
      list(APPEND problems "${lib} links ${dep}: a core library never links Qt Widgets")
    elseif(dep MATCHES "Qt6::Gui|Qt::Gui" AND lib MATCHES "^mladesk_(core|bundle)$")
      list(APPEND problems "${lib} links ${dep}: it is Qt Core only (documents render; the caller hands them in)")
    endif()
  endforeach()
endforeach()

# 3. The domain does no I/O.
set(io_includes
  "QFile" "QFileInfo" "QDir" "QDirIterator" "QSaveFile" "QTemporaryFile" "QTemporaryDir" "QIODevice"
  "QSettings" "QStandardPaths" "QProcess" "QtNetwork" "QNetwork[A-Za-z]*" "QTcpSocket" "QLocalSocket"
  "QSql[A-Za-z]*" "QThread" "fstream" "iostream" "cstdio" "stdio.h" "unistd.h" "fcntl.h"
  "sqlite3.h" "sqlcipher/[a-z0-9]+.h" "storage/[A-Za-z]+.h" "security/[A-Za-z]+.h" "services/[A-Za-z]+.h"
  "bundle/[A-Za-z]+.h" "documents/[A-Za-z]+.h" "interchange/[A-Za-z]+.h" "audit/[A-Za-z]+.h")
list(JOIN io_includes "|" io_alternatives)
file(GLOB_RECURSE domain_files ${SOURCE_DIR}/core/domain/*.h ${SOURCE_DIR}/core/domain/*.cpp)
foreach(file IN LISTS domain_files)
  file(STRINGS ${file} hits REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<](${io_alternatives})[\">]")
  foreach(hit IN LISTS hits)
    file(RELATIVE_PATH rel ${SOURCE_DIR} ${file})
    list(APPEND problems "${rel} does I/O or reaches outside the domain (${hit})")
  endforeach()
endforeach()

# 4. Files stay small.
file(GLOB_RECURSE product ${SOURCE_DIR}/core/*.h ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp
     ${SOURCE_DIR}/cli/*.h ${SOURCE_DIR}/cli/*.cpp ${SOURCE_DIR}/bench/*.h ${SOURCE_DIR}/bench/*.cpp
     ${SOURCE_DIR}/demo/*.h ${SOURCE_DIR}/demo/*.cpp ${SOURCE_DIR}/app/*.cpp
     ${SOURCE_DIR}/packaging/*.h ${SOURCE_DIR}/packaging/*.cpp)
foreach(file IN LISTS product)
  file(READ ${file} content)
  string(REGEX MATCHALL "\n" newlines "${content}")
  list(LENGTH newlines count)
  file(RELATIVE_PATH rel ${SOURCE_DIR} ${file})
  if(count GREATER kMaxLines AND rel IN_LIST length_exceptions)
    list(APPEND used_exceptions ${rel})
  elseif(count GREATER kMaxLines)
    list(APPEND problems "${rel} has ${count} lines (at most ${kMaxLines}): split it by purpose")
  endif()
endforeach()

foreach(exception IN LISTS storage_include_exceptions length_exceptions)
  if(NOT exception IN_LIST used_exceptions)
    list(APPEND problems "${exception} is listed as an exception but no longer needs it: remove it from the list")
  endif()
endforeach()

if(problems)
  list(LENGTH problems n)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "Architecture: ${n} problem(s)\n  ${text}")
endif()
list(LENGTH front_ends nf)
list(LENGTH domain_files nd)
list(LENGTH product np)
message(STATUS "Architecture holds: ${nf} front-end files, ${nd} domain files, ${np} product files checked")
