// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Jiuzhu {

// Everything the printed plan for one household (一户一方案) shows, already resolved to display
// text by the caller from the store, the assessment and matching. PlanDocument only lays it out
// and escapes it; it looks nothing up. ID numbers are expected masked (310105********0022).
struct PlanReport
{
    enum class Language
    {
        Chinese,
        English
    };

    struct MemberRow
    {
        QString name;
        QString maskedId;
        QString relation; // label, e.g. 户主, 配偶
        int age = -1;     // -1 when unknown
    };

    struct FactorRow
    {
        QString dimension; // label of the assessment dimension, e.g. 健康状况
        QString text;
    };

    struct PolicyRow
    {
        QString name;
        QString status;      // label, e.g. 可能符合, 已享受
        QStringList reasons; // short lines
        QString amount;      // e.g. "约 1,650 元/月"; empty when there is no estimate
        bool isAmountUnconfirmed = false; // prints a 待核实 mark next to the amount
        QStringList documents;            // what to bring
        QString channel;                  // where to go
        QString onlineService;            // e.g. 一网通办 entry; empty when none
    };

    struct ActionRow
    {
        QString stage; // label: 评估 / 计划 / 跟进
        QString title;
        QString owner;
        QDate dueDate;  // null when open-ended
        QString status; // label
    };

    // Household
    QString district;
    QString street;
    QString committee;
    QString address;
    QString housing;
    QList<MemberRow> members;

    // Hardship assessment
    int level = 0;      // 1 (most severe) .. 4; 0 = not assessed
    QString levelLabel; // e.g. 特别困难
    double score = 0;
    QList<FactorRow> factors;
    QStringList tags; // e.g. 独居, 因病致贫风险

    // Policies
    QList<PolicyRow> policies;    // to apply for
    QStringList receivedPolicies; // names of policies already received

    // Plan
    QList<ActionRow> actions;
    int planVersion = 1;
    QDate planDate;

    // Advisor
    QString advisorName;
    QString advisorPhone;
    QString stationName;

    QDate printedDate;
    Language language = Language::Chinese;
};

} // namespace Jiuzhu
