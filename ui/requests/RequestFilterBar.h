#pragma once

#include "repositories/RequestListing.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace mladesk {

// Search as you type and the filters of the request list: status, state,
// instrument, urgency and a creation date range. The direction comes from
// the navigation pane.
class RequestFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit RequestFilterBar(QWidget* parent = nullptr);
    // Fills the choices that depend on the register (states) and direction (statuses).
    void setChoices(const QString& direction, const QStringList& states);
    RequestFilter filter() const;
    void clear();
    void focusSearch();

signals:
    void changed();

private:
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_state;
    QComboBox* m_instrument;
    QComboBox* m_urgency;
    QCheckBox* m_useDates;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTimer* m_typing;
    QString m_direction;
};

} // namespace mladesk
