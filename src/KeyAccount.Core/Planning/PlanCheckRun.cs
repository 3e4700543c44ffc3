using System;
using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Planning;

/// <summary>One run of the plan validator: the indices it builds once and the diagnostics it finds.</summary>
internal sealed partial class PlanCheckRun
{
    private readonly AccountPlan _plan;
    private readonly LocalDate _asOf;
    private readonly DiagnosticBag _found = new();
    private int _errors;
    private readonly Dictionary<string, int> _clientGoalIndex;
    private readonly Dictionary<string, int> _goalIndex;
    private readonly Dictionary<string, int> _eventIndex;
    private readonly ActionGraph _graph;
    private readonly ResourceLoadTable _resourceLoads;
    private readonly LocalDate?[] _deadlines;

    public PlanCheckRun(AccountPlan plan, LocalDate asOf)
    {
        _plan = plan;
        _asOf = asOf;
        _clientGoalIndex = IndexIds(plan.ClientGoals, g => g.Id, "clientGoals");
        _goalIndex = IndexIds(plan.Goals, g => g.Id, "goals");
        _eventIndex = IndexIds(plan.Events, e => e.Id, "events");
        IndexIds(plan.Resources, r => r.Id, "resources");
        IndexIds(plan.Actions, a => a.Id, "actions");
        _graph = ActionGraph.Build(plan.Actions);
        _resourceLoads = ResourceLoadTable.Build(plan);
        _deadlines = new LocalDate?[plan.Goals.Count];
    }

    public IReadOnlyList<Diagnostic> Run()
    {
        CheckSections();
        CheckGoals();
        CheckEvents();
        CheckMix();
        CheckActions();
        CheckCycles();
        CheckResources();
        CheckStatus();
        CheckReviews();
        CheckGoalCoverage();
        CheckApproval();
        return _found.ToSortedList();
    }

    private static string At(string list, int index) => list + "[" + PlanDates.Int(index) + "]";

    private static string At(string list, int index, string member) => At(list, index) + "." + member;

    private void Report(string code, string path, string message)
    {
        var descriptor = PlanningDiagnosticCodes.Get(code);
        _errors += descriptor.Severity == DiagnosticSeverity.Error ? 1 : 0;
        _found.Add(descriptor, path, message);
    }

    private Dictionary<string, int> IndexIds<T>(IReadOnlyList<T> items, Func<T, string> id, string list)
    {
        var index = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var value = id(items[i]);
            if (string.IsNullOrWhiteSpace(value))
            {
                Report(PlanningDiagnosticCodes.EmptyId, At(list, i, "id"), "The id is empty, so nothing can refer to this entry; give it a unique id.");
            }
            else if (index.TryGetValue(value, out var first))
            {
                Report(PlanningDiagnosticCodes.DuplicateId, At(list, i, "id"), "The id '" + value + "' is already used by " + At(list, first) + "; ids must be unique within " + list + ".");
            }
            else
            {
                index.Add(value, i);
            }
        }

        return index;
    }

    private void CheckSections()
    {
        if (_plan.ClientGoals.Count == 0)
        {
            Report(PlanningDiagnosticCodes.EmptySection, "clientGoals", "The plan lists no client goals; stage 1 starts from what the client wants.");
        }

        if (_plan.Goals.Count == 0)
        {
            Report(PlanningDiagnosticCodes.EmptySection, "goals", "The plan sets no goals for the client.");
        }

        if (_plan.Actions.Count == 0)
        {
            Report(PlanningDiagnosticCodes.EmptySection, "actions", "The plan has no actions; the strategy must be broken down into dated actions.");
        }
    }

    private void CheckApproval()
    {
        if (_plan.Status != PlanStatus.Approved)
        {
            return;
        }

        var errors = _errors;
        if (errors > 0)
        {
            Report(PlanningDiagnosticCodes.ApprovedWithErrors, "status", "The plan is marked approved but has " + Wording.Count(errors, "error") + "; fix them, or set the status back until they are fixed.");
        }
    }
}
