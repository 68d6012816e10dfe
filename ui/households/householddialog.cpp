// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "householddialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>

#include "catalogue/catalogue.h"
#include "core/money.h"
#include "households/areas.h"
#include "households/residentid.h"
#include "households/vocabulary.h"
#include "storage/householdrepository.h"

#include "core/shanghaitime.h"
#include "ui_householddialog.h"

namespace Jiuzhu {

namespace {

const QDate NoDate(1900, 1, 1);

enum MemberColumn
{
    MemberNameColumn,
    MemberIdColumn,
    MemberRelationColumn,
    MemberColumnCount
};

enum BenefitColumn
{
    BenefitPolicyColumn,
    BenefitSinceColumn,
    BenefitAmountColumn,
    BenefitColumnCount
};

// "members[2].incomes[0].monthly" → 2 and "incomes[0].monthly".
bool splitMemberField(const QString &field, int *index, QString *rest)
{
    static const QRegularExpression pattern(QStringLiteral("^members\\[(\\d+)\\]\\.(.+)$"));
    const QRegularExpressionMatch match = pattern.match(field);
    if (!match.hasMatch()) {
        return false;
    }
    *index = match.captured(1).toInt();
    *rest = match.captured(2);
    return true;
}

std::optional<qint64> parseOptionalYuan(const QString &text, const QString &field,
                                        FieldErrors *errors)
{
    if (text.trimmed().isEmpty()) {
        return std::nullopt;
    }
    const Result<qint64> fen = Money::parseYuan(text, QLocale());
    if (!fen) {
        errors->append({field, fen.error()});
        return std::nullopt;
    }
    return fen.value();
}

std::optional<int> spinValue(const QSpinBox *spin)
{
    return spin->value() < 0 ? std::nullopt : std::optional<int>(spin->value());
}

void setSpinValue(QSpinBox *spin, const std::optional<int> &value)
{
    spin->setValue(value.value_or(-1));
}

std::optional<bool> yesNo(const QComboBox *combo)
{
    const QString code = combo->currentData().toString();
    return code.isEmpty() ? std::nullopt : std::optional<bool>(code == u"yes"_qs);
}

void setYesNo(QComboBox *combo, const std::optional<bool> &value)
{
    const QString code =
        value ? (*value ? QStringLiteral("yes") : QStringLiteral("no")) : QString();
    combo->setCurrentIndex(qMax(0, combo->findData(code)));
}

void selectData(QComboBox *combo, const QString &code)
{
    combo->setCurrentIndex(qMax(0, combo->findData(code)));
}

} // namespace

HouseholdDialog::HouseholdDialog(AppServices services, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HouseholdDialog>())
    , m_services(services)
    , m_today(shanghaiToday())
{
    m_ui->setupUi(this);
    setupFields();
    setupErrorLabels();
    setupConnections();
    retranslate();

    Household fresh;
    const QList<District> districts = m_services.areas.districts();
    for (const District &district : districts) {
        // Start in a district whose streets are listed, so a new household can be completed.
        if (!m_services.areas.streets(district.code).isEmpty()) {
            fresh.district = district.code;
            break;
        }
    }
    Member head;
    head.relation = QStringLiteral("head");
    fresh.members << head;
    setHousehold(fresh);
}

HouseholdDialog::~HouseholdDialog() = default;

std::optional<QString> HouseholdDialog::createHousehold(AppServices services, QWidget *parent)
{
    HouseholdDialog dialog(services, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.savedUuid();
}

std::optional<QString> HouseholdDialog::editHousehold(AppServices services, const QString &uuid,
                                                      QWidget *parent)
{
    const std::optional<Household> household = services.households.load(uuid);
    if (!household) {
        return std::nullopt;
    }
    HouseholdDialog dialog(services, parent);
    dialog.setHousehold(*household);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.savedUuid();
}

void HouseholdDialog::setupFields()
{
    m_ui->vehicleCountSpin->setSpecialValueText(tr("Not known"));
    m_ui->propertyCountSpin->setSpecialValueText(tr("Not known"));
    m_ui->hukouYearsSpin->setSpecialValueText(tr("Not known"));
    m_ui->memberForm->setToday(m_today);
    m_ui->saveError->setWordWrap(true);
    m_ui->saveError->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_ui->saveError->hide();

    m_ui->membersTable->setColumnCount(MemberColumnCount);
    m_ui->membersTable->horizontalHeader()->setSectionResizeMode(MemberNameColumn,
                                                                 QHeaderView::ResizeToContents);
    m_ui->membersTable->horizontalHeader()->setSectionResizeMode(MemberIdColumn,
                                                                 QHeaderView::ResizeToContents);
    m_ui->membersTable->horizontalHeader()->setSectionResizeMode(MemberRelationColumn,
                                                                 QHeaderView::Stretch);
    m_ui->membersTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->membersTable->setWordWrap(false);

    m_ui->benefitsTable->setColumnCount(BenefitColumnCount);
    m_ui->benefitsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->benefitsTable->horizontalHeader()->setSectionResizeMode(BenefitPolicyColumn,
                                                                  QHeaderView::Stretch);
    m_ui->benefitsTable->horizontalHeader()->setSectionResizeMode(BenefitSinceColumn,
                                                                  QHeaderView::ResizeToContents);
    m_ui->benefitsTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelButton"));
    fillCombos();
}

void HouseholdDialog::setupErrorLabels()
{
    m_errors.addBelow(m_ui->locationLayout, m_ui->districtCombo);
    m_errors.addBelow(m_ui->locationLayout, m_ui->streetCombo);
    m_errors.addBelow(m_ui->locationLayout, m_ui->committeeEdit);
    m_errors.addBelow(m_ui->locationLayout, m_ui->addressEdit);
    m_errors.addBelow(m_ui->housingLayout, m_ui->housingTypeCombo);
    m_errors.addBelow(m_ui->housingLayout, m_ui->livingAreaEdit);
    m_errors.addBelow(m_ui->housingLayout, m_ui->financialAssetsEdit);
    m_errors.addBelow(m_ui->housingLayout, m_ui->vehicleCountSpin);
    m_errors.addBelow(m_ui->housingLayout, m_ui->propertyCountSpin);
    m_errors.addBelow(m_ui->situationLayout, m_ui->hukouYearsSpin);
    m_errors.addBelow(m_ui->spendingLayout, m_ui->educationSpendingEdit);
    m_errors.addBelow(m_ui->spendingLayout, m_ui->otherSpendingEdit);
    for (QLabel *label : {m_ui->benefitsError, m_ui->membersError}) {
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("color: #c62828;"));
    }
    m_errors.attach(m_ui->benefitsTable, m_ui->benefitsError);
    m_errors.attach(m_ui->membersTable, m_ui->membersError);
}

void HouseholdDialog::setupConnections()
{
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &HouseholdDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &HouseholdDialog::reject);
    connect(m_ui->districtCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillStreets();
        m_errors.clearError(m_ui->districtCombo);
        markModified();
    });
    for (QComboBox *combo : {m_ui->streetCombo, m_ui->housingTypeCombo, m_ui->hasSupporterCombo,
                             m_ui->suddenHardshipCombo, m_ui->disasterCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
            m_errors.clearError(combo);
            markModified();
        });
    }
    for (QLineEdit *edit : {m_ui->committeeEdit, m_ui->addressEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            m_errors.clearError(edit);
            markModified();
        });
    }
    for (QLineEdit *edit : {m_ui->livingAreaEdit, m_ui->financialAssetsEdit,
                            m_ui->educationSpendingEdit, m_ui->otherSpendingEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            checkMoneyField(edit);
            markModified();
        });
    }
    for (QSpinBox *spin : {m_ui->vehicleCountSpin, m_ui->propertyCountSpin, m_ui->hukouYearsSpin}) {
        connect(spin, &QSpinBox::valueChanged, this, [this, spin] {
            m_errors.clearError(spin);
            markModified();
        });
    }
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, &HouseholdDialog::markModified);

    connect(m_ui->addMemberButton, &QPushButton::clicked, this, &HouseholdDialog::addMember);
    connect(m_ui->removeMemberButton, &QPushButton::clicked, this, &HouseholdDialog::removeMember);
    connect(m_ui->membersTable, &QTableWidget::itemSelectionChanged, this,
            &HouseholdDialog::handleMemberSelectionChanged);
    connect(m_ui->memberForm, &MemberForm::edited, this, &HouseholdDialog::handleMemberEdited);
    connect(m_ui->addBenefitButton, &QPushButton::clicked, this, [this] {
        addBenefitRow(Benefit());
        markModified();
    });
    connect(m_ui->removeBenefitButton, &QPushButton::clicked, this,
            &HouseholdDialog::removeBenefit);
}

