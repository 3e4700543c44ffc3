using System;
using System.Collections.Generic;
using System.Globalization;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Communications;
using KeyAccount.Core.Health;
using KeyAccount.Core.Ladder;
using KeyAccount.Core.Negotiation;
using KeyAccount.Core.Opportunities;
using KeyAccount.Core.Pareto;
using KeyAccount.Core.Planning;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Review;

/// <summary>
/// The whole method over one portfolio: the 20/80 analysis of the clients' profit, the key-client
/// classification, the ladder positions, the best set of opportunities within the budgets and the
/// plan's diagnostics, each area run by its own library code, plus the checks across areas
/// (<see cref="ReviewDiagnosticCodes"/>). See <c>docs/review.md</c>.
/// </summary>
public static class PortfolioReview
{
    /// <summary>The share of the total profit the vital few of the review's 20/80 section reach.</summary>
    public const double ParetoTargetShare = 0.8;

    /// <summary>
    /// Runs every area present in <paramref name="document"/> and the checks across them. Never
    /// throws for a defect in the document: each area's defects are its diagnostics, with paths
    /// from the portfolio's root, and an area whose part has errors gives no result.
    /// </summary>
    /// <param name="document">The portfolio.</param>
    /// <returns>Every diagnostic (areas' and the review's, sorted) and the review; the review is always given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static DocumentRun<PortfolioReviewResult> Run(PortfolioDocument document)
    {
        Require.NotNull(document, nameof(document));
        var review = new DiagnosticBag();

        var (paretoAnalysis, pareto) = RunPareto(document.Classification, review);
        var classification = RunClassification(document.Classification, review, profitsInRange: !review.HasErrors);
        var keyClients = KeyClients(classification.Classification);
        var ladder = document.Ladder is null ? null : RunLadder(document.Ladder, keyClients);
        var opportunities = document.Opportunities is null ? null : RunOpportunities(document.Opportunities);
        var planDiagnostics = document.Plan is null ? Array.Empty<Diagnostic>() : RunPlan(document.Plan, document);

        var relationships = document.Relationships is null ? null : RunRelationships(document.Relationships, document.AsOf);
        var communications = document.Communications is null ? null : RunCommunications(document.Communications, document);
        var negotiation = document.Negotiation is null ? null : RunNegotiation(document.Negotiation);
        var offer = document.Offer is null ? null : RunOffer(document.Offer, document.Plan);
        var health = document.Accounts.Count == 0 ? null : RunHealth(document, review);

        CheckAcrossAreas(document, classification.Classification, ladder?.Levels, review);
        CheckOffer(document, classification.Classification, review);

        var ladderDiagnostics = ladder?.Diagnostics ?? Array.Empty<Diagnostic>();
        var opportunityDiagnostics = opportunities?.Diagnostics ?? Array.Empty<Diagnostic>();
        var reviewDiagnostics = review.ToSortedList();
        var all = new List<Diagnostic>();
        all.AddRange(classification.Diagnostics);
        all.AddRange(ladderDiagnostics);
        all.AddRange(opportunityDiagnostics);
        all.AddRange(planDiagnostics);
        all.AddRange(relationships?.Diagnostics ?? Array.Empty<Diagnostic>());
        all.AddRange(communications?.Diagnostics ?? Array.Empty<Diagnostic>());
        all.AddRange(negotiation?.Diagnostics ?? Array.Empty<Diagnostic>());
        all.AddRange(offer?.Diagnostics ?? Array.Empty<Diagnostic>());
        all.AddRange(health?.Diagnostics ?? Array.Empty<Diagnostic>());
        all.AddRange(reviewDiagnostics);

        var sections = new[]
        {
            new ReviewSection("pareto", "The 20/80 analysis of profit over all periods", pareto is not null),
            new ReviewSection("classification", "Key clients, with the reasons", classification.Classification is not null),
            new ReviewSection("ladder", "Where you stand on the client's ladder", ladder?.Portfolio is not null),
            new ReviewSection("opportunities", "The best set of opportunities within the budgets", opportunities?.Selection is not null),
            new ReviewSection("plan", "The key-client development plan", document.Plan is not null),
            new ReviewSection("relationships", "Relationships: who is who in the decision", relationships?.Result is not null),
            new ReviewSection("communications", "Communications: the programme, its coverage and gaps", communications?.Result is not null),
            new ReviewSection("negotiation", "Negotiation: the zone of agreement and the offer", negotiation?.Result is not null || offer?.Result is not null),
            new ReviewSection("health", HealthTitle, health?.Result is not null),
        };
        var hasErrors = all.HasErrors() || opportunities?.Selection?.Status == SelectionStatus.Infeasible;
        var result = new PortfolioReviewResult(
            document.Name,
            document.AsOf,
            hasErrors,
            pareto,
            classification,
            ladder?.Portfolio,
            ladderDiagnostics,
            opportunityDiagnostics,
            opportunities?.Selection,
            planDiagnostics,
            reviewDiagnostics,
            sections)
        {
            ParetoAnalysis = paretoAnalysis,
            Relationships = relationships?.Result,
            RelationshipDiagnostics = relationships?.Diagnostics ?? Array.Empty<Diagnostic>(),
            Communications = communications?.Result,
            CommunicationDiagnostics = communications?.Diagnostics ?? Array.Empty<Diagnostic>(),
            Negotiation = negotiation?.Result,
            NegotiationDiagnostics = negotiation?.Diagnostics ?? Array.Empty<Diagnostic>(),
            Offer = offer?.Result,
            OfferDiagnostics = offer?.Diagnostics ?? Array.Empty<Diagnostic>(),
            Health = health?.Result,
            HealthDiagnostics = health?.Diagnostics ?? Array.Empty<Diagnostic>(),
        };
        return new DocumentRun<PortfolioReviewResult>(all, result);
    }

