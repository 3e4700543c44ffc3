using System;
using System.Collections.Generic;
using System.Globalization;

namespace KeyAccount.Core.Negotiation;

/// <summary>
/// Finds every defect of a negotiation plan and reports each as a <see cref="Diagnostic"/> with a
/// <c>KAN</c> code (<see cref="NegotiationDiagnosticCodes"/>) and its JSON path.
/// </summary>
/// <remarks>
/// The issues are checked first; the concession plan and the outcome are checked against the
/// issues' scales only when the issues have no errors (their utilities are undefined otherwise).
/// Cost: linear in the plan's size times the options of an issue.
/// </remarks>
public static class NegotiationPlanValidator
{
    /// <summary>Checks <paramref name="plan"/>.</summary>
    /// <param name="plan">The plan; it may be inconsistent in any way the model allows.</param>
    /// <returns>The diagnostics in the shared order; empty for a plan without defects.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static IReadOnlyList<Diagnostic> Validate(NegotiationPlan plan)
    {
        Require.NotNull(plan, nameof(plan));
        var bag = new DiagnosticBag();
        var scales = CheckIssues(plan, bag);
        if (scales is not null)
        {
            CheckConcessions(plan, scales, bag);
            CheckOutcome(plan, scales, bag);
        }

        return bag.ToSortedList();
    }

    private static DiagnosticDescriptor D(string code) => NegotiationDiagnosticCodes.Get(code);