void HouseholdDialog::fillCombos()
{
    const QString district = m_ui->districtCombo->currentData().toString();
    m_ui->districtCombo->clear();
    const QList<District> districts = m_services.areas.districts();
    for (const District &entry : districts) {
        m_ui->districtCombo->addItem(entry.name, entry.code);
    }
    selectData(m_ui->districtCombo, district);

    const QString housing = m_ui->housingTypeCombo->currentData().toString();
    m_ui->housingTypeCombo->clear();
    m_ui->housingTypeCombo->addItem(tr("Not known"), QString());
    const QList<VocabularyEntry> housingTypes = Vocabulary::entries(Vocabulary::List::HousingType);
    for (const VocabularyEntry &entry : housingTypes) {
        const QString code = QString::fromLatin1(entry.code);
        m_ui->housingTypeCombo->addItem(Vocabulary::label(Vocabulary::List::HousingType, code),
                                        code);
    }
    selectData(m_ui->housingTypeCombo, housing);

    for (QComboBox *combo :
         {m_ui->hasSupporterCombo, m_ui->suddenHardshipCombo, m_ui->disasterCombo}) {
        const QString current = combo->currentData().toString();
        combo->clear();
        combo->addItem(tr("Not known"), QString());
        combo->addItem(tr("Yes"), QStringLiteral("yes"));
        combo->addItem(tr("No"), QStringLiteral("no"));
        selectData(combo, current);
    }
}

