#include "ui/requests/RequestFilterBar.h"

#include "domain/DisplayNames.h"
#include "domain/Entities.h"
#include "domain/Instrument.h"
#include "domain/RequestWorkflow.h"
#include "ui/requests/RequestListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>

namespace mladesk {

namespace {
constexpr int kTypingPauseMs = 150;

QComboBox* combo(QWidget* parent, const QString& accessibleName) {
    auto* box = new QComboBox(parent);
    box->setAccessibleName(accessibleName);
    // Narrow enough that long translations do not widen the window; the
    // popup still shows whole entries.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(10);
    return box;
}
} // namespace

RequestFilterBar::RequestFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_status(combo(this, tr("Status filter")))
    , m_state(combo(this, tr("State filter")))
    , m_instrument(combo(this, tr("Instrument filter")))
    , m_urgency(combo(this, tr("Urgency filter")))
    , m_useDates(new QCheckBox(tr("Created &between"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_typing(new QTimer(this)) {
    m_search->setPlaceholderText(tr("Search references, authorities, persons, summaries (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_search->setMinimumWidth(200);
    m_instrument->addItem(tr("All instruments"), QString());
    for (const InstrumentKey& instrument : instrumentKeys())
        m_instrument->addItem(displayName::instrument(instrument.key), instrument.key);
    for (int i = 1; i < m_instrument->count(); ++i)
        m_instrument->setItemData(i, instrumentTitle(m_instrument->itemData(i).toString()), Qt::ToolTipRole);
    m_urgency->addItem(tr("Any urgency"), QString());
    for (const QString& urgency : urgencies())
        m_urgency->addItem(RequestListModel::urgencyLabel(urgency), urgency);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-28")) + 48);
    }
    m_from->setAccessibleName(tr("Created from"));
    m_to->setAccessibleName(tr("Created until"));
    m_from->setDate(QDate::currentDate().addYears(-1));
    m_to->setDate(QDate::currentDate());
    setChoices(QString(), {});

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_status);
    layout->addWidget(m_state);
    layout->addWidget(m_instrument);
    layout->addWidget(m_urgency);
    layout->addWidget(m_useDates);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);

    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingPauseMs);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &RequestFilterBar::changed);
    for (QComboBox* box : {m_status, m_state, m_instrument, m_urgency})
        connect(box, &QComboBox::currentIndexChanged, this, &RequestFilterBar::changed);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        emit changed();
    });
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &RequestFilterBar::changed);
}

void RequestFilterBar::setChoices(const QString& direction, const QStringList& states) {
    const QSignalBlocker blockStatus(m_status);
    const QSignalBlocker blockState(m_state);
    const QString status = m_status->currentData().toString();
    const QString state = m_state->currentData().toString();
    m_direction = direction;
    m_status->clear();
    m_status->addItem(tr("Any status"), QString());
    QStringList statuses = direction.isEmpty() ? RequestWorkflow::statuses(QStringLiteral("outgoing")) +
                                                     RequestWorkflow::statuses(QStringLiteral("incoming"))
                                               : RequestWorkflow::statuses(direction);
    statuses.removeDuplicates();
    for (const QString& s : statuses)
        m_status->addItem(RequestListModel::statusLabel(s), s);
    m_state->clear();
    m_state->addItem(tr("Any state"), QString());
    for (const QString& code : states)
        m_state->addItem(code, code);
    m_status->setCurrentIndex(qMax(0, m_status->findData(status)));
    m_state->setCurrentIndex(qMax(0, m_state->findData(state)));
}

RequestFilter RequestFilterBar::filter() const {
    RequestFilter f;
    f.direction = m_direction;
    f.search = m_search->text();
    f.status = m_status->currentData().toString();
    f.state = m_state->currentData().toString();
    f.instrument = m_instrument->currentData().toString();
    f.urgency = m_urgency->currentData().toString();
    if (m_useDates->isChecked()) {
        f.createdFrom = m_from->date();
        f.createdTo = m_to->date();
    }
    return f;
}

void RequestFilterBar::clear() {
    m_search->clear();
    for (QComboBox* box : {m_status, m_state, m_instrument, m_urgency})
        box->setCurrentIndex(0);
    m_useDates->setChecked(false);
}

void RequestFilterBar::focusSearch() {
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace mladesk
