using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Health;
using KeyAccount.Core.Planning;

namespace KeyAccount.Core.Tests.Health;

/// <summary>
/// Each component's own sentence, the summary before its formula: word for word on the sample
/// account on both days of its change, and, on generated accounts, the counts it states against
/// the facts and the areas' results. The formula tests pin the points; a count that feeds only
/// the sentence (errors, late goals, silent audiences, overdue commitments, stale sections) was
/// free to be wrong: the mutation run of Health (2026-12-07) left every such count alive.
/// </summary>
public class HealthComponentWordingTests
{
    [Fact]
    public void The_samples_components_say_what_they_count_on_the_earlier_day()
    {
        var health = HealthScorecard.Score(SampleAccounts.PublisherAndBookshop(), SampleHealth.Since);

        Assert.Equal(
            new[]
            {
                "The account holds no classification evidence, so the key-client tier is not scored.",
                "The account holds no ladder assessment, so the ladder is not scored.",
                "As of 2025-12-31 the plan has 0 errors and 0 warnings; its schedule meets the deadline of each of its 3 goals. Score: 100, nothing costs it points.",
                "As of 2025-12-31 the map names 2 decision makers, 1 reached strongly; 3 of the client's people and 2 of ours hold strong relationships; 5 other risk findings. Score: 100 - 32.5 = 67.5.",
                "The communication programme starts on 2026-01-05, after 2025-12-31, so on that date it was not yet in force and the communications are not scored.",
                "The diary holds no entry up to 2025-12-31, so commitments and decisions are not scored.",
                "3 of the 5 sections the account holds are stale; each stale section costs an equal share (100 / 5). Score: 100 - 60 = 40.",
                "2 opportunities identified; the best set within the budgets chooses 2. Score: 100, nothing costs it points.",
            },
            health.Components.Select(c => c.Explanation));
    }

    [Fact]
    public void The_samples_components_say_what_they_count_on_the_review_day()
    {
        var health = HealthScorecard.Score(SampleAccounts.PublisherAndBookshop(), SampleHealth.AsOf);

        Assert.Equal(
            new[]
            {
                "The account holds no classification evidence, so the key-client tier is not scored.",
                "The account holds no ladder assessment, so the ladder is not scored.",
                "As of 2026-03-31 the plan has 0 errors and 0 warnings; its review of 2026-03-02 has no finding against it; its schedule meets the deadline of each of its 3 goals. Score: 100, nothing costs it points.",
                "As of 2026-03-31 the map names 2 decision makers, 1 reached strongly; 2 of the client's people and 2 of ours hold strong relationships; 7 other risk findings. Score: 100 - 42.5 = 57.5.",
                "From 2026-01-05 to 2026-03-31 the programme has 11 occurrences, 4 gaps, 3 audiences silent too long and 1 overdue item. Score: 100 - 65 = 35.",
                "Up to 2026-03-31 the diary holds 3 commitments, 1 of them overdue, and 1 decision without a follow-up commitment; the rules of internal communication called for 3 notices, and 1 event did not reach the people who must hear of it. Score: 100 - 27 = 73.",
                "1 of the 5 sections the account holds is stale; each stale section costs an equal share (100 / 5). Score: 100 - 20 = 80.",
                "2 opportunities identified; the best set within the budgets chooses 2. Score: 100, nothing costs it points.",
            },
            health.Components.Select(c => c.Explanation));
    }

    [Property(Arbitrary = new[] { typeof(HealthGenerators) }, MaxTest = 100)]
    public Property Each_scored_components_sentence_states_the_counts_of_its_facts(ScoredAccount s)
    {
        var health = HealthScorecard.Score(s.Account, s.AsOf);
        var wrong = new List<string>();
        foreach (var c in health.Components.Where(c => c.Score is not null))
        {
            foreach (var clause in Clauses(c, s))
            {
                if (!c.Explanation.Contains(clause, StringComparison.Ordinal))
                {
                    wrong.Add(c.Kind + " lacks \"" + clause + "\": " + c.Explanation);
                }
            }
        }

        return (wrong.Count == 0).Label(string.Join(" | ", wrong));
    }

    [Fact]
    public void The_generated_accounts_reach_each_count_on_both_sides_of_one()
    {
        // The property is only as good as its accounts: each count it checks must be seen at 0, at 1 and above 1.
        var seen = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (var seed = 0; seed < 300; seed++)
        {
            var s = HealthGenerators.Scored(seed);
            foreach (var c in HealthScorecard.Score(s.Account, s.AsOf).Components.Where(c => c.Score is not null))
            {
                foreach (var prefix in Prefixes(c.Kind))
                {
                    var n = Math.Min(2, c.Facts.Count(f => f.Key.StartsWith(prefix, StringComparison.Ordinal)));
                    (seen.TryGetValue(prefix, out var set) ? set : seen[prefix] = new HashSet<int>()).Add(n);
                }
            }
        }

        // The generated plans miss one goal at most (3,000 seeds tried): A_plans_sentence_counts_the_goals_its_schedule_cannot_meet has two.
        foreach (var (prefix, counts) in new[] { ("late:", new[] { 0, 1 }), ("silence:", new[] { 0, 1, 2 }), ("overdueItem:", new[] { 0, 1, 2 }), ("overdue:", new[] { 0, 1, 2 }), ("noFollowUp:", new[] { 0, 1, 2 }), ("stale:", new[] { 0, 1, 2 }) })
        {
            Assert.True(seen.TryGetValue(prefix, out var reached) && reached.SetEquals(counts), prefix + " seen at " + string.Join(", ", reached ?? new HashSet<int>()));
        }
    }

