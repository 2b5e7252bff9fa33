// mladesk-cli commands that create and configure a register.
#include "cli/Cli.h"
#include "cli/ExitCode.h"
#include "cli/PassphraseInput.h"
#include "demo/DemoGenerator.h"
#include "interchange/RegisterExchange.h"
#include "services/ExchangeService.h"
#include "services/RequestService.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>

namespace mladesk::cli {

namespace {

QString defaultUser() {
    const QString name = qEnvironmentVariable("USER");
    return name.isEmpty() ? QStringLiteral("owner") : name;
}

} // namespace

int Cli::init() {
    KdfCost cost = KdfCost::standard();
    const QString kdf = m_parser.value(QStringLiteral("kdf"));
    if (kdf == QLatin1String("interactive"))
        cost = KdfCost::interactive();
    else if (!kdf.isEmpty() && kdf != QLatin1String("standard"))
        return usage(QStringLiteral("--kdf takes \"standard\" or \"interactive\"."));

    Result<SecureBytes> passphrase = makeError(ErrorCode::WrongPassphrase, {});
    if (m_parser.isSet(QStringLiteral("passphrase-file"))) {
        passphrase = PassphraseInput::fromFile(m_parser.value(QStringLiteral("passphrase-file")));
    } else if (PassphraseInput::terminalAvailable()) {
        passphrase = PassphraseInput::prompt(QStringLiteral("New passphrase: "));
        if (passphrase) {
            auto again = PassphraseInput::prompt(QStringLiteral("Repeat the passphrase: "));
            if (!again)
                return fail(again.error());
            if (!again->equals(passphrase.value()))
                return fail(makeError(ErrorCode::WrongPassphrase,
                                      QStringLiteral("The two passphrases differ; nothing was created.")));
        }
    } else {
        return fail(
            makeError(ErrorCode::WrongPassphrase,
                      QStringLiteral("No passphrase: give --passphrase-file FILE or run on a terminal.")));
    }
    if (!passphrase)
        return fail(passphrase.error());

    const QString userName = user().isEmpty() ? defaultUser() : user();
    auto created = RegisterAccess::create(registerPath(), userName, passphrase.value(), cost);
    if (!created)
        return fail(created.error());
    m_out << "Created the register " << created.value()->folder() << " for user " << userName << ".\n";
    created.value()->lock();
    m_out
        << "Keep a copy of its keyslots file with every backup: without it the register cannot be opened.\n";
    if (m_parser.isSet(QStringLiteral("remember"))) {
        m_out.flush();
        return remember();
    }
    return kDone;
}

int Cli::demo() {
    bool ok = true;
    const int count = m_parser.isSet(QStringLiteral("requests"))
                          ? m_parser.value(QStringLiteral("requests")).toInt(&ok)
                          : 500;
    if (!ok || count < 1 || count > 10'000'000)
        return usage(QStringLiteral("--requests takes a number from 1 to 10000000."));
    if (auto st = openSession(); !st)
        return fail(st.error());
    auto existing = m_workspace->requests().count();
    if (!existing)
        return fail(existing.error());
    if (existing.value() > 0)
        return fail(
            makeError(ErrorCode::Conflict, QStringLiteral("The register already holds %1 requests; demo "
                                                          "fills an empty register only. Create a new one "
                                                          "with \"mladesk-cli --db PATH init\".")
                                               .arg(existing.value())));
    QElapsedTimer timer;
    timer.start();
    DemoGenerator generator(QRandomGenerator::global()->generate(), QDateTime::currentDateTimeUtc());
    const InterchangeData data = generator.generate(count);
    auto summary = m_workspace->exchange().importData(data, [this](int done, int total) {
        if (total >= 10000 && done % 10000 == 0) {
            m_err << "  " << done << " / " << total << " requests\n";
            m_err.flush();
        }
    });
    if (!summary)
        return fail(summary.error());
    m_out << "Added " << summary->requests << " requests, " << summary->cases << " cases, "
          << summary->authorities << " authorities and " << summary->states << " states in "
          << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) << " s.\n";
    m_out << "The approvals of the sample name \"" << DemoGenerator::approver()
          << "\": to send those requests, add a prosecutor of that name (users add "
          << DemoGenerator::approver() << " --role prosecutor).\n";
    return kDone;
}

int Cli::remember() {
    if (auto st = openUnlocked(); !st)
        return fail(st.error());
    QEventLoop loop;
    QString problem;
    m_access->setRemembered(true, &loop, [&](const QString& p) {
        problem = p;
        loop.quit();
    });
    loop.exec();
    // The attempt, done or refused, goes into the audit trail after the
    // unlock (the sign-in takes the register's note of it).
    auto signedIn = m_access->signIn();
    if (signedIn)
        m_workspace = signedIn.value();
    if (!problem.isEmpty())
        return fail(makeError(ErrorCode::KeychainUnavailable,
                              problem + QStringLiteral(" The register was not remembered; its key slots are "
                                                       "unchanged.")));
    if (!signedIn)
        return fail(signedIn.error());
    m_out << "The register " << m_access->name() << " is remembered on this computer (system keychain).\n";
    return kDone;
}

int Cli::forget() {
    auto loaded = RegisterAccess::load(registerPath());
    if (!loaded)
        return fail(loaded.error());
    auto keychainProblem = loaded.value()->forgetOnThisComputer();
    if (!keychainProblem)
        return fail(keychainProblem.error());
    if (!keychainProblem->isEmpty())
        m_err << "mladesk-cli: " << keychainProblem.value()
              << " The secret in the keychain no longer opens the register.\n";
    m_out << "The register " << loaded.value()->name() << " is no longer remembered on this computer.\n";
    return kDone;
}

} // namespace mladesk::cli
