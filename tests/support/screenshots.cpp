// Saves PNGs of the real windows, for looking at what users see:
//   xvfb-run -a -s "-screen 0 1440x900x24" build/tests/mladesk-screenshots OUTDIR
// (or with QT_QPA_PLATFORM=offscreen). Not a test: a tool for reviews.
#include "TestRegister.h"
#include "demo/DemoGenerator.h"
#include "interchange/RegisterExchange.h"
#include "storage/RequestRepository.h"
#include "ui/CreateRegisterDialog.h"
#include "ui/MainWindow.h"
#include "ui/RequestDetailsPanel.h"
#include "ui/RequestEditorDialog.h"
#include "ui/RequestForm.h"
#include "ui/RequestsView.h"
#include "ui/UnlockDialog.h"
#include "ui/WelcomeDialog.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QTranslator>

namespace {

void save(QWidget& widget, const QString& path) {
    widget.show();
    QTest::qWait(300);
    widget.grab().save(path);
}

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(45, 45, 48));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(30, 30, 32));
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(55, 55, 60));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(110, 170, 255));
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(120, 120, 120));
    return p;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("MLA Desk"));
    QStandardPaths::setTestModeEnabled(true);
    QTranslator translator; // LANG=de_DE.UTF-8 shows the German catalogue
    if (translator.load(QLocale(), QStringLiteral("mladesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    QApplication::setLayoutDirection(QLocale().textDirection()); // LANG=ar_EG.UTF-8 mirrors the layout
    const QString out = app.arguments().value(1, QStringLiteral("."));
    QDir().mkpath(out);
    using namespace mladesk;
    for (const bool dark : {false, true}) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral(".png");
        test::TestRegister t;
        DemoGenerator generator(5, QDateTime::currentDateTimeUtc());
        if (!RegisterExchange::importAll(t.reg().database(), generator.generate(400)))
            return 4;
        {
            WelcomeDialog welcome;
            save(welcome, out + QStringLiteral("/welcome") + suffix);
        }
        {
            CreateRegisterDialog create(QStringLiteral("/home/officer/.local/share/mladesk/default.mladesk"));
            save(create, out + QStringLiteral("/create-register") + suffix);
        }
        t.reg().lock();
        {
            UnlockDialog unlock(t.reg());
            save(unlock, out + QStringLiteral("/unlock") + suffix);
        }
        if (!t.reg().unlock(test::passphrase()))
            return 3;
        Register* registerHandle = t.handle().get();
        Database* database = &registerHandle->database();
        MainWindow window(std::move(t.handle()));
        window.resize(1360, 820);
        window.show();
        QTest::qWait(800); // the list loads off the UI thread
        window.requestsView()->table()->selectRow(2);
        save(window, out + QStringLiteral("/main-window") + suffix);
        window.showSection(MainWindow::Cases);
        save(window, out + QStringLiteral("/cases") + suffix);
        window.showSection(MainWindow::Authorities);
        save(window, out + QStringLiteral("/authorities") + suffix);
        window.showSection(MainWindow::Audit);
        save(window, out + QStringLiteral("/audit") + suffix);
        window.showSection(MainWindow::Incoming);
        QTest::qWait(500);
        {
            const QString id = window.requestsView()->details()->currentId();
            Request request = RequestRepository(*database).find(id).value();
            RequestEditorDialog editor(*window.session(), request, false, &window);
            editor.form()->setCurrentIndex(3); // data sought
            save(editor, out + QStringLiteral("/request-editor") + suffix);
        }
        window.lock();
        save(window, out + QStringLiteral("/main-window-locked") + suffix);
    }
    return 0;
}
