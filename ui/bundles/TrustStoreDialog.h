#pragma once

#include "repositories/TrustRecords.h"

#include <QDialog>

class QComboBox;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace mladesk {

class Workspace;

// Authorities and states › Trusted certificates…: the partner authorities'
// certificates that signed bundles must chain to (DESIGN.md "Bundles"). Each
// with its subject, validity, the authority it belongs to and its SHA-256
// fingerprint, to be confirmed out of band (read it out on the phone) before
// trusting it. Import PEM or DER, link to an authority, remove. Changes need
// the import right and are recorded in the audit trail.
class TrustStoreDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { Name, Authority, ValidUntil, Fingerprint, Columns };

    explicit TrustStoreDialog(Workspace& session, QWidget* parent = nullptr);

    // As the buttons do it, without file dialogs (tests, drag and drop).
    bool importFrom(const QString& path, const QString& authorityId);
    bool removeSelected(bool ask = true);
    QTableWidget* table() const { return m_table; }
    QTextBrowser* details() const { return m_details; }
    const QList<TrustedCertificate>& certificates() const { return m_certificates; }

private:
    void reload();
    void importFile();
    void showSelected();
    QString authorityName(const QString& id) const;

    Workspace& m_workspace;
    QList<TrustedCertificate> m_certificates;
    QList<std::pair<QString, QString>> m_authorities; // id, "name (state)"
    QTableWidget* m_table;
    QTextBrowser* m_details;
    QPushButton* m_import;
    QPushButton* m_remove;
    QPushButton* m_copy;
};

} // namespace mladesk
