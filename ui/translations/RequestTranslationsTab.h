#pragma once

#include "domain/Entities.h"
#include "domain/RequestText.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace mladesk {

class Workspace;

// The "Translations" tab of the detail pane, for translators: the request's
// free texts in its own language beside their translation into a document
// language, field by field, each with its status (untranslated, draft,
// reviewed). A final document needs every field reviewed in its language
// (docs/documents.md); the table says which are not yet.
class RequestTranslationsTab : public QWidget {
    Q_OBJECT
public:
    enum FieldColumn { FieldName, FieldStatus, FieldColumns };

    explicit RequestTranslationsTab(QWidget* parent = nullptr);
    // Also follows the workspace's translationsChanged: what another view or
    // action changed in the shown request's texts is shown again.
    void setSession(Workspace* session);
    // Shows the request's texts (an empty request: nothing). Keeps the chosen
    // language when the request has a text in it, else the language its
    // document goes out in.
    void showRequest(const Request& request);

    // The editor's state and actions, as the controls run them.
    QString targetLanguage() const;
    bool setTargetLanguage(const QString& language);
    QString currentField() const { return m_field; }
    bool setCurrentField(const QString& field);
    bool setSourceLanguage(const QString& language); // the language the request itself is written in
    void setStatus(const QString& status);
    bool save();
    bool hasUnsavedChanges() const;
    // Asks whether to save unsaved changes; false when the user cancels.
    bool confirmLeave();

    const RequestTranslations& translations() const { return m_translations; }
    QTableWidget* fieldTable() const { return m_fields; }
    QPlainTextEdit* sourceEdit() const { return m_source; }
    QPlainTextEdit* translationEdit() const { return m_translation; }
    QComboBox* statusBox() const { return m_status; }
    QLabel* summary() const { return m_summary; }

    static QString fieldLabel(const QString& field);
    static QString statusLabel(const QString& status);

signals:
    // A translation or the request's text language changed.
    void changed(const QString& requestId);

private:
    void reload();
    void showFields();
    void showField();
    void updateControls();
    void textEdited();
    bool writeCurrent();
    void showError(const QString& message);

    Workspace* m_workspace = nullptr;
    Request m_request;
    RequestTranslations m_translations;
    QString m_field;
    QString m_failure; // why the texts could not be read
    bool m_filling = false;
    bool m_writing = false; // this tab's own change: it shows the outcome itself
    QMetaObject::Connection m_changes;
    QComboBox* m_sourceLanguage;
    QComboBox* m_targetLanguage;
    QLabel* m_summary;
    QTableWidget* m_fields;
    QLabel* m_sourceTitle;
    QLabel* m_translationTitle;
    QPlainTextEdit* m_source;
    QPlainTextEdit* m_translation;
    QLabel* m_notice;
    QComboBox* m_status;
    QPushButton* m_save;
    QPushButton* m_revert;
};

} // namespace mladesk
