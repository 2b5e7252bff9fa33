#pragma once

#include "domain/Deadline.h"
#include "domain/Entities.h"
#include "repositories/RetentionRecords.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace mladesk {

class Workspace;

// The "Retention" tab of the detail pane: until when the data received under
// the request are kept (and on what basis), every decision about it, the
// attachments, and the actions the user's roles allow: set, extend, purge
// (prosecutors), add an attachment, save a decrypted copy of one.
class RequestRetentionTab : public QWidget {
    Q_OBJECT
public:
    enum ReviewColumn { ReviewDecision, ReviewDate, ReviewUser, ReviewUntil, ReviewReason, ReviewColumns };
    // The pane is narrow: what matters most comes first.
    enum AttachmentColumn {
        AttachmentName,
        AttachmentState,
        AttachmentSize,
        AttachmentAdded,
        AttachmentType,
        AttachmentSha256,
        AttachmentColumns
    };

    explicit RequestRetentionTab(QWidget* parent = nullptr);
    // Follows the workspace's retention changes of the request it shows.
    void setSession(Workspace* session);
    // Shows the request's retention and attachments (an empty request: nothing).
    void showRequest(const Request& request);

    // The actions, as the buttons run them (dialogs included).
    void setRetention();
    void extendRetention();
    void purge();
    void addAttachment(); // asks for the file
    void saveCopy();      // of the selected attachment: warns, asks where
    // The same without the file dialogs (tests, drag and drop).
    bool addAttachmentFrom(const QString& path);
    bool saveCopyTo(const QString& attachmentId, const QString& path);

    std::optional<RetentionRecord> retention() const { return m_retention; }
    QList<RetentionReview> reviews() const { return m_reviews; }
    QList<Attachment> attachments() const { return m_attachments; }
    QLabel* summary() const { return m_summary; }
    QTableWidget* reviewTable() const { return m_reviewTable; }
    QTableWidget* attachmentTable() const { return m_attachmentTable; }

    static QString basisLabel(const QString& basis);
    static QString decisionLabel(const QString& decision);

signals:
    // The retention, the attachments or (after a purge) the request changed.
    void changed(const QString& requestId);

private:
    void reload();
    void showSummary();
    void showReviews();
    void showAttachments();
    void updateButtons();
    void showError(const QString& title, const QString& message);
    int readableAttachments() const;
    const Attachment* currentAttachment() const;

    Workspace* m_workspace = nullptr;
    QMetaObject::Connection m_subscription;
    Request m_request;
    std::optional<RetentionRecord> m_retention;
    QList<RetentionReview> m_reviews;
    QList<Attachment> m_attachments;
    QString m_failure; // why the retention could not be read
    QLabel* m_summary;
    QTableWidget* m_reviewTable;
    QTableWidget* m_attachmentTable;
    QPushButton* m_set;
    QPushButton* m_extend;
    QPushButton* m_purge;
    QPushButton* m_add;
    QPushButton* m_save;
};

} // namespace mladesk
