// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "memberform.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QRegularExpression>

#include "core/money.h"
#include "households/residentid.h"
#include "households/vocabulary.h"

#include "core/shanghaitime.h"
#include "ui_memberform.h"

namespace Jiuzhu {

namespace {

// QDateEdit cannot be empty: its minimum stands for "no birth date yet".
const QDate NoDate(1900, 1, 1);

enum IncomeColumn
{
    IncomeKindColumn,
    IncomeAmountColumn,
    IncomeColumnCount
};

void fillCombo(QComboBox *combo, Vocabulary::List list, bool withBlank)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    if (withBlank) {
        combo->addItem(QStringLiteral("—"), QString());
    }
    const QList<VocabularyEntry> entries = Vocabulary::entries(list);
    for (const VocabularyEntry &entry : entries) {
        const QString code = QString::fromLatin1(entry.code);
        combo->addItem(Vocabulary::label(list, code), code);
    }
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void selectCode(QComboBox *combo, const QString &code)
{
    combo->setCurrentIndex(qMax(0, combo->findData(code)));
}

QString moneyText(qint64 fen, const QLocale &locale)
{
    return Money::formatYuan(fen, locale, true);
}

} // namespace

MemberDraft MemberDraft::fromMember(const Member &member, const QLocale &locale)
{
    MemberDraft draft;
    draft.member = member;
    draft.medicalCostsText = member.medicalOutOfPocket12mFen != 0
                                 ? moneyText(member.medicalOutOfPocket12mFen, locale)
                                 : QString();
    for (const Income &income : member.incomes) {
        draft.incomes << IncomeDraft{income.kind, moneyText(income.monthlyFen, locale)};
    }
    return draft;
}

Member MemberDraft::toMember(const QLocale &locale, FieldErrors *errors) const
{
    Member result = member;
    result.medicalOutOfPocket12mFen = 0;
    if (!medicalCostsText.trimmed().isEmpty()) {
        const Result<qint64> fen = Money::parseYuan(medicalCostsText, locale);
        if (fen) {
            result.medicalOutOfPocket12mFen = fen.value();
        } else {
            errors->append({QStringLiteral("medicalOutOfPocket12m"), fen.error()});
        }
    }

    result.incomes.clear();
    for (int i = 0; i < incomes.size(); ++i) {
        const QString field = QStringLiteral("incomes[%1].monthly").arg(i);
        const Result<qint64> fen = Money::parseYuan(incomes.at(i).amountText, locale);
        if (!fen) {
            errors->append({field, fen.error()});
            continue;
        }
        result.incomes << Income{incomes.at(i).kind, fen.value()};
    }
    return result;
}

MemberForm::MemberForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MemberForm>())
    , m_today(shanghaiToday())
{
    m_ui->setupUi(this);
    setupFields();
    setupConnections();
    setDraft(MemberDraft());
}

MemberForm::~MemberForm() = default;

void MemberForm::setupFields()
{
    m_ui->birthDateEdit->setMinimumDate(NoDate);
    m_ui->birthDateEdit->setSpecialValueText(QStringLiteral("—"));
    m_ui->birthDateEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_ui->disabilityGradeSpin->setSpecialValueText(QStringLiteral("—"));
    fillCombos();
    fillConditions();

    m_ui->incomesTable->setColumnCount(IncomeColumnCount);
    m_ui->incomesTable->horizontalHeader()->setSectionResizeMode(IncomeKindColumn,
                                                                 QHeaderView::Stretch);
    m_ui->incomesTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->incomesTable->setHorizontalHeaderLabels({tr("Kind"), tr("Per month (yuan)")});

    m_errors.addBelow(m_ui->personLayout, m_ui->nameEdit);
    m_errors.addBelow(m_ui->personLayout, m_ui->idNumberEdit);
    m_errors.addBelow(m_ui->personLayout, m_ui->relationCombo);
    m_errors.addBelow(m_ui->healthLayout, m_ui->disabilityTypeCombo);
    m_errors.addBelow(m_ui->healthLayout, m_ui->disabilityGradeSpin);
    m_errors.addBelow(m_ui->healthLayout, m_ui->medicalCostsEdit);
    m_ui->incomesError->setWordWrap(true);
    m_ui->incomesError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_errors.attach(m_ui->incomesTable, m_ui->incomesError);
}

