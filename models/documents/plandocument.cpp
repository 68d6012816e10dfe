// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plandocument.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

#include <QAbstractTextDocumentLayout>
#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPen>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTranslator>

#include "core/logging.h"
#include "documents/printfont.h"

namespace Jiuzhu {

namespace {

constexpr qreal BodyPointSize = 10.5;
constexpr qreal FooterPointSize = 8;
constexpr qreal FooterBandMm = 9;
constexpr int PdfResolution = 300;
const QMarginsF PdfMarginsMm(18, 15, 18, 12);

// The family's language decides the template's language, not the advisor's UI language, so the
// labels are looked up in a catalogue of their own instead of the application's translators.
class Catalogue
{
public:
    explicit Catalogue(PlanReport::Language language)
        : m_locale(language == PlanReport::Language::Chinese
                       ? QLocale(QLocale::Chinese, QLocale::China)
                       : QLocale(QLocale::English, QLocale::UnitedKingdom))
    {
        if (language != PlanReport::Language::Chinese)
            return;
        // The family's document has its own translator, so it is Chinese even when the
        // advisor's screen is in English.
        const QString files[] = {QStringLiteral(":/i18n/jiuzhu_zh_CN.qm")};
        for (const QString &file : files) {
            auto translator = std::make_unique<QTranslator>();
            if (translator->load(file))
                m_translators.push_back(std::move(translator));
        }
        if (m_translators.empty())
            qCWarning(lcDocuments) << "No Chinese catalogue for the plan document";
    }

    QString text(const char *source) const
    {
        for (const auto &translator : m_translators) {
            const QString translated = translator->translate("PlanDocument", source);
            if (!translated.isEmpty())
                return translated;
        }
        return QString::fromUtf8(source);
    }

    QString date(const QDate &date) const
    {
        if (!date.isValid())
            return QStringLiteral("—");
        return m_locale.toString(date, text(QT_TRANSLATE_NOOP("PlanDocument", "d MMMM yyyy")));
    }