void HouseholdDialog::fillStreets()
{
    const QString current = m_ui->streetCombo->currentData().toString();
    const QList<Street> streets =
        m_services.areas.streets(m_ui->districtCombo->currentData().toString());
    const QSignalBlocker blocker(m_ui->streetCombo);
    m_ui->streetCombo->clear();
    m_ui->streetCombo->addItem(streets.isEmpty() ? tr("No streets listed for this district yet")
                                                 : QStringLiteral("—"),
                               QString());
    for (const Street &street : streets) {
        m_ui->streetCombo->addItem(street.name, street.code);
    }
    selectData(m_ui->streetCombo, current);
}

void HouseholdDialog::retranslate()
{
    m_ui->membersTable->setHorizontalHeaderLabels({tr("Name"), tr("ID number"), tr("Relation")});
    m_ui->benefitsTable->setHorizontalHeaderLabels(
        {tr("Policy"), tr("Since"), tr("Per month (yuan)")});
    const QString head = m_members.isEmpty() ? QString() : m_members.constFirst().member.name;
    setWindowTitle(m_household.sync.uuid.isEmpty()
                       ? tr("New household")
                       : tr("Household of %1", "window title, e.g. Household of 林晓").arg(head));
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->membersTab),
                           tr("Members (%1)", "tab title with the member count, e.g. Members (3)")
                               .arg(m_members.size()));
}

void HouseholdDialog::setToday(const QDate &today)
{
    m_today = today;
    m_ui->memberForm->setToday(today);
}

