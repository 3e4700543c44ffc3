using System;
using System.Collections.Generic;
using KeyAccount.Core.Communications;
using KeyAccount.Core.Ladder;
using KeyAccount.Core.Negotiation;
using KeyAccount.Core.Opportunities;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Core.Accounts;

/// <summary>
/// The whole method over one account: every area whose document the account holds, run by its own
/// area for the account's one client, and the account's state. The portfolio's review
/// (<c>PortfolioReview.Run</c>) is the same over many clients; an account holds no portfolio, so the
/// 20/80 analysis and the classification, which compare clients, are not run (the evidence is
/// named as held). Section 8's plan review and internal communication come with the account's
/// state (<see cref="AccountState.PlanReviews"/>, <see cref="AccountState.InternalCommunication"/>).
/// </summary>
public static class AccountReview
{
    /// <summary>Reviews <paramref name="account"/> as of <paramref name="asOf"/>. Never throws for a defect of the account.</summary>
    /// <param name="account">The account.</param>
    /// <param name="asOf">The date of the review ("today").</param>
    /// <returns>The account's diagnostics and the review; the review is always given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    public static DocumentRun<AccountReviewResult> Run(AccountDocument account, LocalDate asOf)
    {
        Require.NotNull(account, nameof(account));
        var state = AccountAnalysis.Run(account, asOf);
        var diagnostics = state.Diagnostics;

        var ladder = account.Ladder is null ? null : LadderPositioner.Run(new LadderAssessmentSet(asOf, new[] { account.Ladder })).Result;
        var opportunities = account.Opportunities is null ? null : OpportunitySelector.Run(account.Opportunities).Result;
        var plan = account.Plan is null ? null : PlanAnalysis.Run(account.Plan, asOf).Result;
        var planOfClient = account.Plan is not null && account.Plan.Client == account.Client ? account.Plan : null;

        CommunicationReport? communications = null;
        if (account.Communications is { } programme)
        {
            // The window as the portfolio's review takes it: the plan's period, else the quarter up to the date.
            var window = planOfClient?.Period ?? CalendarMath.QuarterUpTo(asOf);
            var directory = account.Relationships is null ? null : AccountPeople.Directory(account.Relationships);
            communications = CommunicationAnalysis.Run(programme, settings: null, asOf, window, directory, planOfClient?.Client == programme.Client ? planOfClient : null).Result;
        }

        var negotiations = new List<NegotiationAnalysis>();
        foreach (var negotiation in account.Negotiations)
        {
            if (NegotiationPreparation.Run(negotiation).Result is { } analysis)
            {
                negotiations.Add(analysis);
            }
        }

        var offers = new List<OfferEvaluation>();
        foreach (var offer in account.Offers)
        {
            if (OfferAnalysis.Run(offer, rules: null, planOfClient?.Client == offer.Client ? planOfClient : null).Result is { } evaluation)
            {
                offers.Add(evaluation);
            }
        }

        var areas = Areas(account);
        var hasErrors = diagnostics.HasErrors() || opportunities?.Status == SelectionStatus.Infeasible;
        var explanation = "The account of " + Wording.Quote(account.Profile?.Name is { Length: > 0 } name ? name : account.Client.Value) + " (" + Wording.Quote(account.Client.Value) + ") as of " + Wording.Date(asOf)
            + (areas.Count == 0 ? " holds no part yet." : " holds " + string.Join(", ", areas) + ".")
            + (account.Evidence is null ? string.Empty : " The classification evidence is held; classifying compares clients, so it needs the portfolio's review.")
            + " " + Wording.Capitalise(Wording.Count(diagnostics.Count(DiagnosticSeverity.Error), "error")) + " and " + Wording.Count(diagnostics.Count(DiagnosticSeverity.Warning), "warning") + "."
            + (state.Result is { } s ? " " + s.Explanation : string.Empty);
        var result = new AccountReviewResult(account.Client, asOf, hasErrors, areas, state.Result, ladder, opportunities, plan, state.Result?.Relationships, communications, negotiations, offers, diagnostics, explanation)
        {
            PlanReviews = state.Result?.PlanReviews ?? Array.Empty<PlanReviewView>(),
            InternalCommunication = state.Result?.InternalCommunication,
        };
        return new DocumentRun<AccountReviewResult>(diagnostics, result);
    }

    private static List<string> Areas(AccountDocument account)
    {
        var areas = new List<string>();
        void Held(bool held, string name)
        {
            if (held)
            {
                areas.Add(name);
            }
        }

        Held(account.Profile is not null, "profile");
        Held(account.Evidence is not null, "evidence");
        Held(account.Ladder is not null, "ladder");
        Held(account.Opportunities is not null, "opportunities");
        Held(account.Plan is not null, "plan");
        Held(account.Relationships is not null, "relationships");
        Held(account.Communications is not null, "communications");
        Held(account.Negotiations.Count > 0, "negotiations");
        Held(account.Offers.Count > 0, "offers");
        Held(account.PlanReviews.Count > 0, "planReviews");
        Held(account.InternalCommunication is not null, "internalCommunication");
        return areas;
    }
}
