#pragma once

#include "access/Role.h"
#include "access/UserDirectory.h"
#include "audit/AuditTrail.h"
#include "domain/Approval.h"
#include "domain/Entities.h"
#include "domain/RequestText.h"
#include "error/Result.h"
#include "interchange/InterchangeData.h"
#include "interchange/RegisterExchange.h"
#include "rules/Completeness.h"
#include "security/KdfCost.h"
#include "security/SecureBytes.h"
#include "storage/AttachmentStore.h"
#include "storage/Database.h"
#include "storage/DeadlineStore.h"
#include "storage/RetentionStore.h"
#include "storage/TrustStore.h"

#include <memory>
#include <optional>

namespace mladesk {

class Database;
class Register;

// Proof that the session's user has just typed their passphrase. Only a
// Session makes one; approving takes one instead of checking the passphrase
// itself, so the slow check can run on a worker thread without the database.
class Authentication {
public:
    QString user() const { return m_user; }

private:
    friend class Session;
    explicit Authentication(QString user)
        : m_user(std::move(user)) {}
    QString m_user;
};

// One user's work on an unlocked register. Every action that reads case
// content or changes anything goes through here: it checks the user's roles
// (access/Role) and writes the audit trail in the same transaction as the
// change. The UI and the CLI only offer what this allows; this refuses the rest.
class Session {
public:
    // After unlock: the user is whoever's key slot opened the register. Takes
    // in failed unlocks noted since, and records the unlock.
    static Result<std::unique_ptr<Session>> start(Register& reg);
    // Records the lock; call before Register::lock().
    void end();

    QString user() const { return m_user.name; }
    QStringList roles() const { return m_user.roles; }
    bool can(Action action) const;
    Status require(Action action) const;
    Database& database();
    Register& registerFolder() { return m_register; }

    // Requests
    Result<Request> viewRequest(const QString& idOrReference); // records the view
    Status createRequest(const Request& request);
    // A change of content to an approved request withdraws the approval.
    Status updateRequest(const Request& request);
    // Any move the workflow allows, except to "approved": that is approve().
    Status changeStatus(const QString& idOrReference, const QString& status);
    // Four eyes: a prosecutor other than the drafter, confirming with their passphrase.
    Status approve(const QString& idOrReference, const SecureBytes& passphrase, const QString& comment = {});
    // The same in two steps: authenticate (slow, Argon2id, touches no database:
    // safe on a worker thread), then approve with the proof.
    Result<Authentication> authenticate(const SecureBytes& passphrase) const;
    Status approve(const QString& idOrReference, const Authentication& proof, const QString& comment = {});
    Result<std::optional<Approval>> currentApproval(const QString& requestId);
    // Four eyes before a request goes out (sent, or a signed bundle of it):
    // its current approval covers its content as it is now, and was given
    // by a prosecutor of this register who did not draft it. An approval a
    // restore carried counts once its approver is such a prosecutor here.
    Status requireApprovalToSend(const Request& request);
    Result<QString> drafterOf(const QString& requestId);
    // The audit entries about one request, for whoever may read it.
    Result<QList<AuditEntry>> requestHistory(const QString& requestId);

    // Deadlines, completeness and state profiles (core/rules; SessionDeadlines.cpp)
    Result<QList<Deadline>> deadlinesOf(const QString& idOrReference);
    Result<QList<DueItem>> dueDeadlines(const DueFilter& filter);
    Result<QList<DueDeadline>> dueDeadlinesWithTrails(const DueFilter& filter);
    // Extend, stop or restart the clock, or an earlier date asked by the other side.
    Status adjustDeadline(const QString& idOrReference, const DeadlineAdjustment& adjustment);
    // The required elements of the request's instrument it lacks (empty: complete).
    Result<QList<MissingElement>> checkCompleteness(const QString& idOrReference);
    Result<Catalogue> catalogue();
    // The user's version of a state (holidays, languages, contacts); deadlines
    // of the requests it governs are recomputed.
    Status saveStateProfile(const StateProfile& profile);
    Status resetStateProfile(const QString& code);

    // Retention sunsets (RetentionStore; SessionRetention.cpp). Attachments
    // are the data received under a request, each file encrypted with its own
    // key; a purge destroys the keys (crypto-shredding) and the free text.
    Result<Attachment> addAttachment(const QString& idOrReference, const QString& filePath);
    Result<QList<Attachment>> attachments(const QString& idOrReference);
    Status readAttachment(const QString& attachmentId, QIODevice& sink); // records the view
    Result<RetentionRecord> setRetention(const QString& idOrReference, const RetentionDecision& decision);
    Result<RetentionRecord> extendRetention(const QString& idOrReference, const QDateTime& until,
                                            const QString& reason);
    // Also reaches the attachment files and the backups; the report lists
    // what could not be done there.
    Result<PurgeReport> purge(const QString& idOrReference, const QString& reason);
    Result<QList<Sunset>> sunsets(int withinDays);
    Result<QList<RetentionReview>> retentionReviews(const QString& idOrReference);