    QString number(double value) const
    {
        const bool isWhole = qFuzzyCompare(value + 1.0, std::round(value) + 1.0);
        return m_locale.toString(value, 'f', isWhole ? 0 : 1);
    }

private:
    QLocale m_locale;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : esc(text);
}

// A full 18-character resident ID must never reach paper (C13); mask it if a caller forgot.
QString maskedId(const QString &id)
{
    static const QRegularExpression fullId(QStringLiteral("^\\d{17}[\\dXx]$"));
    if (!fullId.match(id.trimmed()).hasMatch())
        return id;
    qCWarning(lcDocuments) << "An unmasked ID number was passed to the plan document";
    const QString trimmed = id.trimmed();
    return trimmed.left(6) + QString(8, QLatin1Char('*')) + trimmed.right(4);
}

QString styleSheet()
{
    return QStringLiteral(
        "body { color: #1a1a1a; }"
        "h1 { font-size: 20pt; font-weight: bold; margin-top: 4px; margin-bottom: 2px; }"
        "h2 { font-size: 12.5pt; font-weight: bold; color: #1d3f66;"
        " margin-top: 16px; margin-bottom: 6px; }"
        "p { margin-top: 0px; margin-bottom: 4px; }"
        "table.grid { border-collapse: collapse; border-color: #6b7785; }"
        "table.grid th { background-color: #e6ecf2; font-weight: bold; }"
        "td.label { background-color: #f4f6f8; }"
        "th.policy { background-color: #d9e3ee; }"
        ".subtitle { font-size: 11pt; color: #333333; }"
        ".meta { font-size: 9pt; color: #444444; }"
        ".note { font-size: 9pt; color: #444444; }"
        ".flag { color: #b3261e; font-weight: bold; }"
        ".tag { color: #1d3f66; font-weight: bold; }"
        "td.signline { border-bottom-style: solid; border-bottom-width: 1px;"
        " border-bottom-color: #1a1a1a; }");
}

QString gridOpen(const QString &extra = {})
{
    return QStringLiteral("<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\""
                          " width=\"100%\"") +
           extra + QStringLiteral(">");
}

QString headerCell(const QString &text, int widthPercent)
{
    return QStringLiteral("<th align=\"left\" width=\"%1%\">%2</th>").arg(widthPercent).arg(text);
}

QString titleBlock(const PlanReport &r, const Catalogue &t)
{
    const QString version =
        t.text(QT_TRANSLATE_NOOP("PlanDocument", "Plan version %1")).arg(r.planVersion);
    const QString dated =
        t.text(QT_TRANSLATE_NOOP("PlanDocument", "Drawn up on %1")).arg(t.date(r.planDate));
    QString html =
        QStringLiteral(
            "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
            "<td class=\"meta\">%1</td>"
            "<td class=\"meta\" align=\"right\">%2&#160;&#160;&#160;%3</td></tr></table>")
            .arg(esc(r.stationName), esc(version), esc(dated));
    html += QStringLiteral("<h1 align=\"center\">%1</h1>")
                .arg(esc(t.text(QT_TRANSLATE_NOOP("PlanDocument", "One Household, One Plan"))));
    const QString place = QStringList{r.district, r.street, r.committee}.join(QStringLiteral(" "));
    html += QStringLiteral("<p align=\"center\" class=\"subtitle\">%1</p>")
                .arg(esc(t.text(QT_TRANSLATE_NOOP("PlanDocument",
                                                  "Assistance plan for the household in %1"))
                             .arg(place.simplified())));
    return html;
}

QString householdSection(const PlanReport &r, const Catalogue &t)
{
    auto label = [&t](const char *source) {
        return QStringLiteral("<td class=\"label\" width=\"16%\">%1</td>").arg(esc(t.text(source)));
    };
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(esc(t.text(QT_TRANSLATE_NOOP("PlanDocument", "1. The household"))));
    html += gridOpen();
    html += QStringLiteral("<tr>") + label(QT_TRANSLATE_NOOP("PlanDocument", "District")) +
            QStringLiteral("<td width=\"34%\">%1</td>").arg(orDash(r.district)) +
            label(QT_TRANSLATE_NOOP("PlanDocument", "Street or town")) +
            QStringLiteral("<td width=\"34%\">%1</td></tr>").arg(orDash(r.street));
    html += QStringLiteral("<tr>") + label(QT_TRANSLATE_NOOP("PlanDocument", "Committee")) +
            QStringLiteral("<td>%1</td>").arg(orDash(r.committee)) +
            label(QT_TRANSLATE_NOOP("PlanDocument", "Housing")) +
            QStringLiteral("<td>%1</td></tr>").arg(orDash(r.housing));
    html += QStringLiteral("<tr>") + label(QT_TRANSLATE_NOOP("PlanDocument", "Address")) +
            QStringLiteral("<td colspan=\"3\">%1</td></tr></table>").arg(orDash(r.address));

    html += QStringLiteral("<p></p>") + gridOpen() + QStringLiteral("<thead><tr>");
    html += headerCell(esc(t.text(QT_TRANSLATE_NOOP("PlanDocument", "Name"))), 22) +
            headerCell(esc(t.text(QT_TRANSLATE_NOOP("PlanDocument", "Relation to head"))), 20) +
            headerCell(esc(t.text(QT_TRANSLATE_NOOP("PlanDocument", "Age"))), 12) +
            headerCell(esc(t.text(QT_TRANSLATE_NOOP("PlanDocument", "ID number (masked)"))), 46);
    html += QStringLiteral("</tr></thead>");
    for (const PlanReport::MemberRow &m : r.members) {
        const QString age = m.age < 0
                                ? QStringLiteral("—")
                                : t.text(QT_TRANSLATE_NOOP("PlanDocument", "%1 years")).arg(m.age);
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                .arg(orDash(m.name), orDash(m.relation), esc(age), orDash(maskedId(m.maskedId)));
    }
    return html + QStringLiteral("</table>");
}

QString hardshipSection(const PlanReport &r, const Catalogue &t)
{
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(esc(t.text(QT_TRANSLATE_NOOP("PlanDocument", "2. Our assessment"))));
    if (r.level > 0) {
        const QString level = t.text(QT_TRANSLATE_NOOP("PlanDocument", "Hardship level %1 (%2)"))
                                  .arg(r.level)
                                  .arg(r.levelLabel);
        const QString score =
            t.text(QT_TRANSLATE_NOOP("PlanDocument", "score %1 of 100")).arg(t.number(r.score));
        html += QStringLiteral("<p><b>%1</b>&#160;&#160;&#160;&#160;%2</p>")
                    .arg(esc(level), esc(score));
    }
    if (!r.tags.isEmpty()) {
        QStringList tags;
        for (const QString &tag : r.tags) {
            tags << QStringLiteral("<span class=\"tag\">%1</span>")
                        .arg(esc(t.text(QT_TRANSLATE_NOOP("PlanDocument", "[%1] ")).arg(tag)));
        }
        html += QStringLiteral("<p>%1%2</p>")
                    .arg(esc(t.text(QT_TRANSLATE_NOOP("PlanDocument", "Needs attention: "))),
                         tags.join(QString()));
    }
    if (r.factors.isEmpty())
        return html;

    html += gridOpen() + QStringLiteral("<thead><tr>");
    html += headerCell(esc(t.text(QT_TRANSLATE_NOOP("PlanDocument", "Area"))), 20) +
            headerCell(esc(t.text(QT_TRANSLATE_NOOP("PlanDocument", "What we found"))), 80);
    html += QStringLiteral("</tr></thead>");
    for (const PlanReport::FactorRow &f : r.factors) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(orDash(f.dimension), orDash(f.text));
    }
    return html + QStringLiteral("</table>");
}

QString numberedLines(const QStringList &lines, bool isNumbered)
{
    QStringList items;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString mark = isNumbered ? QStringLiteral("%1. ").arg(i + 1) : QStringLiteral("· ");
        items << mark + esc(lines.at(i));
    }
    return items.isEmpty() ? QStringLiteral("—") : items.join(QStringLiteral("<br/>"));
}

