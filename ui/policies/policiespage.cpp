// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policiespage.h"

#include <algorithm>

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>

#include "catalogue/catalogue.h"
#include "catalogue/policytablemodel.h"
#include "catalogue/rulevariables.h"
#include "core/money.h"
#include "ui_policiespage.h"

namespace Jiuzhu {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString heading(const QString &title)
{
    return QStringLiteral("<h3>%1</h3>").arg(esc(title));
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(esc(text));
}

QString bulletList(const QStringList &items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items) {
        html += QStringLiteral("<li>%1</li>").arg(esc(item));
    }
    return html + QStringLiteral("</ul>");
}

// The flag is drawn the same way everywhere on the page so advisors learn to spot it.
QString flag(const QString &text)
{
    return QStringLiteral("<span style=\"color:#b00020; font-weight:bold\">%1</span>")
        .arg(esc(text));
}

} // namespace

PoliciesPage::PoliciesPage(AppServices services, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PoliciesPage>())
    , m_services(services)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("policiesPage"));

    m_model = new PolicyTableModel(m_services.catalogue, this);
    m_ui->policyTable->setModel(m_model);
    QHeaderView *header = m_ui->policyTable->horizontalHeader();
    // Name and category keep readable widths; the target group takes what is left, elided,
    // and shows in full as a tooltip and in the detail pane.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(int(PolicyTableModel::Column::Name), 210);
    header->resizeSection(int(PolicyTableModel::Column::Category), 120);
    header->setSectionResizeMode(int(PolicyTableModel::Column::Target), QHeaderView::Stretch);
    m_ui->splitter->setSizes({520, 680});
    setupCategories();
    setupTargetGroups();
    retranslateUi();

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &PoliciesPage::handleFilterChanged);
    connect(m_ui->categoryCombo, &QComboBox::currentIndexChanged, this,
            &PoliciesPage::handleFilterChanged);
    connect(m_ui->targetGroupCombo, &QComboBox::currentIndexChanged, this,
            &PoliciesPage::handleFilterChanged);
    connect(m_ui->policyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PoliciesPage::handleCurrentChanged);
    connect(m_ui->screenPolicyButton, &QPushButton::clicked, this, [this] {
        if (const QString code = currentPolicy(); !code.isEmpty())
            emit policyScreeningRequested(code);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_ui->countLabel->setText(tr("%n policies", "", m_model->rowCount())); });
    handleFilterChanged();
}

PoliciesPage::~PoliciesPage() = default;

void PoliciesPage::showHousehold(const QString &uuid)
{
    m_household = uuid;
}

void PoliciesPage::showPolicy(const QString &code)
{
    int row = m_model->rowOf(code);
    if (row < 0) {
        m_ui->searchEdit->clear();
        m_ui->categoryCombo->setCurrentIndex(0);
        m_ui->targetGroupCombo->setCurrentIndex(0);
        row = m_model->rowOf(code);
    }
    if (row >= 0) {
        m_ui->policyTable->setCurrentIndex(m_model->index(row, 0));
    }
}

QString PoliciesPage::currentPolicy() const
{
    const QModelIndex current = m_ui->policyTable->currentIndex();
    return current.isValid() ? current.data(PolicyTableModel::CodeRole).toString() : QString();
}

void PoliciesPage::setupCategories()
{
    // Only categories that have policies are offered; a category a district update brings
    // that this build does not know is listed under its code.
    QStringList present;
    for (const Policy &policy : m_services.catalogue.policies()) {
        if (!present.contains(policy.category)) {
            present << policy.category;
        }
    }
    QStringList categories;
    for (const QString &category : PolicyTableModel::categories()) {
        if (present.removeAll(category) > 0) {
            categories << category;
        }
    }
    categories << present;

    m_ui->categoryCombo->addItem(QString(), QString());
    for (const QString &category : std::as_const(categories)) {
        m_ui->categoryCombo->addItem(QString(), category);
    }
}

void PoliciesPage::setupTargetGroups()
{
    // The catalogue's order, as for categories only the groups some policy is meant for.
    m_ui->targetGroupCombo->addItem(QString(), QString());
    for (const TargetGroup &group : m_services.catalogue.targetGroups()) {
        const auto &policies = m_services.catalogue.policies();
        const bool used = std::any_of(policies.cbegin(), policies.cend(),
                                      [&group](const Policy &p) { return p.isFor(group.code); });
        if (used) {
            m_ui->targetGroupCombo->addItem(QString(), group.code);
        }
    }
}