void MemberForm::fillCombos()
{
    fillCombo(m_ui->sexCombo, Vocabulary::List::Sex, true);
    fillCombo(m_ui->relationCombo, Vocabulary::List::Relation, true);
    fillCombo(m_ui->hukouCombo, Vocabulary::List::Hukou, true);
    fillCombo(m_ui->maritalStatusCombo, Vocabulary::List::MaritalStatus, true);
    fillCombo(m_ui->educationCombo, Vocabulary::List::Education, true);
    fillCombo(m_ui->employmentCombo, Vocabulary::List::Employment, true);
    fillCombo(m_ui->disabilityTypeCombo, Vocabulary::List::DisabilityType, false);
}

void MemberForm::fillConditions()
{
    QStringList checked;
    for (int i = 0; i < m_ui->conditionsList->count(); ++i) {
        const QListWidgetItem *item = m_ui->conditionsList->item(i);
        if (item->checkState() == Qt::Checked) {
            checked << item->data(Qt::UserRole).toString();
        }
    }
    m_ui->conditionsList->clear();
    const QList<ConditionEntry> conditions = Vocabulary::conditions();
    for (const ConditionEntry &condition : conditions) {
        const QString code = QString::fromLatin1(condition.code);
        auto *item = new QListWidgetItem(Vocabulary::conditionLabel(code), m_ui->conditionsList);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
}

void MemberForm::setupConnections()
{
    const auto watch = [this](auto *widget, auto signal, const QString &field) {
        connect(widget, signal, this, [this, field] { handleFieldEdited(field); });
    };
    watch(m_ui->nameEdit, &QLineEdit::textEdited, QStringLiteral("name"));
    watch(m_ui->birthDateEdit, &QDateEdit::dateChanged, QStringLiteral("idNumber"));
    watch(m_ui->sexCombo, &QComboBox::currentIndexChanged, QStringLiteral("idNumber"));
    watch(m_ui->relationCombo, &QComboBox::currentIndexChanged, QStringLiteral("relation"));
    watch(m_ui->hukouCombo, &QComboBox::currentIndexChanged, QStringLiteral("hukou"));
    watch(m_ui->maritalStatusCombo, &QComboBox::currentIndexChanged,
          QStringLiteral("maritalStatus"));
    watch(m_ui->educationCombo, &QComboBox::currentIndexChanged, QStringLiteral("education"));
    watch(m_ui->employmentCombo, &QComboBox::currentIndexChanged, QStringLiteral("employment"));
    watch(m_ui->unemploymentRegisteredCheck, &QCheckBox::toggled,
          QStringLiteral("unemploymentRegistered"));
    watch(m_ui->employmentDifficultyCheck, &QCheckBox::toggled,
          QStringLiteral("employmentDifficulty"));
    watch(m_ui->conditionsList, &QListWidget::itemChanged, QStringLiteral("conditions"));
    watch(m_ui->healthNoteEdit, &QPlainTextEdit::textChanged, QStringLiteral("healthNote"));
    watch(m_ui->disabilityGradeSpin, &QSpinBox::valueChanged, QStringLiteral("disability.grade"));
    watch(m_ui->medicalCostsEdit, &QLineEdit::textEdited, QStringLiteral("medicalOutOfPocket12m"));
    connect(m_ui->idNumberEdit, &QLineEdit::textEdited, this, &MemberForm::handleIdNumberEdited);
    connect(m_ui->disabilityTypeCombo, &QComboBox::currentIndexChanged, this,
            &MemberForm::handleDisabilityTypeChanged);

    connect(m_ui->addIncomeButton, &QPushButton::clicked, this, [this] {
        addIncomeRow({QStringLiteral("wage"), QString()});
        m_ui->incomesTable->setCurrentCell(m_ui->incomesTable->rowCount() - 1, IncomeAmountColumn);
        if (QWidget *amount = m_ui->incomesTable->cellWidget(m_ui->incomesTable->rowCount() - 1,
                                                             IncomeAmountColumn)) {
            amount->setFocus();
        }
        handleFieldEdited(QStringLiteral("incomes"));
    });
    connect(m_ui->removeIncomeButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->incomesTable->currentRow();
        if (row < 0) {
            return;
        }
        m_ui->incomesTable->removeRow(row);
        handleFieldEdited(QStringLiteral("incomes"));
    });
}

