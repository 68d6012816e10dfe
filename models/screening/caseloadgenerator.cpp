// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseloadgenerator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <unordered_set>

#include <QUuid>

#include "households/areas.h"
#include "households/residentid.h"

namespace Jiuzhu {

namespace {

const QString ChangningCode = QStringLiteral("310105");

// Random numbers from the raw output of mt19937_64, which the C++ standard fixes bit for bit;
// the std distributions are left alone because their results differ between libraries.
class Dice
{
public:
    explicit Dice(quint64 seed)
        : m_engine(seed)
    {
    }

    quint64 bits() { return m_engine(); }
    double real() { return double(m_engine() >> 11) * 0x1.0p-53; }
    int below(int n) { return n <= 1 ? 0 : int(m_engine() % quint64(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(double p) { return real() < p; }
    double normal();
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }
    int pick(std::initializer_list<double> weights);

    template <typename T, size_t N>
    const T &oneOf(const T (&items)[N])
    {
        return items[below(int(N))];
    }

private:
    std::mt19937_64 m_engine;
};

double Dice::normal()
{
    // Box–Muller; 1 - real() keeps the logarithm away from zero.
    const double u = 1.0 - real();
    const double v = real();
    return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * M_PI * v);
}

int Dice::pick(std::initializer_list<double> weights)
{
    double total = 0;
    for (double w : weights)
        total += w;
    double point = real() * total;
    int index = 0;
    for (double w : weights) {
        if (point < w)
            return index;
        point -= w;
        ++index;
    }
    return int(weights.size()) - 1;
}

// Made-up name parts: common surnames and given-name characters, combined at random.
const char16_t *const Surnames[] = {u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵",
                                    u"吴", u"周", u"徐", u"孙", u"马", u"朱", u"胡", u"郭",
                                    u"何", u"高", u"林", u"罗", u"郑", u"梁", u"谢", u"宋",
                                    u"唐", u"许", u"韩", u"冯", u"邓", u"曹", u"彭", u"沈"};
const char16_t *const GivenChars[] = {
    u"伟", u"芳", u"敏", u"静", u"丽", u"强", u"磊", u"军", u"洋", u"勇", u"艳", u"杰",
    u"娟", u"涛", u"明", u"超", u"秀", u"霞", u"平", u"刚", u"桂", u"英", u"华", u"玉",
    u"兰", u"建", u"国", u"文", u"红", u"梅", u"琴", u"雯", u"佳", u"宇", u"浩", u"欣",
    u"晨", u"悦", u"辰", u"怡", u"嘉", u"俊", u"德", u"福", u"根", u"妹", u"宝", u"珍"};
// Roads of 长宁区, for made-up addresses.
const char16_t *const Roads[] = {u"虹桥路",   u"延安西路", u"天山路", u"仙霞路",   u"长宁路",
                                 u"愚园路",   u"武夷路",   u"定西路", u"中山西路", u"古北路",
                                 u"剑河路",   u"茅台路",   u"威宁路", u"哈密路",   u"淞虹路",
                                 u"北新泾路", u"新华路",   u"番禺路", u"安顺路",   u"娄山关路"};
// Where resident ID numbers were first issued: Shanghai districts (闸北 310108 retired) and a
// few places elsewhere for people with hukou outside Shanghai.
const char *const ShanghaiCodes[] = {"310105", "310105", "310105", "310104", "310106",
                                     "310107", "310109", "310110", "310112", "310115"};
const char *const OtherCodes[] = {"320102", "330106", "340104", "410105",
                                  "510107", "420106", "370102", "230103"};
const char *const ChronicConditions[] = {"diabetes",  "hypertension",  "copd",
                                         "arthritis", "other_chronic", "kidney_disease"};
const char *const MajorConditions[] = {"cancer", "uraemia",   "heart_disease",
                                       "stroke", "leukaemia", "brain_tumour"};
const char *const MentalConditions[] = {"depression", "anxiety", "insomnia",
                                        "severe_mental_illness"};
const char *const DisabilityTypes[] = {"physical", "physical", "physical",     "visual",
                                       "hearing",  "speech",   "intellectual", "intellectual",
                                       "mental",   "mental",   "multiple"};

QString text(const char *latin)
{
    return QString::fromLatin1(latin);
}

QString text(const char16_t *utf16)
{
    return QString::fromUtf16(utf16);
}

// The means of a household, which sets where its incomes and assets are drawn from.
enum class Means
{
    Poor,
    NearPoor,
    Ordinary
};

enum class Kind
{
    ElderlyAlone,
    AdultAlone,
    ElderlyCouple,
    Couple,
    SingleParent,
    CoupleWithChildren,
    ThreeGenerations
};

struct Person
{
    QString relation;
    int age = 0;
    bool isMale = true;
};

class Builder
{
public:
    Builder(const CaseloadOptions &options, const QList<Street> &streets)
        : m_options(options)
        , m_streets(streets)
        , m_dice(options.seed)
        , m_disasterDice(options.seed ^ 0xd15a57e7ULL)
    {
    }