void PoliciesPage::retranslateUi()
{
    m_ui->retranslateUi(this);
    m_ui->categoryCombo->setItemText(0, tr("All categories"));
    for (int i = 1; i < m_ui->categoryCombo->count(); ++i) {
        m_ui->categoryCombo->setItemText(
            i, PolicyTableModel::categoryLabel(m_ui->categoryCombo->itemData(i).toString()));
    }
    // Group labels come from the catalogue in both languages; the default locale, which the
    // language switch sets along with the translator, picks one.
    const QLocale locale;
    m_ui->targetGroupCombo->setItemText(0, tr("All target groups"));
    for (int i = 1; i < m_ui->targetGroupCombo->count(); ++i) {
        const QString code = m_ui->targetGroupCombo->itemData(i).toString();
        const TargetGroup *group = m_services.catalogue.targetGroup(code);
        m_ui->targetGroupCombo->setItemText(i, group ? group->label.text(locale) : code);
    }
    m_ui->countLabel->setText(tr("%n policies", "", m_model->rowCount()));
    handleCurrentChanged();
}

void PoliciesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_model) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void PoliciesPage::handleFilterChanged()
{
    const QString selected = currentPolicy();
    m_model->setFilter(m_ui->searchEdit->text().trimmed(),
                       m_ui->categoryCombo->currentData().toString(),
                       m_ui->targetGroupCombo->currentData().toString());

    // Keep the policy being read when it still matches; otherwise show the best match.
    const int row = selected.isEmpty() ? -1 : m_model->rowOf(selected);
    if (m_model->rowCount() == 0) {
        showDetail(nullptr);
        return;
    }
    m_ui->policyTable->setCurrentIndex(m_model->index(std::max(row, 0), 0));
    handleCurrentChanged();
}

void PoliciesPage::handleCurrentChanged()
{
    const QModelIndex current = m_ui->policyTable->currentIndex();
    showDetail(current.isValid() ? m_model->policyAt(current.row()) : nullptr);
}

void PoliciesPage::showDetail(const Policy *policy)
{
    m_ui->screenPolicyButton->setEnabled(policy != nullptr);
    if (!policy) {
        m_ui->policyDetail->setHtml(paragraph(m_model->rowCount() == 0
                                                  ? tr("No policy matches the search.")
                                                  : tr("Choose a policy to read it in full.")));
        return;
    }
    m_ui->policyDetail->setHtml(detailHtml(*policy));
}

QString PoliciesPage::detailHtml(const Policy &policy) const
{
    const QLocale locale;
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(policy.name.text(locale)));
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(esc(tr("%1 · policy code %2", "category · code, e.g. Medical · dibao")
                             .arg(PolicyTableModel::categoryLabel(policy.category), policy.code)));

    html += heading(tr("For whom"));
    html += targetGroupsHtml(policy);
    html += paragraph(policy.target.text(locale));
    html += heading(tr("Summary"));
    html += paragraph(policy.summary.text(locale));

    html += heading(tr("Conditions"));
    if (policy.ruleConfidence != QLatin1String("stated")) {
        html += QStringLiteral("<p>%1 %2</p>")
                    .arg(flag(tr("[to be verified]")),
                         esc(tr("The rule is not confirmed from an official text.")));
    }
    html += factsHtml(policy);
    if (!policy.ruleNote.isEmpty()) {
        html += paragraph(policy.ruleNote.text(locale));
    }
    if (!policy.manualChecks.isEmpty()) {
        html += paragraph(tr("To check by hand:"));
        QStringList checks;
        for (const LocalizedText &check : policy.manualChecks) {
            checks << check.text(locale);
        }
        html += bulletList(checks);
    }

    html += heading(tr("Benefit"));
    html += paragraph(policy.amountNote.isEmpty() ? tr("No amount is estimated for this policy.")
                                                  : policy.amountNote.text(locale));
    html += parametersHtml(policy);

    QStringList documents;
    for (const LocalizedText &document : policy.documents) {
        documents << document.text(locale);
    }
    html += heading(tr("Documents to bring"));
    html += documents.isEmpty() ? paragraph(tr("None listed.")) : bulletList(documents);
    html += heading(tr("Where to apply"));
    html += paragraph(policy.channel.text(locale));
    if (!policy.onlineService.isEmpty()) {
        html += paragraph(tr("Online service: %1").arg(policy.onlineService));
    }
    html += heading(tr("Legal basis"));
    html += paragraph(policy.legalBasis.text(locale));
    html += sourcesHtml(policy);
    return html;
}

QString PoliciesPage::factsHtml(const Policy &policy) const
{
    const QLocale locale;
    const RuleVariables variables = collectRuleVariables(policy.eligibility);
    QStringList facts;
    for (const QString &path : variables.paths) {
        if (path.startsWith(QLatin1String("param."))) {
            continue;
        }
        const FactInfo *fact = m_services.catalogue.fact(path);
        facts << (fact ? fact->label.text(locale) : path);
    }
    if (facts.isEmpty()) {
        return paragraph(tr("The rule reads no household facts."));
    }
    return paragraph(tr("The rule reads these facts:")) + bulletList(facts);
}