    // ---- One method per area: the only places the review calls an area. ----

    /// <summary>The 20/80 analysis of each client's profit summed over all periods, once the classification document has no errors.</summary>
    private static (ParetoAnalysis? Analysis, ParetoSummary? Summary) RunPareto(ClassificationPortfolioDocument document, DiagnosticBag review)
    {
        if (ClassificationValidator.ValidateExceptTotals(document).HasErrors())
        {
            return (null, null);
        }

        var profit = new KeyValuePair<ClientId, decimal>[document.Clients.Count];
        for (var i = 0; i < profit.Length; i++)
        {
            var client = document.Clients[i];
            var sum = 0m;
            foreach (var period in client.Profits)
            {
                try
                {
                    sum = checked(sum + (period ?? 0m));
                }
                catch (OverflowException)
                {
                    review.Add(ReviewDiagnosticCodes.Get(ReviewDiagnosticCodes.ProfitsOutOfRange), Path("classification.clients", i, "profits"), "The profits of client {0} add up beyond the range of an exact amount (decimal, about ±7.9e28), so the 20/80 analysis cannot run; express them in a larger unit.", Wording.Quote(client.Client.Value));
                    return (null, null);
                }
            }

            profit[i] = new KeyValuePair<ClientId, decimal>(client.Client, sum);
        }

        try
        {
            var analysis = ParetoAnalysis.Analyze(profit, document.Currency);
            return (analysis, analysis.Summarize(ParetoTargetShare));
        }
        catch (ArgumentException)
        {
            review.Add(ReviewDiagnosticCodes.Get(ReviewDiagnosticCodes.ProfitsOutOfRange), "classification.clients", "The clients' profits add up beyond the range of an exact amount (decimal, about ±7.9e28), so the 20/80 analysis cannot run; express them in a larger unit.");
            return (null, null);
        }
    }

