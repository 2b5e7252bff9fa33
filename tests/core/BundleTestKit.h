#pragma once
// Helpers shared by the bundle tests: a register with an exportable request,
// signing identities, and rewriting a bundle's entries to tamper with it.
#include "SampleData.h"
#include "TestPki.h"
#include "TestRegister.h"
#include "bundle/BundleExporter.h"
#include "bundle/SigningIdentity.h"
#include "bundle/ZipReader.h"
#include "bundle/ZipWriter.h"
#include "services/ExchangeService.h"
#include "services/RetentionService.h"
#include "services/Session.h"
#include "services/UserService.h"
#include "services/Workspace.h"

#include <QFile>
#include <QProcess>
#include <functional>
#include <map>
#include <optional>

namespace mladesk::test {

inline bundle::SigningIdentity identity(const TestPki& pki, const QString& name) {
    auto loaded = bundle::SigningIdentity::load(pki.p12(name), passphrase(TestPki::kPassword));
    if (!loaded)
        qFatal("loading %s: %s", qPrintable(name), qPrintable(loaded.error().message));
    return std::move(loaded.value());
}

inline CertificateInfo certificate(const TestPki& pki, const QString& name) {
    auto loaded = certificates::load(pki.cert(name));
    if (!loaded)
        qFatal("loading %s: %s", qPrintable(name), qPrintable(loaded.error().message));
    return loaded->first();
}

// A register holding the sample data (OUT-2026-0001 is sent and complete)
// and one attachment on it; a session of its first user.
struct ExportingRegister {
    TestRegister t;
    std::unique_ptr<Workspace> session;
    QString attachmentPath;
    QByteArray attachmentBytes;
    ExportingRegister() {
        session = Workspace::start(t.reg()).value();
        if (!session->exchange().importData(sampleData()))
            qFatal("sample data did not import");
        // The prosecutor whose approval the sample's sent request carries.
        if (!session->users().add(QStringLiteral("paula"), {roles::kProsecutor}, passphrase("paula"),
                                  KdfCost::interactive()))
            qFatal("could not add paula");
        attachmentPath = t.scratch(QStringLiteral("subscriber records.csv"));
        attachmentBytes = "name,ip\nZyxwvut Heinrich,192.0.2.7\n";
        for (int i = 0; i < 2000; ++i)
            attachmentBytes += "row," + QByteArray::number(i) + "\n";
        QFile f(attachmentPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(attachmentBytes) != attachmentBytes.size())
            qFatal("could not write the attachment");
        f.close();
        if (!session->retention().addAttachment(QStringLiteral("OUT-2026-0001"), attachmentPath))
            qFatal("could not attach");
    }
    ~ExportingRegister() {
        if (session)
            session->end();
    }
};

// Rewrites a bundle entry by entry: edit(name, bytes) may change the bytes,
// return std::nullopt to drop the entry, or rename it through newName.
using Edit =
    std::function<std::optional<QByteArray>(const QString& name, QByteArray bytes, QString& newName)>;
inline bool rewrite(const QString& from, const QString& to, const Edit& edit,
                    const QList<std::pair<QString, QByteArray>>& extra = {}) {
    auto reader = bundle::ZipReader::open(from);
    if (!reader)
        return false;
    bundle::ZipWriter writer(to);
    if (!writer.open())
        return false;
    for (const bundle::ZipEntry& e : reader.value()->entries()) {
        auto bytes = reader.value()->readAll(e, 1ll << 30);
        if (!bytes)
            return false;
        QString name = e.name;
        auto changed = edit(e.name, bytes.value(), name);
        if (!changed)
            continue;
        if (!writer.addBytes(name, changed.value(), name == QLatin1String("mimetype")))
            return false;
    }
    for (const auto& [name, bytes] : extra)
        if (!writer.addBytes(name, bytes))
            return false;
    return bool(writer.commit());
}

inline QMap<QString, QByteArray> entriesOf(const QString& path) {
    QMap<QString, QByteArray> all;
    auto reader = bundle::ZipReader::open(path);
    if (!reader)
        return all;
    for (const bundle::ZipEntry& e : reader.value()->entries())
        all.insert(e.name, reader.value()->readAll(e, 1ll << 30).value());
    return all;
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
inline Run run(const QString& program, const QStringList& arguments, const QString& workingDir = {}) {
    QProcess p;
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(program, arguments);
    p.waitForFinished(120000);
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
               p.readAllStandardError()};
}

} // namespace mladesk::test