QString policyBlock(int index, const PlanReport::PolicyRow &p, const Catalogue &t)
{
    auto row = [&t](const char *source, const QString &cellHtml) {
        return QStringLiteral("<tr><td class=\"label\" width=\"20%\">%1</td><td>%2</td></tr>")
            .arg(esc(t.text(source)), cellHtml);
    };
    QString amount = p.amount.trimmed().isEmpty()
                         ? esc(t.text(QT_TRANSLATE_NOOP("PlanDocument", "No estimate yet")))
                         : esc(p.amount);
    if (p.isAmountUnconfirmed) {
        amount += QStringLiteral("&#160;&#160;<span class=\"flag\">%1</span>")
                      .arg(esc(t.text(QT_TRANSLATE_NOOP("PlanDocument", "[to be verified]"))));
    }

    QString html = QStringLiteral("<p style=\"font-size: 5pt;\">&#160;</p>") + gridOpen();
    const QString status = t.text(QT_TRANSLATE_NOOP("PlanDocument", "(%1)"))
                               .arg(p.status.trimmed().isEmpty() ? QStringLiteral("—") : p.status);
    html += QStringLiteral("<thead><tr><th class=\"policy\" align=\"left\" colspan=\"2\">%1. %2"
                           "&#160;&#160;<span class=\"meta\">%3</span></th></tr></thead>")
                .arg(index)
                .arg(esc(p.name), esc(status));
    html += row(QT_TRANSLATE_NOOP("PlanDocument", "Why we suggest it"),
                numberedLines(p.reasons, false));
    html += row(QT_TRANSLATE_NOOP("PlanDocument", "Estimated amount"), amount);
    html += row(QT_TRANSLATE_NOOP("PlanDocument", "Documents to bring"),
                numberedLines(p.documents, true));
    html += row(QT_TRANSLATE_NOOP("PlanDocument", "Where to apply"), orDash(p.channel));
    if (!p.onlineService.trimmed().isEmpty())
        html += row(QT_TRANSLATE_NOOP("PlanDocument", "Online"), esc(p.onlineService));
    return html + QStringLiteral("</table>");
}

