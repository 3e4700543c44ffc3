using System;
using System.Collections.Generic;
using NodaTime;
using Codes = KeyAccount.Core.Opportunities.OpportunitiesDiagnosticCodes;

namespace KeyAccount.Core.Opportunities;

/// <summary>
/// Finds the defects of an <see cref="OpportunityPortfolio"/> document (and of the
/// <see cref="SelectionOptions"/> it is to be run with), as diagnostics.
/// </summary>
/// <remarks>
/// The codes are those of <see cref="OpportunitiesDiagnosticCodes"/>, documented with examples in
/// <c>docs/opportunities.md</c>; paths are the JSON paths without <c>$.</c>, such as
/// <c>opportunities[3].benefit</c>. A portfolio without errors can be passed to
/// <see cref="OpportunitySelector"/>: the validator reports everything the selection would refuse,
/// amounts too large or too precise to be counted exactly included. Whether the must-dos fit the
/// budget is not a defect of the document: the selection reports it as infeasible.
/// </remarks>
public static class OpportunityPortfolioValidator
{
    /// <summary>Validates a portfolio and, when given, the selection options.</summary>
    /// <param name="portfolio">The document.</param>
    /// <param name="options">The selection options, reported under <c>options</c>; null for none.</param>
    /// <returns>The diagnostics in the shared order (<see cref="Diagnostics.Sort"/>); empty when the document is consistent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> is null.</exception>
    public static IReadOnlyList<Diagnostic> Validate(OpportunityPortfolio portfolio, SelectionOptions? options = null)
    {
        Require.NotNull(portfolio, nameof(portfolio));
        var bag = new DiagnosticBag();
        var valuesOk = CheckValues(bag, portfolio.Opportunities);
        valuesOk &= CheckAmounts(bag, portfolio.Budget, "budget", "The budget");
        var first = CheckIds(bag, portfolio.Opportunities);
        CheckLinks(bag, portfolio, first);
        for (var m = 0; m < portfolio.MustDo.Count; m++)
        {
            if (!first.ContainsKey(portfolio.MustDo[m]))
            {
                bag.Add(Codes.Get(Codes.UnknownMustDo), At("mustDo", m), "The must-do {0} is not an opportunity of the portfolio.", Wording.Quote(portfolio.MustDo[m]));
            }
        }

        if (valuesOk)
        {
            foreach (var problem in SelectionModel.CountingProblems(portfolio.Opportunities, portfolio.Budget))
            {
                bag.Add(Codes.Get(Codes.BeyondExactCounting), At("opportunities", problem.Index) + "." + problem.Member, Wording.Capitalise(problem.Message) + ".");
            }
        }

        if (options is not null)
        {
            bag.AddRange(options.Validate(), "options");
        }

        return bag.ToSortedList();
    }

    /// <summary>
    /// The checks of each opportunity's own values (text, names, benefit, probability, needs), shared
    /// with <see cref="OpportunityScoring"/>; true when none of the numbers is out of its range.
    /// </summary>
    internal static bool CheckValues(DiagnosticBag bag, IReadOnlyList<Opportunity> opportunities)
    {
        var ok = true;
        for (var i = 0; i < opportunities.Count; i++)
        {
            var o = opportunities[i];
            var path = At("opportunities", i);
            var who = o.Id.Length == 0 ? path : "The opportunity " + Wording.Quote(o.Id);
            if (o.Id.Length == 0)
            {
                bag.Add(Codes.Get(Codes.EmptyText), path + ".id", "The id is empty; give each opportunity its own id.");
            }

            if (string.IsNullOrWhiteSpace(o.Title))
            {
                bag.Add(Codes.Get(Codes.EmptyText), path + ".title", "{0} has no title; say in a few words what it is.", who);
            }

            if (!IsDefined(o.Class))
            {
                bag.Add(Codes.Get(Codes.UndefinedValue), path + ".class", "{0} has the class {1}, which is not one of: {2}.", who, (int)o.Class, Names<OpportunityClass>());
            }

            if (!IsDefined(o.Source))
            {
                bag.Add(Codes.Get(Codes.UndefinedValue), path + ".source", "{0} has the source {1}, which is not one of: {2}.", who, (int)o.Source, Names<OpportunitySource>());
            }

            if (o.Benefit < 0m)
            {
                bag.Add(Codes.Get(Codes.NegativeBenefit), path + ".benefit", "{0} has a negative benefit ({1}); a benefit is what it brings if it succeeds, zero or more.", who, Wording.Number(o.Benefit));
                ok = false;
            }

            if (o.Probability < 0m || o.Probability > 1m)
            {
                bag.Add(Codes.Get(Codes.ProbabilityOutOfRange), path + ".probability", "{0} has the probability {1}; a probability is from 0 to 1 (0.3 for 30%).", who, o.Probability);
                ok = false;
            }

            ok &= CheckAmounts(bag, o.Needs, path + ".needs", who + " needs");
        }

        return ok;
    }

