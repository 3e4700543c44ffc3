using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KeyAccount.Core.Negotiation;

/// <summary>
/// The preparation of a negotiation (section 7 of the method): the zone of possible agreement
/// per issue and overall, both sides' additive utilities, the exact efficient frontier of
/// packages, the packages near its balanced point (Nash product), and the concession plan and
/// outcome measured. Formulas in <c>docs/negotiation.md</c>.
/// </summary>
public static class NegotiationPreparation
{
    /// <summary>Validates <paramref name="plan"/> and <paramref name="settings"/> and, when no error stands in the way, analyses the plan.</summary>
    /// <param name="plan">The negotiation plan.</param>
    /// <param name="settings">The settings; null for <see cref="NegotiationSettings.Default"/>. Their diagnostics carry the path prefix <c>settings</c>.</param>
    /// <returns>The diagnostics and the analysis; the analysis is null when the issues, the BATNAs or the settings have errors. Errors in the concession plan or the outcome only withhold those parts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static DocumentRun<NegotiationAnalysis> Run(NegotiationPlan plan, NegotiationSettings? settings = null)
    {
        Require.NotNull(plan, nameof(plan));
        settings ??= NegotiationSettings.Default;
        var bag = new DiagnosticBag();
        var planDiagnostics = NegotiationPlanValidator.Validate(plan);
        bag.AddRange(planDiagnostics);
        var settingsDiagnostics = settings.Validate();
        bag.AddRange(settingsDiagnostics, "settings");
        var diagnostics = bag.ToSortedList();
        if (settingsDiagnostics.HasErrors() || planDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && !InLaterParts(d.Path)))
        {
            return new DocumentRun<NegotiationAnalysis>(diagnostics, null);
        }

