#pragma once

#include "domain/Entities.h"
#include "domain/Validation.h"

#include <QHash>
#include <QTabWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace mladesk {

class Workspace;
class EditableTable;

// Every field of a request, grouped the way a practitioner thinks: parties;
// legal basis and measures; facts and offence; data sought; justification;
// persons; procedures and links. The status is not here: it changes only
// through the workflow's actions.
class RequestForm : public QTabWidget {
    Q_OBJECT
public:
    RequestForm(Workspace& workspace, QWidget* parent = nullptr);
    void load(const Request& request);
    // The request as the form shows it; links are resolved from references,
    // and what cannot be read is reported in problems.
    Request value(QList<FieldProblem>* problems = nullptr) const;
    // Shows the tab of a field named in a validation problem and focuses it.
    void reveal(const QString& field);

signals:
    void edited();

private:
    QWidget* page(const QString& title, QWidget* content);
    void fillAuthorities(QComboBox* box, const QString& state, const QString& current);
    // Shows the options the chosen instrument speaks of (and any still ticked).
    void showOptionsOfInstrument();

    Workspace& m_workspace;
    Request m_loaded;
    QHash<QString, QWidget*> m_fields; // field name -> editor
    QComboBox* m_instrument;
    QComboBox* m_case;
    QComboBox* m_urgency;
    QHash<QString, QCheckBox*> m_options; // requestOptions()
    QWidget* m_optionsRow = nullptr;
    QComboBox* m_requestingState;
    QComboBox* m_requestingAuthority;
    QComboBox* m_requestedState;
    QComboBox* m_requestedAuthority;
    QLineEdit* m_serviceProvider;
    QLineEdit* m_summary;
    QPlainTextEdit* m_measures;
    QLineEdit* m_legalQualification;
    QPlainTextEdit* m_facts;
    QLineEdit* m_offence;
    QPlainTextEdit* m_assistance;
    EditableTable* m_identifiers;
    EditableTable* m_dateRanges;
    QHash<QString, QCheckBox*> m_categories;
    QPlainTextEdit* m_necessity;
    QPlainTextEdit* m_purpose;
    EditableTable* m_persons;
    QPlainTextEdit* m_procedures;
    EditableTable* m_links;
    EditableTable* m_events;
};

} // namespace mladesk
