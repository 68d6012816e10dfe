// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Jiuzhu {

class Areas;
class AssessmentRepository;
class CaseWorkflow;
class Catalogue;
class Database;
class DecisionRepository;
class HouseholdRepository;
class PlanRepository;
class VisitRepository;

// The services a page may use, created once in app/ (or by a test) and handed down; pages never
// reach for globals. Everything is owned elsewhere and outlives the window.
struct AppServices
{
    Database &database;
    HouseholdRepository &households;
    AssessmentRepository &assessments;
    PlanRepository &plans;
    VisitRepository &visits;
    CaseWorkflow &workflow;
    const Catalogue &catalogue;
    const Areas &areas;
    DecisionRepository &decisions;
};

} // namespace Jiuzhu
