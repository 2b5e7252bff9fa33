#include "ui/audit/AuditView.h"

#include "domain/DisplayNames.h"
#include "services/AuditService.h"
#include "services/ChangeEvents.h"
#include "services/Session.h"
#include "services/UserService.h"
#include "services/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mladesk {

namespace {
// Every action the trail records (docs/audit.md).
const QStringList kActions{QStringLiteral("unlock"),
                           QStringLiteral("unlock-failed"),
                           QStringLiteral("lock"),
                           QStringLiteral("view"),
                           QStringLiteral("list"),
                           QStringLiteral("create"),
                           QStringLiteral("change"),
                           QStringLiteral("status"),
                           QStringLiteral("approve"),
                           QStringLiteral("approval-withdrawn"),
                           QStringLiteral("import"),
                           QStringLiteral("approval-imported"),
                           QStringLiteral("export"),
                           QStringLiteral("user-added"),
                           QStringLiteral("user-removed"),
                           QStringLiteral("roles-changed"),
                           QStringLiteral("passphrase-changed"),
                           QStringLiteral("access-reset"),
                           QStringLiteral("deadline-adjusted"),
                           QStringLiteral("translation"),
                           QStringLiteral("attachment-added"),
                           QStringLiteral("retention-set"),
                           QStringLiteral("retention-extended"),
                           QStringLiteral("purged"),
                           QStringLiteral("purge-incomplete"),
                           QStringLiteral("render"),
                           QStringLiteral("bundle-export"),
                           QStringLiteral("bundle-sign"),
                           QStringLiteral("bundle-verify"),
                           QStringLiteral("bundle-import"),
                           QStringLiteral("trust-added"),
                           QStringLiteral("trust-removed"),
                           QStringLiteral("remember"),
                           QStringLiteral("remember-failed"),
                           QStringLiteral("forget"),
                           QStringLiteral("forget-failed"),
                           QStringLiteral("audit-anchor")};
} // namespace

AuditView::AuditView(QWidget* parent)
    : QWidget(parent)
    , m_user(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_object(new QLineEdit(this))
    , m_useDates(new QCheckBox(tr("&Between"), this))
    , m_from(new QDateEdit(QDate::currentDate().addMonths(-1), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_table(new QTableWidget(0, 6, this))
    , m_chain(new QLabel(this)) {
    m_user->setAccessibleName(tr("User filter"));
    m_action->setAccessibleName(tr("Action filter"));
    m_action->addItem(tr("Any action"), QString());
    for (const QString& action : kActions)
        m_action->addItem(displayName::auditAction(action), action);
    m_object->setPlaceholderText(tr("Object, e.g. request: or user:anna"));
    m_object->setAccessibleName(tr("Object filter"));
    m_object->setClearButtonEnabled(true);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    auto* verifyButton = new QPushButton(tr("&Verify the chain"), this);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_user);
    filters->addWidget(m_action);
    filters->addWidget(m_object, 1);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(verifyButton);
    m_table->setHorizontalHeaderLabels(
        {tr("No."), tr("When (UTC)"), tr("User"), tr("Action"), tr("Object"), tr("Detail")});
    m_table->setAccessibleName(tr("Audit trail"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_chain->setWordWrap(true);
    m_chain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_chain);
    for (QComboBox* box : {m_user, m_action})
        connect(box, &QComboBox::currentIndexChanged, this, &AuditView::reload);
    connect(m_object, &QLineEdit::textChanged, this, &AuditView::reload);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        reload();
    });
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &AuditView::reload);
    connect(verifyButton, &QPushButton::clicked, this, &AuditView::verify);
}

void AuditView::setSession(Workspace* session) {
    for (const QMetaObject::Connection& c : std::exchange(m_subscriptions, {}))
        disconnect(c);
    m_workspace = session;
    if (session) {
        // New entries show while the trail is on screen; the user filter follows the users.
        m_subscriptions << connect(&session->events(), &ChangeEvents::auditAppended, this, [this] {
            if (isVisible())
                reload();
        });
        m_subscriptions << connect(&session->events(), &ChangeEvents::usersChanged, this,
                                   &AuditView::reloadUsers);
    }
    reloadUsers();
    m_chain->clear();
    reload();
}

void AuditView::reloadUsers() {
    const QString chosen = m_user->currentData().toString();
    const QSignalBlocker block(m_user);
    m_user->clear();
    m_user->addItem(tr("Anyone"), QString());
    if (m_workspace && m_workspace->session().can(Action::ReadAudit))
        if (auto users = m_workspace->users().users())
            for (const UserRecord& u : users.value())
                m_user->addItem(u.name, u.name);
    m_user->setCurrentIndex(qMax(0, m_user->findData(chosen)));
}

void AuditView::reload() {
    m_table->setRowCount(0);
    if (!m_workspace || !m_workspace->session().can(Action::ReadAudit))
        return;
    AuditFilter filter;
    filter.user = m_user->currentData().toString();
    filter.action = m_action->currentData().toString();
    filter.object = m_object->text().trimmed();
    if (m_useDates->isChecked()) {
        filter.from = QDateTime(m_from->date(), QTime(0, 0), Qt::UTC);
        filter.to = QDateTime(m_to->date(), QTime(23, 59, 59), Qt::UTC);
    }
    auto entries = m_workspace->audit().entries(filter);
    if (!entries) {
        m_chain->setText(entries.error().message);
        return;
    }
    m_table->setRowCount(static_cast<int>(entries->size()));
    for (int i = 0; i < entries->size(); ++i) {
        const AuditEntry& e = entries.value()[i];
        const QStringList cells{QString::number(e.seq),
                                e.at.toString(Qt::ISODate),
                                e.user,
                                displayName::auditAction(e.action),
                                e.object,
                                e.detail};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    m_table->scrollToBottom();
}

void AuditView::verify() {
    if (!m_workspace)
        return;
    auto v = m_workspace->audit().verify();
    if (!v) {
        m_chain->setText(v.error().message);
        return;
    }
    m_chain->setText(v->intact
                         ? tr("<b>The chain is intact</b>: %1 entries. Head: no. %2, <tt>%3</tt> — note it "
                              "outside the register to detect later truncation.")
                               .arg(v->entries)
                               .arg(v->headSeq)
                               .arg(v->headHash)
                         : tr("<b style='color:#c00'>The chain is broken from entry %1</b>: %2.")
                               .arg(v->firstBadSeq)
                               .arg(v->reason.toHtmlEscaped()));
}

} // namespace mladesk
