#include "ui/translations/RequestTranslationsTab.h"

#include "documents/DocumentTranslator.h"
#include "documents/RequestDocument.h"
#include "services/ChangeEvents.h"
#include "services/ReferenceService.h"
#include "services/Session.h"
#include "services/TranslationService.h"
#include "services/Workspace.h"
#include "ui/deadlines/DueBucket.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mladesk {

namespace {

void fillLanguages(QComboBox* box, const QString& extra) {
    box->clear();
    QStringList codes = documentLanguages();
    if (!extra.isEmpty() && !codes.contains(extra))
        codes.append(extra);
    for (const QString& code : codes)
        box->addItem(documentLanguageName(code), code);
}

} // namespace

RequestTranslationsTab::RequestTranslationsTab(QWidget* parent)
    : QWidget(parent)
    , m_sourceLanguage(new QComboBox(this))
    , m_targetLanguage(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_fields(new QTableWidget(0, FieldColumns, this))
    , m_sourceTitle(new QLabel(this))
    , m_translationTitle(new QLabel(this))
    , m_source(new QPlainTextEdit(this))
    , m_translation(new QPlainTextEdit(this))
    , m_notice(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_save(new QPushButton(tr("&Save translation"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this)) {
    auto* layout = new QVBoxLayout(this);
    // Two rows: the detail pane stays narrow enough to leave the list its room.
    auto* languages = new QFormLayout;
    m_sourceLanguage->setAccessibleName(tr("Language the request is written in"));
    m_sourceLanguage->setToolTip(tr("The language of the request's own texts (its source)"));
    m_targetLanguage->setAccessibleName(tr("Language to translate into"));
    languages->addRow(tr("&Written in:"), m_sourceLanguage);
    languages->addRow(tr("Translate &into:"), m_targetLanguage);
    layout->addLayout(languages);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_fields->setHorizontalHeaderLabels({tr("Text"), tr("Status")});
    m_fields->setAccessibleName(tr("Texts to translate"));
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fields->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setSectionResizeMode(FieldName, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(FieldStatus, QHeaderView::ResizeToContents);
    // Every text in sight at once: eight compact rows.
    m_fields->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_fields->setMinimumHeight(m_fields->horizontalHeader()->sizeHint().height() +
                               static_cast<int>(translatableFields().size()) * (fontMetrics().height() + 6) +
                               2 * m_fields->frameWidth());
    m_fields->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (QComboBox* box : {m_sourceLanguage, m_targetLanguage}) {
        box->setMinimumContentsLength(12);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }

    m_source->setReadOnly(true);
    m_source->setAccessibleName(tr("Source text"));
    m_translation->setAccessibleName(tr("Translation"));
    m_translation->setTabChangesFocus(true);
    auto* sourcePane = new QWidget(this);
    auto* sourceLayout = new QVBoxLayout(sourcePane);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->addWidget(m_sourceTitle);
    sourceLayout->addWidget(m_source, 1);
    auto* translationPane = new QWidget(this);
    auto* translationLayout = new QVBoxLayout(translationPane);
    translationLayout->setContentsMargins(0, 0, 0, 0);
    translationLayout->addWidget(m_translationTitle);
    translationLayout->addWidget(m_translation, 1);
    m_translationTitle->setBuddy(m_translation);
    auto* sideBySide = new QSplitter(Qt::Horizontal, this);
    sideBySide->addWidget(sourcePane);
    sideBySide->addWidget(translationPane);
    sideBySide->setChildrenCollapsible(false);
    sideBySide->setStretchFactor(0, 1);
    sideBySide->setStretchFactor(1, 1);
    sourcePane->setMinimumWidth(80);
    translationPane->setMinimumWidth(80);

    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(m_fields);
    vertical->addWidget(sideBySide);
    vertical->setStretchFactor(0, 0);
    vertical->setStretchFactor(1, 1);
    vertical->setChildrenCollapsible(false);
    layout->addWidget(vertical, 1);

    m_notice->setWordWrap(true);
    layout->addWidget(m_notice);
    auto* actions = new QHBoxLayout;
    auto* statusCaption = new QLabel(tr("Stat&us:"), this);
    statusCaption->setBuddy(m_status);
    for (const QString& status : textStatuses())
        m_status->addItem(statusLabel(status), status);
    m_status->setAccessibleName(tr("Status of the translation"));
    m_status->setToolTip(tr("Reviewed: checked by a translator and fit for a final document"));
    actions->addWidget(statusCaption);
    actions->addWidget(m_status);
    actions->addStretch(1);
    actions->addWidget(m_revert);
    actions->addWidget(m_save);
    layout->addLayout(actions);

    connect(m_sourceLanguage, &QComboBox::activated, this, [this] {
        const QString wanted = m_sourceLanguage->currentData().toString();
        if (!setSourceLanguage(wanted))
            m_sourceLanguage->setCurrentIndex(m_sourceLanguage->findData(m_translations.sourceLanguage()));
    });
    connect(m_targetLanguage, &QComboBox::activated, this, [this] {
        const QString wanted = m_targetLanguage->currentData().toString();
        const QString before = m_translationTitle->property("language").toString();
        m_targetLanguage->setCurrentIndex(m_targetLanguage->findData(before));
        setTargetLanguage(wanted);
    });
    connect(m_fields, &QTableWidget::itemSelectionChanged, this, [this] {
        if (m_filling)
            return;
        const QList<QTableWidgetItem*> items = m_fields->selectedItems();
        if (items.isEmpty())
            return;
        const QString field = m_fields->item(items.first()->row(), FieldName)->data(Qt::UserRole).toString();
        if (field != m_field && !setCurrentField(field)) {
            m_filling = true;
            m_fields->selectRow(static_cast<int>(translatableFields().indexOf(m_field)));
            m_filling = false;
        }
    });
    connect(m_translation, &QPlainTextEdit::textChanged, this, &RequestTranslationsTab::textEdited);
    connect(m_status, &QComboBox::activated, this, &RequestTranslationsTab::updateControls);
    connect(m_save, &QPushButton::clicked, this, &RequestTranslationsTab::save);
    connect(m_revert, &QPushButton::clicked, this, &RequestTranslationsTab::showField);
    showRequest({});
}

QString RequestTranslationsTab::fieldLabel(const QString& field) {
    if (field == QLatin1String("summary"))
        return tr("Subject");
    if (field == QLatin1String("facts"))
        return tr("Summary of the facts");
    if (field == QLatin1String("offence"))
        return tr("Offence");
    if (field == QLatin1String("legal_qualification"))
        return tr("Legal qualification");
    if (field == QLatin1String("assistance_sought"))
        return tr("Assistance or data sought");
    if (field == QLatin1String("necessity"))
        return tr("Necessity and proportionality");
    if (field == QLatin1String("procedures"))
        return tr("Procedures requested");
    if (field == QLatin1String("purpose"))
        return tr("Purpose");
    return field;
}

QString RequestTranslationsTab::statusLabel(const QString& status) {
    if (status == textstatus::kUntranslated)
        return tr("Untranslated");
    if (status == textstatus::kDraft)
        return tr("Draft");
    if (status == textstatus::kReviewed)
        return tr("Reviewed");
    return status;
}

void RequestTranslationsTab::showRequest(const Request& request) {
    const bool sameRequest = request.id == m_request.id && !request.id.isEmpty();
    if (sameRequest && hasUnsavedChanges())
        return; // the translator's typing stays; the request itself is shown elsewhere
    if (!sameRequest && hasUnsavedChanges()) {
        const auto answer =
            QMessageBox::question(this, tr("Unsaved translation"),
                                  tr("The translation of “%1” into %2 has changes that are not saved.")
                                      .arg(fieldLabel(m_field), documentLanguageName(targetLanguage())),
                                  QMessageBox::Save | QMessageBox::Discard, QMessageBox::Save);
        if (answer == QMessageBox::Save)
            writeCurrent();
    }
    m_request = request;
    const QString keepField = sameRequest ? m_field : QString();
    const QString keepLanguage = sameRequest ? targetLanguage() : QString();
    reload();
    QString language = keepLanguage;
    if (language.isEmpty() && m_workspace && !m_request.id.isEmpty()) {
        const QStringList stored = m_translations.languages();
        if (auto catalogue = m_workspace->references().catalogue())
            language = defaultDocumentLanguage(catalogue.value(), m_request);
        if (language == m_translations.sourceLanguage() || language.isEmpty())
            language = stored.isEmpty() ? QString() : stored.first();
    }
    if (language.isEmpty() || language == m_translations.sourceLanguage())
        for (const QString& code : documentLanguages())
            if (code != m_translations.sourceLanguage()) {
                language = code;
                break;
            }
    fillLanguages(m_targetLanguage, language);
    m_targetLanguage->setCurrentIndex(m_targetLanguage->findData(language));
    m_translationTitle->setProperty("language", language);
    m_field = keepField;
    if (m_field.isEmpty())
        for (const QString& field : translatableFields())
            if (!m_translations.sources.value(field).trimmed().isEmpty()) {
                m_field = field;
                break;
            }
    if (m_field.isEmpty())
        m_field = translatableFields().constFirst();
    showFields();
    showField();
}

void RequestTranslationsTab::setSession(Workspace* session) {
    disconnect(m_changes);
    m_workspace = session;
    if (!m_workspace)
        return;
    m_changes = connect(&m_workspace->events(), &ChangeEvents::translationsChanged, this,
                        [this](const QString& requestId) {
                            // The translator's typing here stays until they save or leave it.
                            if (m_writing || requestId != m_request.id || hasUnsavedChanges())
                                return;
                            reload();
                            showFields();
                            showField();
                        });
}

void RequestTranslationsTab::reload() {
    m_translations = {};
    m_failure.clear();
    if (!m_workspace || m_request.id.isEmpty())
        return;
    auto read = m_workspace->translations().translations(m_request.id);
    if (!read) {
        m_failure = read.error().message;
        return;
    }
    m_translations = read.value();
    m_filling = true;
    fillLanguages(m_sourceLanguage, m_translations.sourceLanguage());
    m_sourceLanguage->setCurrentIndex(m_sourceLanguage->findData(m_translations.sourceLanguage()));
    m_filling = false;
}

QString RequestTranslationsTab::targetLanguage() const {
    return m_translationTitle->property("language").toString();
}

bool RequestTranslationsTab::setTargetLanguage(const QString& language) {
    if (language == targetLanguage())
        return true;
    if (language == m_translations.sourceLanguage()) {
        showError(tr("The request is written in %1: choose another language to translate into.")
                      .arg(documentLanguageName(language)));
        return false;
    }
    if (!confirmLeave())
        return false;
    if (m_targetLanguage->findData(language) < 0)
        fillLanguages(m_targetLanguage, language);
    m_targetLanguage->setCurrentIndex(m_targetLanguage->findData(language));
    m_translationTitle->setProperty("language", language);
    showFields();
    showField();
    return true;
}

bool RequestTranslationsTab::setCurrentField(const QString& field) {
    if (field == m_field)
        return true;
    if (!translatableFields().contains(field) || !confirmLeave())
        return false;
    m_field = field;
    showFields();
    showField();
    return true;
}

bool RequestTranslationsTab::setSourceLanguage(const QString& language) {
    if (!m_workspace || m_request.id.isEmpty() || language == m_translations.sourceLanguage())
        return true;
    if (language == targetLanguage()) {
        showError(tr("The translation is into %1: choose the language to translate into first.")
                      .arg(documentLanguageName(language)));
        return false;
    }
    if (!confirmLeave())
        return false;
    QScopedValueRollback writing(m_writing, true);
    if (auto st = m_workspace->translations().setTextLanguage(m_request.id, language); !st) {
        showError(st.error().message);
        return false;
    }
    reload();
    showFields();
    showField();
    emit changed(m_request.id);
    return true;
}

void RequestTranslationsTab::setStatus(const QString& status) {
    m_status->setCurrentIndex(m_status->findData(status));
    updateControls();
}

void RequestTranslationsTab::showFields() {
    m_filling = true;
    const QStringList fields = translatableFields();
    m_fields->setRowCount(static_cast<int>(fields.size()));
    int needed = 0;
    int reviewed = 0;
    for (int row = 0; row < fields.size(); ++row) {
        const QString& field = fields[row];
        const bool empty = m_translations.sources.value(field).trimmed().isEmpty();
        const RequestText text = m_translations.text(field, targetLanguage());
        auto* name = new QTableWidgetItem(fieldLabel(field));
        name->setData(Qt::UserRole, field);
        QString state = empty ? tr("no text") : statusLabel(text.status);
        if (!empty && text.sourceChanged)
            state += QStringLiteral(" · ") + tr("source changed");
        auto* status = new QTableWidgetItem(state);
        if (empty) {
            status->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        } else {
            ++needed;
            if (text.status == textstatus::kReviewed)
                ++reviewed;
            else
                status->setForeground(dueColour(text.status == textstatus::kUntranslated ? DueBucket::Overdue
                                                                                         : DueBucket::Today,
                                                palette()));
        }
        m_fields->setItem(row, FieldName, name);
        m_fields->setItem(row, FieldStatus, status);
    }
    m_fields->selectRow(static_cast<int>(fields.indexOf(m_field)));
    m_filling = false;
    if (!m_failure.isEmpty())
        m_summary->setText(m_failure);
    else if (m_request.id.isEmpty())
        m_summary->clear();
    else if (needed == 0)
        m_summary->setText(tr("The request has no free text to translate yet."));
    else if (reviewed == needed)
        m_summary->setText(
            tr("Every text is reviewed in %1 (%n in all): a final document can be made in this language.",
               nullptr, needed)
                .arg(documentLanguageName(targetLanguage())));
    else // %n: the number reviewed, which the words agree with ("1 texte sur 7 révisé")
        m_summary->setText(tr("%n of %1 texts reviewed in %2. Until all are, the document in this "
                              "language says DRAFT on every page.",
                              nullptr, reviewed)
                               .arg(needed)
                               .arg(documentLanguageName(targetLanguage())));
}

void RequestTranslationsTab::showField() {
    m_filling = true;
    const RequestText text = m_translations.text(m_field, targetLanguage());
    m_sourceTitle->setWordWrap(true);
    m_translationTitle->setWordWrap(true);
    m_sourceTitle->setText(QStringLiteral("<b>%1</b> — %2")
                               .arg(fieldLabel(m_field).toHtmlEscaped(),
                                    documentLanguageName(m_translations.sourceLanguage()).toHtmlEscaped()));
    m_translationTitle->setText(
        tr("<b>Translation</b> — %1").arg(documentLanguageName(targetLanguage()).toHtmlEscaped()));
    m_source->setPlainText(m_translations.sources.value(m_field));
    m_translation->setPlainText(text.text);
    m_status->setCurrentIndex(m_status->findData(text.status));
    QLocale rtl(targetLanguage());
    m_translation->setLayoutDirection(rtl.textDirection());
    m_source->setLayoutDirection(QLocale(m_translations.sourceLanguage()).textDirection());
    m_filling = false;
    if (text.sourceChanged)
        m_notice->setText(tr("The source text changed after this translation was written: compare them and "
                             "review it again."));
    else if (text.updatedAt.isValid())
        m_notice->setText(
            tr("Last saved by %1 on %2.")
                .arg(text.updatedBy, QLocale().toString(text.updatedAt.toLocalTime(), QLocale::ShortFormat)));
    else
        m_notice->clear();
    updateControls();
}

void RequestTranslationsTab::textEdited() {
    if (m_filling)
        return;
    // Typing a translation makes it a draft; clearing it makes it untranslated.
    const QString status = m_status->currentData().toString();
    if (status == textstatus::kUntranslated && !m_translation->toPlainText().trimmed().isEmpty())
        m_status->setCurrentIndex(m_status->findData(textstatus::kDraft));
    else if (m_translation->toPlainText().trimmed().isEmpty())
        m_status->setCurrentIndex(m_status->findData(textstatus::kUntranslated));
    updateControls();
}

bool RequestTranslationsTab::hasUnsavedChanges() const {
    if (m_request.id.isEmpty())
        return false;
    const RequestText text = m_translations.text(m_field, targetLanguage());
    return m_translation->toPlainText() != text.text || m_status->currentData().toString() != text.status;
}

void RequestTranslationsTab::updateControls() {
    const bool loaded = m_workspace && !m_request.id.isEmpty() && m_failure.isEmpty();
    const bool may = loaded && m_workspace->session().can(Action::EditTranslations);
    const bool hasSource = !m_translations.sources.value(m_field).trimmed().isEmpty();
    m_translation->setReadOnly(!may || !hasSource);
    m_status->setEnabled(may && hasSource);
    m_sourceLanguage->setEnabled(loaded && m_workspace->session().can(Action::EditContent));
    m_targetLanguage->setEnabled(loaded);
    m_fields->setEnabled(loaded);
    const bool dirty = hasUnsavedChanges();
    m_save->setEnabled(may && dirty);
    m_revert->setEnabled(dirty);
    m_save->setToolTip(loaded && !may ? tr("Your role cannot edit translations.") : QString());
}

bool RequestTranslationsTab::confirmLeave() {
    if (!hasUnsavedChanges())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved translation"),
        tr("The translation of “%1” into %2 has changes that are not saved.")
            .arg(fieldLabel(m_field), documentLanguageName(targetLanguage())),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return writeCurrent();
    return true;
}

bool RequestTranslationsTab::save() {
    if (!writeCurrent())
        return false;
    showFields();
    showField();
    return true;
}

bool RequestTranslationsTab::writeCurrent() {
    if (!m_workspace || m_request.id.isEmpty())
        return false;
    const QString status = m_status->currentData().toString();
    const QString text = status == textstatus::kUntranslated ? QString() : m_translation->toPlainText();
    QScopedValueRollback writing(m_writing, true);
    auto written = m_workspace->translations().set(m_request.id, m_field, targetLanguage(), text, status);
    if (!written) {
        showError(written.error().message);
        return false;
    }
    reload();
    emit changed(m_request.id);
    return true;
}

void RequestTranslationsTab::showError(const QString& message) {
    QMessageBox::warning(this, tr("Translation not saved"), message);
}

} // namespace mladesk
