using System;
using System.Collections.Generic;
using System.Globalization;

namespace KeyAccount.Core.Classification;

/// <summary>
/// Finds every defect of a classification document and reports each as a <see cref="Diagnostic"/>
/// with a code of <see cref="ClassificationDiagnosticCodes"/> and the JSON path of the defect
/// (without <c>$.</c>, e.g. <c>clients[3].sales[0]</c>).
/// </summary>
/// <remarks>
/// A document whose JSON has the right shape always loads; its wrong values (a negative sales
/// figure, a market share above 1, a ladder level 7) are reported here, never refused while
/// reading. The list comes in the shared order (<see cref="Diagnostics.Sort"/>), at most
/// <c>1,000</c> of one code and then one diagnostic saying how many more there were. Cost: linear
/// in the size of the document.
/// </remarks>
public static class ClassificationValidator
{
    /// <summary>Checks a classification document: its clients' evidence, departments' lists, previous verdicts and policy.</summary>
    /// <param name="document">The document; it may be inconsistent in any way the model allows.</param>
    /// <returns>The diagnostics in the shared order; empty for a document without defects.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static IReadOnlyList<Diagnostic> Validate(ClassificationPortfolioDocument document)
    {
        Require.NotNull(document, nameof(document));
        var bag = new DiagnosticBag();
        var policy = document.Policy ?? ClassificationPolicy.Default;
        document.Policy?.Check(bag, "policy");
        var clients = NonNull(bag, document.Clients, "clients", "A client's evidence is null.");
        CheckClients(bag, clients.Items, policy, "clients", policyUsable: document.Policy is null || !document.Policy.Validate().HasErrors(), positions: clients.Positions);
        if (document.Departments is { } departments)
        {
            NonNull(bag, departments, "departments", "A department list is null.");
        }

        if (document.Previous is { } previous)
        {
            NonNull(bag, previous, "previous", "A previous verdict is null.");
        }

        CheckDepartments(bag, document.Departments, clients.Items);
        CheckPrevious(bag, document.Previous, "previous");
        return bag.ToSortedList();
    }

    /// <summary>
    /// <see cref="Validate"/> without the sums beyond decimal (<c>KCL009</c>, <c>KCL010</c>): for a
    /// caller that checks those sums itself and reports them its own way (the review, <c>KRV005</c>).
    /// </summary>
    internal static IReadOnlyList<Diagnostic> ValidateExceptTotals(ClassificationPortfolioDocument document)
    {
        var all = Validate(document);
        var kept = new List<Diagnostic>(all.Count);
        foreach (var d in all)
        {
            if (d.Code is not ClassificationDiagnosticCodes.PeriodTotalOverflow and not ClassificationDiagnosticCodes.SeriesTotalOverflow)
            {
                kept.Add(d);
            }
        }

        return kept;
    }

    /// <summary>The findings about clients' evidence passed directly to an analysis (paths under <paramref name="path"/>).</summary>
    internal static IReadOnlyList<Diagnostic> ValidateClients(IReadOnlyList<ClientEvidence> clients, ClassificationPolicy policy, string path, bool periodTotals)
    {
        var bag = new DiagnosticBag();
        CheckClients(bag, clients, policy, path, policyUsable: true, periodTotals);
        return bag.ToSortedList();
    }

    /// <summary>The findings about previous verdicts passed directly to an analysis.</summary>
    internal static IReadOnlyList<Diagnostic> ValidatePrevious(IReadOnlyList<ClassificationSnapshot> previous, string path)
    {
        var bag = new DiagnosticBag();
        CheckPrevious(bag, previous, path);
        return bag.ToSortedList();
    }