// Each group is drawn as a tag rather than joined into a sentence: several labels contain
// "and" or "及" themselves, which a list separator would make ambiguous.
QString PoliciesPage::targetGroupsHtml(const Policy &policy) const
{
    const QLocale locale;
    QString html = QStringLiteral("<p><b>%1</b>").arg(esc(tr("Target groups:")));
    for (const QString &code : policy.targetGroups) {
        const TargetGroup *group = m_services.catalogue.targetGroup(code);
        html += QStringLiteral(" <span style=\"background-color:#e3ecf7\">&nbsp;%1&nbsp;</span>")
                    .arg(esc(group ? group->label.text(locale) : code));
    }
    return html + QStringLiteral("</p>");
}

QString PoliciesPage::parametersHtml(const Policy &policy) const
{
    const QLocale locale;
    QString html;
    for (const QString &name : policy.parameters) {
        const Parameter *parameter = m_services.catalogue.parameter(name);
        if (!parameter) {
            continue;
        }
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(parameter->label.text(locale)));
        if (parameter->values.isEmpty()) {
            html += QStringLiteral("<p>%1 %2</p>")
                        .arg(flag(tr("[to be verified]")),
                             esc(tr("No value has been found for this parameter yet.")));
            continue;
        }
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                               "width=\"100%\"><tr>");
        const QStringList headers{tr("From"),   tr("To"),         tr("Value"),
                                  tr("Source"), tr("Confidence"), QString()};
        for (const QString &title : headers) {
            html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(title));
        }
        html += QStringLiteral("</tr>");
        for (const ParameterValue &value : parameter->values) {
            html +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                               "<td>%6</td></tr>")
                    .arg(esc(locale.toString(value.from, QLocale::ShortFormat)),
                         esc(value.to.isValid() ? locale.toString(value.to, QLocale::ShortFormat)
                                                : tr("open", "no end date")),
                         esc(formatParameterValue(value.value, parameter->unit)), esc(value.source),
                         esc(confidenceLabel(value.confidence)),
                         value.isConfirmed() ? QString() : flag(tr("[to be verified]")));
            if (!value.note.isEmpty()) {
                html += QStringLiteral("<tr><td></td><td colspan=\"5\"><small>%1</small></td></tr>")
                            .arg(esc(value.note.text(locale)));
            }
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

QString PoliciesPage::sourcesHtml(const Policy &policy) const
{
    if (policy.sources.isEmpty()) {
        return {};
    }
    QString html = heading(tr("Sources")) + QStringLiteral("<ul>");
    for (const QString &id : policy.sources) {
        const SourceInfo *source = m_services.catalogue.source(id);
        const QString title = source ? source->title : QString();
        const QString text = tr("%1: %2", "source id: title").arg(id, title);
        if (source && source->url.startsWith(QLatin1String("http"))) {
            html +=
                QStringLiteral("<li><a href=\"%1\">%2</a></li>").arg(esc(source->url), esc(text));
        } else {
            html += QStringLiteral("<li>%1</li>").arg(esc(text));
        }
    }
    return html + QStringLiteral("</ul>");
}

QString PoliciesPage::formatParameterValue(double value, const QString &unit) const
{
    const QLocale locale;
    if (unit == QLatin1String("fen")) {
        return tr("%1 yuan", "money, e.g. 1,650 yuan")
            .arg(Money::formatYuan(qRound64(value), locale));
    }
    if (unit == QLatin1String("ratio")) {
        return tr("%1 %", "percentage, e.g. 50 %").arg(locale.toString(value * 100, 'g', 4));
    }
    if (unit == QLatin1String("m2")) {
        return tr("%1 m²", "area, e.g. 7 m²").arg(locale.toString(value, 'g', 6));
    }
    if (unit == QLatin1String("years")) {
        return tr("%1 years", "duration, e.g. 3 years").arg(locale.toString(value, 'g', 6));
    }
    return locale.toString(value, 'g', 10);
}

QString PoliciesPage::confidenceLabel(const QString &confidence) const
{
    if (confidence == QLatin1String("stated")) {
        return tr("Confirmed from an official text");
    }
    if (confidence == QLatin1String("stated-secondary")) {
        return tr("From a secondary source");
    }
    if (confidence == QLatin1String("inferred")) {
        return tr("Inferred");
    }
    if (confidence == QLatin1String("assumed")) {
        return tr("Assumed");
    }
    return confidence;
}

} // namespace Jiuzhu
