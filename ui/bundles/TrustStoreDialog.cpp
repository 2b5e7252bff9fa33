#include "ui/bundles/TrustStoreDialog.h"

#include "services/ReferenceService.h"
#include "services/Session.h"
#include "services/TrustService.h"
#include "services/Workspace.h"
#include "ui/bundles/CertificateText.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mladesk {

TrustStoreDialog::TrustStoreDialog(Workspace& session, QWidget* parent)
    : QDialog(parent)
    , m_workspace(session)
    , m_table(new QTableWidget(0, Columns, this))
    , m_details(new QTextBrowser(this))
    , m_import(new QPushButton(tr("&Import certificate…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_copy(new QPushButton(tr("&Copy fingerprint"), this)) {
    setWindowTitle(tr("Trusted certificates"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Signed bundles are accepted only from signers whose certificate chains to one of these. "
           "Before trusting a certificate, confirm its SHA-256 fingerprint with the authority by another "
           "channel (telephone, a letter)."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setHorizontalHeaderLabels(
        {tr("Certificate"), tr("Authority"), tr("Valid until"), tr("SHA-256")});
    m_table->setAccessibleName(tr("Trusted certificates"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_details->setAccessibleName(tr("Certificate details"));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &TrustStoreDialog::importFile);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(true); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_certificates.size())
            QApplication::clipboard()->setText(m_certificates[row].certificate.fingerprintForPeople());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TrustStoreDialog::showSelected);
    const bool may = m_workspace.session().can(Action::Import);
    m_import->setEnabled(may);
    m_remove->setEnabled(false);
    if (!may)
        m_import->setToolTip(tr("Your role cannot change the trusted certificates."));
    if (auto authorities = m_workspace.references().authorities())
        for (const mladesk::Authority& a : authorities.value())
            m_authorities.append({a.id, QStringLiteral("%1 (%2)").arg(a.name, a.state)});
    resize(860, 520);
    reload();
}

QString TrustStoreDialog::authorityName(const QString& id) const {
    for (const auto& [authorityId, name] : m_authorities)
        if (authorityId == id)
            return name;
    return id;
}

void TrustStoreDialog::reload() {
    m_table->setRowCount(0);
    auto list = m_workspace.trust().certificates();
    if (!list) {
        m_details->setPlainText(list.error().message);
        m_certificates.clear();
        return;
    }
    m_certificates = list.value();
    m_table->setRowCount(static_cast<int>(m_certificates.size()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < m_certificates.size(); ++row) {
        const TrustedCertificate& t = m_certificates[row];
        const CertificateInfo& c = t.certificate;
        auto* until =
            new QTableWidgetItem(QLocale().toString(c.notAfter.toLocalTime().date(), QLocale::ShortFormat));
        if (c.notAfter < now) {
            until->setText(until->text() + QStringLiteral(" (") + tr("expired") + QLatin1Char(')'));
            until->setForeground(QColor(0xb0, 0, 0));
        }
        m_table->setItem(row, Name, new QTableWidgetItem(CertificateText::name(c.subject)));
        m_table->setItem(
            row, Authority,
            new QTableWidgetItem(t.authorityId.isEmpty() ? tr("(none)") : authorityName(t.authorityId)));
        m_table->setItem(row, ValidUntil, until);
        m_table->setItem(row, Fingerprint, new QTableWidgetItem(c.fingerprintForPeople()));
        m_table->item(row, Name)->setToolTip(c.subject);
    }
    m_table->resizeColumnsToContents();
    if (m_certificates.isEmpty())
        m_details->setHtml(tr("<p>No certificate is trusted yet. <b>Import certificate…</b> adds a partner "
                              "authority's certificate (PEM or DER) that you received from it.</p>"));
    else
        m_table->selectRow(0);
    showSelected();
}

void TrustStoreDialog::showSelected() {
    const int row = m_table->currentRow();
    const bool selected = row >= 0 && row < m_certificates.size();
    m_remove->setEnabled(selected && m_workspace.session().can(Action::Import));
    m_copy->setEnabled(selected);
    if (!selected)
        return;
    const TrustedCertificate& t = m_certificates[row];
    m_details->setHtml(
        CertificateText::html(t.certificate) +
        tr("<p>Added by %1 on %2%3.</p>")
            .arg(t.addedBy.toHtmlEscaped(), QLocale().toString(t.addedAt.toLocalTime(), QLocale::ShortFormat),
                 t.authorityId.isEmpty() ? QString()
                                         : tr(" for %1").arg(authorityName(t.authorityId).toHtmlEscaped())));
}

void TrustStoreDialog::importFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a trusted certificate"), QString(),
                                     tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (path.isEmpty())
        return;
    QStringList names{tr("(no authority)")};
    for (const auto& authority : std::as_const(m_authorities))
        names << authority.second;
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Import a trusted certificate"),
                              tr("The authority this certificate belongs to:"), names, 0, false, &ok);
    if (!ok)
        return;
    const auto index = names.indexOf(chosen);
    importFrom(path, index <= 0 ? QString() : m_authorities[index - 1].first);
}

bool TrustStoreDialog::importFrom(const QString& path, const QString& authorityId) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Certificate not imported"),
                             tr("%1 could not be read: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray bytes = file.read(1024 * 1024);
    auto added = m_workspace.trust().importCertificate(bytes, authorityId);
    if (!added) {
        QMessageBox::warning(this, tr("Certificate not imported"), added.error().message);
        return false;
    }
    reload();
    if (!added->isEmpty()) {
        for (int row = 0; row < m_certificates.size(); ++row)
            if (m_certificates[row].certificate.fingerprint == added->constFirst().certificate.fingerprint)
                m_table->selectRow(row);
    }
    return true;
}

bool TrustStoreDialog::removeSelected(bool ask) {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_certificates.size())
        return false;
    const CertificateInfo& c = m_certificates[row].certificate;
    if (ask && QMessageBox::question(this, tr("Remove trusted certificate"),
                                     tr("Bundles signed under “%1” will no longer verify. Remove it?")
                                         .arg(CertificateText::name(c.subject))) != QMessageBox::Yes)
        return false;
    if (auto st = m_workspace.trust().removeCertificate(c.fingerprint); !st) {
        QMessageBox::warning(this, tr("Certificate not removed"), st.error().message);
        return false;
    }
    reload();
    return true;
}

} // namespace mladesk
