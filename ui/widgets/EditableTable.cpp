#include "ui/widgets/EditableTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mladesk {

namespace {

// Edits a cell with a combo box of the allowed values; with nameOf, the values
// are keys: the cell shows the name and keeps the key in Qt::UserRole.
class ChoiceDelegate : public QStyledItemDelegate {
public:
    ChoiceDelegate(QStringList choices, EditableTable::NameOf nameOf, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_choices(std::move(choices))
        , m_nameOf(nameOf) {}
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override {
        auto* box = new QComboBox(parent);
        for (const QString& choice : m_choices)
            box->addItem(m_nameOf ? m_nameOf(choice) : choice, choice);
        return box;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        auto* box = static_cast<QComboBox*>(editor);
        const QString key = index.data(Qt::UserRole).toString();
        box->setCurrentIndex(
            qMax(0, key.isEmpty() ? box->findText(index.data().toString()) : box->findData(key)));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override {
        const auto* box = static_cast<QComboBox*>(editor);
        if (m_nameOf)
            model->setData(index, box->currentData(), Qt::UserRole);
        model->setData(index, box->currentText());
    }

private:
    QStringList m_choices;
    EditableTable::NameOf m_nameOf;
};

// A cell's value: the key of a choice column of keys, else its text.
QString cellValue(const QTableWidgetItem* item) {
    if (!item)
        return {};
    const QString key = item->data(Qt::UserRole).toString();
    return key.isEmpty() ? item->text().trimmed() : key;
}

} // namespace

void EditableTable::setChoices(int column, const QStringList& choices, NameOf nameOf) {
    if (nameOf)
        m_names.insert(column, nameOf);
    else
        m_names.remove(column);
    m_table->setItemDelegateForColumn(column, new ChoiceDelegate(choices, nameOf, m_table));
}

EditableTable::EditableTable(const QStringList& headers, const QString& accessibleName, QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, static_cast<int>(headers.size()), this)) {
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(accessibleName);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as in the rest of the form
    auto* add = new QPushButton(tr("Add"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    add->setAccessibleName(tr("Add a row to %1").arg(accessibleName));
    remove->setAccessibleName(tr("Remove the selected row from %1").arg(accessibleName));
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        m_table->insertRow(m_table->rowCount());
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->currentItem());
        emit edited();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            emit edited();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, &EditableTable::edited);
}

QList<QStringList> EditableTable::rows() const {
    QList<QStringList> result;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QStringList cells;
        bool any = false;
        for (int c = 0; c < m_table->columnCount(); ++c) {
            cells << cellValue(m_table->item(r, c));
            any |= !cells.last().isEmpty();
        }
        if (any)
            result << cells;
    }
    return result;
}

void EditableTable::setRows(const QList<QStringList>& rows) {
    const QSignalBlocker block(m_table);
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < m_table->columnCount(); ++c) {
            const QString value = rows[r].value(c);
            const NameOf nameOf = m_names.value(c);
            auto* item = new QTableWidgetItem(nameOf && !value.isEmpty() ? nameOf(value) : value);
            if (nameOf)
                item->setData(Qt::UserRole, value);
            m_table->setItem(r, c, item);
        }
}

} // namespace mladesk