        var concessionsUsable = !planDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Path.StartsWith("concessions", StringComparison.Ordinal));
        var outcomeUsable = !planDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Path.StartsWith("outcome", StringComparison.Ordinal));
        return new DocumentRun<NegotiationAnalysis>(diagnostics, Compute(plan, settings, concessionsUsable, outcomeUsable));
    }

    /// <summary>Analyses a plan that has no errors.</summary>
    /// <param name="plan">The negotiation plan, valid.</param>
    /// <param name="settings">The settings; null for <see cref="NegotiationSettings.Default"/>.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="ArgumentException">The plan or the settings have errors; the message lists them.</exception>
    public static NegotiationAnalysis Analyze(NegotiationPlan plan, NegotiationSettings? settings = null)
    {
        Require.NotNull(plan, nameof(plan));
        settings ??= NegotiationSettings.Default;
        Require.Valid(NegotiationPlanValidator.Validate(plan), nameof(plan), "negotiation plan");
        Require.Valid(settings.Validate(), nameof(settings), "negotiation settings");
        return Compute(plan, settings, true, true);
    }

    /// <summary>Both sides' utilities of one package of a valid plan.</summary>
    /// <param name="plan">The negotiation plan, valid.</param>
    /// <param name="terms">One term per issue, each value one of the issue's options or range points.</param>
    /// <returns>The package in plan order with both utilities.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The plan has errors, or the terms are not a complete package of its values.</exception>
    public static NegotiationPackage Evaluate(NegotiationPlan plan, IReadOnlyList<PackageTerm> terms)
    {
        Require.NotNull(plan, nameof(plan));
        Require.NotNull(terms, nameof(terms));
        Require.Valid(NegotiationPlanValidator.Validate(plan), nameof(plan), "negotiation plan");
        var scales = IssueScale.All(plan.Issues);
        var bag = new DiagnosticBag();
        var choice = NegotiationPlanValidator.ReadPackage(terms, scales, NegotiationPlanValidator.IssueIndex(scales), "terms", bag);
        Require.Valid(bag.ToSortedList(), nameof(terms), "package");
        return Package(scales, new PackageUtilities(scales), choice!);
    }

    private static bool InLaterParts(string path) =>
        path.StartsWith("concessions", StringComparison.Ordinal) || path.StartsWith("outcome", StringComparison.Ordinal);

    private static NegotiationAnalysis Compute(NegotiationPlan plan, NegotiationSettings settings, bool concessionsUsable, bool outcomeUsable)
    {
        var scales = IssueScale.All(plan.Issues);
        var utilities = new PackageUtilities(scales);
        var ourBatna = plan.OurBatna?.Utility ?? 0;
        var clientBatna = plan.ClientBatna?.Utility ?? 0;

        var frontier = Frontier(scales, utilities, null, settings.MaxFrontierPoints, "every package");
        var agreeableOptions = new int[scales.Length][];
        for (var i = 0; i < scales.Length; i++)
        {
            agreeableOptions[i] = Enumerable.Range(0, scales[i].Values.Length).Where(scales[i].Agreeable).ToArray();
        }

        var zones = scales.Select((s, i) => Zone(s, agreeableOptions[i])).ToArray();
        var allIssuesAgree = zones.All(z => z.HasAgreement);
        var agreeable = allIssuesAgree
            ? Frontier(scales, utilities, agreeableOptions, settings.MaxFrontierPoints, "the packages within both sides' walk-aways")
            : new EfficientFrontier(Array.Empty<NegotiationPackage>(), true, 0, "No package keeps every issue within both sides' walk-aways, so there is no agreeable frontier.");
        var suggestions = Suggest(agreeable, ourBatna, clientBatna, settings.Suggestions);
        var zone = Overall(zones, agreeable, ourBatna, clientBatna, agreeableOptions);
        var concessions = concessionsUsable && plan.Concessions.Count > 0 ? Concessions(plan, scales, utilities) : null;
        var outcome = outcomeUsable && plan.Outcome is not null ? Outcome(plan, scales, utilities, ourBatna, concessionsUsable) : null;
        var explanation = string.Format(
            CultureInfo.InvariantCulture,
            "{0} {1} {2}",
            zone.Explanation,
            frontier.Explanation,
            suggestions.Count > 0 ? "The most balanced agreeable package (largest Nash product) gives us " + Wording.Number(suggestions[0].Package.OurUtility, 3) + " and the client " + Wording.Number(suggestions[0].Package.ClientUtility, 3) + "." : "No package to suggest: none within both walk-aways gives both sides more than their BATNA.");
        return new NegotiationAnalysis(plan.Id, zone, frontier, agreeable, suggestions, ourBatna, clientBatna, concessions, outcome, explanation);
    }

    private static IssueZone Zone(IssueScale scale, int[] agreeable)
    {
        var issue = scale.Issue;
        decimal? low = null, high = null;
        Bound(issue.Direction, issue.OurWalkAway, ref low, ref high);
        Bound(scale.ClientDirection, issue.ClientWalkAway, ref low, ref high);
        var values = agreeable.Select(j => scale.Values[j]).OrderBy(v => v).ToArray();
        var unit = string.IsNullOrWhiteSpace(issue.Unit) ? string.Empty : " " + issue.Unit;
        string explanation;
        if (low is { } l && high is { } h && l > h)
        {
            explanation = string.Format(CultureInfo.InvariantCulture, "No zone of agreement on {0}: we accept nothing {1} {2}{3}, the client (we estimate) nothing {4} {5}{3}.", Wording.Quote(scale.Name), issue.Direction == IssueDirection.HigherIsBetter ? "below" : "above", Wording.Number(issue.OurWalkAway, 4), unit, scale.ClientDirection == IssueDirection.HigherIsBetter ? "below" : "above", Wording.Number(issue.ClientWalkAway, 4));
        }
        else if (values.Length == 0)
        {
            explanation = string.Format(CultureInfo.InvariantCulture, "The walk-aways on {0} leave a zone from {1} to {2}, but none of the issue's values falls in it; add an option inside it.", Wording.Quote(scale.Name), low is null ? "any value" : Wording.Number(low.Value, 4) + unit, high is null ? "any value" : Wording.Number(high.Value, 4) + unit);
            low = high = null;
        }
        else
        {
            explanation = string.Format(CultureInfo.InvariantCulture, "Zone of agreement on {0}: from {1} to {2}, with {3} inside.", Wording.Quote(scale.Name), low is null ? "any value" : Wording.Number(low.Value, 4) + unit, high is null ? "any value" : Wording.Number(high.Value, 4) + unit, Wording.Count(values.Length, "value"));
        }

        var has = values.Length > 0;
        return new IssueZone(issue.Id, has, has ? low : null, has ? high : null, values, explanation);
    }

    private static void Bound(IssueDirection direction, decimal walkAway, ref decimal? low, ref decimal? high)
    {
        if (direction == IssueDirection.HigherIsBetter)
        {
            low = low is null || walkAway > low ? walkAway : low;
        }
        else
        {
            high = high is null || walkAway < high ? walkAway : high;
        }
    }

    private static AgreementZone Overall(IssueZone[] zones, EfficientFrontier agreeable, double ourBatna, double clientBatna, int[][] agreeableOptions)
    {
        double count = 1;
        foreach (var options in agreeableOptions)
        {
            count *= options.Length;
        }

        var without = zones.Where(z => !z.HasAgreement).Select(z => Wording.Quote(z.Issue)).ToArray();
        if (without.Length > 0)
        {
            return new AgreementZone(zones, false, 0, "There is no zone of possible agreement: no value of " + string.Join(", ", without) + " is acceptable to both sides; widen a walk-away or add an option.");
        }

        if (!agreeable.Complete)
        {
            return new AgreementZone(zones, true, count, string.Format(CultureInfo.InvariantCulture, "Every issue has a zone of agreement ({0} packages in all); the frontier was too large to check the BATNAs exactly.", Wording.Number(count, 0)));
        }

        var meets = agreeable.Packages.Any(p => p.OurUtility >= ourBatna && p.ClientUtility >= clientBatna);
        return meets
            ? new AgreementZone(zones, true, count, string.Format(CultureInfo.InvariantCulture, "There is a zone of possible agreement: {0} packages keep every issue within both walk-aways, and some give both sides at least their BATNA (ours {1}, the client's {2}).", Wording.Number(count, 0), Wording.Number(ourBatna, 3), Wording.Number(clientBatna, 3)))
            : new AgreementZone(zones, false, count, string.Format(CultureInfo.InvariantCulture, "There is no zone of possible agreement: {0} packages keep every issue within both walk-aways, but none gives both sides their BATNA (ours {1}, the client's {2}); one side is better off without a deal.", Wording.Number(count, 0), Wording.Number(ourBatna, 3), Wording.Number(clientBatna, 3)));
    }

    private static EfficientFrontier Frontier(IssueScale[] scales, PackageUtilities utilities, int[][]? options, int maxPoints, string over)
    {
        var ours = new long[scales.Length][];
        var theirs = new long[scales.Length][];
        double count = 1;
        for (var i = 0; i < scales.Length; i++)
        {
            var keep = options?[i] ?? Enumerable.Range(0, scales[i].Values.Length).ToArray();
            ours[i] = keep.Select(j => utilities.OurUnits[i][j]).ToArray();
            theirs[i] = keep.Select(j => utilities.ClientUnits[i][j]).ToArray();
            count *= keep.Length;
        }

        var result = FrontierMerge.Compute(ours, theirs, maxPoints);
        if (result is null)
        {
            return new EfficientFrontier(Array.Empty<NegotiationPackage>(), false, count, string.Format(CultureInfo.InvariantCulture, "The efficient frontier of {0} ({1} packages) grew past {2} points and was not computed; raise maxFrontierPoints or merge issues.", over, Wording.Number(count, 0), Wording.Number(maxPoints)));
        }

        var packages = new NegotiationPackage[result.Choices.Length];
        for (var s = 0; s < packages.Length; s++)
        {
            var choice = result.Choices[s];
            if (options is not null)
            {
                choice = choice.Select((j, i) => options[i][j]).ToArray();
            }

            packages[s] = Package(scales, utilities, choice);
        }

        var text = packages.Length == 1
            ? string.Format(CultureInfo.InvariantCulture, "The efficient frontier of {0} ({1} packages) is a single package, best for both sides.", over, Wording.Number(count, 0))
            : string.Format(CultureInfo.InvariantCulture, "The efficient frontier of {0} ({1} packages) holds {2} packages, from ours {3} / client's {4} to ours {5} / client's {6}.", over, Wording.Number(count, 0), Wording.Number(packages.Length), Wording.Number(packages[0].OurUtility, 3), Wording.Number(packages[0].ClientUtility, 3), Wording.Number(packages[packages.Length - 1].OurUtility, 3), Wording.Number(packages[packages.Length - 1].ClientUtility, 3));
        return new EfficientFrontier(packages, true, count, text);
    }

    private static NegotiationPackage Package(IssueScale[] scales, PackageUtilities utilities, int[] choice)
    {
        var terms = new PackageTerm[scales.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = new PackageTerm(scales[i].Issue.Id, scales[i].Values[choice[i]]);
        }

        return new NegotiationPackage(terms, utilities.Ours(choice) / FrontierMerge.Scale, utilities.Clients(choice) / FrontierMerge.Scale);
    }

    private static List<SuggestedPackage> Suggest(EfficientFrontier agreeable, double ourBatna, double clientBatna, int count)
    {
        var ranked = agreeable.Packages
            .Select((p, index) => (Package: p, Index: index, Product: (p.OurUtility - ourBatna) * (p.ClientUtility - clientBatna)))
            .Where(c => c.Package.OurUtility > ourBatna && c.Package.ClientUtility > clientBatna)
            .OrderByDescending(c => c.Product)
            .ThenBy(c => c.Index)
            .Take(count)
            .ToList();
        var suggestions = new List<SuggestedPackage>(ranked.Count);
        foreach (var c in ranked)
        {
            var rank = suggestions.Count + 1;
            var terms = string.Join(", ", c.Package.Terms.Select(t => t.Issue + " " + Wording.Number(t.Value, 4)));
            var text = string.Format(
                CultureInfo.InvariantCulture,
                "{0}: gives us {1} ({2} above our BATNA) and the client {3} ({4} above its BATNA); Nash product {5}{6}; every issue within both walk-aways and no package beats it for one side without losing for the other. Terms: {7}.",
                rank == 1 ? "The most balanced package" : "Balanced package " + rank.ToString(CultureInfo.InvariantCulture),
                Wording.Number(c.Package.OurUtility, 3),
                Wording.Number(c.Package.OurUtility - ourBatna, 3),
                Wording.Number(c.Package.ClientUtility, 3),
                Wording.Number(c.Package.ClientUtility - clientBatna, 3),
                Wording.Number(c.Product, 4),
                rank == 1 ? ", the largest on the frontier" : string.Empty,
                terms);
            suggestions.Add(new SuggestedPackage(rank, c.Package, c.Product, text));
        }

        return suggestions;
    }

    private static ConcessionReview Concessions(NegotiationPlan plan, IssueScale[] scales, PackageUtilities utilities)
    {
        var index = NegotiationPlanValidator.IssueIndex(scales);
        var steps = new List<ConcessionStepReview>();
        int[]? before = null;
        foreach (var step in plan.Concessions)
        {
            var choice = NegotiationPlanValidator.ReadPackage(step.Terms, scales, index, "concessions", null)!;
            var conceded = before is null ? new List<int>() : NegotiationPlanValidator.ConcededIssues(scales, before, choice);
            var given = before is null ? 0 : (utilities.Ours(before) - utilities.Ours(choice)) / FrontierMerge.Scale;
            steps.Add(new ConcessionStepReview(steps.Count, utilities.Ours(choice) / FrontierMerge.Scale, utilities.Clients(choice) / FrontierMerge.Scale, given, conceded.Select(i => scales[i].Issue.Id).ToArray()));
            before = choice;
        }

        var total = steps[0].OurUtility - steps[steps.Count - 1].OurUtility;
        var text = string.Format(CultureInfo.InvariantCulture, "The concession plan opens at {0} for us and {1} for the client and, over {2}, gives up {3} of our utility, ending at {4}.", Wording.Number(steps[0].OurUtility, 3), Wording.Number(steps[0].ClientUtility, 3), Wording.Count(steps.Count - 1, "further step"), Wording.Number(total, 3), Wording.Number(steps[steps.Count - 1].OurUtility, 3));
        return new ConcessionReview(steps, text);
    }

    private static OutcomeReview Outcome(NegotiationPlan plan, IssueScale[] scales, PackageUtilities utilities, double ourBatna, bool concessionsUsable)
    {
        var outcome = plan.Outcome!;
        var index = NegotiationPlanValidator.IssueIndex(scales);
        var agreed = NegotiationPlanValidator.ReadPackage(outcome.Agreed, scales, index, "outcome.agreed", null)!;
        var package = Package(scales, utilities, agreed);
        var terms = scales.Select((s, i) => new OutcomeTerm(s.Issue.Id, s.Values[agreed[i]], s.Issue.OurTarget, s.Issue.OurWalkAway, s.OurScores[agreed[i]])).ToArray();
        var fromOpening = concessionsUsable && plan.Concessions.Count > 0;
        var ourOpening = fromOpening
            ? utilities.Ours(NegotiationPlanValidator.ReadPackage(plan.Concessions[0].Terms, scales, index, "concessions", null)!) / FrontierMerge.Scale
            : 1.0;
        var clientOpening = outcome.ClientOpening.Count > 0
            ? utilities.Clients(NegotiationPlanValidator.ReadPackage(outcome.ClientOpening, scales, index, "outcome.clientOpening", null)!) / FrontierMerge.Scale
            : 1.0;
        var given = ourOpening - package.OurUtility;
        var received = clientOpening - package.ClientUtility;
        var above = package.OurUtility >= ourBatna;
        var past = terms.Where(t => !scales[index[t.Issue]].AcceptableToUs(agreed[index[t.Issue]])).Select(t => Wording.Quote(t.Issue)).ToArray();
        var text = string.Format(
            CultureInfo.InvariantCulture,
            "The agreement is worth {0} to us ({1} our BATNA of {2}) and {3} to the client; we gave up {4} of our utility from {5} and the client {6} of its own from {7}.{8}",
            Wording.Number(package.OurUtility, 3),
            above ? "at or above" : "below",
            Wording.Number(ourBatna, 3),
            Wording.Number(package.ClientUtility, 3),
            Wording.Number(given, 3),
            fromOpening ? "our opening offer" : "our targets",
            Wording.Number(received, 3),
            outcome.ClientOpening.Count > 0 ? "its opening" : "its estimated targets",
            past.Length > 0 ? " Past our walk-away on " + string.Join(", ", past) + "." : string.Empty);
        return new OutcomeReview(package, terms, given, received, above, text);
    }
}
