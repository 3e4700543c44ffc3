using System;
using System.Linq;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Communications;
using KeyAccount.Core.Health;
using KeyAccount.Core.Json;
using KeyAccount.Core.Ladder;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Tests.Health;

public class HealthScorecardTests
{
    private static readonly LocalDate AsOf = new(2026, 3, 31);

    [Fact]
    public void The_sample_is_scored_on_two_dates_a_quarter_apart_with_the_change_attributed()
    {
        var change = SampleHealth.PublisherAndBookshop();

        Assert.Equal(SampleHealth.Since, change.Before.AsOf);
        Assert.Equal(SampleHealth.AsOf, change.After.AsOf);
        Assert.Equal(SampleHealth.Since.PlusMonths(3), SampleHealth.AsOf);
        Assert.Equal(SampleAccounts.PublisherAndBookshop().Client, change.Client);

        // The diary starts in January: no commitments on the earlier date, counted on the later.
        var before = change.Before.Component(HealthComponentKind.Commitments);
        var after = change.After.Component(HealthComponentKind.Commitments);
        Assert.Null(before.Score);
        Assert.Contains("no entry up to 2025-12-31", before.Explanation, StringComparison.Ordinal);
        Assert.NotNull(after.Score);

        // c-2 was due on 15 March: 16 days overdue on 31 March, 10 points and 1 per whole week (2).
        var overdue = Assert.Single(after.Facts, f => f.Key == "overdue:c-2");
        Assert.Equal(HealthComponents.OverduePoints + (2 * HealthComponents.OverduePointsPerWeek), overdue.Points);
        var unsupported = Assert.Single(after.Facts, f => f.Key == "noFollowUp:dec-staff");
        Assert.Equal(HealthComponents.NoFollowUpPoints, unsupported.Points);
        Assert.DoesNotContain(after.Facts, f => f.Key.StartsWith("noFollowUp:dec-brief", StringComparison.Ordinal) || f.Key.StartsWith("noFollowUp:dec-pilot", StringComparison.Ordinal));

        // The owner's wish for the series (the visit of 26 March) has not reached editorial by 29 March:
        // the account's rule series-to-editorial; the first commitment reached delivery late, which costs nothing.
        var notice = Assert.Single(after.Facts, f => f.Key.StartsWith("notice:", StringComparison.Ordinal));
        Assert.Equal(("notice:contact:d-4", HealthComponents.NoticePoints), (notice.Key, notice.Points));
        Assert.Equal(100m - overdue.Points - unsupported.Points - notice.Points, after.Score);

        // The plan's review of 2 March agrees with the plan: the plan loses no point on 31 March.
        Assert.Equal(100m, change.After.Component(HealthComponentKind.Plan).Score);
        Assert.Contains("its review of 2026-03-02 has no finding against it", change.After.Component(HealthComponentKind.Plan).Explanation, StringComparison.Ordinal);

        // The areas the sample does not hold are said, never counted as 0.
        var sample = SampleAccounts.PublisherAndBookshop();
        var missing = new (HealthComponentKind Kind, bool Held, string Reason)[]
        {
            (HealthComponentKind.Tier, sample.Evidence is not null, "no classification evidence"),
            (HealthComponentKind.Ladder, sample.Ladder is not null, "no ladder assessment"),
            (HealthComponentKind.Relationships, sample.Relationships is not null, "no relationship map"),
            (HealthComponentKind.Communications, sample.Communications is not null, "no communication programme"),
            (HealthComponentKind.Opportunities, sample.Opportunities is not null, "no opportunities"),
        }.Where(m => !m.Held).ToList();
        Assert.NotEmpty(missing);
        foreach (var (kind, _, reason) in missing)
        {
            Assert.Null(change.After.Component(kind).Score);
            Assert.Equal(0m, change.After.Component(kind).Share);
            Assert.Contains(reason, change.After.Explanation, StringComparison.Ordinal);
        }

        Assert.Contains("Not scored:", change.After.Explanation, StringComparison.Ordinal);

        Assert.NotNull(change.Change);
        Assert.Equal(change.Change, change.After.Score - change.Before.Score);
        Assert.Equal(change.Change, change.Components.Sum(c => c.Attribution));
        var commitments = change.Components.Single(c => c.Kind == HealthComponentKind.Commitments);
        Assert.Contains("joins the score", commitments.Explanation, StringComparison.Ordinal);
        Assert.Contains(commitments.Facts, f => f.Key == "overdue:c-2" && f.PointsBefore == 0 && f.PointsAfter == overdue.Points);
        Assert.Contains("By component:", change.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_costliest_facts_are_named_and_their_costs_add_up_to_the_points_lost()
    {
        var health = HealthScorecard.Score(SampleAccounts.PublisherAndBookshop(), AsOf, new HealthSettings(explainedFacts: 2));
        var all = health.Components.SelectMany(c => c.Facts).ToList();

        Assert.True(health.Costliest.Count <= 2);
        Assert.Equal(all.OrderByDescending(f => f.Cost).Take(health.Costliest.Count).Select(f => f.Cost), health.Costliest.Select(f => f.Cost));
        foreach (var fact in health.Costliest)
        {
            Assert.Contains(fact.Explanation.TrimEnd('.'), health.Explanation, StringComparison.Ordinal);
        }

        // Each fact's cost is its share of its component's lost points times the component's share: together 100 - score, up to the rounding of each cost.
        Assert.InRange(Math.Abs(100m - health.Score!.Value - all.Sum(f => f.Cost)), 0m, 0.01m * (all.Count + 1));
    }

    [Fact]
    public void An_account_with_no_area_has_no_score_and_says_why()
    {
        var health = HealthScorecard.Score(new AccountDocument(new ClientId("empty")), AsOf);

        Assert.Null(health.Score);
        Assert.Null(health.Band);
        Assert.All(health.Components, c => Assert.Null(c.Score));
        Assert.Contains("no score", health.Explanation, StringComparison.Ordinal);
        Assert.Contains("no development plan", health.Explanation, StringComparison.Ordinal);
        Assert.Contains("no diary entry yet", health.Explanation, StringComparison.Ordinal);

        var change = HealthScorecard.Change(new AccountDocument(new ClientId("empty")), AsOf.PlusMonths(-3), AsOf);
        Assert.Null(change.Change);
        Assert.All(change.Components, c => Assert.Equal(0m, c.Attribution));
    }

    [Fact]
    public void Only_the_freshness_of_a_profile_scores_an_account_holding_only_a_profile()
    {
        var client = new ClientId("profiled");
        var account = new AccountDocument(client, new AccountProfile("Profiled Ltd", "retail"), updates: new[] { new SectionUpdate(AccountSection.Profile, AsOf.PlusMonths(-13), "u", "Compiled.") });
        var health = HealthScorecard.Score(account, AsOf);

        var freshness = health.Component(HealthComponentKind.Freshness);
        var fact = Assert.Single(freshness.Facts);
        Assert.Equal("stale:profile", fact.Key);
        Assert.Equal(0m, freshness.Score);
        Assert.Equal(0m, health.Score);
        Assert.Equal(HealthBand.AtRisk, health.Band);
        Assert.Equal(1m, freshness.Share);

        var refreshed = new AccountDocument(client, account.Profile, updates: account.Updates.Append(new SectionUpdate(AccountSection.Profile, AsOf, "u", "Checked.")).ToArray());
        Assert.Equal(100m, HealthScorecard.Score(refreshed, AsOf).Score);
    }

    [Fact]
    public void A_ladder_assessed_after_the_date_is_not_yet_known()
    {
        var client = new ClientId("laddered");
        var own = new LadderAnswers { NeedsYouAsMuchAsYouNeedIt = AnswerFrequency.Often, LikesToDiscussBusinessProblems = AnswerFrequency.Often, PutsOffPlannedVisits = AnswerFrequency.Rarely };
        var account = new AccountDocument(client, ladder: new ClientLadderAssessment(client, own, asOf: AsOf.PlusDays(10)));

        var early = HealthScorecard.Score(account, AsOf).Component(HealthComponentKind.Ladder);
        var late = HealthScorecard.Score(account, AsOf.PlusDays(10)).Component(HealthComponentKind.Ladder);

        Assert.Null(early.Score);
        Assert.Contains("after 2026-03-31", early.Explanation, StringComparison.Ordinal);
        Assert.NotNull(late.Score);
        Assert.Contains(late.Facts, f => f.Key == "ladder:noClientView" && f.Points == HealthComponents.NoClientViewPoints);
    }

    [Fact]
    public void A_client_who_places_you_lower_than_you_do_costs_the_gap()
    {
        var client = new ClientId("gap");
        var own = new LadderAnswers { NeedsYouAsMuchAsYouNeedIt = AnswerFrequency.Always, LikesToDiscussBusinessProblems = AnswerFrequency.Always, PrefersCompetitorsOffers = AnswerFrequency.Never, PutsOffPlannedVisits = AnswerFrequency.Never };
        var theirs = own with { NeedsYouAsMuchAsYouNeedIt = AnswerFrequency.Rarely, PrefersCompetitorsOffers = AnswerFrequency.Often };
        var assessment = new ClientLadderAssessment(client, own, theirs);
        var perspectives = LadderPositioner.Perspectives(assessment);
        var health = HealthScorecard.Score(new AccountDocument(client, ladder: assessment), AsOf);
        var ladder = health.Component(HealthComponentKind.Ladder);

        Assert.True(perspectives.Gap < 0);
        var gap = Assert.Single(ladder.Facts, f => f.Key == "ladder:gap");
        Assert.Equal(Math.Round(HealthComponents.GapPointsPerPosition * (decimal)(-perspectives.Gap!.Value), 2, MidpointRounding.AwayFromZero), gap.Points);
        Assert.Equal(perspectives.ClientView!.Position, health.LadderPosition!.Position);
        var position = Assert.Single(ladder.Facts, f => f.Key == "ladder:position");
        Assert.Equal(Math.Round(100m * (5m - (decimal)perspectives.ClientView.Position) / 4m, 2, MidpointRounding.AwayFromZero), position.Points);
    }

    [Fact]
    public void The_ladder_movement_between_two_versions_is_reported()
    {
        var client = new ClientId("climber");
        var low = new LadderAnswers { NeedsYouAsMuchAsYouNeedIt = AnswerFrequency.Rarely, LikesToDiscussBusinessProblems = AnswerFrequency.Rarely, PrefersCompetitorsOffers = AnswerFrequency.Often };
        var high = new LadderAnswers { NeedsYouAsMuchAsYouNeedIt = AnswerFrequency.Always, LikesToDiscussBusinessProblems = AnswerFrequency.Always, PrefersCompetitorsOffers = AnswerFrequency.Never };
        var before = HealthScorecard.Score(new AccountDocument(client, ladder: new ClientLadderAssessment(client, low, low, asOf: AsOf.PlusMonths(-3))), AsOf.PlusMonths(-3));
        var after = HealthScorecard.Score(new AccountDocument(client, ladder: new ClientLadderAssessment(client, high, high, asOf: AsOf)), AsOf);

        var change = HealthScorecard.Compare(before, after);

        Assert.NotNull(change.Ladder);
        Assert.Equal(before.LadderPosition!.Position, change.Ladder!.From);
        Assert.Equal(after.LadderPosition!.Position, change.Ladder.To);
        Assert.True(change.Ladder.Change > 0);
        Assert.Equal(change.Change, change.Components.Single(c => c.Kind == HealthComponentKind.Ladder).Attribution);
    }

    [Property(Arbitrary = new[] { typeof(HealthGenerators) }, MaxTest = 150)]
    public bool The_tier_costs_its_shortfall_and_a_fall_over_the_last_period(int seed)
    {
        var random = new Random(seed);
        var client = new ClientId("tiered");
        var evidence = HealthGenerators.Evidence(random, client);
        var component = HealthScorecard.Score(new AccountDocument(client, evidence: evidence), AsOf).Component(HealthComponentKind.Tier);
        if (component.Score is null)
        {
            return ClassificationValidator.ValidateClients(new[] { evidence }, ClassificationPolicy.Default, "evidence", periodTotals: false).HasErrors();
        }

        var now = KeyClientClassifier.Classify(evidence).Tier;
        ClientTier? then = evidence.Profits.Count >= 2 ? KeyClientClassifier.Classify(HealthComponents.EarlierPeriod(evidence)).Tier : null;
        var expected = (now switch { ClientTier.Key => 0m, ClientTier.PotentialKey => HealthComponents.PotentialKeyPoints, _ => HealthComponents.OtherTierPoints })
            + (then is { } t && t > now ? HealthComponents.TierFellPoints * (t - now) : 0m);
        return component.Score == Math.Max(0m, 100m - expected) && component.Facts.Any(f => f.Key == "tier:fell") == (then > now);
    }

    [Fact]
    public void A_plan_costs_its_errors_warnings_and_late_goals()
    {
        var account = SampleAccounts.PublisherAndBookshop();
        var run = KeyAccount.Core.Planning.PlanAnalysis.Run(account.Plan!, AsOf);
        var component = HealthScorecard.Score(account, AsOf).Component(HealthComponentKind.Plan);

        var expected = (run.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error) * HealthComponents.PlanErrorPoints)
            + (run.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning) * HealthComponents.PlanWarningPoints)
            + (run.Result!.Goals.Count(g => g.Outlook == KeyAccount.Core.Planning.GoalOutlook.Late) * HealthComponents.LateGoalPoints);
        Assert.Equal(Math.Max(0m, 100m - expected), component.Score);
        Assert.Equal(run.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Select(d => d.Code + "@" + d.Path).Distinct().Count(), component.Facts.Count(f => f.Key.Contains("@plan", StringComparison.Ordinal)));
    }

