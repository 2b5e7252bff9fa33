#pragma once

#include "domain/Deadline.h"
#include "domain/InstrumentRules.h"
#include "error/Result.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace mladesk {

// One adjustment of a deadline: extend it, stop or restart its clock, or
// record an earlier date the other side asked for. The date and time are
// typed in the user's time, the governing state's or UTC. `apply` stores it
// (DeadlineService::adjust); its refusal is shown here and the dialog stays open.
class AdjustDeadlineDialog : public QDialog {
    Q_OBJECT
public:
    using Apply = std::function<Status(const DeadlineAdjustment&)>;
    AdjustDeadlineDialog(const Deadline& deadline, DeadlineAdjustment::Type type, Apply apply,
                         QWidget* parent = nullptr);
    DeadlineAdjustment adjustment() const;
    // The deadline's rule: the unit of an extension, and what the instrument provides.
    void setRule(const DeadlineRule& rule);
    static QString periodText(const Period& period);

    QDateTimeEdit* dateTimeEdit() const { return m_at; }
    QComboBox* zoneBox() const { return m_zone; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QSpinBox* amountBox() const { return m_amount; }

private:
    void tryApply();
    void updateOk();

    Deadline m_deadline;
    DeadlineAdjustment::Type m_type;
    Apply m_apply;
    QDateTimeEdit* m_at;
    QComboBox* m_zone;
    QSpinBox* m_amount = nullptr;
    QPlainTextEdit* m_reason;
    QLineEdit* m_article;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace mladesk
