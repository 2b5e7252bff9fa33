#include "StatePicker.h"

#include "domain/DisplayNames.h"

#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QLineEdit>
#include <algorithm>

namespace mladesk::statePicker {

namespace {

QString label(const State& s) {
    return QStringLiteral("%1 (%2)").arg(displayName::catalogueText(s.name), s.code);
}

} // namespace

void fill(QComboBox* box, const QList<State>& states, bool withNone) {
    const QString keep = code(box);
    QList<State> sorted = states;
    QCollator collator;
    std::sort(sorted.begin(), sorted.end(),
              [&](const State& a, const State& b) { return collator.compare(label(a), label(b)) < 0; });
    box->clear();
    if (withNone)
        box->addItem(QCoreApplication::translate("StatePicker", "(no state)"), QString());
    for (const State& s : sorted)
        box->addItem(label(s), s.code);
    if (!box->isEditable()) {
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->completer()->setCompletionMode(QCompleter::PopupCompletion);
        box->completer()->setFilterMode(Qt::MatchContains);
        box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        box->lineEdit()->setPlaceholderText(
            QCoreApplication::translate("StatePicker", "Type a state's name or code"));
        // Leaving the field with text that names no state: back to the state chosen.
        QObject::connect(box->lineEdit(), &QLineEdit::editingFinished, box, [box] {
            const int typed = box->findText(box->currentText(), Qt::MatchFixedString);
            if (typed >= 0)
                box->setCurrentIndex(typed);
            else
                box->setEditText(box->itemText(box->currentIndex()));
        });
    }
    select(box, keep);
}

QString code(const QComboBox* box) {
    return box->currentIndex() >= 0 ? box->currentData().toString() : QString();
}

void select(QComboBox* box, const QString& code) {
    const int at = code.isEmpty() ? -1 : box->findData(code);
    box->setCurrentIndex(at >= 0 ? at : (box->count() > 0 ? 0 : -1));
}

} // namespace mladesk::statePicker
