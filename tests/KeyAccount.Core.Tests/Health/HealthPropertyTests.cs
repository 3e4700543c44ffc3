using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Health;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Tests.Health;

/// <summary>What must hold for the health of any account: ranges, monotonicity, exact attribution, weights, order.</summary>
[Properties(Arbitrary = new[] { typeof(HealthGenerators) }, MaxTest = 80)]
public class HealthPropertyTests
{
    [Property]
    public bool The_score_and_every_component_lie_within_0_and_100(ScoredAccount s)
    {
        var health = HealthScorecard.Score(s.Account, s.AsOf);
        var inRange = (decimal? v) => v is null || (v >= 0 && v <= 100);
        var components = health.Components.All(c => inRange(c.Score) && c.Facts.All(f => f.Points >= 0 && f.Cost >= 0));
        var counted = health.Components.Where(c => c.Counts).ToList();
        var consistent = counted.Count == 0
            ? health.Score is null && health.Band is null
            : health.Score is not null && health.Score == Math.Round(counted.Sum(c => c.Weight * c.Score!.Value) / counted.Sum(c => c.Weight), 2, MidpointRounding.AwayFromZero);
        return inRange(health.Score) && components && consistent && health.Components.Count == HealthScorecard.Kinds.Count;
    }

    [Property]
    public bool A_commitment_done_never_lowers_the_score(ScoredAccount s, int pick)
    {
        var open = s.Account.Diary
            .Where(e => HealthGenerators.OnOrBefore(e, s.AsOf))
            .SelectMany(e => e.Commitments.Select(c => (Entry: e, Commitment: c)))
            .Where(x => x.Commitment.Status == CommitmentStatus.Open)
            .ToList();
        if (open.Count == 0)
        {
            return true;
        }

        var (entry, commitment) = open[Math.Abs(pick % open.Count)];
        var done = new Commitment(commitment.Id, commitment.Who, commitment.What, commitment.Due, CommitmentStatus.Done, s.AsOf, commitment.Decision, commitment.PlanActions, commitment.Opportunities);
        var diary = s.Account.Diary.Select(e => ReferenceEquals(e, entry) ? Replace(e, e.Commitments.Select(c => ReferenceEquals(c, commitment) ? done : c).ToArray()) : e).ToArray();
        return NotLower(s.Account, HealthGenerators.With(s.Account, diary: diary), s.AsOf);
    }

    [Property]
    public bool A_decision_followed_up_never_lowers_the_score(ScoredAccount s, int pick)
    {
        var state = AccountAnalysis.Analyze(s.Account, s.AsOf);
        var past = state.Timeline.Select(e => e.Id).ToHashSet();
        var unsupported = state.DecisionsWithoutFollowUp.Where(d => past.Contains(d.Entry)).ToList();
        if (unsupported.Count == 0)
        {
            return true;
        }

        var target = unsupported[Math.Abs(pick % unsupported.Count)];
        var follow = new Commitment("follow-" + target.Decision.Id, "u-kam", "Follow it up", s.AsOf.PlusDays(7), decision: target.Decision.Id);
        var diary = s.Account.Diary.Select(e => e.Id == target.Entry ? Replace(e, e.Commitments.Append(follow).ToArray()) : e).ToArray();
        return NotLower(s.Account, HealthGenerators.With(s.Account, diary: diary), s.AsOf);
    }

    [Property]
    public bool A_stale_section_refreshed_never_lowers_the_score(ScoredAccount s, int pick)
    {
        var stale = AccountAnalysis.Analyze(s.Account, s.AsOf).Freshness.Where(f => f.Held && f.Stale).ToList();
        if (stale.Count == 0)
        {
            return true;
        }

        var section = stale[Math.Abs(pick % stale.Count)].Section;
        var updates = s.Account.Updates.Append(new SectionUpdate(section, s.AsOf, "u-kam", "Brought up to date.")).ToArray();
        var refreshed = HealthGenerators.With(s.Account, updates: updates);
        return NotLower(s.Account, refreshed, s.AsOf)
            && HealthScorecard.Score(refreshed, s.AsOf).Component(HealthComponentKind.Freshness).Score > HealthScorecard.Score(s.Account, s.AsOf).Component(HealthComponentKind.Freshness).Score;
    }

