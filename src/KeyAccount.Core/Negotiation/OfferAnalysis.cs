using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Planning;
using KeyAccount.Core.Relationships;

namespace KeyAccount.Core.Negotiation;

/// <summary>
/// Offers as solutions (section 7 of the method): validates an offer and computes the client's
/// ROI, payback and net present value, our margin, and what the key-client rules of the client's
/// tier say (who must approve). Formulas in <c>docs/negotiation.md</c>.
/// </summary>
public static class OfferAnalysis
{
    /// <summary>Validates the offer and the rules and, when the numbers are defined, evaluates the offer.</summary>
    /// <param name="offer">The offer.</param>
    /// <param name="rules">The key-client rules; null for <see cref="OfferRules.Default"/>. Their diagnostics carry the path prefix <c>rules</c>.</param>
    /// <param name="plan">The client's account plan, to check the client goals against; optional.</param>
    /// <param name="map">The client's relationship map, to check the presentation's audience against its people and their roles; optional (see <see cref="OfferValidator.Validate"/>).</param>
    /// <returns>The diagnostics and the evaluation; the evaluation is null when the amounts, currencies, periods or rules have errors. Rule breaches, price and presentation errors (the map's included) do not withhold it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="offer"/> is null.</exception>
    public static DocumentRun<OfferEvaluation> Run(Offer offer, OfferRules? rules = null, AccountPlan? plan = null, RelationshipMap? map = null)
    {
        Require.NotNull(offer, nameof(offer));
        rules ??= OfferRules.Default;
        var rulesDiagnostics = rules.Validate();
        var bag = new DiagnosticBag();
        bag.AddRange(rulesDiagnostics, "rules");
        if (rulesDiagnostics.HasErrors())
        {
            return new DocumentRun<OfferEvaluation>(bag.ToSortedList(), null);
        }

        var diagnostics = OfferValidator.Validate(offer, rules, plan, map);
        bag.AddRange(diagnostics);
        var blocking = new HashSet<string>(StringComparer.Ordinal)
        {
            NegotiationDiagnosticCodes.MixedCurrencies,
            NegotiationDiagnosticCodes.InvalidAmount,
            NegotiationDiagnosticCodes.InvalidPeriod,
            NegotiationDiagnosticCodes.UndefinedValue,
        };
        var result = diagnostics.Any(d => blocking.Contains(d.Code) && !d.Path.StartsWith("presentation", StringComparison.Ordinal)) ? null : Compute(offer, rules);
        return new DocumentRun<OfferEvaluation>(bag.ToSortedList(), result);
    }

    /// <summary>Evaluates an offer that has no errors.</summary>
    /// <param name="offer">The offer, valid.</param>
    /// <param name="rules">The key-client rules; null for <see cref="OfferRules.Default"/>.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="offer"/> is null.</exception>
    /// <exception cref="ArgumentException">The offer or the rules have errors; the message lists them.</exception>
    public static OfferEvaluation Evaluate(Offer offer, OfferRules? rules = null)
    {
        Require.NotNull(offer, nameof(offer));
        rules ??= OfferRules.Default;
        Require.Valid(rules.Validate(), nameof(rules), "offer rules");
        Require.Valid(OfferValidator.Validate(offer, rules), nameof(offer), "offer");
        return Compute(offer, rules);
    }

    private static OfferEvaluation Compute(Offer offer, OfferRules rules)
    {
        var financials = OfferMath.Financials(offer);
        var tierRules = rules.For(offer.Tier);
        var findings = OfferMath.Rules(offer, tierRules);
        var approvers = findings.Where(f => f.Verdict == RuleVerdict.NeedsApproval).Select(f => f.Approver!).Distinct(StringComparer.Ordinal).ToArray();
        var forbidden = findings.Where(f => f.Verdict == RuleVerdict.Forbidden).Select(f => f.Rule).ToArray();
        var verdict = tierRules is null
            ? " The rules give nothing for the client's tier."
            : forbidden.Length > 0
                ? " It breaks " + string.Join(", ", forbidden) + "."
                : approvers.Length > 0
                    ? " It needs approval by the " + string.Join(" and the ", approvers.Select(a => a.ToLowerInvariant())) + "."
                    : " It is within the account manager's own authority.";
        return new OfferEvaluation(offer.Id, financials, findings, approvers, financials.Explanation + verdict);
    }
}