void HouseholdDialog::setHousehold(const Household &household)
{
    m_isLoading = true;
    m_household = household;
    selectData(m_ui->districtCombo, household.district);
    if (m_ui->districtCombo->currentData().toString() != household.district &&
        !household.district.isEmpty()) {
        // A retired or unknown code from an old record stays selectable as it is.
        m_ui->districtCombo->addItem(household.district, household.district);
        selectData(m_ui->districtCombo, household.district);
    }
    fillStreets();
    selectData(m_ui->streetCombo, household.street);
    m_ui->committeeEdit->setText(household.committee);
    m_ui->addressEdit->setText(household.address);
    selectData(m_ui->housingTypeCombo, household.housingType);
    const QLocale locale;
    m_ui->livingAreaEdit->setText(household.livingAreaM2 ? locale.toString(*household.livingAreaM2)
                                                         : QString());
    m_ui->financialAssetsEdit->setText(
        household.financialAssetsFen ? Money::formatYuan(*household.financialAssetsFen, locale)
                                     : QString());
    setSpinValue(m_ui->vehicleCountSpin, household.vehicleCount);
    setSpinValue(m_ui->propertyCountSpin, household.propertyCount);
    setSpinValue(m_ui->hukouYearsSpin, household.hukouYears);
    setYesNo(m_ui->hasSupporterCombo, household.hasSupporter);
    setYesNo(m_ui->suddenHardshipCombo, household.hasSuddenHardship);
    setYesNo(m_ui->disasterCombo, household.isDisasterAffected);
    m_ui->educationSpendingEdit->setText(
        household.educationSpending12mFen
            ? Money::formatYuan(household.educationSpending12mFen, locale)
            : QString());
    m_ui->otherSpendingEdit->setText(
        household.otherRigidSpending12mFen
            ? Money::formatYuan(household.otherRigidSpending12mFen, locale)
            : QString());
    m_ui->notesEdit->setPlainText(household.notes);

    m_benefits.clear();
    m_ui->benefitsTable->setRowCount(0);
    for (const Benefit &benefit : household.benefits) {
        addBenefitRow(benefit);
    }
    m_members.clear();
    m_memberErrors.clear();
    for (const Member &member : household.members) {
        m_members << MemberDraft::fromMember(member, locale);
        m_memberErrors << QHash<QString, QString>();
    }
    m_currentMember = -1;
    refreshMembersTable();
    selectMember(m_members.isEmpty() ? -1 : 0);
    m_errors.clearAll();
    m_ui->saveError->hide();
    m_isLoading = false;
    m_isModified = false;
    retranslate();
}

void HouseholdDialog::markModified()
{
    if (!m_isLoading) {
        m_isModified = true;
    }
}

void HouseholdDialog::addMember()
{
    MemberDraft draft;
    bool hasHead = false;
    for (const MemberDraft &member : std::as_const(m_members)) {
        hasHead = hasHead || member.member.relation == u"head"_qs;
    }
    draft.member.relation = hasHead ? QString() : QStringLiteral("head");
    draft.member.hukou = m_members.isEmpty() ? QString() : m_members.constFirst().member.hukou;
    m_members << draft;
    m_memberErrors << QHash<QString, QString>();
    refreshMembersTable();
    selectMember(int(m_members.size()) - 1);
    m_ui->tabs->setCurrentWidget(m_ui->membersTab);
    m_ui->memberForm->focusField(QStringLiteral("name"));
    m_errors.clearError(m_ui->membersTable);
    markModified();
    retranslate();
}

void HouseholdDialog::removeMember()
{
    const int index = m_currentMember;
    if (index < 0 || index >= m_members.size()) {
        return;
    }
    const QString name = m_members.at(index).member.name;
    const auto answer =
        QMessageBox::question(this, tr("Remove member"),
                              name.isEmpty() ? tr("Remove this member from the household?")
                                             : tr("Remove %1 from the household?").arg(name));
    if (answer != QMessageBox::Yes) {
        return;
    }
    m_members.removeAt(index);
    m_memberErrors.removeAt(index);
    m_currentMember = -1;
    refreshMembersTable();
    selectMember(qMin(index, int(m_members.size()) - 1));
    markModified();
    retranslate();
}