QString receivedSection(const PlanReport &r, const Catalogue &t)
{
    const QString heading =
        QStringLiteral("<h2>%1</h2>")
            .arg(esc(
                t.text(QT_TRANSLATE_NOOP("PlanDocument", "3. Assistance you already receive"))));
    const QString received =
        r.receivedPolicies.isEmpty()
            ? esc(t.text(QT_TRANSLATE_NOOP("PlanDocument", "None recorded.")))
            : esc(r.receivedPolicies.join(t.text(QT_TRANSLATE_NOOP("PlanDocument", ", "))));
    return heading + QStringLiteral("<p>%1</p>").arg(received);
}

QString policiesSection(const PlanReport &r, const Catalogue &t)
{
    QString lead = QStringLiteral("<h2>%1</h2>")
                       .arg(esc(t.text(QT_TRANSLATE_NOOP(
                           "PlanDocument", "4. Assistance we suggest you apply for"))));
    if (r.policies.isEmpty()) {
        return lead + QStringLiteral("<p>%1</p>")
                          .arg(esc(t.text(QT_TRANSLATE_NOOP(
                              "PlanDocument", "At present we suggest no further applications."))));
    }
    lead += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(esc(t.text(QT_TRANSLATE_NOOP(
                    "PlanDocument", "Amounts are estimates from what we know today; the office "
                                    "that handles each application decides eligibility and the "
                                    "final amount."))));

    for (qsizetype i = 0; i < r.policies.size(); ++i)
        lead += policyBlock(int(i + 1), r.policies.at(i), t);
    return lead;
}

QString actionsSection(const PlanReport &r, const Catalogue &t)
{
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(esc(t.text(QT_TRANSLATE_NOOP("PlanDocument", "5. What happens next"))));
    if (r.actions.isEmpty()) {
        return html +
               QStringLiteral("<p>%1</p>")
                   .arg(esc(t.text(QT_TRANSLATE_NOOP("PlanDocument", "No actions planned yet."))));
    }
    html += gridOpen() + QStringLiteral("<thead><tr>");
    html += headerCell(esc(t.text(QT_TRANSLATE_NOOP("PlanDocument", "No."))), 6) +
            headerCell(esc(t.text(QT_TRANSLATE_NOOP("PlanDocument", "Stage"))), 10) +
            headerCell(esc(t.text(QT_TRANSLATE_NOOP("PlanDocument", "Action"))), 40) +
            headerCell(esc(t.text(QT_TRANSLATE_NOOP("PlanDocument", "Who"))), 15) +
            headerCell(esc(t.text(QT_TRANSLATE_NOOP("PlanDocument", "By"))), 17) +
            headerCell(esc(t.text(QT_TRANSLATE_NOOP("PlanDocument", "Status"))), 12);
    html += QStringLiteral("</tr></thead>");
    for (qsizetype i = 0; i < r.actions.size(); ++i) {
        const PlanReport::ActionRow &a = r.actions.at(i);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                               "<td>%6</td></tr>")
                    .arg(QString::number(i + 1), orDash(a.stage), orDash(a.title), orDash(a.owner),
                         esc(t.date(a.dueDate)), orDash(a.status));
    }
    return html + QStringLiteral("</table>");
}

QString contactSection(const PlanReport &r, const Catalogue &t)
{
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(esc(t.text(QT_TRANSLATE_NOOP("PlanDocument", "6. Your advisor"))));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(esc(
                t.text(
                     QT_TRANSLATE_NOOP("PlanDocument", "Advisor: %1 · Telephone: %2 · Station: %3"))
                    .arg(r.advisorName.trimmed().isEmpty() ? QStringLiteral("—") : r.advisorName,
                         r.advisorPhone.trimmed().isEmpty() ? QStringLiteral("—") : r.advisorPhone,
                         r.stationName.trimmed().isEmpty() ? QStringLiteral("—") : r.stationName)));
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(esc(t.text(QT_TRANSLATE_NOOP(
                    "PlanDocument", "Please call your advisor if anything changes in your "
                                    "family, or if you need help with an application. ID numbers "
                                    "on this plan are partly hidden to protect your privacy."))));
    return html;
}

