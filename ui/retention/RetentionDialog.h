#pragma once

#include "domain/Deadline.h"
#include "domain/Entities.h"
#include "domain/InstrumentRules.h"
#include "error/Result.h"
#include "repositories/RetentionRecords.h"

#include <QDialog>
#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace mladesk {

// One decision on the retention of a request's received data: set it (a date,
// its basis, the reason), extend it (a later date and the reason), or purge
// the data (the reason, after saying what is destroyed). A date is a day: the
// data are kept until 00:00 UTC of it, as `mladesk-cli sunsets` counts it.
// `apply` stores the decision (RetentionService::set, extend or
// purge); its refusal is shown here and the dialog stays open.
class RetentionDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Set, Extend, Purge };
    using Apply = std::function<Status(const RetentionDecision&)>;

    // current: the retention in force, if any. rule: the instrument's
    // retention (its default period and article), if the catalogue has it.
    // attachments: how many attachments can still be read (for Purge).
    RetentionDialog(Mode mode, const Request& request, const std::optional<RetentionRecord>& current,
                    const RetentionRule* rule, int attachments, Apply apply, QWidget* parent = nullptr);

    RetentionDecision decision() const;
    // The end the instrument's period gives (the latest "produced" or
    // "executed" event plus its default days); invalid when it sets none.
    static QDate instrumentEnd(const Request& request, const RetentionRule* rule);

    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* basisBox() const { return m_basis; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QLineEdit* articleEdit() const { return m_article; }
    QLabel* warning() const { return m_warning; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void tryApply();
    void updateOk();
    bool hasDate() const;

    Mode m_mode;
    Apply m_apply;
    QDate m_unset; // the date edit's "no date chosen" value (its minimum)
    QDateEdit* m_date = nullptr;
    QComboBox* m_basis = nullptr;
    QLineEdit* m_article = nullptr;
    QPlainTextEdit* m_reason;
    QLabel* m_warning = nullptr;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace mladesk