    /// <summary>The entries that are not null, with their positions in the document; reports each null one (KCL008).</summary>
    private static (List<T> Items, List<int> Positions) NonNull<T>(DiagnosticBag bag, IReadOnlyList<T> list, string path, string message)
        where T : class
    {
        var items = new List<T>(list.Count);
        var positions = new List<int>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                bag.Add(Code(ClassificationDiagnosticCodes.NullEntry), F("{0}[{1}]", path, i), message);
            }
            else
            {
                items.Add(list[i]);
                positions.Add(i);
            }
        }

        return (items, positions);
    }

    private static void CheckClients(DiagnosticBag bag, IReadOnlyList<ClientEvidence> clients, ClassificationPolicy policy, string path, bool policyUsable, bool periodTotals = true, List<int>? positions = null)
    {
        var periodCount = 0;
        foreach (var client in clients)
        {
            periodCount = Math.Max(periodCount, client.PeriodCount);
        }

        if (clients.Count == 0 && positions is { Count: 0 })
        {
            bag.Add(Code(ClassificationDiagnosticCodes.NoClients), path, "The document has no clients to classify.");
        }

        var firstIndex = new Dictionary<ClientId, int>(clients.Count);
        for (var i = 0; i < clients.Count; i++)
        {
            var client = clients[i];
            var position = positions is null ? i : positions[i];
            var at = F("{0}[{1}]", path, position);
            if (firstIndex.TryGetValue(client.Client, out var first))
            {
                bag.Add(Code(ClassificationDiagnosticCodes.DuplicateClient), at + ".client", F("Client {0} already appears at {1}[{2}]; each client must appear once.", Wording.Quote(client.Client.Value), path, first));
            }
            else
            {
                firstIndex.Add(client.Client, position);
            }

            ShortHistory(bag, client.Profits.Count, periodCount, at + ".profits");
            ShortHistory(bag, client.OpportunityCounts.Count, periodCount, at + ".opportunityCounts");
            ShortHistory(bag, client.Sales.Count, periodCount, at + ".sales");
            CheckValues(bag, client, at);
            if (policyUsable)
            {
                CheckWindowSums(bag, client, policy.WindowPeriods, at);
            }
        }

        if (policyUsable && periodTotals)
        {
            CheckPeriodTotals(bag, clients, policy.WindowPeriods, periodCount, path);
        }
    }

    private static void ShortHistory(DiagnosticBag bag, int length, int periodCount, string path)
    {
        if (length > 0 && length < periodCount)
        {
            bag.Add(Code(ClassificationDiagnosticCodes.ShortHistory), path, F("The series covers the last {0} of the portfolio's {1} periods; the earlier ones are unknown.", Wording.Number(length), Wording.Number(periodCount)));
        }
    }

    private static void CheckValues(DiagnosticBag bag, ClientEvidence client, string at)
    {
        var counts = client.OpportunityCountArray;
        for (var j = 0; j < counts.Length; j++)
        {
            if (counts[j] is { } c && c < 0)
            {
                bag.Add(Code(ClassificationDiagnosticCodes.NegativeOpportunityCount), F("{0}.opportunityCounts[{1}]", at, j), F("The opportunity count is {0}; a count is 0 or more.", Wording.Number(c)));
            }
        }

        NonNegative(bag, client.OpportunityValueArray, at + ".opportunityValues", ClassificationDiagnosticCodes.NegativeOpportunityValue, "opportunity value");
        NonNegative(bag, client.SalesArray, at + ".sales", ClassificationDiagnosticCodes.NegativeSales, "sales figure");
        if (client.LadderLevel is { } level && level is < Ladder.LadderLevel.CommodityBroker or > Ladder.LadderLevel.BusinessPartner)
        {
            bag.Add(Code(ClassificationDiagnosticCodes.UndefinedLadderLevel), at + ".ladderLevel", F("The ladder level is {0}; it must be a rung from 1 (commodity broker) to 4 (business partner).", (int)level));
        }

        InRange(bag, client.SurveyScore, 0, 100, at + ".surveyScore", ClassificationDiagnosticCodes.SurveyScoreOutOfRange, "survey score");
        if (client.IndustryRank is { } rank && rank < 1)
        {
            bag.Add(Code(ClassificationDiagnosticCodes.IndustryRankOutOfRange), at + ".industryRank", F("The industry rank is {0}; the leader is 1 and ranks count up from there.", Wording.Number(rank)));
        }

        InRange(bag, client.MarketShare, 0, 1, at + ".marketShare", ClassificationDiagnosticCodes.MarketShareOutOfRange, "market share");
        InRange(bag, client.InfluenceRating, 0, 100, at + ".influenceRating", ClassificationDiagnosticCodes.InfluenceRatingOutOfRange, "influence rating");
    }

    private static void NonNegative(DiagnosticBag bag, decimal?[] series, string path, string code, string what)
    {
        for (var j = 0; j < series.Length; j++)
        {
            if (series[j] is { } v && v < 0)
            {
                bag.Add(Code(code), F("{0}[{1}]", path, j), F("The {0} is {1}; it must be 0 or more.", what, Wording.Number(v)));
            }
        }
    }

    private static void InRange(DiagnosticBag bag, double? value, double min, double max, string path, string code, string what)
    {
        if (value is { } v && !(v >= min && v <= max))
        {
            bag.Add(Code(code), path, F("The {0} is {1}; it must be a finite number from {2} to {3}.", what, Wording.Number(v, 6), Wording.Number(min), Wording.Number(max)));
        }
    }

    /// <summary>The sums the classification takes over the window of one client must fit in decimal.</summary>
    private static void CheckWindowSums(DiagnosticBag bag, ClientEvidence client, int window, string at)
    {
        Sum(bag, client.ProfitArray, window, at + ".profits", "profits");
        Sum(bag, client.OpportunityValueArray, window, at + ".opportunityValues", "opportunity values");
        Sum(bag, client.SalesArray, window, at + ".sales", "sales");
    }

    private static void Sum(DiagnosticBag bag, decimal?[] series, int window, string path, string what)
    {
        // The series ends at the portfolio's last period, so the window is its last `window` entries.
        var start = Math.Max(0, series.Length - window);
        var sum = 0m;
        for (var j = start; j < series.Length; j++)
        {
            if (series[j] is { } v && !TryAdd(ref sum, v))
            {
                bag.Add(Code(ClassificationDiagnosticCodes.SeriesTotalOverflow), path, F("The {0} of the last {1} add up beyond the range of decimal (about ±7.9e28); express them in a larger unit.", what, Wording.Count(window, "period")));
                return;
            }
        }
    }

    /// <summary>Each window period's profits across clients (net and positive) must fit in decimal for the 20/80 rule.</summary>
    private static void CheckPeriodTotals(DiagnosticBag bag, IReadOnlyList<ClientEvidence> clients, int window, int periodCount, string path)
    {
        for (var period = Math.Max(0, periodCount - window); period < periodCount; period++)
        {
            if (PeriodOverflows(clients, period, periodCount))
            {
                bag.Add(Code(ClassificationDiagnosticCodes.PeriodTotalOverflow), path, PeriodOverflowMessage(period, periodCount));
            }
        }
    }

    /// <summary>The first window period whose profits add up beyond decimal, or -1.</summary>
    internal static int FirstPeriodOverflow(IReadOnlyList<ClientEvidence> clients, int window)
    {
        var periodCount = 0;
        foreach (var client in clients)
        {
            periodCount = Math.Max(periodCount, client.PeriodCount);
        }

        for (var period = Math.Max(0, periodCount - window); period < periodCount; period++)
        {
            if (PeriodOverflows(clients, period, periodCount))
            {
                return period;
            }
        }

        return -1;
    }

    private static bool PeriodOverflows(IReadOnlyList<ClientEvidence> clients, int period, int periodCount)
    {
        decimal net = 0m, positive = 0m;
        foreach (var client in clients)
        {
            var profits = client.ProfitArray;
            var s = period - (periodCount - profits.Length);
            if (s >= 0 && profits[s] is { } p && (!TryAdd(ref net, p) || (p > 0 && !TryAdd(ref positive, p))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The message of <c>KCL009</c>.</summary>
    internal static string PeriodOverflowMessage(int period, int periodCount) =>
        F("The clients' profits of period {0} (0 is the oldest of {1}) add up beyond the range of decimal (about ±7.9e28); express them in a larger unit.", period, periodCount);

    private static bool TryAdd(ref decimal sum, decimal value)
    {
        // decimal addition throws only on overflow; comparing first keeps exceptions off the normal path.
        if ((value > 0 && sum > decimal.MaxValue - value) || (value < 0 && sum < decimal.MinValue - value))
        {
            return false;
        }

        sum += value;
        return true;
    }

    private static void CheckDepartments(DiagnosticBag bag, IReadOnlyList<DepartmentList>? departments, IReadOnlyList<ClientEvidence> clients)
    {
        if (departments is null)
        {
            return;
        }

        var withEvidence = new HashSet<ClientId>();
        foreach (var client in clients)
        {
            withEvidence.Add(client.Client);
        }

        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var d = 0; d < departments.Count; d++)
        {
            var list = departments[d];
            if (list is null)
            {
                continue;
            }

            if (list.Department.Length == 0)
            {
                bag.Add(Code(ClassificationDiagnosticCodes.DepartmentNameEmpty), F("departments[{0}].department", d), "The department list has no name; name the department (sales, finance, marketing ...).");
            }
            else if (names.TryGetValue(list.Department, out var first))
            {
                bag.Add(Code(ClassificationDiagnosticCodes.DuplicateDepartment), F("departments[{0}].department", d), F("Department {0} already has a list at departments[{1}].", Wording.Quote(list.Department), first));
            }
            else
            {
                names.Add(list.Department, d);
            }

            var seen = new HashSet<ClientId>();
            for (var j = 0; j < list.Clients.Count; j++)
            {
                var client = list.Clients[j];
                if (!seen.Add(client))
                {
                    bag.Add(Code(ClassificationDiagnosticCodes.ClientNamedTwice), F("departments[{0}].clients[{1}]", d, j), F("{0} is named twice by {1}; it counts once.", Wording.Quote(client.Value), list.Department));
                }
                else if (!withEvidence.Contains(client))
                {
                    bag.Add(Code(ClassificationDiagnosticCodes.NamedWithoutEvidence), F("departments[{0}].clients[{1}]", d, j), F("{0}, named by {1}, has no evidence in the document; the comparison will list it as unsupported.", Wording.Quote(client.Value), list.Department));
                }
            }
        }
    }

    private static void CheckPrevious(DiagnosticBag bag, IReadOnlyList<ClassificationSnapshot>? previous, string path)
    {
        if (previous is null)
        {
            return;
        }

        var seen = new Dictionary<ClientId, int>();
        for (var i = 0; i < previous.Count; i++)
        {
            var snapshot = previous[i];
            if (snapshot is null)
            {
                continue;
            }

            if (seen.TryGetValue(snapshot.Client, out var first))
            {
                bag.Add(Code(ClassificationDiagnosticCodes.DuplicatePrevious), F("{0}[{1}].client", path, i), F("Client {0} already appears at {1}[{2}].", Wording.Quote(snapshot.Client.Value), path, first));
            }
            else
            {
                seen.Add(snapshot.Client, i);
            }

            if (snapshot.Tier is < ClientTier.Other or > ClientTier.Key)
            {
                bag.Add(Code(ClassificationDiagnosticCodes.UndefinedPreviousValue), F("{0}[{1}].tier", path, i), F("The tier is {0}; it must be Other (0), PotentialKey (1) or Key (2).", (int)snapshot.Tier));
            }

            if (snapshot.MetCriteria is { } met)
            {
                for (var j = 0; j < met.Count; j++)
                {
                    if (met[j] is < KeyCriterion.SteadyHighProfit or > KeyCriterion.MarketLeadership)
                    {
                        bag.Add(Code(ClassificationDiagnosticCodes.UndefinedPreviousValue), F("{0}[{1}].metCriteria[{2}]", path, i, j), F("The criterion is {0}; it must be one of the four criteria (0 to 3).", (int)met[j]));
                    }
                }
            }
        }
    }

    private static DiagnosticDescriptor Code(string code) => ClassificationDiagnosticCodes.Get(code);

    private static string F(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