    [Theory]
    [InlineData(1, "; its schedule cannot meet 1 of its 3 goals by its deadline.")]
    [InlineData(2, "; its schedule cannot meet 2 of its 3 goals by their deadlines.")]
    public void A_plans_sentence_counts_the_goals_its_schedule_cannot_meet(int early, string clause)
    {
        // The sample plan's first goals due on 2026-01-20, before the actions that serve them end.
        var sample = SampleAccounts.PublisherAndBookshop();
        var plan = sample.Plan! with { Goals = sample.Plan!.Goals.Select((g, i) => i < early ? g with { Deadline = GoalDeadline.Fixed(new NodaTime.LocalDate(2026, 1, 20)) } : g).ToArray() };
        var asOf = new NodaTime.LocalDate(2026, 1, 31);
        var component = HealthScorecard.Score(new AccountDocument(sample.Client, plan: plan), asOf).Component(HealthComponentKind.Plan);

        Assert.Contains(clause, component.Explanation, StringComparison.Ordinal);
        Assert.Equal(early, component.Facts.Count(f => f.Key.StartsWith("late:", StringComparison.Ordinal)));
        var run = PlanAnalysis.Run(plan, asOf);
        Assert.StartsWith("As of 2026-01-31 the plan has " + Count(run.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error), "error") + " and " + Count(run.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning), "warning") + ";", component.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "; its schedule meets its goal's deadline.")]
    [InlineData(true, "; its schedule cannot meet its goal by its deadline.")]
    public void A_plan_with_one_goal_speaks_of_it_alone(bool early, string clause)
    {
        // The sample plan's research goal with the three actions that serve it.
        var sample = SampleAccounts.PublisherAndBookshop();
        var research = sample.Plan!.Goals[0];
        var plan = sample.Plan with
        {
            Goals = new[] { early ? research with { Deadline = GoalDeadline.Fixed(new NodaTime.LocalDate(2026, 1, 20)) } : research },
            Actions = sample.Plan.Actions.Where(a => a.Serves.Contains(research.Id)).ToArray(),
        };
        var component = HealthScorecard.Score(new AccountDocument(sample.Client, plan: plan), new NodaTime.LocalDate(2026, 1, 31)).Component(HealthComponentKind.Plan);

        Assert.Contains(clause, component.Explanation, StringComparison.Ordinal);
        Assert.Equal(early ? 1 : 0, component.Facts.Count(f => f.Key.StartsWith("late:", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_plan_without_goals_says_it_has_none_to_schedule()
    {
        var sample = SampleAccounts.PublisherAndBookshop();
        var plan = sample.Plan! with { Goals = Array.Empty<PlanGoal>() };
        var component = HealthScorecard.Score(new AccountDocument(sample.Client, plan: plan), new NodaTime.LocalDate(2026, 1, 31)).Component(HealthComponentKind.Plan);

        Assert.Contains("; it has no goal to schedule.", component.Explanation, StringComparison.Ordinal);
    }

    private static string[] Prefixes(HealthComponentKind kind) => kind switch
    {
        HealthComponentKind.Plan => new[] { "late:" },
        HealthComponentKind.Communications => new[] { "silence:", "overdueItem:" },
        HealthComponentKind.Commitments => new[] { "overdue:", "noFollowUp:" },
        HealthComponentKind.Freshness => new[] { "stale:" },
        _ => Array.Empty<string>(),
    };

    /// <summary>The clauses a scored component's sentence must hold, counted independently of the sentence.</summary>
    private static IEnumerable<string> Clauses(HealthComponent c, ScoredAccount s)
    {
        int Facts(string prefix) => c.Facts.Count(f => f.Key.StartsWith(prefix, StringComparison.Ordinal));

        switch (c.Kind)
        {
            case HealthComponentKind.Plan:
                var run = PlanAnalysis.Run(s.Account.Plan!, s.AsOf);
                yield return "the plan has " + Count(run.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error), "error") + " and "
                    + Count(run.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning), "warning");
                if (run.Result is { } schedule)
                {
                    var late = schedule.Goals.Count(g => g.Outlook == GoalOutlook.Late);
                    var goals = Count(schedule.Goals.Count, "goal");
                    yield return schedule.Goals.Count == 0 ? "; it has no goal to schedule."
                        : schedule.Goals.Count == 1 ? (late == 0 ? "; its schedule meets its goal's deadline." : "; its schedule cannot meet its goal by its deadline.")
                        : late == 0 ? "; its schedule meets the deadline of each of its " + goals + "."
                        : "; its schedule cannot meet " + late + " of its " + goals + " by " + (late == 1 ? "its deadline." : "their deadlines.");
                }
                else
                {
                    yield return "; its schedule cannot be analysed";
                }

                break;
            case HealthComponentKind.Relationships:
                yield return "; " + Count(c.Facts.Count(f => !f.Key.StartsWith("relationships:", StringComparison.Ordinal)), "other risk finding") + ".";
                break;
            case HealthComponentKind.Communications:
                yield return Count(Facts("gap:"), "gap") + ", " + Count(Facts("silence:"), "audience") + " silent too long and " + Count(Facts("overdueItem:"), "overdue item") + ".";
                break;
            case HealthComponentKind.Commitments:
                yield return ", " + Facts("overdue:") + " of them overdue, and " + Count(Facts("noFollowUp:"), "decision") + " without a follow-up commitment";
                if (c.Explanation.Contains("called for", StringComparison.Ordinal))
                {
                    yield return ", and " + Count(Facts("notice:"), "event") + " did not reach";
                }

                break;
            case HealthComponentKind.Freshness:
                var stale = Facts("stale:");
                yield return stale + " of the ";
                yield return stale == 1 ? " is stale;" : " are stale;";
                break;
        }
    }

    private static string Count(int n, string singular) => n + " " + (n == 1 ? singular : singular + "s");
}
