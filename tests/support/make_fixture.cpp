// Writes a register at a given schema version with the sample data, for
// tests/data/registers/schema-vN.mladesk. Run once per new schema version and
// commit the result; the migration tests open these forever after.
//   mladesk-make-fixture VERSION FOLDER
#include "SampleData.h"
#include "TestRegister.h"
#include "interchange/RegisterExchange.h"
#include "storage/Register.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    bool ok = false;
    const int version = args.value(1).toInt(&ok);
    if (args.size() != 3 || !ok || version < 1) {
        err << "usage: mladesk-make-fixture VERSION FOLDER\n";
        return 2;
    }
    using namespace mladesk;
    auto reg = Register::create(args[2], QStringLiteral("fixture"), test::passphrase(),
                                KdfCost::interactive(), version);
    if (!reg) {
        err << reg.error().message << "\n";
        return 4;
    }
    auto imported = RegisterExchange::importAll(reg.value()->database(), test::fixtureData());
    if (!imported) {
        err << imported.error().message << "\n";
        return 4;
    }
    reg.value()->lock();
    return 0;
}