    [Fact]
    public void Opportunities_with_none_identified_cost_half_the_component()
    {
        var client = new ClientId("idle");
        var empty = new KeyAccount.Core.Opportunities.OpportunityPortfolio(new Currency("EUR"), ResourceAmounts.FromHours(10, 1000, 2), Array.Empty<KeyAccount.Core.Opportunities.Opportunity>());
        var component = HealthScorecard.Score(new AccountDocument(client, opportunities: empty), AsOf).Component(HealthComponentKind.Opportunities);

        Assert.Equal(100m - HealthComponents.NoOpportunityPoints, component.Score);
        Assert.Equal("opportunities:none", Assert.Single(component.Facts).Key);
    }

    [Fact]
    public void Relationships_cost_the_decision_makers_reach_the_threads_and_the_maps_risks()
    {
        var map = SampleMaps.Bookshop;
        var analysis = RelationshipAnalyzer.Run(map, null, SampleMaps.AsOf).Result!;
        var component = HealthScorecard.Score(new AccountDocument(map.Client, relationships: map), SampleMaps.AsOf).Component(HealthComponentKind.Relationships);

        Assert.Equal(Expected(analysis), component.Score);

        // Without a single strong relationship both sides' threads cost their most.
        var weak = map with { Relationships = map.Relationships.Select(r => r with { Strength = RelationshipStrength.Weak }).ToArray() };
        var weakComponent = HealthScorecard.Score(new AccountDocument(map.Client, relationships: weak), SampleMaps.AsOf).Component(HealthComponentKind.Relationships);
        Assert.Equal(Expected(RelationshipAnalyzer.Run(weak, null, SampleMaps.AsOf).Result!), weakComponent.Score);
        Assert.Contains(weakComponent.Facts, f => f.Key == "relationships:theirThreads" && f.Points == 2 * HealthComponents.MissingThreadPoints);
        Assert.True(weakComponent.Score < component.Score);

        static decimal Expected(RelationshipAnalysis a)
        {
            var c = a.Coverage;
            var m = c.DecisionMakers;
            var points = m == 0
                ? HealthComponents.NoDecisionMakerPoints
                : ((HealthComponents.UnreachedDecisionMakersPoints * (m - c.DecisionMakersReached - c.DecisionMakersUnknown))
                    + (HealthComponents.UnknownReachPoints * c.DecisionMakersUnknown)
                    + (HealthComponents.WeakReachPoints * (c.DecisionMakersReached - c.DecisionMakersStrong))) / m;
            points += HealthComponents.MissingThreadPoints * (Math.Max(0, 2 - c.TheirThreads) + Math.Max(0, 2 - c.OurThreads));
            var coverageCodes = new[] { RelationshipsDiagnosticCodes.NoDecisionMaker, RelationshipsDiagnosticCodes.DecisionMakerUnreached, RelationshipsDiagnosticCodes.SingleThreadedTheirs, RelationshipsDiagnosticCodes.SingleThreadedOurs, RelationshipsDiagnosticCodes.NoStrongRelationship };
            points += HealthComponents.RelationshipWarningPoints * a.Findings.Count(f => f.Severity == DiagnosticSeverity.Warning && !coverageCodes.Contains(f.Code));
            return Math.Round(Math.Max(0m, 100m - points), 2, MidpointRounding.AwayFromZero);
        }
    }