QString signatureSection(const Catalogue &t)
{
    auto label = [&t](const char *source, int width) {
        return QStringLiteral("<td width=\"%1%\">%2</td>").arg(width).arg(esc(t.text(source)));
    };
    const QString gap = QStringLiteral("<td width=\"4%\"></td>");
    const QString line = QStringLiteral("<td class=\"signline\" height=\"40\"></td>");
    return QStringLiteral("<p></p><table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr>") +
           label(QT_TRANSLATE_NOOP("PlanDocument", "Head or family representative (signature)"),
                 36) +
           gap + label(QT_TRANSLATE_NOOP("PlanDocument", "Advisor (signature)"), 32) + gap +
           label(QT_TRANSLATE_NOOP("PlanDocument", "Date"), 24) + QStringLiteral("</tr><tr>") +
           line + QStringLiteral("<td></td>") + line + QStringLiteral("<td></td>") + line +
           QStringLiteral("</tr></table>");
}

QString footerText(const PlanReport &r, const Catalogue &t)
{
    return t
        .text(QT_TRANSLATE_NOOP("PlanDocument", "One Household, One Plan · version %1 · "
                                                "printed %2"))
        .arg(r.planVersion)
        .arg(t.date(r.printedDate));
}

struct FlowItem
{
    QTextBlock block;            // valid for a paragraph or heading
    QTextFrame *frame = nullptr; // set for a table or other frame
    QRectF rect;
};

QList<FlowItem> topLevelItems(QTextDocument *doc)
{
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    QList<FlowItem> items;
    for (auto it = doc->rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame())
            items.append({QTextBlock(), frame, layout->frameBoundingRect(frame)});
        else
            items.append(
                {it.currentBlock(), nullptr, layout->blockBoundingRect(it.currentBlock())});
    }
    return items;
}

void breakBefore(const FlowItem &item)
{
    if (item.frame) {
        QTextFrameFormat format = item.frame->frameFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        item.frame->setFrameFormat(format);
        return;
    }
    QTextBlockFormat format;
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(item.block).mergeBlockFormat(format);
}

// Finds the first place where a heading is left alone at the foot of a page, or a short table
// is cut in two, and moves it (with the heading that introduces it) to the next page.
bool moveOneAwkwardBreak(QTextDocument *doc, qreal pageHeight)
{
    const QList<FlowItem> items = topLevelItems(doc);
    auto pageOf = [pageHeight](qreal y) {
        return int(y / pageHeight);
    };

    for (qsizetype i = 0; i < items.size(); ++i) {
        const FlowItem &item = items.at(i);
        const bool isHeading = item.block.isValid() && item.block.blockFormat().headingLevel() > 0;
        const bool isShortTable = item.frame && item.rect.height() < pageHeight * 0.6 &&
                                  pageOf(item.rect.top()) != pageOf(item.rect.bottom() - 1);
        // The first line or table row after a heading: about 12 mm of an A4 page.
        const qreal firstLine = pageHeight * 0.045;
        const bool isOrphanHeading =
            isHeading && i + 1 < items.size() &&
            pageOf(items.at(i + 1).rect.top() + std::min(items.at(i + 1).rect.height(), firstLine) -
                   1) > pageOf(item.rect.top());
        if (isOrphanHeading && pageOf(item.rect.top()) > 0 &&
            item.block.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_Auto) {
            breakBefore(item);
            return true;
        }
        if (!isShortTable ||
            item.frame->frameFormat().pageBreakPolicy() != QTextFormat::PageBreak_Auto)
            continue;

        // A heading and its lead paragraph go with the table they introduce.
        qsizetype first = i;
        for (qsizetype k = i - 1; k >= 0 && k >= i - 3 && !items.at(k).frame; --k) {
            if (items.at(k).block.blockFormat().headingLevel() > 0) {
                first = k;
                break;
            }
        }
        breakBefore(items.at(first));
        return true;
    }
    return false;
}

void avoidAwkwardBreaks(QTextDocument *doc, qreal pageHeight)
{
    // Each move only pushes content down, so this settles; the cap guards odd layouts.
    for (int pass = 0; pass < 20 && moveOneAwkwardBreak(doc, pageHeight); ++pass) {
    }
}

qreal mmToPixels(qreal mm, int dpi)
{
    return mm * dpi / 25.4;
}

} // namespace

