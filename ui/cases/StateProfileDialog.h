#pragma once

#include "domain/StateProfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace mladesk {

class EditableTable;
class Workspace;

// A state's profile as the deadline engine and the documents use it: time
// zone, languages accepted per instrument, central authority and 24/7
// contact, reservations, and public holidays. Saved in the register; the
// shipped version stays and can be restored. Unverified data says so.
class StateProfileDialog : public QDialog {
    Q_OBJECT
public:
    StateProfileDialog(Workspace& session, const StateProfile& profile, QWidget* parent = nullptr);

private:
    QWidget* generalPage();
    QWidget* contactsPage();
    QWidget* holidaysPage();
    QString unverifiedText() const;
    bool read(StateProfile* profile, QStringList* problems) const;
    void showHolidays();
    void save();
    void resetToShipped();

    Workspace& m_workspace;
    StateProfile m_profile;
    QLineEdit* m_name;
    QComboBox* m_timeZone;
    QLineEdit* m_officialLanguages;
    QCheckBox* m_rollover;
    EditableTable* m_languages;
    EditableTable* m_reservations;
    QLineEdit *m_centralName, *m_centralAddress, *m_centralEmail, *m_centralPhone;
    QLineEdit *m_contactName, *m_contactEmail, *m_contactPhone;
    EditableTable* m_holidays;
    QSpinBox* m_year;
    QListWidget* m_holidayDates;
    QLabel* m_problems;
};

} // namespace mladesk
