#include "ui/requests/ApproveDialog.h"

#include "services/RequestService.h"
#include "services/Session.h"
#include "services/Workspace.h"
#include "ui/widgets/BackgroundTask.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace mladesk {

ApproveDialog::ApproveDialog(Workspace& session, const Request& request, QWidget* parent)
    : QDialog(parent)
    , m_workspace(session)
    , m_requestId(request.id)
    , m_passphrase(new QLineEdit(this))
    , m_comment(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Approve %1").arg(request.reference));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("<b>%1</b><br>%2<p>You approve this request as %3. Any later change to its content "
                      "withdraws the approval.</p>")
                       .arg(request.reference.toHtmlEscaped(), request.summary.toHtmlEscaped(),
                            session.session().user().toHtmlEscaped()),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Your passphrase"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(90);
    form->addRow(tr("Your &passphrase:"), m_passphrase);
    form->addRow(tr("&Comment (optional):"), m_comment);
    layout->addLayout(form);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    layout->addWidget(m_busy);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Approve"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ApproveDialog::approve);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
}

void ApproveDialog::approve() {
    QByteArray typed = m_passphrase->text().toUtf8();
    m_passphrase->clear();
    auto passphrase = std::make_shared<SecureBytes>(SecureBytes::takeFrom(typed));
    const QString comment = m_comment->toPlainText().trimmed();
    m_busy->setVisible(true);
    m_buttons->setEnabled(false);
    // The passphrase check (Argon2id) runs on a worker thread without the
    // database; the approval itself is quick and runs here.
    const RequestService* requests = &m_workspace.requests();
    runInBackground<Result<Authentication>>(
        this, [requests, passphrase] { return requests->authenticate(*passphrase); },
        [this, comment](Result<Authentication> proof) {
            m_busy->setVisible(false);
            m_buttons->setEnabled(true);
            const Status st = proof ? m_workspace.requests().approve(m_requestId, proof.value(), comment)
                                    : Status(proof.error());
            if (st) {
                accept();
                return;
            }
            m_message->setText(st.error().message);
            m_message->setVisible(true);
            m_passphrase->setFocus();
        });
}

} // namespace mladesk