    [Property]
    public bool A_decision_maker_covered_never_lowers_the_score(ScoredAccount s, int pick)
    {
        if (s.Account.Relationships is not { } map || RelationshipAnalyzer.Run(map, null, s.AsOf).Result is null)
        {
            return true;
        }

        bool Present(LocalDate? joined, LocalDate? left) => (joined is null || joined <= s.AsOf) && (left is null || left > s.AsOf);
        var decisionMakers = map.People.Where(p => p.Roles.Any(r => r.Kind == StakeholderKind.DecisionMaker) && Present(p.Joined, p.Left)).ToList();
        var ours = map.Team.Where(t => Present(null, t.Left)).ToList();
        if (decisionMakers.Count == 0 || ours.Count == 0)
        {
            return true;
        }

        var dm = decisionMakers[Math.Abs(pick % decisionMakers.Count)];
        var us = ours[Math.Abs(pick / 7 % ours.Count)];
        var existing = map.Relationships.FirstOrDefault(r => r.Ours == us.Id && r.Theirs == dm.Id);
        var first = existing?.FirstContact is { } f && f < s.AsOf ? f : s.AsOf;
        var covered = new Relationship(us.Id, dm.Id)
        {
            Kind = existing?.Kind ?? RelationshipKind.Contact,
            Strength = existing?.Strength == RelationshipStrength.Close ? RelationshipStrength.Close : RelationshipStrength.Strong,
            FirstContact = first,
            LastContact = s.AsOf,
            MeetingsPerYear = existing?.MeetingsPerYear,
        };
        var relationships = existing is null ? map.Relationships.Append(covered).ToArray() : map.Relationships.Select(r => ReferenceEquals(r, existing) ? covered : r).ToArray();
        return NotLower(s.Account, Rebuild(s.Account, relationships: map with { Relationships = relationships }), s.AsOf);
    }

    [Property]
    public bool The_attributions_add_up_exactly_to_the_change_of_the_score(ScoredAccount s, byte days)
    {
        var change = HealthScorecard.Change(s.Account, s.AsOf.PlusDays(-days), s.AsOf);
        return Adds(change);
    }

    [Property]
    public bool Two_versions_of_an_account_attribute_their_change_exactly(ScoredAccount s, int otherSeed)
    {
        // The later version is another generated account of the same client: components appear and go.
        var later = HealthGenerators.Account(otherSeed, s.Account.Client.Value);
        var change = HealthScorecard.Compare(HealthScorecard.Score(s.Account, s.AsOf), HealthScorecard.Score(later, s.AsOf.PlusDays(30)));
        return Adds(change);
    }

    [Property]
    public bool Each_attribution_is_its_components_exact_part_to_the_hundredth(ScoredAccount s, int otherSeed, bool sameDocument)
    {
        var later = sameDocument ? s.Account : HealthGenerators.Account(otherSeed, s.Account.Client.Value);
        var change = HealthScorecard.Compare(HealthScorecard.Score(s.Account, s.AsOf), HealthScorecard.Score(later, s.AsOf.PlusDays(45)));
        if (change.Change is null)
        {
            return change.Components.All(c => c.Attribution == 0);
        }

        // The documented decomposition: C moves, R leaves against the others' old mean, A joins against their new mean.
        var before = change.Before.Components.ToDictionary(c => c.Kind);
        var after = change.After.Components.ToDictionary(c => c.Kind);
        var common = HealthScorecard.Kinds.Where(k => before[k].Counts && after[k].Counts).ToList();
        var w0 = HealthScorecard.Kinds.Where(k => before[k].Counts).Sum(k => before[k].Weight);
        var w1 = HealthScorecard.Kinds.Where(k => after[k].Counts).Sum(k => after[k].Weight);
        var wc = common.Sum(k => before[k].Weight);
        var oldMean = wc == 0 ? 0 : common.Sum(k => before[k].Weight * before[k].Score!.Value) / wc;
        var newMean = wc == 0 ? 0 : common.Sum(k => after[k].Weight * after[k].Score!.Value) / wc;
        return change.Components.All(c =>
        {
            var b = before[c.Kind];
            var a = after[c.Kind];
            var exact = b.Counts && a.Counts ? b.Weight * (a.Score!.Value - b.Score!.Value) / wc
                : b.Counts ? b.Weight * (oldMean - b.Score!.Value) / w0
                : a.Counts ? a.Weight * (a.Score!.Value - newMean) / w1
                : 0m;
            return Math.Abs(c.Attribution - exact) <= 0.01m;
        });
    }