void HouseholdDialog::selectMember(int index)
{
    if (index < 0 || index >= m_members.size()) {
        m_currentMember = -1;
        m_ui->memberForm->setDraft(MemberDraft());
        m_ui->memberForm->setEnabled(false);
        m_ui->removeMemberButton->setEnabled(false);
        return;
    }
    if (m_ui->membersTable->currentRow() != index) {
        const QSignalBlocker blocker(m_ui->membersTable);
        m_ui->membersTable->selectRow(index);
    }
    if (index == m_currentMember) {
        // Already in the form: reloading it would rebuild the income rows under the user.
        m_ui->memberForm->setFieldErrors(m_memberErrors.at(index));
        return;
    }
    m_currentMember = index;
    m_ui->memberForm->setEnabled(true);
    m_ui->removeMemberButton->setEnabled(true);
    m_ui->memberForm->setDraft(m_members.at(index));
    m_ui->memberForm->setFieldErrors(m_memberErrors.at(index));
}

void HouseholdDialog::handleMemberSelectionChanged()
{
    const QList<QTableWidgetItem *> selected = m_ui->membersTable->selectedItems();
    const int row = selected.isEmpty() ? -1 : selected.constFirst()->row();
    if (row == m_currentMember && row >= 0) {
        return;
    }
    if (row < 0) {
        return; // keep editing the member shown; a table without selection is a passing state
    }
    m_ui->membersTable->setCurrentCell(row, MemberNameColumn);
    selectMember(row);
}

void HouseholdDialog::handleMemberEdited()
{
    if (m_currentMember < 0 || m_currentMember >= m_members.size()) {
        return;
    }
    m_members[m_currentMember] = m_ui->memberForm->draft();
    m_memberErrors[m_currentMember] = m_ui->memberForm->fieldErrors();
    updateMemberRow(m_currentMember);
    m_errors.clearError(m_ui->membersTable);
    markModified();
    retranslate();
}

void HouseholdDialog::refreshMembersTable()
{
    const QSignalBlocker blocker(m_ui->membersTable);
    m_ui->membersTable->setRowCount(int(m_members.size()));
    for (int i = 0; i < m_members.size(); ++i) {
        updateMemberRow(i);
    }
    if (m_currentMember >= 0) {
        m_ui->membersTable->selectRow(m_currentMember);
    }
}

void HouseholdDialog::updateMemberRow(int index)
{
    const Member &member = m_members.at(index).member;
    const QStringList problems = memberProblems(index);
    const QString name = member.name.trimmed().isEmpty() ? tr("(no name yet)") : member.name;
    const QString relation = Vocabulary::label(Vocabulary::List::Relation, member.relation);
    const QStringList texts{problems.isEmpty() ? name : QStringLiteral("⚠ ") + name,
                            ResidentId::mask(ResidentId::normalise(member.idNumber)),
                            member.relation.isEmpty() ? QStringLiteral("—") : relation};
    for (int column = 0; column < MemberColumnCount; ++column) {
        QTableWidgetItem *item = m_ui->membersTable->item(index, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_ui->membersTable->setItem(index, column, item);
        }
        item->setText(texts.at(column));
        item->setForeground(problems.isEmpty() ? QBrush() : QBrush(QColor(0xc6, 0x28, 0x28)));
        item->setToolTip(problems.join(QLatin1Char('\n')));
    }
}

QStringList HouseholdDialog::memberProblems(int index) const
{
    QStringList problems = m_memberErrors.at(index).values();
    const MemberDraft &draft = m_members.at(index);
    if (!draft.member.idNumber.trimmed().isEmpty()) {
        const ResidentId::Info info = ResidentId::validate(draft.member.idNumber, m_today);
        if (!info.isValid) {
            problems << info.error;
        }
    }
    FieldErrors moneyErrors;
    draft.toMember(QLocale(), &moneyErrors);
    for (const FieldError &error : std::as_const(moneyErrors)) {
        problems << error.message;
    }
    problems.removeDuplicates();
    return problems;
}

