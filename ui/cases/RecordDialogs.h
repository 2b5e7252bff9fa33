#pragma once

#include "domain/Entities.h"
#include "domain/Validation.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace mladesk {

class Workspace;

// The small editors of the records requests refer to. Each checks its record
// with domain/Validation and saves it through the ReferenceService; a problem is
// shown in the dialog and nothing is saved.
class RecordDialog : public QDialog {
    Q_OBJECT
protected:
    RecordDialog(const QString& title, QWidget* parent);
    QLineEdit* addLine(const QString& label, const QString& value, const QString& accessibleName);
    void finish(); // adds the problems label and the buttons
    bool showProblems(const QList<FieldProblem>& problems, const QString& error = {});
    virtual bool save() = 0;
    QFormLayout* m_form;

private:
    QLabel* m_problems = nullptr;
};

class CaseDialog : public RecordDialog {
    Q_OBJECT
public:
    CaseDialog(Workspace& session, const Case& kase, bool isNew, QWidget* parent = nullptr);
    Case value() const;

private:
    bool save() override;
    Workspace& m_workspace;
    Case m_case;
    bool m_isNew;
    QLineEdit *m_reference, *m_title, *m_offences, *m_prosecutor;
};

class StateDialog : public RecordDialog {
    Q_OBJECT
public:
    StateDialog(Workspace& session, const State& state, bool isNew, QWidget* parent = nullptr);

private:
    bool save() override;
    Workspace& m_workspace;
    QLineEdit *m_code, *m_name, *m_languages, *m_timeZone, *m_contact;
};

class AuthorityDialog : public RecordDialog {
    Q_OBJECT
public:
    AuthorityDialog(Workspace& session, const Authority& authority, bool isNew, QWidget* parent = nullptr);

private:
    bool save() override;
    Workspace& m_workspace;
    Authority m_authority;
    bool m_isNew;
    QComboBox* m_kind;
    QComboBox* m_state;
    QLineEdit *m_name, *m_languages, *m_timeZone, *m_email, *m_phone, *m_address;
};

} // namespace mladesk
