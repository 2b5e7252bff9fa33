#include "ui/register/UsersDialog.h"

#include "domain/DisplayNames.h"
#include "services/Session.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "ui/register/UserFormDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mladesk {

UsersDialog::UsersDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_table(new QTableWidget(0, 3, this))
    , m_roles(new QPushButton(tr("&Roles…"), this))
    , m_reset(new QPushButton(tr("New &passphrase…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this)) {
    setWindowTitle(tr("Users of this register"));
    auto* layout = new QVBoxLayout(this);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Roles"), tr("Since")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_table);

    auto* row = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add…"), this);
    row->addWidget(add);
    row->addWidget(m_roles);
    row->addWidget(m_reset);
    row->addWidget(m_remove);
    row->addStretch();
    layout->addLayout(row);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    const auto open = [this](UserFormDialog::Mode mode, const QString& user) {
        UserFormDialog form(m_workspace, mode, user, this);
        if (form.exec() == QDialog::Accepted)
            reload();
    };
    connect(add, &QPushButton::clicked, this, [open] { open(UserFormDialog::Mode::AddUser, {}); });
    connect(m_roles, &QPushButton::clicked, this,
            [this, open] { open(UserFormDialog::Mode::Roles, selectedUser()); });
    connect(m_reset, &QPushButton::clicked, this,
            [this, open] { open(UserFormDialog::Mode::ResetPassphrase, selectedUser()); });
    connect(m_remove, &QPushButton::clicked, this, &UsersDialog::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this, open] { open(UserFormDialog::Mode::Roles, selectedUser()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
    resize(640, 360);
}

void UsersDialog::reload() {
    const QString selected = selectedUser();
    m_table->setRowCount(0);
    auto users = m_workspace.users().users();
    if (!users) {
        QMessageBox::warning(this, windowTitle(), users.error().message);
        return;
    }
    for (const UserRecord& user : users.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QStringList roles;
        for (const QString& role : user.roles)
            roles << displayName::role(role);
        QString rolesText = roles.join(QStringLiteral(", "));
        if (user.contentAccess)
            rolesText += tr(" (with case content)");
        m_table->setItem(row, 0, new QTableWidgetItem(user.name));
        m_table->setItem(row, 1, new QTableWidgetItem(rolesText));
        m_table->setItem(row, 2,
                         new QTableWidgetItem(
                             QLocale().toString(user.createdAt.toLocalTime().date(), QLocale::ShortFormat)));
        if (user.name == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnToContents(0);
    updateButtons();
}

QString UsersDialog::selectedUser() const {
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : m_table->item(items.first()->row(), 0)->text();
}

void UsersDialog::updateButtons() {
    const bool chosen = !selectedUser().isEmpty();
    m_roles->setEnabled(chosen);
    m_reset->setEnabled(chosen);
    m_remove->setEnabled(chosen && selectedUser() != m_workspace.session().user());
}

void UsersDialog::removeSelected() {
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Remove %1?").arg(user),
                              tr("%1 will no longer be able to unlock this register. What they did stays in "
                                 "the audit trail under their name.")
                                  .arg(user),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (const Status st = m_workspace.users().remove(user); !st)
        QMessageBox::warning(this, tr("%1 was not removed").arg(user), st.error().message);
    reload();
}

} // namespace mladesk