void HouseholdDialog::addBenefitRow(const Benefit &benefit)
{
    const int row = m_ui->benefitsTable->rowCount();
    m_ui->benefitsTable->insertRow(row);
    m_benefits << benefit;

    auto *policy = new QComboBox(m_ui->benefitsTable);
    policy->setObjectName(QStringLiteral("benefitPolicyCombo"));
    policy->setFrame(false);
    for (const Policy &entry : m_services.catalogue.policies()) {
        policy->addItem(entry.name.text(QLocale()), entry.code);
    }
    if (!benefit.policyCode.isEmpty() && policy->findData(benefit.policyCode) < 0) {
        policy->addItem(benefit.policyCode, benefit.policyCode);
    }
    selectData(policy, benefit.policyCode);
    connect(policy, &QComboBox::currentIndexChanged, this, &HouseholdDialog::markModified);

    auto *since = new QDateEdit(m_ui->benefitsTable);
    since->setObjectName(QStringLiteral("benefitSinceEdit"));
    since->setFrame(false);
    since->setCalendarPopup(true);
    since->setMinimumDate(NoDate);
    since->setSpecialValueText(QStringLiteral("—"));
    since->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    since->setDate(benefit.since.isValid() ? benefit.since : NoDate);
    connect(since, &QDateEdit::dateChanged, this, &HouseholdDialog::markModified);

    auto *amount = new QLineEdit(m_ui->benefitsTable);
    amount->setObjectName(QStringLiteral("benefitAmountEdit"));
    amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    amount->setText(benefit.monthlyFen ? Money::formatYuan(benefit.monthlyFen, QLocale())
                                       : QString());
    connect(amount, &QLineEdit::textEdited, this, [this] {
        m_benefitErrors.clear();
        checkBenefitAmounts();
        markModified();
    });

    m_ui->benefitsTable->setCellWidget(row, BenefitPolicyColumn, policy);
    m_ui->benefitsTable->setCellWidget(row, BenefitSinceColumn, since);
    m_ui->benefitsTable->setCellWidget(row, BenefitAmountColumn, amount);
}

void HouseholdDialog::removeBenefit()
{
    const int row = m_ui->benefitsTable->currentRow();
    if (row < 0 || row >= m_benefits.size()) {
        return;
    }
    m_ui->benefitsTable->removeRow(row);
    m_benefits.removeAt(row);
    m_benefitErrors.clear();
    checkBenefitAmounts();
    markModified();
}

void HouseholdDialog::checkMoneyField(QLineEdit *edit)
{
    FieldErrors errors;
    if (edit == m_ui->livingAreaEdit) {
        collect(&errors);
        for (const FieldError &error : std::as_const(errors)) {
            if (error.field == u"housing.livingAreaM2"_qs) {
                m_errors.setError(edit, error.message);
                return;
            }
        }
        m_errors.clearError(edit);
        return;
    }
    parseOptionalYuan(edit->text(), QString(), &errors);
    m_errors.setError(edit, errors.isEmpty() ? QString() : errors.constFirst().message);
}

void HouseholdDialog::checkBenefitAmounts()
{
    Household scratch;
    FieldErrors errors;
    collectBenefits(scratch, &errors);
    QStringList lines;
    for (int row = 0; row < m_ui->benefitsTable->rowCount(); ++row) {
        const QString prefix = QStringLiteral("benefits[%1].").arg(row);
        QString message;
        for (const FieldError &error : std::as_const(errors)) {
            if (error.field.startsWith(prefix)) {
                message = error.message;
            }
        }
        for (auto it = m_benefitErrors.cbegin(); it != m_benefitErrors.cend(); ++it) {
            if (it.key().startsWith(prefix)) {
                message = it.value();
            }
        }
        if (auto *amount = qobject_cast<QLineEdit *>(
                m_ui->benefitsTable->cellWidget(row, BenefitAmountColumn))) {
            amount->setToolTip(message);
            amount->setStyleSheet(message.isEmpty()
                                      ? QString()
                                      : QStringLiteral("QLineEdit { border: 1px solid #c62828; }"));
        }
        if (!message.isEmpty()) {
            lines << tr("Benefit %1: %2", "row number, then the problem").arg(row + 1).arg(message);
        }
    }
    m_errors.setError(m_ui->benefitsTable, lines.join(QLatin1Char('\n')));
}