    /// <summary>Reports negative amounts of time, money or personnel under <paramref name="path"/>; true when none is.</summary>
    internal static bool CheckAmounts(DiagnosticBag bag, ResourceAmounts amounts, string path, string who)
    {
        var ok = true;
        if (amounts.Time < Duration.Zero)
        {
            bag.Add(Codes.Get(Codes.NegativeAmount), path + ".time", "{0} a negative time ({1} hours); time is zero or more.", who.EndsWith("needs", StringComparison.Ordinal) ? who : who + " has", Wording.Number(ResourceAmounts.Hours(amounts.Time)));
            ok = false;
        }

        if (amounts.Money < 0m)
        {
            bag.Add(Codes.Get(Codes.NegativeAmount), path + ".money", "{0} a negative amount of money ({1}); money is zero or more.", who.EndsWith("needs", StringComparison.Ordinal) ? who : who + " has", Wording.Number(amounts.Money));
            ok = false;
        }

        if (amounts.PersonDays < 0m)
        {
            bag.Add(Codes.Get(Codes.NegativeAmount), path + ".personDays", "{0} a negative number of person-days ({1}); personnel is zero or more.", who.EndsWith("needs", StringComparison.Ordinal) ? who : who + " has", Wording.Number(amounts.PersonDays));
            ok = false;
        }

        return ok;
    }

    private static Dictionary<string, int> CheckIds(DiagnosticBag bag, IReadOnlyList<Opportunity> opportunities)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < opportunities.Count; i++)
        {
            var id = opportunities[i].Id;
            if (id.Length == 0)
            {
                continue;
            }

            if (first.TryGetValue(id, out var earlier))
            {
                bag.Add(Codes.Get(Codes.DuplicateId), At("opportunities", i) + ".id", "opportunities[{0}] and opportunities[{1}] have the same id {2}; ids must be unique.", earlier, i, Wording.Quote(id));
            }
            else
            {
                first.Add(id, i);
            }
        }

        return first;
    }

    private static void CheckLinks(DiagnosticBag bag, OpportunityPortfolio portfolio, Dictionary<string, int> first)
    {
        var requires = new HashSet<(string, string)>();
        var excludes = new HashSet<(string, string)>();
        for (var l = 0; l < portfolio.Links.Count; l++)
        {
            var link = portfolio.Links[l];
            var path = At("links", l);
            var known = true;
            if (link.Kind is not (OpportunityLinkKind.Requires or OpportunityLinkKind.Excludes))
            {
                bag.Add(Codes.Get(Codes.UndefinedValue), path + ".kind", "The link's kind {0} is not one of: Requires, Excludes.", (int)link.Kind);
                known = false;
            }

            if (!first.ContainsKey(link.From))
            {
                bag.Add(Codes.Get(Codes.UnknownLinkedOpportunity), path + ".from", "The link starts at {0}, which is not an opportunity of the portfolio.", Wording.Quote(link.From));
                known = false;
            }

            if (!first.ContainsKey(link.To))
            {
                bag.Add(Codes.Get(Codes.UnknownLinkedOpportunity), path + ".to", "The link points to {0}, which is not an opportunity of the portfolio.", Wording.Quote(link.To));
                known = false;
            }

            if (link.From.Length > 0 && string.Equals(link.From, link.To, StringComparison.Ordinal))
            {
                bag.Add(Codes.Get(Codes.SelfLink), path, "The link joins {0} to itself.", Wording.Quote(link.From));
                continue;
            }

            if (!known)
            {
                continue;
            }

            var clash = link.Kind == OpportunityLinkKind.Requires
                ? excludes.Contains((link.From, link.To)) || excludes.Contains((link.To, link.From))
                : requires.Contains((link.From, link.To)) || requires.Contains((link.To, link.From));
            if (clash)
            {
                bag.Add(Codes.Get(Codes.RequiresAndExcludes), path, "{0} and {1} are linked by both \"requires\" and \"excludes\": the one that requires the other can never be chosen.", Wording.Quote(link.From), Wording.Quote(link.To));
            }

            _ = (link.Kind == OpportunityLinkKind.Requires ? requires : excludes).Add((link.From, link.To));
        }
    }

#if NET5_0_OR_GREATER
    private static bool IsDefined<T>(T value)
        where T : struct, Enum => Enum.IsDefined(value);

    private static string Names<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetNames<T>());
#else
    private static bool IsDefined<T>(T value)
        where T : struct, Enum => Enum.IsDefined(typeof(T), value);

    private static string Names<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetNames(typeof(T)));
#endif

    private static string At(string list, int index) => list + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
}