    [Property]
    public bool A_weight_of_zero_removes_the_components_effect(ScoredAccount s, byte which, int otherSeed)
    {
        var kind = HealthScorecard.Kinds[which % HealthScorecard.Kinds.Count];
        var settings = kind switch
        {
            HealthComponentKind.Tier => new HealthSettings(tierWeight: 0),
            HealthComponentKind.Ladder => new HealthSettings(ladderWeight: 0),
            HealthComponentKind.Plan => new HealthSettings(planWeight: 0),
            HealthComponentKind.Relationships => new HealthSettings(relationshipsWeight: 0),
            HealthComponentKind.Communications => new HealthSettings(communicationsWeight: 0),
            HealthComponentKind.Commitments => new HealthSettings(commitmentsWeight: 0),
            HealthComponentKind.Freshness => new HealthSettings(freshnessWeight: 0),
            _ => new HealthSettings(opportunitiesWeight: 0),
        };

        // The component's own input replaced by another account's, where that leaves every other component as it is.
        var other = HealthGenerators.Account(otherSeed, s.Account.Client.Value);
        var changed = kind switch
        {
            HealthComponentKind.Tier when s.Account.Evidence is not null && other.Evidence is not null => Rebuild(s.Account, evidence: other.Evidence),
            HealthComponentKind.Ladder when s.Account.Ladder is not null && other.Ladder is not null && other.Ladder.AsOf == s.Account.Ladder.AsOf => Rebuild(s.Account, ladder: other.Ladder),
            HealthComponentKind.Opportunities when s.Account.Opportunities is not null && other.Opportunities is not null => Rebuild(s.Account, opportunities: other.Opportunities),
            // The map is also the programme's directory, so it is swapped only where no programme reads it.
            HealthComponentKind.Relationships when s.Account.Relationships is not null && other.Relationships is not null && s.Account.Communications is null => Rebuild(s.Account, relationships: other.Relationships),
            HealthComponentKind.Communications when s.Account.Communications is not null && other.Communications is not null => Rebuild(s.Account, communications: other.Communications),
            HealthComponentKind.Commitments => HealthGenerators.With(s.Account, diary: other.Diary),
            _ => s.Account,
        };
        var full = HealthScorecard.Score(s.Account, s.AsOf);
        var zero = HealthScorecard.Score(s.Account, s.AsOf, settings);
        var rest = full.Components.Where(c => c.Kind != kind && c.Counts).ToList();
        decimal? expected = rest.Count == 0 ? null : Math.Round(rest.Sum(c => c.Weight * c.Score!.Value) / rest.Sum(c => c.Weight), 2, MidpointRounding.AwayFromZero);
        var component = zero.Component(kind);
        return zero.Score == expected
            && HealthScorecard.Score(changed, s.AsOf, settings).Score == zero.Score
            && component.Share == 0
            && !component.Counts
            && component.Facts.All(f => f.Cost == 0)
            && zero.Costliest.All(f => f.Component != kind);
    }

    [Property(MaxTest = 40)]
    public bool A_portfolio_does_not_depend_on_the_order_of_its_accounts(int seed, byte size, int shuffle)
    {
        var accounts = Enumerable.Range(0, 2 + (size % 12)).Select(i => HealthGenerators.Account(seed + i, $"a-{i % 7}-{i}")).ToList();
        var asOf = new LocalDate(2026, 3, 31);
        var since = new LocalDate(2025, 12, 31);
        var random = new Random(shuffle);
        var shuffled = accounts.OrderBy(_ => random.Next()).ToList();
        var a = HealthScorecard.Portfolio(accounts, asOf, since, new HealthSettings(fallers: 3));
        var b = HealthScorecard.Portfolio(shuffled, asOf, since, new HealthSettings(fallers: 3));
        var ranked = a.Accounts.Select(e => (e.Rank, e.Client, e.Score, e.Change?.Change)).SequenceEqual(b.Accounts.Select(e => (e.Rank, e.Client, e.Score, e.Change?.Change)));
        var ordered = a.Accounts.Zip(a.Accounts.Skip(1), (x, y) => x.Score is null ? y.Score is null && x.Client.CompareTo(y.Client) < 0 : y.Score is null || x.Score > y.Score || (x.Score == y.Score && x.Client.CompareTo(y.Client) < 0)).All(ok => ok);
        var falls = a.Accounts.Where(e => e.Change?.Change < 0).Select(e => e.Change!.Change!.Value).OrderBy(v => v).Take(3).ToList();
        return ranked
            && ordered
            && a.Fallers.Select(e => e.Client).SequenceEqual(b.Fallers.Select(e => e.Client))
            && a.Fallers.Select(e => e.Change!.Change!.Value).SequenceEqual(falls)
            && a.Explanation == b.Explanation;
    }