Household HouseholdDialog::collect(FieldErrors *errors) const
{
    Household household = m_household;
    household.district = m_ui->districtCombo->currentData().toString();
    household.street = m_ui->streetCombo->currentData().toString();
    household.committee = m_ui->committeeEdit->text().trimmed();
    household.address = m_ui->addressEdit->text().trimmed();
    household.housingType = m_ui->housingTypeCombo->currentData().toString();

    household.livingAreaM2.reset();
    const QString area = m_ui->livingAreaEdit->text().trimmed();
    if (!area.isEmpty()) {
        bool ok = false;
        const double value = QLocale().toDouble(area, &ok);
        if (!ok || value < 0) {
            errors->append({QStringLiteral("housing.livingAreaM2"),
                            tr("Enter the living area in square metres, for example %1")
                                .arg(QLocale().toString(18.5))});
        } else {
            household.livingAreaM2 = value;
        }
    }
    household.financialAssetsFen = parseOptionalYuan(m_ui->financialAssetsEdit->text(),
                                                     QStringLiteral("assets.financial"), errors);
    household.vehicleCount = spinValue(m_ui->vehicleCountSpin);
    household.propertyCount = spinValue(m_ui->propertyCountSpin);
    household.hukouYears = spinValue(m_ui->hukouYearsSpin);
    household.hasSupporter = yesNo(m_ui->hasSupporterCombo);
    household.hasSuddenHardship = yesNo(m_ui->suddenHardshipCombo);
    household.isDisasterAffected = yesNo(m_ui->disasterCombo);
    household.educationSpending12mFen =
        parseOptionalYuan(m_ui->educationSpendingEdit->text(),
                          QStringLiteral("spending12m.education"), errors)
            .value_or(0);
    household.otherRigidSpending12mFen =
        parseOptionalYuan(m_ui->otherSpendingEdit->text(), QStringLiteral("spending12m.other"),
                          errors)
            .value_or(0);
    household.notes = m_ui->notesEdit->toPlainText();
    collectBenefits(household, errors);

    household.members.clear();
    for (int i = 0; i < m_members.size(); ++i) {
        FieldErrors memberErrors;
        household.members << m_members.at(i).toMember(QLocale(), &memberErrors);
        for (const FieldError &error : std::as_const(memberErrors)) {
            errors->append(
                {QStringLiteral("members[%1].%2").arg(i).arg(error.field), error.message});
        }
    }
    return household;
}

void HouseholdDialog::collectBenefits(Household &household, FieldErrors *errors) const
{
    household.benefits.clear();
    for (int row = 0; row < m_ui->benefitsTable->rowCount(); ++row) {
        Benefit benefit = row < m_benefits.size() ? m_benefits.at(row) : Benefit();
        const auto *policy =
            qobject_cast<QComboBox *>(m_ui->benefitsTable->cellWidget(row, BenefitPolicyColumn));
        const auto *since =
            qobject_cast<QDateEdit *>(m_ui->benefitsTable->cellWidget(row, BenefitSinceColumn));
        const auto *amount =
            qobject_cast<QLineEdit *>(m_ui->benefitsTable->cellWidget(row, BenefitAmountColumn));
        benefit.policyCode = policy ? policy->currentData().toString() : QString();
        benefit.since = since && since->date() > NoDate ? since->date() : QDate();
        benefit.monthlyFen =
            parseOptionalYuan(amount ? amount->text() : QString(),
                              QStringLiteral("benefits[%1].monthly").arg(row), errors)
                .value_or(0);
        household.benefits << benefit;
    }
}

void HouseholdDialog::accept()
{
    FieldErrors errors;
    Household household = collect(&errors);
    if (errors.isEmpty() && !m_services.households.save(household, m_today)) {
        errors = m_services.households.fieldErrors();
        if (errors.isEmpty()) {
            errors.append({QString(), tr("The household could not be saved: %1")
                                          .arg(m_services.households.errorString())});
        }
    }
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    m_savedUuid = household.sync.uuid;
    m_isModified = false;
    QDialog::accept();
}

void HouseholdDialog::reject()
{
    if (m_isModified) {
        const auto answer = QMessageBox::question(
            this, tr("Discard changes"), tr("Close without saving? What you entered is lost."),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            return;
        }
    }
    QDialog::reject();
}

