#include "ui/requests/RequestEditorDialog.h"

#include "domain/Validation.h"
#include "interchange/EntityJson.h"
#include "services/RequestService.h"
#include "services/Workspace.h"
#include "ui/requests/RequestForm.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mladesk {

namespace {

constexpr int kSettleMs = 400;

// Two requests are the same edit state when their JSON is the same.
QByteArray fingerprint(const Request& r) {
    return QJsonDocument(toJson(r)).toJson(QJsonDocument::Compact);
}

class SnapshotCommand : public QUndoCommand {
public:
    SnapshotCommand(RequestForm* form, Request before, Request after, Request* current)
        : m_form(form)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_current(current) {
        setText(QObject::tr("edit"));
    }
    void undo() override { apply(m_before); }
    void redo() override {
        if (m_first) { // the form already shows it
            m_first = false;
            return;
        }
        apply(m_after);
    }

private:
    void apply(const Request& r) {
        const int tab = m_form->currentIndex();
        m_form->load(r);
        m_form->setCurrentIndex(tab);
        *m_current = r;
    }
    RequestForm* m_form;
    Request m_before;
    Request m_after;
    Request* m_current;
    bool m_first = true;
};

} // namespace

RequestEditorDialog::RequestEditorDialog(Workspace& session, const Request& request, bool isNew,
                                         QWidget* parent)
    : QDialog(parent)
    , m_workspace(session)
    , m_isNew(isNew)
    , m_form(new RequestForm(session, this))
    , m_problems(new QLabel(this))
    , m_undo(new QUndoStack(this))
    , m_settle(new QTimer(this))
    , m_saved(request)
    , m_current(request) {
    setWindowTitle(
        isNew ? tr("New %1 request %2")
                    .arg(request.direction == QLatin1String("outgoing") ? tr("outgoing") : tr("incoming"),
                         request.reference)
              : tr("Edit request %1").arg(request.reference));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    m_problems->setVisible(false);
    m_problems->setAccessibleName(tr("Problems"));
    layout->addWidget(m_problems);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* undo = buttons->addButton(tr("Undo"), QDialogButtonBox::ResetRole);
    QPushButton* redo = buttons->addButton(tr("Redo"), QDialogButtonBox::ResetRole);
    undo->setToolTip(tr("Undo the last change to the form (Ctrl+Alt+Z)"));
    redo->setToolTip(tr("Redo (Ctrl+Alt+Y)"));
    undo->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_Z);
    redo->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_Y);
    undo->setEnabled(false);
    redo->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QPushButton::setEnabled);
    connect(undo, &QPushButton::clicked, this, [this] {
        snapshot(); // typing not yet settled becomes its own step first
        m_undo->undo();
    });
    connect(redo, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(buttons, &QDialogButtonBox::accepted, this, &RequestEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &RequestEditorDialog::reject);
    m_settle->setSingleShot(true);
    m_settle->setInterval(kSettleMs);
    connect(m_form, &RequestForm::edited, m_settle, qOverload<>(&QTimer::start));
    connect(m_settle, &QTimer::timeout, this, &RequestEditorDialog::snapshot);
    m_form->load(request);
    resize(900, 640);
}

void RequestEditorDialog::snapshot() {
    m_settle->stop();
    Request now = m_form->value();
    if (fingerprint(now) == fingerprint(m_current))
        return;
    m_undo->push(new SnapshotCommand(m_form, m_current, now, &m_current));
    m_current = now;
}

bool RequestEditorDialog::isDirty() const {
    return fingerprint(m_form->value()) != fingerprint(m_saved);
}

bool RequestEditorDialog::save() {
    snapshot();
    QList<FieldProblem> problems;
    Request r = m_form->value(&problems);
    r.updatedAt = QDateTime::currentDateTimeUtc();
    r.updatedAt = r.updatedAt.addMSecs(-r.updatedAt.time().msec());
    problems += validateRequest(r);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const FieldProblem& p : problems)
            lines << QStringLiteral("<b>%1</b>: %2").arg(p.field.toHtmlEscaped(), p.message.toHtmlEscaped());
        m_problems->setText(tr("The request was not saved:") + QStringLiteral("<br>") +
                            lines.join(QStringLiteral("<br>")));
        m_problems->setVisible(true);
        m_form->reveal(problems.first().field);
        return false;
    }
    // Through the service: it checks the user's roles, withdraws an approval
    // when content changes, and records the change in the audit trail.
    const Status st = m_isNew ? m_workspace.requests().create(r) : m_workspace.requests().update(r);
    if (!st) {
        m_problems->setText(tr("The request was not saved: %1").arg(st.error().message.toHtmlEscaped()));
        m_problems->setVisible(true);
        return false;
    }
    m_saved = r;
    m_savedId = r.id;
    accept();
    return true;
}

bool RequestEditorDialog::confirmDiscard() {
    if (!isDirty())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("This request has changes that are not saved. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void RequestEditorDialog::reject() {
    if (result() == QDialog::Accepted || confirmDiscard()) {
        if (!m_savedId.isEmpty())
            QDialog::accept();
        else
            QDialog::reject();
    }
}

void RequestEditorDialog::closeEvent(QCloseEvent* event) {
    if (!m_savedId.isEmpty() || confirmDiscard())
        event->accept();
    else
        event->ignore();
}

} // namespace mladesk
