// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

#include <QCoreApplication>

namespace Jiuzhu::Vocabulary {

namespace {

const VocabularyEntry Relations[] = {
    {"head", QT_TRANSLATE_NOOP("Vocabulary", "Head of household")},
    {"spouse", QT_TRANSLATE_NOOP("Vocabulary", "Spouse")},
    {"child", QT_TRANSLATE_NOOP("Vocabulary", "Child")},
    {"parent", QT_TRANSLATE_NOOP("Vocabulary", "Parent")},
    {"grandchild", QT_TRANSLATE_NOOP("Vocabulary", "Grandchild")},
    {"grandparent", QT_TRANSLATE_NOOP("Vocabulary", "Grandparent")},
    {"sibling", QT_TRANSLATE_NOOP("Vocabulary", "Sibling")},
    {"child_in_law", QT_TRANSLATE_NOOP("Vocabulary", "Son- or daughter-in-law")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other relative")},
};

const VocabularyEntry Hukou[] = {
    {"shanghai", QT_TRANSLATE_NOOP("Vocabulary", "Shanghai hukou")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Hukou elsewhere")},
};

const VocabularyEntry MaritalStatuses[] = {
    {"single", QT_TRANSLATE_NOOP("Vocabulary", "Never married")},
    {"married", QT_TRANSLATE_NOOP("Vocabulary", "Married")},
    {"divorced", QT_TRANSLATE_NOOP("Vocabulary", "Divorced")},
    {"widowed", QT_TRANSLATE_NOOP("Vocabulary", "Widowed")},
};

const VocabularyEntry Educations[] = {
    {"none", QT_TRANSLATE_NOOP("Vocabulary", "No schooling")},
    {"primary", QT_TRANSLATE_NOOP("Vocabulary", "Primary school")},
    {"junior", QT_TRANSLATE_NOOP("Vocabulary", "Junior secondary")},
    {"senior", QT_TRANSLATE_NOOP("Vocabulary", "Senior secondary or vocational")},
    {"college", QT_TRANSLATE_NOOP("Vocabulary", "College or university")},
    {"preschool", QT_TRANSLATE_NOOP("Vocabulary", "Pre-school")},
};

const VocabularyEntry Employments[] = {
    {"employed", QT_TRANSLATE_NOOP("Vocabulary", "Employed")},
    {"flexible", QT_TRANSLATE_NOOP("Vocabulary", "Flexible employment")},
    {"unemployed", QT_TRANSLATE_NOOP("Vocabulary", "Unemployed")},
    {"retired", QT_TRANSLATE_NOOP("Vocabulary", "Retired")},
    {"student", QT_TRANSLATE_NOOP("Vocabulary", "Student")},
    {"unable", QT_TRANSLATE_NOOP("Vocabulary", "Unable to work")},
    {"child", QT_TRANSLATE_NOOP("Vocabulary", "Child, not at school")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
};

const VocabularyEntry DisabilityTypes[] = {
    {"none", QT_TRANSLATE_NOOP("Vocabulary", "No disability")},
    {"physical", QT_TRANSLATE_NOOP("Vocabulary", "Physical")},
    {"visual", QT_TRANSLATE_NOOP("Vocabulary", "Visual")},
    {"hearing", QT_TRANSLATE_NOOP("Vocabulary", "Hearing")},
    {"speech", QT_TRANSLATE_NOOP("Vocabulary", "Speech")},
    {"intellectual", QT_TRANSLATE_NOOP("Vocabulary", "Intellectual")},
    {"mental", QT_TRANSLATE_NOOP("Vocabulary", "Mental")},
    {"multiple", QT_TRANSLATE_NOOP("Vocabulary", "Multiple")},
};

const VocabularyEntry IncomeKinds[] = {
    {"wage", QT_TRANSLATE_NOOP("Vocabulary", "Wages")},
    {"business", QT_TRANSLATE_NOOP("Vocabulary", "Business or farming")},
    {"pension", QT_TRANSLATE_NOOP("Vocabulary", "Pension")},
    {"unemployment", QT_TRANSLATE_NOOP("Vocabulary", "Unemployment benefit")},
    {"maintenance", QT_TRANSLATE_NOOP("Vocabulary", "Maintenance from relatives")},
    {"property", QT_TRANSLATE_NOOP("Vocabulary", "Rent or interest")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other income")},
};

const VocabularyEntry HousingTypes[] = {
    {"owned", QT_TRANSLATE_NOOP("Vocabulary", "Owned home")},
    {"public_rental", QT_TRANSLATE_NOOP("Vocabulary", "Public rental")},
    {"private_rental", QT_TRANSLATE_NOOP("Vocabulary", "Private rental")},
    {"lowrent", QT_TRANSLATE_NOOP("Vocabulary", "Low-rent housing")},
    {"relatives", QT_TRANSLATE_NOOP("Vocabulary", "Living with relatives")},
    {"none", QT_TRANSLATE_NOOP("Vocabulary", "No stable housing")},
};

const VocabularyEntry VisitKinds[] = {
    {"home", QT_TRANSLATE_NOOP("Vocabulary", "Home visit")},
    {"phone", QT_TRANSLATE_NOOP("Vocabulary", "Phone call")},
    {"office", QT_TRANSLATE_NOOP("Vocabulary", "Office meeting")},
};

const VocabularyEntry PlanStages[] = {
    {"assessment", QT_TRANSLATE_NOOP("Vocabulary", "Assessment")},
    {"plan", QT_TRANSLATE_NOOP("Vocabulary", "Plan")},
    {"followup", QT_TRANSLATE_NOOP("Vocabulary", "Follow-up")},
};

const VocabularyEntry ActionKinds[] = {
    {"apply", QT_TRANSLATE_NOOP("Vocabulary", "Apply for a policy")},
    {"refer", QT_TRANSLATE_NOOP("Vocabulary", "Refer to an organisation")},
    {"visit", QT_TRANSLATE_NOOP("Vocabulary", "Visit")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
};

const VocabularyEntry ActionStatuses[] = {
    {"todo", QT_TRANSLATE_NOOP("Vocabulary", "To do")},
    {"in_progress", QT_TRANSLATE_NOOP("Vocabulary", "In progress")},
    {"done", QT_TRANSLATE_NOOP("Vocabulary", "Done")},
    {"cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")},
};

const VocabularyEntry Sexes[] = {
    {"male", QT_TRANSLATE_NOOP("Vocabulary", "Male")},
    {"female", QT_TRANSLATE_NOOP("Vocabulary", "Female")},
};

const ConditionEntry Conditions[] = {
    {"cancer", QT_TRANSLATE_NOOP("Vocabulary", "Cancer"), true, false, true},
    {"brain_tumour", QT_TRANSLATE_NOOP("Vocabulary", "Brain or pituitary tumour"), true, false,
     true},
    {"uraemia", QT_TRANSLATE_NOOP("Vocabulary", "Uraemia (dialysis)"), true, false, true},
    {"kidney_disease", QT_TRANSLATE_NOOP("Vocabulary", "Reduced kidney function"), false, false,
     true},
    {"heart_disease", QT_TRANSLATE_NOOP("Vocabulary", "Serious heart disease"), true, false, true},
    {"stroke", QT_TRANSLATE_NOOP("Vocabulary", "Stroke after-effects"), true, false, true},
    {"leukaemia", QT_TRANSLATE_NOOP("Vocabulary", "Leukaemia"), true, false, true},
    {"severe_mental_illness", QT_TRANSLATE_NOOP("Vocabulary", "Severe mental illness"), true, true,
     true},
    {"depression", QT_TRANSLATE_NOOP("Vocabulary", "Depression"), false, true, true},
    {"anxiety", QT_TRANSLATE_NOOP("Vocabulary", "Anxiety disorder"), false, true, true},
    {"insomnia", QT_TRANSLATE_NOOP("Vocabulary", "Severe insomnia"), false, true, true},
    {"dementia", QT_TRANSLATE_NOOP("Vocabulary", "Dementia"), true, true, true},
    {"diabetes", QT_TRANSLATE_NOOP("Vocabulary", "Diabetes"), false, false, true},
    {"hypertension", QT_TRANSLATE_NOOP("Vocabulary", "Hypertension"), false, false, true},
    {"copd", QT_TRANSLATE_NOOP("Vocabulary", "Chronic lung disease"), false, false, true},
    {"arthritis", QT_TRANSLATE_NOOP("Vocabulary", "Arthritis"), false, false, true},
    {"other_chronic", QT_TRANSLATE_NOOP("Vocabulary", "Other chronic illness"), false, false, true},
};

template <std::size_t N>
QList<VocabularyEntry> toList(const VocabularyEntry (&array)[N])
{
    return QList<VocabularyEntry>(std::begin(array), std::end(array));
}

} // namespace

QList<VocabularyEntry> entries(List list)
{
    switch (list) {
    case List::Relation:
        return toList(Relations);
    case List::Hukou:
        return toList(Hukou);
    case List::MaritalStatus:
        return toList(MaritalStatuses);
    case List::Education:
        return toList(Educations);
    case List::Employment:
        return toList(Employments);
    case List::DisabilityType:
        return toList(DisabilityTypes);
    case List::IncomeKind:
        return toList(IncomeKinds);
    case List::HousingType:
        return toList(HousingTypes);
    case List::VisitKind:
        return toList(VisitKinds);
    case List::PlanStage:
        return toList(PlanStages);
    case List::ActionKind:
        return toList(ActionKinds);
    case List::ActionStatus:
        return toList(ActionStatuses);
    case List::Sex:
        return toList(Sexes);
    }
    Q_UNREACHABLE();
    return {};
}

bool contains(List list, const QString &code)
{
    const QList<VocabularyEntry> all = entries(list);
    return std::any_of(all.cbegin(), all.cend(), [&code](const VocabularyEntry &entry) {
        return code == QLatin1String(entry.code);
    });
}

QString label(List list, const QString &code)
{
    const QList<VocabularyEntry> all = entries(list);
    for (const VocabularyEntry &entry : all) {
        if (code == QLatin1String(entry.code)) {
            return QCoreApplication::translate("Vocabulary", entry.label);
        }
    }
    return code;
}

QString listName(List list)
{
    switch (list) {
    case List::Relation:
        return QStringLiteral("relation");
    case List::Hukou:
        return QStringLiteral("hukou");
    case List::MaritalStatus:
        return QStringLiteral("maritalStatus");
    case List::Education:
        return QStringLiteral("education");
    case List::Employment:
        return QStringLiteral("employment");
    case List::DisabilityType:
        return QStringLiteral("disability.type");
    case List::IncomeKind:
        return QStringLiteral("incomes.kind");
    case List::HousingType:
        return QStringLiteral("housing.type");
    case List::VisitKind:
        return QStringLiteral("kind");
    case List::PlanStage:
        return QStringLiteral("stage");
    case List::ActionKind:
        return QStringLiteral("kind");
    case List::ActionStatus:
        return QStringLiteral("status");
    case List::Sex:
        return QStringLiteral("sex");
    }
    Q_UNREACHABLE();
    return {};
}

QList<ConditionEntry> conditions()
{
    return QList<ConditionEntry>(std::begin(Conditions), std::end(Conditions));
}

const ConditionEntry *condition(const QString &code)
{
    for (const ConditionEntry &entry : Conditions) {
        if (code == QLatin1String(entry.code)) {
            return &entry;
        }
    }
    return nullptr;
}

QString conditionLabel(const QString &code)
{
    const ConditionEntry *entry = condition(code);
    return entry ? QCoreApplication::translate("Vocabulary", entry->label) : code;
}

} // namespace Jiuzhu::Vocabulary
