# Every external library, found in one place. The Debian packages that provide
# them are listed in scripts/debian-packages.txt.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets PrintSupport Concurrent Test LinguistTools DBus)
find_package(Qt6Keychain REQUIRED)
find_package(PkgConfig REQUIRED)
find_package(OpenSSL 3 REQUIRED)
# SQLCipher through its C API only; never Qt's QSQLITE driver (two SQLite
# libraries in one process). Headers are included as <sqlcipher/sqlite3.h>, so
# the pkg-config include directory is deliberately not added.
pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
add_library(mladesk_sqlcipher INTERFACE)
target_link_libraries(mladesk_sqlcipher INTERFACE ${SQLCIPHER_LINK_LIBRARIES})
target_compile_definitions(mladesk_sqlcipher INTERFACE SQLITE_HAS_CODEC)
pkg_check_modules(ICAL REQUIRED IMPORTED_TARGET libical)