void MemberForm::setToday(const QDate &today)
{
    m_today = today;
    m_ui->birthDateEdit->setMaximumDate(today);
    refreshErrors();
}

void MemberForm::setDraft(const MemberDraft &draft)
{
    m_isLoading = true;
    const Member &member = draft.member;
    m_sync = member.sync;
    m_ui->nameEdit->setText(member.name);
    m_ui->idNumberEdit->setText(member.idNumber);
    m_ui->birthDateEdit->setDate(member.birthDate.isValid() ? member.birthDate : NoDate);
    selectCode(m_ui->sexCombo, member.sex);
    selectCode(m_ui->relationCombo, member.relation);
    selectCode(m_ui->hukouCombo, member.hukou);
    selectCode(m_ui->maritalStatusCombo, member.maritalStatus);
    selectCode(m_ui->educationCombo, member.education);
    selectCode(m_ui->employmentCombo, member.employment);
    m_ui->unemploymentRegisteredCheck->setChecked(member.isUnemploymentRegistered);
    m_ui->employmentDifficultyCheck->setChecked(member.isEmploymentDifficultyRecognised);
    for (int i = 0; i < m_ui->conditionsList->count(); ++i) {
        QListWidgetItem *item = m_ui->conditionsList->item(i);
        const bool has = member.conditions.contains(item->data(Qt::UserRole).toString());
        item->setCheckState(has ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->healthNoteEdit->setPlainText(member.healthNote);
    selectCode(m_ui->disabilityTypeCombo,
               member.disabilityType.isEmpty() ? QStringLiteral("none") : member.disabilityType);
    m_ui->disabilityGradeSpin->setValue(member.disabilityGrade);
    m_ui->disabilityGradeSpin->setEnabled(member.disabilityType != QLatin1String("none") ||
                                          member.disabilityGrade != 0);
    m_ui->medicalCostsEdit->setText(draft.medicalCostsText);
    m_ui->incomesTable->setRowCount(0);
    for (const IncomeDraft &income : draft.incomes) {
        addIncomeRow(income);
    }
    m_storeErrors.clear();
    m_isLoading = false;
    refreshErrors();
}

MemberDraft MemberForm::draft() const
{
    MemberDraft draft;
    Member &member = draft.member;
    member.sync = m_sync;
    member.name = m_ui->nameEdit->text();
    member.idNumber = m_ui->idNumberEdit->text();
    const QDate birth = m_ui->birthDateEdit->date();
    member.birthDate = birth > NoDate ? birth : QDate();
    member.sex = m_ui->sexCombo->currentData().toString();
    member.relation = m_ui->relationCombo->currentData().toString();
    member.hukou = m_ui->hukouCombo->currentData().toString();
    member.maritalStatus = m_ui->maritalStatusCombo->currentData().toString();
    member.education = m_ui->educationCombo->currentData().toString();
    member.employment = m_ui->employmentCombo->currentData().toString();
    member.isUnemploymentRegistered = m_ui->unemploymentRegisteredCheck->isChecked();
    member.isEmploymentDifficultyRecognised = m_ui->employmentDifficultyCheck->isChecked();
    for (int i = 0; i < m_ui->conditionsList->count(); ++i) {
        const QListWidgetItem *item = m_ui->conditionsList->item(i);
        if (item->checkState() == Qt::Checked) {
            member.conditions << item->data(Qt::UserRole).toString();
        }
    }
    member.healthNote = m_ui->healthNoteEdit->toPlainText();
    member.disabilityType = m_ui->disabilityTypeCombo->currentData().toString();
    member.disabilityGrade = m_ui->disabilityGradeSpin->value();

    draft.medicalCostsText = m_ui->medicalCostsEdit->text();
    for (int row = 0; row < m_ui->incomesTable->rowCount(); ++row) {
        const auto *kind =
            qobject_cast<QComboBox *>(m_ui->incomesTable->cellWidget(row, IncomeKindColumn));
        const auto *amount =
            qobject_cast<QLineEdit *>(m_ui->incomesTable->cellWidget(row, IncomeAmountColumn));
        draft.incomes << IncomeDraft{kind ? kind->currentData().toString() : QString(),
                                     amount ? amount->text() : QString()};
    }
    return draft;
}

void MemberForm::addIncomeRow(const IncomeDraft &income)
{
    const int row = m_ui->incomesTable->rowCount();
    m_ui->incomesTable->insertRow(row);

    auto *kind = new QComboBox(m_ui->incomesTable);
    kind->setObjectName(QStringLiteral("incomeKindCombo"));
    fillCombo(kind, Vocabulary::List::IncomeKind, false);
    selectCode(kind, income.kind);
    kind->setFrame(false);
    connect(kind, &QComboBox::currentIndexChanged, this,
            [this] { handleFieldEdited(QStringLiteral("incomes")); });

    auto *amount = new QLineEdit(income.amountText, m_ui->incomesTable);
    amount->setObjectName(QStringLiteral("incomeAmountEdit"));
    amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    connect(amount, &QLineEdit::textEdited, this, [this, amount] {
        const int at = incomeAmountEdits().indexOf(amount);
        handleFieldEdited(QStringLiteral("incomes[%1].monthly").arg(at));
    });

    m_ui->incomesTable->setCellWidget(row, IncomeKindColumn, kind);
    m_ui->incomesTable->setCellWidget(row, IncomeAmountColumn, amount);
}

QList<QLineEdit *> MemberForm::incomeAmountEdits() const
{
    QList<QLineEdit *> edits;
    for (int row = 0; row < m_ui->incomesTable->rowCount(); ++row) {
        edits << qobject_cast<QLineEdit *>(m_ui->incomesTable->cellWidget(row, IncomeAmountColumn));
    }
    return edits;
}

void MemberForm::handleIdNumberEdited()
{
    const ResidentId::Info info = ResidentId::validate(m_ui->idNumberEdit->text(), m_today);
    if (info.isValid) {
        // A valid number decides birth date and sex; the advisor may still correct them, and a
        // correction that disagrees with the number is then shown as an error.
        m_isLoading = true;
        m_ui->birthDateEdit->setDate(info.birthDate);
        selectCode(m_ui->sexCombo, info.sex);
        m_isLoading = false;
    }
    handleFieldEdited(QStringLiteral("idNumber"));
}

void MemberForm::handleDisabilityTypeChanged()
{
    const bool hasType = m_ui->disabilityTypeCombo->currentData().toString() != u"none"_qs;
    m_ui->disabilityGradeSpin->setEnabled(hasType);
    if (!hasType && !m_isLoading) {
        m_ui->disabilityGradeSpin->setValue(0);
    }
    handleFieldEdited(QStringLiteral("disability.type"));
}

void MemberForm::handleFieldEdited(const QString &field)
{
    if (m_isLoading) {
        return;
    }
    m_storeErrors.remove(field);
    if (field == u"disability.type"_qs || field == u"disability.grade"_qs) {
        m_storeErrors.remove(QStringLiteral("disability.type"));
        m_storeErrors.remove(QStringLiteral("disability.grade"));
    }
    refreshErrors();
    emit edited();
}

void MemberForm::setFieldErrors(const QHash<QString, QString> &errors)
{
    m_storeErrors = errors;
    refreshErrors();
}

void MemberForm::refreshErrors()
{
    QHash<QString, QString> shown;
    const MemberDraft current = draft();

    const QString id = current.member.idNumber;
    if (!id.trimmed().isEmpty()) {
        const ResidentId::Info info = ResidentId::validate(id, m_today);
        const QString problem =
            info.isValid ? ResidentId::mismatch(info, current.member.birthDate, current.member.sex)
                         : info.error;
        if (!problem.isEmpty()) {
            shown.insert(QStringLiteral("idNumber"), problem);
        }
    }
    FieldErrors moneyErrors;
    current.toMember(QLocale(), &moneyErrors);
    for (const FieldError &error : std::as_const(moneyErrors)) {
        shown.insert(error.field, error.message);
    }
    // What the store said stays until the field is edited, and wins over the live checks.
    for (auto it = m_storeErrors.cbegin(); it != m_storeErrors.cend(); ++it) {
        shown.insert(it.key(), it.value());
    }

    m_errors.setError(m_ui->nameEdit, shown.value(QStringLiteral("name")));
    m_errors.setError(m_ui->idNumberEdit, shown.value(QStringLiteral("idNumber")));
    m_errors.setError(m_ui->relationCombo, shown.value(QStringLiteral("relation")));
    m_errors.setError(m_ui->disabilityTypeCombo, shown.value(QStringLiteral("disability.type")));
    m_errors.setError(m_ui->disabilityGradeSpin, shown.value(QStringLiteral("disability.grade")));
    m_errors.setError(m_ui->medicalCostsEdit, shown.value(QStringLiteral("medicalOutOfPocket12m")));
    showIncomeErrors(shown);
}

void MemberForm::showIncomeErrors(const QHash<QString, QString> &errors)
{
    static const QRegularExpression incomeField(QStringLiteral("^incomes\\[(\\d+)\\]"));
    const QList<QLineEdit *> edits = incomeAmountEdits();
    QStringList rowMessages(edits.size());
    QStringList lines;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        const QRegularExpressionMatch match = incomeField.match(it.key());
        if (!match.hasMatch()) {
            continue;
        }
        const int row = match.captured(1).toInt();
        if (row >= 0 && row < rowMessages.size()) {
            rowMessages[row] = it.value();
        }
        lines << tr("Income %1: %2", "row number, then the problem").arg(row + 1).arg(it.value());
    }
    lines.sort();

    for (int i = 0; i < edits.size(); ++i) {
        if (!edits.at(i)) {
            continue;
        }
        const bool isBad = !rowMessages.at(i).isEmpty();
        edits.at(i)->setToolTip(rowMessages.at(i));
        edits.at(i)->setStyleSheet(
            isBad ? QStringLiteral("QLineEdit { border: 1px solid #c62828; }") : QString());
    }
    m_errors.setError(m_ui->incomesTable, lines.join(QLatin1Char('\n')));
}

QString MemberForm::shownError(const QString &field) const
{
    if (field.startsWith(u"incomes"_qs)) {
        return m_errors.error(m_ui->incomesTable);
    }
    QWidget *widget = widgetFor(field);
    return widget ? m_errors.error(widget) : QString();
}

QWidget *MemberForm::widgetFor(const QString &field) const
{
    static const QRegularExpression incomeField(QStringLiteral("^incomes\\[(\\d+)\\]"));
    const QRegularExpressionMatch match = incomeField.match(field);
    if (match.hasMatch()) {
        const QList<QLineEdit *> edits = incomeAmountEdits();
        const int row = match.captured(1).toInt();
        if (row < edits.size()) {
            return edits.at(row);
        }
        return m_ui->incomesTable;
    }
    const QHash<QString, QWidget *> widgets{
        {QStringLiteral("name"), m_ui->nameEdit},
        {QStringLiteral("idNumber"), m_ui->idNumberEdit},
        {QStringLiteral("birthDate"), m_ui->birthDateEdit},
        {QStringLiteral("sex"), m_ui->sexCombo},
        {QStringLiteral("relation"), m_ui->relationCombo},
        {QStringLiteral("hukou"), m_ui->hukouCombo},
        {QStringLiteral("maritalStatus"), m_ui->maritalStatusCombo},
        {QStringLiteral("education"), m_ui->educationCombo},
        {QStringLiteral("employment"), m_ui->employmentCombo},
        {QStringLiteral("conditions"), m_ui->conditionsList},
        {QStringLiteral("disability.type"), m_ui->disabilityTypeCombo},
        {QStringLiteral("disability.grade"), m_ui->disabilityGradeSpin},
        {QStringLiteral("medicalOutOfPocket12m"), m_ui->medicalCostsEdit},
    };
    return widgets.value(field);
}

bool MemberForm::focusField(const QString &field)
{
    QWidget *widget = widgetFor(field);
    if (!widget) {
        return false;
    }
    widget->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        edit->selectAll();
    }
    return true;
}

void MemberForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_isLoading = true;
        m_ui->retranslateUi(this);
        m_ui->incomesTable->setHorizontalHeaderLabels({tr("Kind"), tr("Per month (yuan)")});
        fillCombos();
        fillConditions();
        m_isLoading = false;
    }
    QWidget::changeEvent(event);
}

} // namespace Jiuzhu