    /// <summary>The classification with its diagnostics under <c>classification</c>.</summary>
    /// <remarks>Profits beyond decimal's range (<c>KRV005</c>, found by the 20/80 section or here) withhold the classification: the classifier's sums would overflow.</remarks>
    private static ClassificationReport RunClassification(ClassificationPortfolioDocument document, DiagnosticBag review, bool profitsInRange)
    {
        ClassificationReport report;
        if (!profitsInRange)
        {
            report = new ClassificationReport(ClassificationValidator.ValidateExceptTotals(document));
        }
        else
        {
            try
            {
                report = KeyClientClassifier.Run(document).ToReport();
            }
            catch (ArgumentOutOfRangeException ex) when (ex.ParamName == "clients")
            {
                // A period's profits across the clients beyond decimal's range: the classifier refuses
                // them as an argument; in a review they are a defect of the document.
                review.Add(ReviewDiagnosticCodes.Get(ReviewDiagnosticCodes.ProfitsOutOfRange), "classification.clients", FirstSentence(ex.Message));
                report = new ClassificationReport(ClassificationValidator.ValidateExceptTotals(document));
            }
            catch (OverflowException)
            {
                review.Add(ReviewDiagnosticCodes.Get(ReviewDiagnosticCodes.ProfitsOutOfRange), "classification.clients", "The clients' profits add up beyond the range of an exact amount (decimal, about ±7.9e28), so the classification cannot run; express them in a larger unit.");
                report = new ClassificationReport(ClassificationValidator.ValidateExceptTotals(document));
            }
        }

        return report with { Diagnostics = Prefixed(report.Diagnostics, "classification") };
    }

    /// <summary>The ladder answers: diagnostics, the key clients' portfolio, and every assessed client's level.</summary>
    private static LadderRun RunLadder(LadderAssessmentSet set, IReadOnlyList<ClientId>? keyClients)
    {
        var validation = LadderValidator.Validate(set);
        var diagnostics = Prefixed(validation, "ladder");
        if (validation.HasErrors())
        {
            return new LadderRun(diagnostics, null, null);
        }

        var portfolio = LadderPositioner.Portfolio(set, keyClients);
        var everyone = keyClients is null ? portfolio : LadderPositioner.Portfolio(set);
        var levels = new Dictionary<ClientId, LadderLevel>();
        foreach (var entry in everyone.Entries)
        {
            levels[entry.Client] = entry.Level;
        }

        return new LadderRun(diagnostics, portfolio with { Diagnostics = Prefixed(portfolio.Diagnostics, "ladder") }, levels);
    }

    /// <summary>The opportunities: diagnostics and, without errors, the best set within the budgets.</summary>
    private static OpportunitiesRun RunOpportunities(OpportunityPortfolio portfolio)
    {
        var validation = OpportunityPortfolioValidator.Validate(portfolio);
        var selection = validation.HasErrors() ? null : OpportunitySelector.Select(portfolio);
        return new OpportunitiesRun(Prefixed(validation, "opportunities"), selection);
    }

    /// <summary>The plan's diagnostics as of the review's day.</summary>
    private static IReadOnlyList<Diagnostic> RunPlan(AccountPlan plan, PortfolioDocument document) =>
        Prefixed(PlanValidator.Validate(plan, document.AsOf), "plan");

    /// <summary>The relationship map's analysis as of the review's day, with the default settings and no decision singled out.</summary>
    private static DocumentRun<RelationshipAnalysis> RunRelationships(RelationshipMap map, LocalDate asOf)
    {
        var run = RelationshipAnalyzer.Run(map, settings: null, asOf, decision: null);
        return new DocumentRun<RelationshipAnalysis>(Prefixed(run.Diagnostics, "relationships"), run.Result);
    }

    /// <summary>
    /// The communication programme's analysis as of the review's day. The window: the plan's period
    /// when the portfolio has a plan, else the quarter (three months) up to the review's day; the
    /// plan, when present, is given so the programme is checked against its goals and client.
    /// </summary>
    private static DocumentRun<CommunicationReport> RunCommunications(CommunicationProgramme programme, PortfolioDocument document)
    {
        var window = document.Plan?.Period ?? CalendarMath.QuarterUpTo(document.AsOf);
        var run = CommunicationAnalysis.Run(programme, settings: null, document.AsOf, window, directory: null, plan: document.Plan);
        return new DocumentRun<CommunicationReport>(Prefixed(run.Diagnostics, "communications"), run.Result);
    }

