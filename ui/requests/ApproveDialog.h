#pragma once

#include "domain/Entities.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;

namespace mladesk {

class Workspace;

// The second pair of eyes: a prosecutor approves an outgoing request under
// review, confirming with their own passphrase, with an optional comment.
// The check (Argon2id) and the approval run off the UI thread.
class ApproveDialog : public QDialog {
    Q_OBJECT
public:
    ApproveDialog(Workspace& session, const Request& request, QWidget* parent = nullptr);

private:
    void approve();

    Workspace& m_workspace;
    QString m_requestId;
    QLineEdit* m_passphrase;
    QPlainTextEdit* m_comment;
    QLabel* m_message;
    QProgressBar* m_busy;
    QDialogButtonBox* m_buttons;
};

} // namespace mladesk
