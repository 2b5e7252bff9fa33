// Precompiled for the tests of the widgets (cmake/PrecompiledHeaders.cmake).
#pragma once

#include "widgets.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
