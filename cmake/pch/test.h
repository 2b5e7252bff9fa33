// Precompiled for the tests without Qt Widgets (cmake/PrecompiledHeaders.cmake).
// qtestcase.h, not <QTest>: qtest.h tests QT_GUI_LIB, which some of these
// tests define (through mladesk_documents) and others do not, and a header
// that tests a macro defined differently makes the precompiled header unusable.
#pragma once

#include "core.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest/qtestcase.h>