    /// <summary>The negotiation plan's preparation with the default settings.</summary>
    private static DocumentRun<NegotiationAnalysis> RunNegotiation(NegotiationPlan plan)
    {
        var run = NegotiationPreparation.Run(plan);
        return new DocumentRun<NegotiationAnalysis>(Prefixed(run.Diagnostics, "negotiation"), run.Result);
    }

    /// <summary>The offer under the default key-client rules; the plan's client goals are checked when the plan is for the offer's client.</summary>
    private static DocumentRun<OfferEvaluation> RunOffer(Offer offer, AccountPlan? plan)
    {
        var run = OfferAnalysis.Run(offer, OfferRules.Default, plan is not null && plan.Client == offer.Client ? plan : null);
        return new DocumentRun<OfferEvaluation>(Prefixed(run.Diagnostics, "offer"), run.Result);
    }

    // ---- The accounts' health (the last section). ----

    private const string HealthTitle = "Health: each account scored, with the change since a quarter before";

    /// <summary>
    /// The accounts' health as of the review's day, with the change since <see cref="HealthSince"/>:
    /// each account's own diagnostics under <c>accounts[i]</c>, the accounts' checks across areas,
    /// and every account scored and ranked by <see cref="HealthScorecard.Portfolio"/> with the
    /// default settings. An account repeated for a client (<c>KRV008</c>) is left out after the
    /// first; an account with errors is still scored, as <c>keyaccount health</c> scores it.
    /// </summary>
    private static DocumentRun<PortfolioHealth> RunHealth(PortfolioDocument document, DiagnosticBag review)
    {
        var diagnostics = new DiagnosticBag();
        var classified = ClassifiedClients(document.Classification);
        var first = new Dictionary<ClientId, int>();
        var scored = new List<AccountDocument>(document.Accounts.Count);
        for (var i = 0; i < document.Accounts.Count; i++)
        {
            var account = document.Accounts[i];
            var at = string.Format(CultureInfo.InvariantCulture, "accounts[{0}]", i);
            diagnostics.AddRange(AccountValidator.Validate(account, document.AsOf), at);
            if (first.TryGetValue(account.Client, out var earlier))
            {
                review.Add(ReviewDiagnosticCodes.Get(ReviewDiagnosticCodes.AccountRepeated), at + ".client", "Accounts {0} and {1} are both for client {2}; the health section scores accounts[{0}] only. Keep one account per client: merge the two, or correct the id.", earlier, i, Wording.Quote(account.Client.Value));
                continue;
            }

            first.Add(account.Client, i);
            scored.Add(account);
            NotClassified(account.Client, at + ".client", "an account", classified, review);
        }

        return new DocumentRun<PortfolioHealth>(diagnostics.ToSortedList(), HealthScorecard.Portfolio(scored, document.AsOf, HealthSince(document.AsOf)));
    }

    /// <summary>
    /// The earlier date of the health section's change: a quarter (three months) before the
    /// review's day, the method's review cadence and the communications section's window (for
    /// 2026-03-31, 2025-12-31; the end of a shorter month where the day does not exist). Null only
    /// for a day within a quarter of the calendar's first day, which has no earlier date.
    /// </summary>
    private static LocalDate? HealthSince(LocalDate asOf) =>
        CalendarMath.TryPlusMonths(asOf, -3);

    /// <summary>The classification's clients by id, each at the index of its first entry.</summary>
    private static Dictionary<ClientId, int> ClassifiedClients(ClassificationPortfolioDocument classification)
    {
        var clients = new Dictionary<ClientId, int>();
        for (var i = 0; i < classification.Clients.Count; i++)
        {
            if (classification.Clients[i] is { } client && !clients.ContainsKey(client.Client))
            {
                clients.Add(client.Client, i);
            }
        }

        return clients;
    }

    // ---- The checks across areas. ----