    // Translations of the free texts (RequestTextRepository; SessionTranslations.cpp,
    // docs/register.md "Translations"). Fields are the interchange names
    // (translatableFields()); languages ISO 639-1; statuses untranslated,
    // draft, reviewed.
    // The request's own texts and language beside every stored translation;
    // records a view (ViewContent).
    Result<RequestTranslations> translations(const QString& idOrReference);
    // Writes one field in one language other than the request's own
    // (EditTranslations: translators and liaison officers). An untranslated
    // text with no text removes the stored one. Audited as "translation" with
    // field, language and status, never the text. Does not touch an approval.
    Result<RequestText> setTranslation(const QString& idOrReference, const QString& field,
                                       const QString& language, const QString& text, const QString& status);
    // The language the request's own free texts are written in; empty: not
    // stated (read as "en"). EditContent.
    Status setTextLanguage(const QString& idOrReference, const QString& language);

    // Trust store of partner authorities' certificates and the custody records
    // of imported bundles (schema v6; SessionTrust.cpp, docs/bundle-format.md).
    // Adding and removing need the Import right and are audited with the
    // fingerprint; anyone who may import or read content may list them.
    // pemOrDer: one DER certificate or PEM with one or more; authorityId
    // (optional) must name an authority of the register. Returns what was added.
    Result<QList<TrustedCertificate>> importTrustedCertificate(const QByteArray& pemOrDer,
                                                               const QString& authorityId = {});
    Result<QList<TrustedCertificate>> trustedCertificates();
    // fingerprint: lower-case hex, or "AB:CD:.." as shown to people.
    Status removeTrustedCertificate(const QString& fingerprint);
    // How an incoming request came in: its bundles' digests and reports.
    Result<QList<CustodyRecord>> custodyRecords(const QString& idOrReference);

    // Cases, authorities, states
    Status saveCase(const Case& kase, bool isNew);
    Status saveAuthority(const Authority& authority, bool isNew);
    Status saveState(const State& state);

    // Bulk. An administrator importing into an empty register restores it
    // (statuses, drafters and approvals as the file records them); any other
    // import is new work: outgoing requests enter as drafts drafted by this
    // user, approvals in the file are set aside (access/ImportPolicy).
    Result<ImportSummary> importData(InterchangeData data,
                                     const std::function<void(int, int)>& progress = {});
    Result<InterchangeData> exportData();

    // Users
    Result<QList<UserRecord>> users();
    Status addUser(const QString& name, const QStringList& roles, const SecureBytes& passphrase,
                   KdfCost cost);
    Status removeUser(const QString& name);
    Status setRoles(const QString& name, const QStringList& roles, bool contentAccess = false);
    Status changeOwnPassphrase(const SecureBytes& current, const SecureBytes& next, KdfCost cost);
    // An administrator gives a user who lost their passphrase a new one.
    Status resetAccess(const QString& name, const SecureBytes& passphrase, KdfCost cost);

    // The audit trail
    Result<QList<AuditEntry>> auditEntries(const AuditFilter& filter = {}, int limit = -1);
    Result<AuditVerification> verifyAudit();
    // For actions whose work happens elsewhere (render, export, bundles).
    Status record(const QString& action, const QString& object, const QString& detail = {});

    // SHA-256 of what an approval covers: everything but status, timestamps and events.
    static QString contentHash(const Request& request);

private:
    Session(Register& reg, UserRecord user)
        : m_register(reg)
        , m_user(std::move(user)) {}
    // Runs change and its audit entry in one transaction.
    template <typename Fn> Status inTransaction(Fn change) {
        auto tx = Transaction::begin(database());
        if (!tx)
            return tx.error();
        if (Status st = change(); !st)
            return st;
        return tx.value()->commit();
    }
    Status requireAdministratorLeft(const QString& name, const QStringList& newRoles);
    Status withdrawApproval(const QString& requestId); // marks the current approval withdrawn
    // Whether this user wrote any of the request's content since it was
    // last approved (or ever, before a first approval): from the audit trail.
    Result<bool> wroteContentSinceLastApproval(const QString& requestId);
    // Refuses approval or sending while required elements are missing.
    Status requireComplete(const Request& request, const QString& doing);

    Register& m_register;
    UserRecord m_user;
};

} // namespace mladesk
