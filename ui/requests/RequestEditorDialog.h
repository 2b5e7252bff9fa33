#pragma once

#include "domain/Entities.h"

#include <QDialog>

class QLabel;
class QTimer;
class QUndoStack;

namespace mladesk {

class Workspace;
class RequestForm;

// Creates or edits a request. Checks it as it is saved and says, field by
// field, what is wrong; keeps an undo history of the whole form; asks before
// throwing away unsaved changes.
class RequestEditorDialog : public QDialog {
    Q_OBJECT
public:
    RequestEditorDialog(Workspace& session, const Request& request, bool isNew, QWidget* parent = nullptr);
    QString savedId() const { return m_savedId; }
    bool isDirty() const;
    RequestForm* form() const { return m_form; }
    QUndoStack* undoStack() const { return m_undo; }

public slots:
    bool save();
    void reject() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void snapshot();
    bool confirmDiscard();

    Workspace& m_workspace;
    bool m_isNew;
    RequestForm* m_form;
    QLabel* m_problems;
    QUndoStack* m_undo;
    QTimer* m_settle;
    Request m_saved;   // what is in the register
    Request m_current; // the last snapshot on the undo stack
    QString m_savedId;
};

} // namespace mladesk