    private static void CheckAcrossAreas(PortfolioDocument document, PortfolioClassification? classification, IReadOnlyDictionary<ClientId, LadderLevel>? ladderLevels, DiagnosticBag review)
    {
        // Clients of the classification by id, the first entry of each (a repeated id is the classification's own error).
        var evidence = ClassifiedClients(document.Classification);

        if (ladderLevels is not null)
        {
            foreach (var pair in evidence)
            {
                var stated = document.Classification.Clients[pair.Value].LadderLevel;
                if (stated is { } level && (int)level is >= 1 and <= 4 && ladderLevels.TryGetValue(pair.Key, out var assessed) && level != assessed)
                {
                    review.Add(
                        ReviewDiagnosticCodes.Get(ReviewDiagnosticCodes.LadderLevelDisagrees),
                        Path("classification.clients", pair.Value, "ladderLevel"),
                        "The classification gives client {0} ladder level {1} ({2}), but the ladder assessment places it at level {3} ({4}); give the evidence the assessed level, or assess the client again.",
                        Wording.Quote(pair.Key.Value),
                        (int)level,
                        PerceptionLadder.Rung(level).Name,
                        (int)assessed,
                        PerceptionLadder.Rung(assessed).Name);
                }
            }
        }

        if (document.Ladder is { } ladder)
        {
            if (ladder.AsOf > document.AsOf)
            {
                review.Add(ReviewDiagnosticCodes.Get(ReviewDiagnosticCodes.LadderAssessedAfterReview), "ladder.asOf", "The ladder assessment is dated {0}, after the review's day {1}; date the review on or after the assessment.", Wording.Date(ladder.AsOf), Wording.Date(document.AsOf));
            }

            for (var i = 0; i < ladder.Assessments.Count; i++)
            {
                if (ladder.Assessments[i] is { } assessment)
                {
                    NotClassified(assessment.Client, Path("ladder.assessments", i, "client"), "ladder answers", evidence, review);
                }
            }
        }

        if (document.Opportunities is { } opportunities)
        {
            for (var i = 0; i < opportunities.Opportunities.Count; i++)
            {
                if (opportunities.Opportunities[i] is { } opportunity)
                {
                    NotClassified(opportunity.Client, Path("opportunities.opportunities", i, "client"), "an opportunity", evidence, review);
                }
            }
        }

        if (document.Plan is { } plan && !NotClassified(plan.Client, "plan.client", "the development plan", evidence, review) && classification is not null)
        {
            var tier = classification.Clients[FindClient(classification, plan.Client)].Tier;
            if (tier != ClientTier.Key)
            {
                review.Add(ReviewDiagnosticCodes.Get(ReviewDiagnosticCodes.PlanClientNotKey), "plan.client", "The development plan is for client {0}, which the classification rates {1}, not key; the method plans for key clients: plan for a key client, or check the client's evidence.", Wording.Quote(plan.Client.Value), tier == ClientTier.PotentialKey ? "potential key" : "other");
            }
        }
    }