QString PlanDocument::html(const PlanReport &report)
{
    const Catalogue t(report.language);
    QString body = titleBlock(report, t);
    body += householdSection(report, t);
    body += hardshipSection(report, t);
    body += receivedSection(report, t);
    body += policiesSection(report, t);
    body += actionsSection(report, t);
    body += contactSection(report, t);
    body += signatureSection(t);
    return QStringLiteral("<html><head><meta charset=\"utf-8\"/></head><body>%1</body></html>")
        .arg(body);
}

std::unique_ptr<QTextDocument> PlanDocument::build(const PlanReport &report)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(PrintFont::font(BodyPointSize));
    doc->setDefaultStyleSheet(styleSheet());
    doc->setDocumentMargin(0);
    doc->setHtml(html(report));
    doc->setMetaInformation(
        QTextDocument::DocumentTitle,
        Catalogue(report.language)
            .text(QT_TRANSLATE_NOOP("PlanDocument", "One Household, One Plan")));
    return doc;
}

Result<Done> PlanDocument::print(const PlanReport &report, QPagedPaintDevice *device)
{
    const Catalogue t(report.language);
    const int dpi = device->logicalDpiY();
    const QRectF paintRect = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const qreal footerBand = mmToPixels(FooterBandMm, dpi);
    const QSizeF contentSize(paintRect.width(), paintRect.height() - footerBand);

    // Lay the document out on the device itself so that point sizes, borders and padding are
    // converted with the device's resolution rather than the screen's.
    std::unique_ptr<QTextDocument> doc = build(report);
    doc->documentLayout()->setPaintDevice(device);
    doc->setPageSize(contentSize);
    avoidAwkwardBreaks(doc.get(), contentSize.height());
    const int pageCount = doc->pageCount();

    QPainter painter;
    if (!painter.begin(device)) {
        return Result<Done>::failure(
            QCoreApplication::translate("PlanDocument", "Cannot start printing the plan."));
    }
    const QString footer = footerText(report, t);
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device->newPage()) {
            return Result<Done>::failure(
                QCoreApplication::translate("PlanDocument", "Cannot start a new page."));
        }
        painter.save();
        painter.translate(0, -page * contentSize.height());
        doc->drawContents(&painter, QRectF(QPointF(0, page * contentSize.height()), contentSize));
        painter.restore();

        painter.save();
        painter.setFont(PrintFont::font(FooterPointSize));
        painter.setPen(QPen(QColor(0x6b, 0x77, 0x85), mmToPixels(0.2, dpi)));
        const qreal lineY = contentSize.height() + mmToPixels(2.5, dpi);
        painter.drawLine(QPointF(0, lineY), QPointF(contentSize.width(), lineY));
        const QRectF textRect(0, lineY + mmToPixels(1, dpi), contentSize.width(),
                              footerBand - mmToPixels(3.5, dpi));
        painter.setPen(QColor(0x44, 0x44, 0x44));
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignTop, footer);
        const QString number =
            t.text(QT_TRANSLATE_NOOP("PlanDocument", "Page %1 of %2")).arg(page + 1).arg(pageCount);
        painter.drawText(textRect, Qt::AlignRight | Qt::AlignTop, number);
        painter.restore();
    }
    if (!painter.end()) {
        return Result<Done>::failure(
            QCoreApplication::translate("PlanDocument", "Cannot finish printing the plan."));
    }
    return ok();
}

Result<Done> PlanDocument::writePdf(const PlanReport &report, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Result<Done>::failure(
            QCoreApplication::translate("PlanDocument", "Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    }

    {
        QPdfWriter writer(&file);
        writer.setResolution(PdfResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         PdfMarginsMm, QPageLayout::Millimeter));
        writer.setCreator(QStringLiteral("Jiuzhu"));
        writer.setTitle(Catalogue(report.language)
                            .text(QT_TRANSLATE_NOOP("PlanDocument", "One Household, One Plan")));
        const Result<Done> printed = print(report, &writer);
        if (!printed) {
            file.cancelWriting();
            return printed;
        }
    }

    if (!file.commit()) {
        return Result<Done>::failure(
            QCoreApplication::translate("PlanDocument", "Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    qCDebug(lcDocuments) << "Plan document written, version" << report.planVersion;
    return ok();
}

} // namespace Jiuzhu