    [Fact]
    public void Communications_cost_the_programmes_gaps_silences_and_overdue_items_over_the_quarter()
    {
        var map = SampleMaps.Bookshop;
        var programme = HealthAccounts.Programme(new LocalDate(2026, 1, 1), map.Client);
        var account = new AccountDocument(map.Client, relationships: map, communications: programme);
        var asOf = new LocalDate(2026, 4, 30);
        var run = CommunicationAnalysis.Run(programme, null, asOf, new DateInterval(new LocalDate(2026, 1, 31), asOf), AccountPeople.Directory(map));
        var report = run.Result;
        var component = HealthScorecard.Score(account, asOf).Component(HealthComponentKind.Communications);

        Assert.True(report is not null, string.Join("; ", run.Diagnostics));
        var points = report!.Gaps.Sum(g => g.Kind switch
        {
            CommunicationGapKind.FunctionNotServed => HealthComponents.FunctionNotServedPoints,
            CommunicationGapKind.MarketFactorNotAddressed => HealthComponents.MarketFactorPoints,
            CommunicationGapKind.KindNotReached => HealthComponents.KindNotReachedPoints,
            CommunicationGapKind.PersonNotReached => HealthComponents.PersonNotReachedPoints,
            CommunicationGapKind.PromotionDecisionWithoutItems => HealthComponents.PromotionWithoutItemsPoints,
            _ => HealthComponents.GoalOutsidePlanPoints,
        })
            + (HealthComponents.SilencePoints * report.Silences.Count(x => x.TooLong))
            + (HealthComponents.OverdueItemPoints * report.Overdue.Count);
        Assert.Equal(Math.Max(0m, 100m - points), component.Score);
        Assert.Contains("From 2026-01-31 to 2026-04-30", component.Explanation, StringComparison.Ordinal);

        var early = HealthScorecard.Score(account, new LocalDate(2025, 12, 31)).Component(HealthComponentKind.Communications);
        Assert.Null(early.Score);
        Assert.Contains("starts on 2026-01-01", early.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_account_settings_leave_commitments_and_freshness_unscored_and_said()
    {
        var sample = SampleAccounts.PublisherAndBookshop();
        var account = new AccountDocument(sample.Client, sample.Profile, sample.Team, sample.Lifecycle, sample.Diary, sample.Updates, new AccountSettings(dueSoon: Period.FromDays(-1)), plan: sample.Plan);
        var run = HealthScorecard.Run(account, AsOf);

        Assert.NotNull(run.Result);
        Assert.Contains(run.Diagnostics, d => d.Code == AccountsDiagnosticCodes.InvalidSetting && d.Path == "settings.dueSoon");
        Assert.Null(run.Result!.Component(HealthComponentKind.Commitments).Score);
        Assert.Null(run.Result.Component(HealthComponentKind.Freshness).Score);
        Assert.Contains("settings.dueSoon", run.Result.Component(HealthComponentKind.Commitments).Explanation, StringComparison.Ordinal);
        Assert.NotNull(run.Result.Component(HealthComponentKind.Plan).Score);
    }

    [Fact]
    public void Compare_refuses_scorecards_of_two_clients_out_of_order_or_differently_weighted()
    {
        var a = HealthScorecard.Score(SampleAccounts.PublisherAndBookshop(), AsOf);
        var other = HealthScorecard.Score(new AccountDocument(new ClientId("other")), AsOf);
        var reweighted = HealthScorecard.Score(SampleAccounts.PublisherAndBookshop(), AsOf, new HealthSettings(planWeight: 1));
        var earlier = HealthScorecard.Score(SampleAccounts.PublisherAndBookshop(), AsOf.PlusDays(-1));

        Assert.Equal("after", Assert.Throws<ArgumentException>(() => HealthScorecard.Compare(a, other)).ParamName);
        Assert.Equal("before", Assert.Throws<ArgumentException>(() => HealthScorecard.Compare(a, earlier)).ParamName);
        Assert.Contains("same settings", Assert.Throws<ArgumentException>(() => HealthScorecard.Compare(earlier, reweighted)).Message, StringComparison.Ordinal);
        Assert.Equal("since", Assert.Throws<ArgumentOutOfRangeException>(() => HealthScorecard.Change(SampleAccounts.PublisherAndBookshop(), AsOf, AsOf.PlusDays(-1))).ParamName);
        Assert.Throws<ArgumentNullException>(() => HealthScorecard.Compare(null!, a));
        Assert.Contains("weighted mean", Assert.Throws<ArgumentException>(() => HealthScorecard.Compare(earlier, a with { Score = a.Score + 1 })).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_portfolio_refuses_two_accounts_of_one_client_and_null_entries()
    {
        var a = SampleAccounts.PublisherAndBookshop();
        var duplicate = Assert.Throws<ArgumentException>(() => HealthScorecard.Portfolio(new[] { a, new AccountDocument(new ClientId("x")), a }, AsOf));
        Assert.Contains("accounts[0] and accounts[2]", duplicate.Message, StringComparison.Ordinal);
        Assert.Equal("accounts[1]", Assert.Throws<ArgumentNullException>(() => HealthScorecard.Portfolio(new[] { a, null! }, AsOf)).ParamName);
        Assert.Equal("since", Assert.Throws<ArgumentOutOfRangeException>(() => HealthScorecard.Portfolio(new[] { a }, AsOf, AsOf.PlusDays(1))).ParamName);
    }

    [Fact]
    public void A_portfolio_lists_the_accounts_whose_score_fell_most()
    {
        var accounts = Enumerable.Range(0, 30).Select(i => HealthGenerators.Account(1000 + i, $"c-{i:00}")).ToList();
        var since = new LocalDate(2025, 12, 31);
        var portfolio = HealthScorecard.Portfolio(accounts, AsOf, since, new HealthSettings(fallers: 4));

        var falls = portfolio.Accounts.Where(e => e.Change!.Change < 0).OrderBy(e => e.Change!.Change).ThenBy(e => e.Client).Take(4).ToList();
        Assert.Equal(falls.Select(e => e.Client), portfolio.Fallers.Select(e => e.Client));
        Assert.Equal(accounts.Count, portfolio.Healthy + portfolio.Watch + portfolio.AtRisk + portfolio.Unscored);
        Assert.Equal(Enumerable.Range(1, accounts.Count), portfolio.Accounts.Select(e => e.Rank));
        if (falls.Count > 0)
        {
            Assert.Contains("Fell most since 2025-12-31", portfolio.Explanation, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Settings_default_validate_and_read_from_partial_json()
    {
        Assert.Empty(HealthSettings.Default.Validate());
        var read = KeyAccountJson.Deserialize<HealthSettings>("{\"planWeight\": 40, \"healthyFrom\": 80}");
        Assert.Equal(40m, read.PlanWeight);
        Assert.Equal(80m, read.HealthyFrom);
        Assert.Equal(HealthSettings.Default.CommitmentsWeight, read.CommitmentsWeight);
        Assert.Equal(HealthSettings.Default.Fallers, read.Fallers);
        Assert.Equal(read, KeyAccountJson.Deserialize<HealthSettings>(KeyAccountJson.Serialize(read)));
    }

    [Theory]
    [InlineData(HealthComponentKind.Tier, "tierWeight")]
    [InlineData(HealthComponentKind.Ladder, "ladderWeight")]
    [InlineData(HealthComponentKind.Plan, "planWeight")]
    [InlineData(HealthComponentKind.Relationships, "relationshipsWeight")]
    [InlineData(HealthComponentKind.Communications, "communicationsWeight")]
    [InlineData(HealthComponentKind.Commitments, "commitmentsWeight")]
    [InlineData(HealthComponentKind.Freshness, "freshnessWeight")]
    [InlineData(HealthComponentKind.Opportunities, "opportunitiesWeight")]
    public void KAH001_a_negative_or_huge_weight_is_reported_at_its_path(HealthComponentKind kind, string path)
    {
        foreach (var bad in new[] { -1m, HealthSettings.MaxWeight + 1 })
        {
            var settings = kind switch
            {
                HealthComponentKind.Tier => new HealthSettings(tierWeight: bad),
                HealthComponentKind.Ladder => new HealthSettings(ladderWeight: bad),
                HealthComponentKind.Plan => new HealthSettings(planWeight: bad),
                HealthComponentKind.Relationships => new HealthSettings(relationshipsWeight: bad),
                HealthComponentKind.Communications => new HealthSettings(communicationsWeight: bad),
                HealthComponentKind.Commitments => new HealthSettings(commitmentsWeight: bad),
                HealthComponentKind.Freshness => new HealthSettings(freshnessWeight: bad),
                _ => new HealthSettings(opportunitiesWeight: bad),
            };
            var d = Assert.Single(settings.Validate());
            Assert.Equal((HealthDiagnosticCodes.InvalidWeight, path, DiagnosticSeverity.Error), (d.Code, d.Path, d.Severity));
            Assert.Equal(bad, settings.Weight(kind));
        }
    }

    [Fact]
    public void KAH002_all_weights_zero_is_reported()
    {
        var d = Assert.Single(new HealthSettings(0, 0, 0, 0, 0, 0, 0, 0).Validate());
        Assert.Equal((HealthDiagnosticCodes.NoWeight, string.Empty), (d.Code, d.Path));
    }

    [Theory]
    [InlineData(101, 50, "healthyFrom")]
    [InlineData(-1, -5, "healthyFrom")]
    [InlineData(75, -0.5, "watchFrom")]
    [InlineData(60, 70, "watchFrom")]
    public void KAH003_a_band_out_of_range_or_order_is_reported(double healthy, double watch, string path)
    {
        var diagnostics = new HealthSettings(healthyFrom: (decimal)healthy, watchFrom: (decimal)watch).Validate();
        Assert.Contains(diagnostics, d => d.Code == HealthDiagnosticCodes.InvalidBand && d.Path == path);
        Assert.All(diagnostics, d => Assert.Equal(HealthDiagnosticCodes.InvalidBand, d.Code));
    }

    [Theory]
    [InlineData(-1, 0, "explainedFacts")]
    [InlineData(0, -1, "fallers")]
    public void KAH004_a_negative_count_is_reported(int facts, int fallers, string path)
    {
        var d = Assert.Single(new HealthSettings(explainedFacts: facts, fallers: fallers).Validate());
        Assert.Equal((HealthDiagnosticCodes.InvalidCount, path), (d.Code, d.Path));
    }

    [Fact]
    public void Settings_with_errors_withhold_the_run_and_throw_in_the_analysis()
    {
        var bad = new HealthSettings(planWeight: -3);
        var run = HealthScorecard.Run(SampleAccounts.PublisherAndBookshop(), AsOf, bad);

        Assert.Null(run.Result);
        Assert.Contains(run.Diagnostics, d => d.Code == HealthDiagnosticCodes.InvalidWeight && d.Path == "healthSettings.planWeight");
        Assert.Equal("settings", Assert.Throws<ArgumentException>(() => HealthScorecard.Score(SampleAccounts.PublisherAndBookshop(), AsOf, bad)).ParamName);
        Assert.Throws<ArgumentException>(() => HealthScorecard.Portfolio(new[] { SampleAccounts.PublisherAndBookshop() }, AsOf, null, bad));
    }

    [Fact]
    public void Bands_follow_the_thresholds()
    {
        var settings = new HealthSettings(healthyFrom: 80, watchFrom: 40);
        Assert.Equal(HealthBand.Healthy, settings.Band(80));
        Assert.Equal(HealthBand.Watch, settings.Band(79.99m));
        Assert.Equal(HealthBand.Watch, settings.Band(40));
        Assert.Equal(HealthBand.AtRisk, settings.Band(39.99m));
    }

    [Fact]
    public void The_results_travel_as_json()
    {
        var change = SampleHealth.PublisherAndBookshop();
        var json = KeyAccountJson.Serialize(change);
        Assert.Contains("\"attribution\"", json, StringComparison.Ordinal);
        Assert.Contains("\"overdue:c-2\"", json, StringComparison.Ordinal);
        var portfolio = KeyAccountJson.Serialize(HealthScorecard.Portfolio(new[] { SampleAccounts.PublisherAndBookshop() }, AsOf, SampleHealth.Since));
        Assert.Contains("\"fallers\"", portfolio, StringComparison.Ordinal);
    }

    [Fact]
    public void Apportioning_keeps_unmoved_components_at_zero_and_the_sum_exact()
    {
        // Three thirds of 0.01 each: the exact parts are 0.00333..., the rounded change 0.01.
        var raw = new[] { 0.01m / 3, 0.01m / 3, 0m, 0.01m / 3 };
        var scores = new decimal?[] { 1, 1, 1, 1 };
        var parts = HealthAttribution.Apportion(raw, 0.01m, scores, scores);
        Assert.Equal(0.01m, parts.Sum());
        Assert.Equal(0m, parts[2]);
        Assert.Equal(new[] { 0.01m, 0m, 0m, 0m }, parts);
    }
}