    /// <summary>
    /// The offer against the other areas: its client is classified (<c>KRV002</c>), it is checked
    /// under the tier the classification gives that client (<c>KRV007</c>), and the opportunity it
    /// names is one of the portfolio's opportunities for that client (<c>KRV006</c>; not checked
    /// when the portfolio holds no opportunities).
    /// </summary>
    private static void CheckOffer(PortfolioDocument document, PortfolioClassification? classification, DiagnosticBag review)
    {
        if (document.Offer is not { } offer)
        {
            return;
        }

        var classified = false;
        foreach (var evidence in document.Classification.Clients)
        {
            classified |= evidence is not null && evidence.Client == offer.Client;
        }

        if (!classified)
        {
            NotClassified(offer.Client, "offer.client", "an offer", new Dictionary<ClientId, int>(), review);
        }
        else if (classification is not null && offer.Tier is ClientTier.Key or ClientTier.PotentialKey or ClientTier.Other)
        {
            // An undefined tier is the offer's own error (KAN004).
            var tier = classification.Clients[FindClient(classification, offer.Client)].Tier;
            if (tier != offer.Tier)
            {
                review.Add(
                    ReviewDiagnosticCodes.Get(ReviewDiagnosticCodes.OfferTierDisagrees),
                    "offer.tier",
                    "The offer is checked under the rules for {0} clients, but the classification rates client {1} {2}; the approvals the offer needs are those of the {2} tier, so set its tier to {3}, or check the client's evidence.",
                    TierWords(offer.Tier),
                    Wording.Quote(offer.Client.Value),
                    TierWords(tier),
                    TierName(tier));
            }
        }

        var opportunity = offer.Opportunity?.Trim() ?? string.Empty;
        if (opportunity.Length == 0 || document.Opportunities is not { } portfolio)
        {
            return;
        }

        Opportunity? named = null;
        foreach (var candidate in portfolio.Opportunities)
        {
            if (candidate is not null && candidate.Id.Trim() == opportunity)
            {
                named ??= candidate;
                if (candidate.Client == offer.Client)
                {
                    return;
                }
            }
        }

        if (named is null)
        {
            review.Add(ReviewDiagnosticCodes.Get(ReviewDiagnosticCodes.OfferOpportunityUnknown), "offer.opportunity", "The offer names the opportunity {0}, which is not one of the portfolio's {1}; name the opportunity the offer turns into business, or correct the id.", Wording.Quote(opportunity), Wording.Count(portfolio.Opportunities.Count, "opportunity", "opportunities"));
        }
        else
        {
            review.Add(ReviewDiagnosticCodes.Get(ReviewDiagnosticCodes.OfferOpportunityUnknown), "offer.opportunity", "The offer for client {0} names the opportunity {1}, which the portfolio holds for client {2}; name an opportunity of the offer's client, or correct the offer's client.", Wording.Quote(offer.Client.Value), Wording.Quote(opportunity), Wording.Quote(named.Client.Value));
        }
    }

    private static string TierWords(ClientTier tier) => tier switch
    {
        ClientTier.Key => "key",
        ClientTier.PotentialKey => "potential key",
        _ => "other",
    };

    private static string TierName(ClientTier tier) => tier switch
    {
        ClientTier.Key => "key",
        ClientTier.PotentialKey => "potentialKey",
        _ => "other",
    };

    /// <summary>Reports <c>KRV002</c> when <paramref name="client"/> is not in the classification; true when reported.</summary>
    private static bool NotClassified(ClientId client, string path, string what, Dictionary<ClientId, int> evidence, DiagnosticBag review)
    {
        if (client.IsDefault || evidence.ContainsKey(client))
        {
            return false;
        }

        review.Add(ReviewDiagnosticCodes.Get(ReviewDiagnosticCodes.ClientNotClassified), path, "Client {0} has {1} but is not in the classification, so nothing says whether it is a key client; add its evidence to the classification, or correct the id.", Wording.Quote(client.Value), what);
        return true;
    }

    private static int FindClient(PortfolioClassification classification, ClientId client)
    {
        for (var i = 0; i < classification.Clients.Count; i++)
        {
            if (classification.Clients[i].Client == client)
            {
                return i;
            }
        }

        throw new InvalidOperationException("A classified client is missing from the classification.");
    }

    private static List<ClientId>? KeyClients(PortfolioClassification? classification)
    {
        if (classification is null)
        {
            return null;
        }

        var keys = new List<ClientId>();
        foreach (var client in classification.Clients)
        {
            if (client.Tier == ClientTier.Key)
            {
                keys.Add(client.Client);
            }
        }

        return keys;
    }

    private static IReadOnlyList<Diagnostic> Prefixed(IReadOnlyList<Diagnostic> diagnostics, string member)
    {
        var bag = new DiagnosticBag();
        bag.AddRange(diagnostics, member);
        return bag.ToSortedList();
    }

    private static string Path(string list, int index, string member) =>
        string.Format(CultureInfo.InvariantCulture, "{0}[{1}].{2}", list, index, member);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf("unit.", StringComparison.Ordinal);
        return end < 0 ? message : message.Substring(0, end + "unit.".Length);
    }

    private sealed record LadderRun(IReadOnlyList<Diagnostic> Diagnostics, LadderPortfolio? Portfolio, IReadOnlyDictionary<ClientId, LadderLevel>? Levels);

    private sealed record OpportunitiesRun(IReadOnlyList<Diagnostic> Diagnostics, OpportunitySelection? Selection);
}