    Household household();

private:
    QList<Person> people(Kind kind);
    Member member(const Person &person, Means means, bool headIsShanghai);
    void addIncome(Member &member, Means means, int age);
    void addHealth(Member &member, Means means, int age);
    QString idNumber(const Person &person, bool isShanghai, QDate *birth);
    QString name(bool isMale);
    QString uuid();
    void addHousing(Household &household, Means means);
    void addBenefits(Household &household, Means means);
    Benefit benefit(const QString &code, const QString &memberUuid, qint64 monthlyFen);

    const CaseloadOptions &m_options;
    const QList<Street> &m_streets;
    Dice m_dice;
    // The disaster question came later than the rest; it has a dice of its own so that every
    // other value a seed gives stayed as it was.
    Dice m_disasterDice;
    std::unordered_set<quint64> m_usedIds;
};

QString Builder::uuid()
{
    const quint64 high = m_dice.bits();
    const quint64 low = m_dice.bits();
    // Version 4 and the RFC 4122 variant, as QUuid::createUuid() would set them.
    const QUuid id(uint(high >> 32), ushort(high >> 16), ushort((high & 0x0fff) | 0x4000),
                   uchar(((low >> 56) & 0x3f) | 0x80), uchar(low >> 48), uchar(low >> 40),
                   uchar(low >> 32), uchar(low >> 24), uchar(low >> 16), uchar(low >> 8),
                   uchar(low));
    return id.toString(QUuid::WithoutBraces);
}

QString Builder::name(bool isMale)
{
    QString result = text(m_dice.oneOf(Surnames));
    const int given = m_dice.chance(0.7) ? 2 : 1;
    for (int i = 0; i < given; ++i) {
        // Offset the pool a little by sex so that names read plausibly; still only made up.
        const int offset = isMale ? 0 : 12;
        result += text(GivenChars[(offset + m_dice.below(36)) % std::size(GivenChars)]);
    }
    return result;
}

QString Builder::idNumber(const Person &person, bool isShanghai, QDate *birth)
{
    const QDate reference = m_options.referenceDate;
    QDate born = reference.addYears(-person.age).addDays(-m_dice.between(0, 364));
    if (born > reference)
        born = reference;
    *birth = born;

    const char *area = isShanghai ? m_dice.oneOf(ShanghaiCodes) : m_dice.oneOf(OtherCodes);
    if (isShanghai && person.age >= 30 && m_dice.chance(0.05))
        area = "310108";
    const quint64 prefix = QByteArray(area).toULongLong() * 100000000ULL +
                           quint64(born.year() * 10000 + born.month() * 100 + born.day());

    // Odd sequence numbers for men, even for women; step over numbers already handed out.
    int sequence = m_dice.between(0, 498) * 2 + (person.isMale ? 1 : 2);
    for (int attempt = 0; attempt < 500; ++attempt) {
        const quint64 key = prefix * 1000 + quint64(sequence);
        if (m_usedIds.insert(key).second)
            break;
        sequence = sequence + 2 > 999 ? (person.isMale ? 1 : 2) : sequence + 2;
    }
    const QString first17 =
        QString::number(prefix) + QString::number(sequence).rightJustified(3, u'0');
    return first17 + ResidentId::checkCharacter(first17);
}

QList<Person> Builder::people(Kind kind)
{
    QList<Person> result;
    const auto add = [&result](const char *relation, int age, bool isMale) {
        result.append(Person{text(relation), std::clamp(age, 0, 104), isMale});
    };
    const auto children = [&](int parentAge, int count) {
        for (int i = 0; i < count; ++i)
            add("child", m_dice.between(0, std::clamp(parentAge - 22, 0, 22)), m_dice.chance(0.5));
    };

    const bool male = m_dice.chance(0.5);
    switch (kind) {
    case Kind::ElderlyAlone:
        add("head", 65 + int(std::abs(m_dice.normal()) * 11), m_dice.chance(0.38));
        break;
    case Kind::AdultAlone:
        add("head", m_dice.between(22, 64), m_dice.chance(0.6));
        break;
    case Kind::ElderlyCouple: {
        const int age = m_dice.between(62, 92);
        add("head", age, male);
        add("spouse", age + m_dice.between(-5, 5), !male);
        break;
    }
    case Kind::Couple: {
        const int age = m_dice.between(25, 64);
        add("head", age, male);
        add("spouse", age + m_dice.between(-4, 4), !male);
        break;
    }
    case Kind::SingleParent: {
        const int age = m_dice.between(25, 55);
        add("head", age, m_dice.chance(0.25));
        children(age, m_dice.chance(0.7) ? 1 : 2);
        break;
    }
    case Kind::CoupleWithChildren: {
        const int age = m_dice.between(28, 55);
        add("head", age, male);
        add("spouse", age + m_dice.between(-4, 4), !male);
        children(age, m_dice.chance(0.75) ? 1 : 2);
        break;
    }
    case Kind::ThreeGenerations: {
        const int age = m_dice.between(33, 55);
        add("head", age, male);
        add("spouse", age + m_dice.between(-4, 4), !male);
        children(age, 1);
        const int parents = m_dice.chance(0.5) ? 1 : 2;
        const int parentAge = std::min(age + m_dice.between(22, 34), 98);
        add("parent", parentAge, parents == 2 || m_dice.chance(0.35));
        if (parents == 2)
            add("parent", parentAge + m_dice.between(-4, 4), false);
        break;
    }
    }
    return result;
}

void Builder::addHealth(Member &m, Means means, int age)
{
    const double chronic = age >= 60 ? 0.55 : (age >= 40 ? 0.25 : 0.05);
    if (m_dice.chance(chronic)) {
        m.conditions << text(m_dice.oneOf(ChronicConditions));
        if (m_dice.chance(0.3)) {
            const QString second = text(m_dice.oneOf(ChronicConditions));
            if (!m.conditions.contains(second))
                m.conditions << second;
        }
    }
    const double major = (age >= 50 ? 0.05 : 0.02) * (means == Means::Poor ? 2 : 1);
    if (m_dice.chance(major))
        m.conditions << text(m_dice.oneOf(MajorConditions));
    if (age >= 16 && m_dice.chance(0.03))
        m.conditions << text(m_dice.oneOf(MentalConditions));
    if (age >= 75 && m_dice.chance(0.06))
        m.conditions << QStringLiteral("dementia");

    const double disabled = 0.06 + (age >= 60 ? 0.06 : 0) + (means == Means::Poor ? 0.04 : 0);
    if (m_dice.chance(disabled)) {
        m.disabilityType = text(m_dice.oneOf(DisabilityTypes));
        m.disabilityGrade = 1 + m_dice.pick({0.15, 0.25, 0.30, 0.30});
    }

    bool major12m = false;
    for (const QString &code : std::as_const(m.conditions)) {
        major12m = major12m || std::find_if(std::begin(MajorConditions), std::end(MajorConditions),
                                            [&code](const char *c) {
                                                return code == QLatin1String(c);
                                            }) != std::end(MajorConditions);
    }
    double medicalYuan = 0;
    if (major12m)
        medicalYuan = m_dice.logNormal(25000, 0.8);
    else if (!m.conditions.isEmpty())
        medicalYuan = m_dice.logNormal(2500, 0.8);
    else if (m_dice.chance(0.15))
        medicalYuan = m_dice.logNormal(500, 0.7);
    m.medicalOutOfPocket12mFen = qint64(std::llround(medicalYuan)) * 100;
}

void Builder::addIncome(Member &m, Means means, int age)
{
    const int meansIndex = int(means);
    const double wage[] = {2800, 4500, 8000};
    const double pension[] = {1800, 3200, 5000};
    double yuan = 0;
    QString kind;
    if (m.employment == QLatin1String("employed")) {
        kind = QStringLiteral("wage");
        yuan = m_dice.logNormal(wage[meansIndex], means == Means::Ordinary ? 0.5 : 0.3);
    } else if (m.employment == QLatin1String("flexible")) {
        kind = QStringLiteral("business");
        yuan = m_dice.logNormal(wage[meansIndex] * 0.6, 0.4);
    } else if (m.employment == QLatin1String("retired")) {
        kind = QStringLiteral("pension");
        yuan = m_dice.logNormal(pension[meansIndex], 0.3);
    } else if (m.employment == QLatin1String("unemployed") && m.isUnemploymentRegistered) {
        kind = QStringLiteral("unemployment");
        yuan = m_dice.chance(0.8) ? 2000 : 0;
    } else if (age >= 18 && m_dice.chance(0.2)) {
        kind = QStringLiteral("maintenance");
        yuan = m_dice.logNormal(800, 0.5);
    }
    if (yuan > 0)
        m.incomes << Income{kind, qint64(std::llround(yuan)) * 100};
    if (means == Means::Ordinary && age >= 30 && m_dice.chance(0.08))
        m.incomes << Income{QStringLiteral("property"), qint64(m_dice.between(500, 6000)) * 100};
}

Member Builder::member(const Person &person, Means means, bool headIsShanghai)
{
    Member m;
    m.sync.uuid = uuid();
    m.relation = person.relation;
    m.sex = person.isMale ? QStringLiteral("male") : QStringLiteral("female");
    const bool isShanghai = person.relation == QLatin1String("head")
                                ? headIsShanghai
                                : (m_dice.chance(0.92) ? headIsShanghai : !headIsShanghai);
    m.hukou = isShanghai ? QStringLiteral("shanghai") : QStringLiteral("other");
    m.idNumber = idNumber(person, isShanghai, &m.birthDate);
    m.name = name(person.isMale);
    m.disabilityType = QStringLiteral("none");

    const int age = person.age;
    if (age < 18)
        m.maritalStatus = QStringLiteral("single");
    else if (person.relation == QLatin1String("spouse") || person.relation == QLatin1String("head"))
        m.maritalStatus = text(std::array{"married", "married", "married", "divorced", "widowed",
                                          "single"}[size_t(m_dice.below(6))]);
    else
        m.maritalStatus =
            m_dice.chance(0.6) ? QStringLiteral("widowed") : QStringLiteral("married");
    if (age < 6)
        m.education = QStringLiteral("preschool");
    else
        m.education =
            text(std::array{"none", "primary", "junior", "senior",
                            "college"}[size_t(std::min(4, m_dice.between(1, age < 16 ? 2 : 4)))]);

    addHealth(m, means, age);

    const int retirement = person.isMale ? 60 : 55;
    const bool severe = m.disabilityGrade == 1 || m.disabilityGrade == 2;
    if (age < 6) {
        m.employment = QStringLiteral("child");
    } else if (age < 16 || (age <= 22 && m_dice.chance(0.7))) {
        m.employment = QStringLiteral("student");
    } else if (age >= retirement) {
        m.employment = m_dice.chance(0.9) ? QStringLiteral("retired") : QStringLiteral("unable");
    } else if (severe && m_dice.chance(0.6)) {
        m.employment = QStringLiteral("unable");
    } else {
        static const std::initializer_list<double> weights[] = {{0.25, 0.20, 0.30, 0.10, 0.15},
                                                                {0.45, 0.20, 0.20, 0.05, 0.10},
                                                                {0.75, 0.10, 0.08, 0.00, 0.07}};
        const char *const codes[] = {"employed", "flexible", "unemployed", "unable", "other"};
        m.employment = text(codes[m_dice.pick(weights[int(means)])]);
    }
    const bool unemployed = m.employment == QLatin1String("unemployed");
    m.isUnemploymentRegistered = unemployed && m_dice.chance(0.65);
    const bool older = age >= (person.isMale ? 45 : 40);
    if ((m.isUnemploymentRegistered || m.employment == QLatin1String("flexible")) &&
        (older || m.disabilityGrade > 0 || means == Means::Poor)) {
        m.isEmploymentDifficultyRecognised = m_dice.chance(0.5);
    }
    addIncome(m, means, age);
    return m;
}

void Builder::addHousing(Household &h, Means means)
{
    const int size = int(h.members.size());
    static const std::initializer_list<double> housing[] = {{0.35, 0.30, 0.20, 0.10, 0.05, 0.00},
                                                            {0.55, 0.20, 0.15, 0.05, 0.05, 0.00},
                                                            {0.78, 0.05, 0.15, 0.00, 0.02, 0.00}};
    const char *const types[] = {"owned",   "public_rental", "private_rental",
                                 "lowrent", "relatives",     "none"};
    h.housingType = text(types[m_dice.pick(housing[int(means)])]);

    const double areaMedian[] = {11, 16, 25};
    if (!m_dice.chance(0.1))
        h.livingAreaM2 = std::round(m_dice.logNormal(areaMedian[int(means)], 0.4) * size * 10) / 10;
    const double assetsMedian[] = {8000, 50000, 250000};
    if (!m_dice.chance(0.2))
        h.financialAssetsFen =
            qint64(std::llround(m_dice.logNormal(assetsMedian[int(means)], 1.0))) * 100;
    if (!m_dice.chance(0.15))
        h.vehicleCount = m_dice.chance(means == Means::Ordinary ? 0.35 : 0.04) ? 1 : 0;
    if (!m_dice.chance(0.15)) {
        const bool owns = h.housingType == QLatin1String("owned");
        h.propertyCount = owns ? (means == Means::Ordinary && m_dice.chance(0.1) ? 2 : 1) : 0;
    }

    const Member *head = h.head();
    if (!m_dice.chance(0.1)) {
        const int age = head->ageOn(m_options.referenceDate);
        h.hukouYears = head->hukou == QLatin1String("shanghai")
                           ? (m_dice.chance(0.7) ? age : m_dice.between(1, std::max(1, age)))
                           : 0;
    }
    if (!m_dice.chance(0.25))
        h.hasSupporter = m_dice.chance(size == 1 ? 0.4 : 0.7);
    if (!m_dice.chance(0.3))
        h.hasSuddenHardship = m_dice.chance(0.04);
    if (!m_disasterDice.chance(0.3))
        h.isDisasterAffected = m_disasterDice.chance(0.01);

    for (const Member &m : std::as_const(h.members)) {
        if (m.employment == QLatin1String("student"))
            h.educationSpending12mFen +=
                qint64(
                    std::llround(m_dice.logNormal(means == Means::Ordinary ? 15000 : 3000, 0.6))) *
                100;
    }
    if (m_dice.chance(0.1))
        h.otherRigidSpending12mFen = qint64(std::llround(m_dice.logNormal(5000, 0.8))) * 100;
}

Benefit Builder::benefit(const QString &code, const QString &memberUuid, qint64 monthlyFen)
{
    Benefit b;
    b.sync.uuid = uuid();
    b.policyCode = code;
    b.memberUuid = memberUuid;
    b.since = m_options.referenceDate.addDays(-m_dice.between(30, 3000));
    b.monthlyFen = monthlyFen;
    return b;
}

// Benefits already received, with a take-up below one so that screening finds gaps.
void Builder::addBenefits(Household &h, Means means)
{
    Q_UNUSED(means)
    const int size = int(h.members.size());
    const qint64 income = h.monthlyIncomeFen();
    const qint64 standard = m_options.dibaoStandardFen;
    const bool shanghai = h.head()->hukou == QLatin1String("shanghai");
    const QDate reference = m_options.referenceDate;

    bool isDibao = false;
    bool isLowIncome = false;
    if (shanghai && income < standard * size && m_dice.chance(0.65)) {
        const bool tekun = size == 1 && h.hasSupporter == false &&
                           h.members.first().ageOn(reference) >= 60 && m_dice.chance(0.5);
        h.benefits << benefit(tekun ? QStringLiteral("tekun") : QStringLiteral("dibao"), QString(),
                              standard * size - income);
        isDibao = true;
    } else if (shanghai && income < standard * size * 3 / 2 && m_dice.chance(0.5)) {
        h.benefits << benefit(QStringLiteral("low_income"), QString(), 0);
        isLowIncome = true;
    }

    for (const Member &m : std::as_const(h.members)) {
        const int age = m.ageOn(reference);
        const bool memberShanghai = m.hukou == QLatin1String("shanghai");
        if (age >= 65 && memberShanghai && m_dice.chance(0.85)) {
            const qint64 amount =
                age >= 90 ? 35000 : (age >= 80 ? 18000 : (age >= 70 ? 15000 : 7500));
            h.benefits << benefit(QStringLiteral("elderly_allowance"), m.sync.uuid, amount);
        }
        if (m.disabilityGrade > 0 && (isDibao || isLowIncome) && m_dice.chance(0.6))
            h.benefits << benefit(QStringLiteral("disability_living_subsidy"), m.sync.uuid,
                                  isDibao ? 41000 : 20000);
        if ((m.disabilityGrade == 1 || m.disabilityGrade == 2) && m_dice.chance(0.4))
            h.benefits << benefit(QStringLiteral("disability_care_subsidy"), m.sync.uuid, 0);
        if (isDibao && m.medicalOutOfPocket12mFen > 0 && m_dice.chance(0.3))
            h.benefits << benefit(QStringLiteral("medical_assistance"), m.sync.uuid, 0);
        if (isDibao && m.employment == QLatin1String("student") && m_dice.chance(0.5))
            h.benefits << benefit(QStringLiteral("education_assistance"), m.sync.uuid, 0);
    }
}

Household Builder::household()
{
    const Kind kind = Kind(m_dice.pick({0.18, 0.12, 0.14, 0.08, 0.10, 0.22, 0.16}));
    const Means means = Means(m_dice.pick({0.35, 0.25, 0.40}));
    const bool headIsShanghai = m_dice.chance(0.88);

    Household h;
    h.sync.uuid = uuid();
    const QList<Person> persons = people(kind);
    for (const Person &person : persons)
        h.members << member(person, means, headIsShanghai);

    h.district = ChangningCode;
    if (!m_streets.isEmpty())
        h.street = m_streets.at(m_dice.below(int(m_streets.size()))).code;
    const QString road = text(m_dice.oneOf(Roads));
    h.committee = road.left(2) + QStringLiteral("居民区");
    h.address = QStringLiteral("%1%2弄%3号%4室")
                    .arg(road)
                    .arg(m_dice.between(1, 1200))
                    .arg(m_dice.between(1, 60))
                    .arg(m_dice.between(1, 24) * 100 + m_dice.between(1, 4));
    addHousing(h, means);
    addBenefits(h, means);
    return h;
}

} // namespace

CaseloadGenerator::CaseloadGenerator(const Areas &areas)
    : m_areas(areas)
{
}

QList<Household> CaseloadGenerator::generate(const CaseloadOptions &options) const
{
    CaseloadOptions effective = options;
    if (!effective.referenceDate.isValid())
        effective.referenceDate = QDate(2026, 1, 1);
    const QList<Street> streets = m_areas.streets(ChangningCode);
    Builder builder(effective, streets);

    QList<Household> households;
    households.reserve(std::max(0, options.households));
    for (int i = 0; i < options.households; ++i)
        households << builder.household();
    return households;
}

} // namespace Jiuzhu
