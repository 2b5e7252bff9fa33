#pragma once

#include <QWidget>

class QTableWidget;

namespace mladesk {

// A small table of text cells with Add and Remove buttons, for the list
// fields of a request (identifiers, periods, persons, links).
class EditableTable : public QWidget {
    Q_OBJECT
public:
    EditableTable(const QStringList& headers, const QString& accessibleName, QWidget* parent = nullptr);
    QList<QStringList> rows() const; // rows with at least one non-empty cell
    void setRows(const QList<QStringList>& rows);
    QTableWidget* table() const { return m_table; }
    // Cells of this column are picked from a list (an editable combo box).
    void setChoices(int column, const QStringList& choices);

signals:
    void edited();

private:
    QTableWidget* m_table;
};

} // namespace mladesk
