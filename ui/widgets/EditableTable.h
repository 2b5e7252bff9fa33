#pragma once

#include <QHash>
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
    // The name people read for a key of a choice column (displayName::identifierKind).
    using NameOf = QString (*)(const QString& key);
    // Cells of this column are picked from a list (a combo box). With nameOf,
    // the choices are keys: a cell shows the key's name and rows() and
    // setRows() give and take the key.
    void setChoices(int column, const QStringList& choices, NameOf nameOf = nullptr);

signals:
    void edited();

private:
    QTableWidget* m_table;
    QHash<int, NameOf> m_names; // choice columns of keys
};

} // namespace mladesk
