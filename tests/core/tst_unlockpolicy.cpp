#include "TestRegister.h"
#include "services/RegisterAccess.h"
#include "services/UnlockPolicy.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <deque>

using namespace mladesk;
using Reason = UnlockPolicy::Reason;
using Opened = UnlockPolicy::Opened;

// The one unlock policy of the CLI and the window: the passphrase file, else
// the key remembered on this computer, else the prompt, asked again after a
// wrong passphrase until the front end gives up.
class TestUnlockPolicy : public QObject {
    Q_OBJECT
private:
    // A prompt that answers from a list, and notes why it was asked.
    struct ScriptedPrompt {
        std::deque<Result<SecureBytes>> answers;
        QList<UnlockPolicy::Ask> asked;
        UnlockPolicy::Prompt prompt() {
            return [this](const UnlockPolicy::Ask& ask, const UnlockPolicy::Answer& answer) {
                asked << ask;
                if (answers.empty())
                    return answer(makeError(ErrorCode::WrongPassphrase, QStringLiteral("no more")));
                Result<SecureBytes> next = std::move(answers.front());
                answers.pop_front();
                answer(std::move(next));
            };
        }
    };

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void thePassphraseFileComesFirstAndIsFinal() {
        test::TestRegister t;
        t.reg().lock();
        RegisterAccess access(t.reg());
        ScriptedPrompt prompt;
        UnlockPolicy::Options options;
        options.passphraseFile = t.passphraseFile();
        auto opened = UnlockPolicy::unlockBlocking(access, options, prompt.prompt());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QCOMPARE(opened.value(), Opened::WithPassphraseFile);
        QVERIFY(access.isUnlocked());
        QVERIFY(prompt.asked.isEmpty());
        access.lock();

        // A wrong one is the answer: no prompt after it.
        QVERIFY(test::writeFile(t.scratch(QStringLiteral("wrong")), "not it\n"));
        options.passphraseFile = t.scratch(QStringLiteral("wrong"));
        prompt.answers.push_back(test::passphrase());
        opened = UnlockPolicy::unlockBlocking(access, options, prompt.prompt());
        QCOMPARE(opened.error().code, ErrorCode::WrongPassphrase);
        QVERIFY(prompt.asked.isEmpty());
        QVERIFY(!access.isUnlocked());

        options.passphraseFile = t.scratch(QStringLiteral("missing"));
        opened = UnlockPolicy::unlockBlocking(access, options, prompt.prompt());
        QCOMPARE(opened.error().code, ErrorCode::WrongPassphrase);
        QVERIFY(opened.error().message.contains(QStringLiteral("Could not read the passphrase file")));
    }

    void thePromptIsAskedAgainAfterAWrongPassphrase() {
        test::TestRegister t;
        t.reg().lock();
        RegisterAccess access(t.reg());
        ScriptedPrompt prompt;
        prompt.answers.push_back(test::passphrase("wrong"));
        prompt.answers.push_back(test::passphrase());
        auto opened = UnlockPolicy::unlockBlocking(access, {}, prompt.prompt());
        QVERIFY(opened);
        QCOMPARE(opened.value(), Opened::WithPassphrase);
        QCOMPARE(prompt.asked.size(), 2);
        QCOMPARE(prompt.asked[0].reason, Reason::Passphrase);
        QCOMPARE(prompt.asked[1].reason, Reason::Failed);
        QCOMPARE(prompt.asked[1].problem.code, ErrorCode::WrongPassphrase);
        QVERIFY(access.isUnlocked());
        QCOMPARE(t.reg().user(), QStringLiteral("tester"));
    }

    void aFrontEndThatGivesUpEndsIt() {
        test::TestRegister t;
        t.reg().lock();
        RegisterAccess access(t.reg());
        ScriptedPrompt prompt;
        prompt.answers.push_back(test::passphrase("wrong"));
        auto opened = UnlockPolicy::unlockBlocking(access, {}, prompt.prompt());
        // The CLI's way: the second ask is answered with the error it was asked with.
        QCOMPARE(opened.error().code, ErrorCode::WrongPassphrase);
        QCOMPARE(opened.error().message, QStringLiteral("no more"));
        QVERIFY(!access.isUnlocked());
    }

    void theRememberedKeyIsTriedBeforeThePrompt() {
        test::TestRegister t;
        RegisterAccess access(t.reg());
        QVERIFY(access.addDeviceKey()); // a device slot whose key no keychain here holds
        access.lock();
        QVERIFY(access.isRemembered());
        ScriptedPrompt prompt;
        prompt.answers.push_back(test::passphrase());
        auto opened = UnlockPolicy::unlockBlocking(access, {}, prompt.prompt());
        QVERIFY(opened);
        QCOMPARE(opened.value(), Opened::WithPassphrase);
        QCOMPARE(prompt.asked.size(), 1);
        // No Secret Service (unavailable), or one that holds no key for it (forgot).
        QVERIFY(prompt.asked[0].reason == Reason::KeychainUnavailable ||
                prompt.asked[0].reason == Reason::KeychainForgot);
    }

    void aDamagedRegisterEndsItAtOnce() {
        test::TestRegister t;
        t.reg().lock();
        QFile db(t.folder() + QStringLiteral("/register.db"));
        QVERIFY(db.open(QIODevice::ReadWrite));
        db.write(QByteArray(64, '\x5a'));
        db.close();
        RegisterAccess access(t.reg());
        ScriptedPrompt prompt;
        prompt.answers.push_back(test::passphrase());
        prompt.answers.push_back(test::passphrase());
        auto opened = UnlockPolicy::unlockBlocking(access, {}, prompt.prompt());
        QCOMPARE(opened.error().code, ErrorCode::Damaged);
        QCOMPARE(prompt.asked.size(), 1); // no passphrase mends it: not asked again
    }
};

QTEST_GUILESS_MAIN(TestUnlockPolicy)
#include "tst_unlockpolicy.moc"
