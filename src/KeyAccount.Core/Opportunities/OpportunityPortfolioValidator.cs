using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;

namespace KeyAccount.Core.Opportunities;

/// <summary>
/// Finds the defects of an <see cref="OpportunityPortfolio"/> document, as diagnostics.
/// </summary>
/// <remarks>
/// Codes (stable):
/// <list type="bullet">
/// <item><c>KAO001</c> error at <c>opportunities[i].id</c>: the id is used by an earlier opportunity. Fix: give each opportunity its own id.</item>
/// <item><c>KAO002</c> error at <c>links[i].from</c> or <c>links[i].to</c>: the link names an id that is not in the portfolio. Fix: correct the id or remove the link.</item>
/// <item><c>KAO003</c> error at <c>links[i]</c>: the link joins an opportunity to itself. Fix: remove it.</item>
/// <item><c>KAO004</c> error at <c>mustDo[i]</c>: the must-do id is not in the portfolio. Fix: correct or remove it.</item>
/// <item><c>KAO005</c> warning at <c>links[i]</c>: an opportunity both requires and excludes another, so it can never be chosen. Fix: keep one of the two links.</item>
/// </list>
/// A portfolio without errors can be passed to <see cref="OpportunitySelector"/>. Whether the
/// must-dos fit the budget is not a defect of the document: the selection reports it as infeasible.
/// </remarks>
public static class OpportunityPortfolioValidator
{
    /// <summary>Validates a portfolio.</summary>
    /// <param name="portfolio">The document.</param>
    /// <returns>The diagnostics in document order; empty when the document is consistent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> is null.</exception>
    public static IReadOnlyList<Diagnostic> Validate(OpportunityPortfolio portfolio)
    {
        Guard.Against.Null(portfolio, nameof(portfolio));
        var result = new List<Diagnostic>();
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < portfolio.Opportunities.Count; i++)
        {
            var id = portfolio.Opportunities[i].Id;
            if (first.TryGetValue(id, out var earlier))
            {
                result.Add(new Diagnostic("KAO001", DiagnosticSeverity.Error, Path("opportunities[{0}].id", i), Text("The id '{0}' is already used by opportunities[{1}]; ids must be unique.", id, earlier)));
            }
            else
            {
                first.Add(id, i);
            }
        }

        var requires = new HashSet<(string, string)>();
        var excludes = new HashSet<(string, string)>();
        for (var l = 0; l < portfolio.Links.Count; l++)
        {
            var link = portfolio.Links[l];
            var known = true;
            if (!first.ContainsKey(link.From))
            {
                result.Add(new Diagnostic("KAO002", DiagnosticSeverity.Error, Path("links[{0}].from", l), Text("The link starts at '{0}', which is not an opportunity of the portfolio.", link.From)));
                known = false;
            }

            if (!first.ContainsKey(link.To))
            {
                result.Add(new Diagnostic("KAO002", DiagnosticSeverity.Error, Path("links[{0}].to", l), Text("The link points to '{0}', which is not an opportunity of the portfolio.", link.To)));
                known = false;
            }

            if (string.Equals(link.From, link.To, StringComparison.Ordinal))
            {
                result.Add(new Diagnostic("KAO003", DiagnosticSeverity.Error, Path("links[{0}]", l), Text("The link joins '{0}' to itself.", link.From)));
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
                result.Add(new Diagnostic("KAO005", DiagnosticSeverity.Warning, Path("links[{0}]", l), Text("'{0}' and '{1}' are linked by both \"requires\" and \"excludes\": the one that requires the other can never be chosen.", link.From, link.To)));
            }

            _ = (link.Kind == OpportunityLinkKind.Requires ? requires : excludes).Add((link.From, link.To));
        }

        for (var m = 0; m < portfolio.MustDo.Count; m++)
        {
            if (!first.ContainsKey(portfolio.MustDo[m]))
            {
                result.Add(new Diagnostic("KAO004", DiagnosticSeverity.Error, Path("mustDo[{0}]", m), Text("The must-do '{0}' is not an opportunity of the portfolio.", portfolio.MustDo[m])));
            }
        }

        return result;
    }

    private static string Path(string format, int index) => string.Format(CultureInfo.InvariantCulture, format, index);

    private static string Text(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
