#pragma once

#include "error/Result.h"

#include <QDateTime>
#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace mladesk {

class RegisterReader;

// "Export deadlines to calendar…": where to write the .ics file, and a plain
// warning that the file leaves the encrypted register.
class CalendarExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit CalendarExportDialog(QWidget* parent = nullptr);
    QString path() const;
    void setPath(const QString& path);

    // Writes the register's open deadlines with a due date as an iCalendar
    // file, atomically (QSaveFile). Returns how many it wrote. Safe on a
    // worker thread: the reader has its own connection.
    static Result<int> write(RegisterReader& reader, const QString& path, const QDateTime& now);

private:
    void browse();

    QLineEdit* m_path;
    QDialogButtonBox* m_buttons;
};

} // namespace mladesk