void HouseholdDialog::showErrors(const FieldErrors &errors)
{
    m_errors.clearAll();
    m_benefitErrors.clear();
    for (QHash<QString, QString> &memberErrors : m_memberErrors) {
        memberErrors.clear();
    }
    QStringList general;
    QStringList membersMessages;
    for (const FieldError &error : errors) {
        int index = -1;
        QString rest;
        if (splitMemberField(error.field, &index, &rest) && index < m_memberErrors.size()) {
            m_memberErrors[index].insert(rest, error.message);
        } else if (error.field == u"members"_qs) {
            membersMessages << error.message;
        } else if (error.field.startsWith(u"benefits["_qs)) {
            m_benefitErrors.insert(error.field, error.message);
        } else if (QWidget *widget = householdWidget(error.field)) {
            m_errors.setError(widget, error.message);
        } else {
            general << error.message;
        }
    }
    m_errors.setError(m_ui->membersTable, membersMessages.join(QLatin1Char('\n')));
    checkBenefitAmounts();
    for (int i = 0; i < m_members.size(); ++i) {
        updateMemberRow(i);
    }
    if (m_currentMember >= 0) {
        m_ui->memberForm->setFieldErrors(m_memberErrors.at(m_currentMember));
    }

    general.prepend(
        tr("%n problem(s) to correct before the household can be saved.", "", int(errors.size())));
    m_ui->saveError->setText(general.join(QLatin1Char('\n')));
    m_ui->saveError->show();
    focusField(errors.constFirst().field);
}

void HouseholdDialog::focusField(const QString &field)
{
    int index = -1;
    QString rest;
    if (splitMemberField(field, &index, &rest) && index < m_members.size()) {
        m_ui->tabs->setCurrentWidget(m_ui->membersTab);
        selectMember(index);
        if (!m_ui->memberForm->focusField(rest)) {
            m_ui->memberForm->focusField(QStringLiteral("name"));
        }
        return;
    }
    if (field == u"members"_qs) {
        m_ui->tabs->setCurrentWidget(m_ui->membersTab);
        m_ui->membersTable->setFocus(Qt::OtherFocusReason);
        return;
    }
    QWidget *widget =
        field.startsWith(u"benefits["_qs) ? m_ui->benefitsTable : householdWidget(field);
    if (widget) {
        m_ui->tabs->setCurrentWidget(m_ui->householdTab);
        widget->setFocus(Qt::OtherFocusReason);
    }
}

QWidget *HouseholdDialog::householdWidget(const QString &field) const
{
    const QHash<QString, QWidget *> widgets{
        {QStringLiteral("district"), m_ui->districtCombo},
        {QStringLiteral("street"), m_ui->streetCombo},
        {QStringLiteral("committee"), m_ui->committeeEdit},
        {QStringLiteral("address"), m_ui->addressEdit},
        {QStringLiteral("housing.type"), m_ui->housingTypeCombo},
        {QStringLiteral("housing.livingAreaM2"), m_ui->livingAreaEdit},
        {QStringLiteral("assets.financial"), m_ui->financialAssetsEdit},
        {QStringLiteral("assets.vehicles"), m_ui->vehicleCountSpin},
        {QStringLiteral("assets.properties"), m_ui->propertyCountSpin},
        {QStringLiteral("hukouYears"), m_ui->hukouYearsSpin},
        {QStringLiteral("hasSupporter"), m_ui->hasSupporterCombo},
        {QStringLiteral("suddenHardship"), m_ui->suddenHardshipCombo},
        {QStringLiteral("disasterAffected"), m_ui->disasterCombo},
        {QStringLiteral("spending12m.education"), m_ui->educationSpendingEdit},
        {QStringLiteral("spending12m.other"), m_ui->otherSpendingEdit},
        {QStringLiteral("notes"), m_ui->notesEdit},
    };
    return widgets.value(field);
}

void HouseholdDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_isLoading = true;
        m_ui->retranslateUi(this);
        fillCombos();
        fillStreets();
        retranslate();
        m_isLoading = false;
    }
    QDialog::changeEvent(event);
}

} // namespace Jiuzhu