    [Property]
    public bool A_component_that_did_not_move_is_attributed_nothing(ScoredAccount s, byte days)
    {
        var change = HealthScorecard.Change(s.Account, s.AsOf.PlusDays(-days), s.AsOf);
        return change.Components.All(c => !(c.Before is not null && c.Before == c.After && change.Before.Component(c.Kind).Counts) || c.Attribution == 0);
    }

    [Property]
    public bool The_scorecard_never_throws_and_its_run_matches_it(ScoredAccount s)
    {
        var run = HealthScorecard.Run(s.Account, s.AsOf);
        var direct = HealthScorecard.Score(s.Account, s.AsOf);
        return run.Result is not null && run.Result.Score == direct.Score && run.Result.Explanation == direct.Explanation;
    }

    [Fact]
    public void The_generated_accounts_exercise_the_plan_reviews_and_the_internal_notices()
    {
        // Without these facts among the generated accounts the properties above would not cover them.
        var scored = Enumerable.Range(0, 200).Select(HealthGenerators.Scored).Select(s => HealthScorecard.Score(s.Account, s.AsOf)).ToList();
        var facts = scored.SelectMany(h => h.Components.SelectMany(c => c.Facts)).ToList();
        Assert.Contains(facts, f => f.Component == HealthComponentKind.Plan && f.Key.StartsWith("KAP047@planReviews[", StringComparison.Ordinal));
        Assert.Contains(facts, f => f.Component == HealthComponentKind.Plan && f.Key.Contains("@planReviews[", StringComparison.Ordinal) && f.Key.StartsWith("KAP049", StringComparison.Ordinal));
        Assert.Contains(facts, f => f.Component == HealthComponentKind.Commitments && f.Key.StartsWith("notice:decision:", StringComparison.Ordinal));
        Assert.Contains(facts, f => f.Component == HealthComponentKind.Commitments && f.Key.StartsWith("notice:commitment:", StringComparison.Ordinal));
        Assert.Contains(scored, h => h.Component(HealthComponentKind.Commitments).Explanation.Contains("were not checked (they have errors)", StringComparison.Ordinal));
    }

    private static bool Adds(HealthChange change)
    {
        var sum = change.Components.Sum(c => c.Attribution);
        return change.Change is { } delta
            ? sum == delta && change.Components.All(c => decimal.Round(c.Attribution, 2) == c.Attribution)
            : sum == 0 && (change.Before.Score is null || change.After.Score is null);
    }

    private static bool NotLower(AccountDocument before, AccountDocument after, LocalDate asOf)
    {
        var a = HealthScorecard.Score(before, asOf);
        var b = HealthScorecard.Score(after, asOf);
        return a.Score is null || (b.Score is not null && b.Score >= a.Score);
    }

    private static AccountDocument Rebuild(
        AccountDocument a,
        KeyAccount.Core.Classification.ClientEvidence? evidence = null,
        KeyAccount.Core.Ladder.ClientLadderAssessment? ladder = null,
        KeyAccount.Core.Opportunities.OpportunityPortfolio? opportunities = null,
        KeyAccount.Core.Relationships.RelationshipMap? relationships = null,
        KeyAccount.Core.Communications.CommunicationProgramme? communications = null) =>
        new(a.Client, a.Profile, a.Team, a.Lifecycle, a.Diary, a.Updates, a.Settings, evidence ?? a.Evidence, ladder ?? a.Ladder, opportunities ?? a.Opportunities, a.Plan, a.FormatVersion, relationships ?? a.Relationships, communications ?? a.Communications, a.Negotiations, a.Offers, a.PlanReviews, a.InternalCommunication);

    private static DiaryEntry Replace(DiaryEntry e, IReadOnlyList<Commitment> commitments) =>
        new(e.Id, e.At, e.Zone, e.Kind, e.Subject, e.ClientParticipants, e.OurParticipants, e.Notes, e.Decisions, commitments, e.FollowUpOf);
}