    private static string At(string list, int index) => list + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>Checks the issues; returns their scales when they have no errors.</summary>
    private static IssueScale[]? CheckIssues(NegotiationPlan plan, DiagnosticBag bag)
    {
        if (string.IsNullOrWhiteSpace(plan.Id))
        {
            bag.Add(D(NegotiationDiagnosticCodes.EmptyId), "id", "The plan's id is empty; give it an id the review and offers can refer to.");
        }

        if (plan.Issues.Count == 0)
        {
            bag.Add(D(NegotiationDiagnosticCodes.NoIssues), "issues", "The plan has no issues; list what is negotiated (price, volume, payment terms, ...).");
            return null;
        }

        if (plan.Issues.Count > 1000)
        {
            bag.Add(D(NegotiationDiagnosticCodes.TooManyIssues), "issues", "The plan has {0} issues; at most 1,000 are analysed.", Wording.Number(plan.Issues.Count));
            return null;
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        double ourWeights = 0, clientWeights = 0;
        var issuesWithErrors = false;
        for (var i = 0; i < plan.Issues.Count; i++)
        {
            var issue = plan.Issues[i];
            var at = At("issues", i);
            var before = bag.Count;
            CheckId(issue.Id, at + ".id", "issues", ids, i, bag);
            CheckIssue(issue, at, bag);
            issuesWithErrors |= bag.Count > before;
            if (IsWeight(issue.OurWeight))
            {
                ourWeights += issue.OurWeight;
            }

            if (IsWeight(issue.ClientWeight))
            {
                clientWeights += issue.ClientWeight;
            }
        }

        if (double.IsInfinity(ourWeights) || double.IsInfinity(clientWeights))
        {
            bag.Add(D(NegotiationDiagnosticCodes.InvalidWeight), "issues", "{0} weights add up beyond the range of a number (about 1.8e308), so they cannot be normalised; use smaller weights in the same proportions.", double.IsInfinity(ourWeights) ? "Our" : "The client's");
        }

        if (!(ourWeights > 0))
        {
            bag.Add(D(NegotiationDiagnosticCodes.ZeroWeights), "issues", "Every one of our weights is zero, so our utility of a package is undefined; give the issues we care about a positive weight.");
        }

        if (!(clientWeights > 0))
        {
            bag.Add(D(NegotiationDiagnosticCodes.ZeroWeights), "issues", "Every one of the client's weights is zero, so its utility of a package is undefined; give the issues it cares about a positive weight.");
        }

        CheckBatna(plan.OurBatna, "ourBatna", "our", bag);
        CheckBatna(plan.ClientBatna, "clientBatna", "the client's", bag);
        if (issuesWithErrors || !(ourWeights > 0) || !(clientWeights > 0) || double.IsInfinity(ourWeights) || double.IsInfinity(clientWeights))
        {
            return null;
        }

        return IssueScale.All(plan.Issues);
    }

    /// <summary>A number as <see cref="Wording.Number(double, int)"/> writes it, or in scientific notation (<c>-1E+300</c>) when it has more than 15 digits before the point.</summary>
    private static string Short(double value, int maxDecimals = 2) => Math.Abs(value) < 1e15 ? Wording.Number(value, maxDecimals) : value.ToString("G3", CultureInfo.InvariantCulture);

    private static bool IsWeight(double weight) => weight >= 0 && !double.IsInfinity(weight);

    private static void CheckId(string id, string path, string list, Dictionary<string, int> ids, int index, DiagnosticBag bag)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            bag.Add(D(NegotiationDiagnosticCodes.EmptyId), path, "The id is empty, so nothing can refer to this entry; give it a unique id.");
        }
        else if (ids.TryGetValue(id, out var first))
        {
            bag.Add(D(NegotiationDiagnosticCodes.DuplicateId), path, "The id {0} is already used by {1}; ids must be unique within {2}.", Wording.Quote(id), At(list, first), list);
        }
        else
        {
            ids.Add(id, index);
        }
    }

    private static void CheckIssue(NegotiationIssue issue, string at, DiagnosticBag bag)
    {
        if (!Defined.Is(issue.Kind))
        {
            bag.Add(D(NegotiationDiagnosticCodes.UndefinedValue), at + ".kind", "The kind {0} is not one of price, volume, paymentTerms, delivery, duration, exclusivity or custom.", (int)issue.Kind);
        }

        var directionsDefined = true;
        if (!Defined.Is(issue.Direction))
        {
            directionsDefined = false;
            bag.Add(D(NegotiationDiagnosticCodes.UndefinedValue), at + ".direction", "The direction {0} is not higherIsBetter or lowerIsBetter.", (int)issue.Direction);
        }

        if (issue.ClientDirection is { } cd && !Defined.Is(cd))
        {
            directionsDefined = false;
            bag.Add(D(NegotiationDiagnosticCodes.UndefinedValue), at + ".clientDirection", "The client's direction {0} is not higherIsBetter or lowerIsBetter.", (int)cd);
        }

        if (directionsDefined)
        {
            if (!Better(issue.Direction, issue.OurTarget, issue.OurWalkAway))
            {
                bag.Add(D(NegotiationDiagnosticCodes.OurTargetNotBetter), at + ".ourTarget", "Our target {0} is not {1} than our walk-away {2}, though {3} is better for us; swap them or fix the direction.", Wording.Number(issue.OurTarget, 4), issue.Direction == IssueDirection.HigherIsBetter ? "higher" : "lower", Wording.Number(issue.OurWalkAway, 4), issue.Direction == IssueDirection.HigherIsBetter ? "higher" : "lower");
            }

            var clientDirection = IssueScale.ClientDirectionOf(issue);
            if (!Better(clientDirection, issue.ClientTarget, issue.ClientWalkAway))
            {
                bag.Add(D(NegotiationDiagnosticCodes.ClientTargetNotBetter), at + ".clientTarget", "The client's target {0} is not {1} than its walk-away {2}, though {3} is better for the client; swap them or set clientDirection.", Wording.Number(issue.ClientTarget, 4), clientDirection == IssueDirection.HigherIsBetter ? "higher" : "lower", Wording.Number(issue.ClientWalkAway, 4), clientDirection == IssueDirection.HigherIsBetter ? "higher" : "lower");
            }
        }

        CheckWeight(issue.OurWeight, at + ".ourWeight", bag);
        CheckWeight(issue.ClientWeight, at + ".clientWeight", bag);
        var hasOptions = issue.Options.Count > 0;
        if (hasOptions == issue.Range is not null)
        {
            bag.Add(D(NegotiationDiagnosticCodes.OptionsOrRange), at, hasOptions
                ? "The issue gives both options and a range; keep one."
                : "The issue gives neither options nor a range, so it has no values to negotiate; list the options or give a range with a step.");
            return;
        }

        if (issue.Range is { } range && IssueScale.RangePoints(range) is null)
        {
            bag.Add(D(NegotiationDiagnosticCodes.InvalidRange), at + ".range", range.Step <= 0
                ? "The range's step is {0}; give a positive step."
                : range.Min > range.Max ? "The range's minimum {1} is above its maximum {2}; swap them."
                : !IssueScale.SpanFits(range) ? "The range from {1} to {2} is wider than an exact decimal holds (about 7.9e28); narrow it."
                : "The range from {1} to {2} at a step of {0} has more than 10,000 points; take a larger step.", Wording.Number(range.Step, 4), Wording.Number(range.Min, 4), Wording.Number(range.Max, 4));
            return;
        }

        var seen = new Dictionary<decimal, int>();
        for (var j = 0; j < issue.Options.Count; j++)
        {
            var value = issue.Options[j].Value;
            if (seen.TryGetValue(value, out var first))
            {
                bag.Add(D(NegotiationDiagnosticCodes.DuplicateOption), At(at + ".options", j) + ".value", "The value {0} is already options[{1}]; each option of an issue has its own value.", Wording.Number(value, 4), first);
            }
            else
            {
                seen.Add(value, j);
            }
        }

        if (directionsDefined && issue.OurTarget != issue.OurWalkAway && issue.ClientTarget != issue.ClientWalkAway)
        {
            var scale = IssueScale.TryCreate(issue)!;
            for (var j = 0; j < scale.Values.Length; j++)
            {
                if (!OnScale(scale.OurScores[j]) || !OnScale(scale.ClientScores[j]))
                {
                    var path = hasOptions ? At(at + ".options", j) + ".value" : at + ".range";
                    bag.Add(D(NegotiationDiagnosticCodes.OptionOffScale), path, "The value {0} is more than a million times the distance between target and walk-away away from them; check the value, the target and the walk-away.", Wording.Number(scale.Values[j], 4));
                    break;
                }
            }
        }
    }

    private static bool OnScale(double score) => Math.Abs(score) <= IssueScale.MaxScore;

    private static bool Better(IssueDirection direction, decimal target, decimal walkAway) =>
        direction == IssueDirection.HigherIsBetter ? target > walkAway : target < walkAway;

    private static void CheckWeight(double weight, string path, DiagnosticBag bag)
    {
        if (!IsWeight(weight))
        {
            bag.Add(D(NegotiationDiagnosticCodes.InvalidWeight), path, "The weight is {0}; give a finite number, 0 or more.", Short(weight, 4));
        }
    }

    private static void CheckBatna(Batna? batna, string path, string side, DiagnosticBag bag)
    {
        if (batna is null)
        {
            bag.Add(D(NegotiationDiagnosticCodes.MissingBatna), path, "{0} BATNA is not given, so it is taken as utility 0 (every issue at its walk-away); say what the alternative to a deal is and what it is worth.", Wording.Capitalise(side));
        }
        else if (double.IsNaN(batna.Utility) || double.IsInfinity(batna.Utility) || Math.Abs(batna.Utility) > IssueScale.MaxScore)
        {
            // Beyond ±1,000,000 the Nash product (utility less BATNA, squared in size) leaves the range of a double.
            bag.Add(D(NegotiationDiagnosticCodes.InvalidBatna), path + ".utility", "{0} BATNA's utility is {1}; give a number on the plan's scale (0 = all walk-aways, 1 = all targets), within ±1,000,000.", Wording.Capitalise(side), Short(batna.Utility));
        }
    }

    /// <summary>Reads a package's terms into option indices per issue; reports what is wrong; null when the package is unusable.</summary>
    internal static int[]? ReadPackage(IReadOnlyList<PackageTerm> terms, IssueScale[] scales, Dictionary<string, int> issueIndex, string at, DiagnosticBag? bag)
    {
        var choice = new int[scales.Length];
        for (var i = 0; i < choice.Length; i++)
        {
            choice[i] = -1;
        }

        var usable = true;
        for (var t = 0; t < terms.Count; t++)
        {
            var term = terms[t];
            var termAt = At(at, t);
            var id = term.Issue?.Trim() ?? string.Empty;
            if (!issueIndex.TryGetValue(id, out var i))
            {
                bag?.Add(D(NegotiationDiagnosticCodes.UnknownIssue), termAt + ".issue", "The issue {0} is not one of the plan's issues.", Wording.Quote(id));
                usable = false;
                continue;
            }

            if (choice[i] != -1)
            {
                bag?.Add(D(NegotiationDiagnosticCodes.IncompletePackage), termAt + ".issue", "The issue {0} is given twice in the package; give each issue once.", Wording.Quote(id));
                usable = false;
                continue;
            }

            var option = scales[i].IndexOf(term.Value);
            if (option < 0)
            {
                bag?.Add(D(NegotiationDiagnosticCodes.ValueNotAnOption), termAt + ".value", "{0} is not one of the values of the issue {1}; use one of its options (or points of its range).", Wording.Number(term.Value, 4), Wording.Quote(id));
                usable = false;
                choice[i] = -2;
                continue;
            }

            choice[i] = option;
        }

        for (var i = 0; i < choice.Length; i++)
        {
            if (choice[i] == -1)
            {
                bag?.Add(D(NegotiationDiagnosticCodes.IncompletePackage), at, "The package leaves out the issue {0}; a package gives a value for every issue.", Wording.Quote(scales[i].Issue.Id));
                usable = false;
            }
        }

        return usable ? choice : null;
    }

    internal static Dictionary<string, int> IssueIndex(IssueScale[] scales)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < scales.Length; i++)
        {
            index[scales[i].Issue.Id] = i;
        }

        return index;
    }

    private static void CheckConcessions(NegotiationPlan plan, IssueScale[] scales, DiagnosticBag bag)
    {
        var issueIndex = IssueIndex(scales);
        var utilities = new PackageUtilities(scales);
        var steps = new int[plan.Concessions.Count][];
        for (var k = 0; k < plan.Concessions.Count; k++)
        {
            var at = At("concessions", k);
            var choice = ReadPackage(plan.Concessions[k].Terms, scales, issueIndex, at + ".terms", bag);
            if (choice is null)
            {
                return;
            }

            steps[k] = choice;
            for (var i = 0; i < scales.Length; i++)
            {
                if (!scales[i].AcceptableToUs(choice[i]))
                {
                    bag.Add(D(NegotiationDiagnosticCodes.PastOurWalkAway), At(at + ".terms", TermIndex(plan.Concessions[k].Terms, scales[i].Issue.Id)) + ".value", "The offer gives {0} on {1}, past our walk-away {2}; never offer beyond the walk-away.", scales[i].Describe(choice[i]), Wording.Quote(scales[i].Name), Wording.Number(scales[i].Issue.OurWalkAway, 4));
                }
            }
        }

        long lastConcession = 0;
        var conceded = new List<(int Step, int Issue)>();
        for (var k = 1; k < steps.Length; k++)
        {
            var at = At("concessions", k);
            var given = utilities.Ours(steps[k - 1]) - utilities.Ours(steps[k]);
            var issues = ConcededIssues(scales, steps[k - 1], steps[k]);
            if (issues.Count > 0 && string.IsNullOrWhiteSpace(plan.Concessions[k].InExchangeFor))
            {
                bag.Add(D(NegotiationDiagnosticCodes.ConcessionNotTraded), at + ".inExchangeFor", "The offer concedes on {0} and says nothing the client gives in exchange; trade every concession for something.", Names(scales, issues));
            }

            if (given < 0)
            {
                bag.Add(D(NegotiationDiagnosticCodes.ConcessionWithdrawn), at, "The offer is worth {0} more to us than the one before: it takes back a concession, which costs trust.", Wording.Number(given / -FrontierMerge.Scale, 3));
            }
            else if (given > 0)
            {
                if (lastConcession > 0 && given >= lastConcession)
                {
                    bag.Add(D(NegotiationDiagnosticCodes.ConcessionsNotShrinking), at, "The concession of {0} is not smaller than the one before ({1}); shrinking concessions show the limit is near.", Wording.Number(given / FrontierMerge.Scale, 3), Wording.Number(lastConcession / FrontierMerge.Scale, 3));
                }

                lastConcession = given;
            }

            foreach (var i in issues)
            {
                conceded.Add((k, i));
            }
        }

        var reported = new HashSet<(int, int)>();
        foreach (var early in conceded)
        {
            foreach (var late in conceded)
            {
                if (late.Step > early.Step && scales[late.Issue].Issue.ClientWeight > scales[early.Issue].Issue.ClientWeight && reported.Add(early))
                {
                    bag.Add(D(NegotiationDiagnosticCodes.LowValueConcededFirst), At("concessions", early.Step), "The offer concedes on {0}, which the client values less (weight {1}) than {2} (weight {3}), conceded only at step {4}; concede first where the client values it most.", Wording.Quote(scales[early.Issue].Name), Wording.Number(scales[early.Issue].Issue.ClientWeight, 3), Wording.Quote(scales[late.Issue].Name), Wording.Number(scales[late.Issue].Issue.ClientWeight, 3), late.Step);
                }
            }
        }
    }

    internal static List<int> ConcededIssues(IssueScale[] scales, int[] before, int[] after)
    {
        var issues = new List<int>();
        for (var i = 0; i < scales.Length; i++)
        {
            if (scales[i].OurScores[after[i]] < scales[i].OurScores[before[i]])
            {
                issues.Add(i);
            }
        }

        return issues;
    }

    private static string Names(IssueScale[] scales, List<int> issues)
    {
        var names = new List<string>();
        foreach (var i in issues)
        {
            names.Add(Wording.Quote(scales[i].Name));
        }

        return string.Join(", ", names);
    }

    private static int TermIndex(IReadOnlyList<PackageTerm> terms, string issue)
    {
        for (var t = 0; t < terms.Count; t++)
        {
            if (string.Equals(terms[t].Issue?.Trim(), issue, StringComparison.Ordinal))
            {
                return t;
            }
        }

        return 0;
    }

    private static void CheckOutcome(NegotiationPlan plan, IssueScale[] scales, DiagnosticBag bag)
    {
        if (plan.Outcome is not { } outcome)
        {
            return;
        }

        var issueIndex = IssueIndex(scales);
        var agreed = ReadPackage(outcome.Agreed, scales, issueIndex, "outcome.agreed", bag);
        if (outcome.ClientOpening.Count > 0)
        {
            ReadPackage(outcome.ClientOpening, scales, issueIndex, "outcome.clientOpening", bag);
        }

        if (agreed is null)
        {
            return;
        }

        for (var i = 0; i < scales.Length; i++)
        {
            if (!scales[i].AcceptableToUs(agreed[i]))
            {
                bag.Add(D(NegotiationDiagnosticCodes.AgreedPastWalkAway), At("outcome.agreed", TermIndex(outcome.Agreed, scales[i].Issue.Id)) + ".value", "The agreement gives {0} on {1}, past our walk-away {2}.", scales[i].Describe(agreed[i]), Wording.Quote(scales[i].Name), Wording.Number(scales[i].Issue.OurWalkAway, 4));
            }
        }
    }
}
