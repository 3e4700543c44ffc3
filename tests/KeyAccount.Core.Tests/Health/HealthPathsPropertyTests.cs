using System.Linq;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Health;
using NodaTime;

namespace KeyAccount.Core.Tests.Health;

/// <summary>The scorecard's shortcuts (the account's basics computed alone, the undated components drafted once per account) give what the full computations give.</summary>
[Properties(Arbitrary = new[] { typeof(HealthGenerators) }, MaxTest = 60)]
public class HealthPathsPropertyTests
{
    [Property]
    public bool The_basics_computed_alone_are_those_of_the_full_state(ScoredAccount s)
    {
        var settings = s.Account.Settings ?? AccountSettings.Default;
        if (settings.Validate().HasErrors())
        {
            return true;
        }

        var alone = AccountAnalysis.Basics(s.Account, s.AsOf, settings);
        var full = AccountBasics.Of(AccountAnalysis.Analyze(s.Account, s.AsOf));
        return alone.Commitments.SequenceEqual(full.Commitments)
            && alone.DecisionsWithoutFollowUp.SequenceEqual(full.DecisionsWithoutFollowUp)
            && alone.Freshness.SequenceEqual(full.Freshness)
            && alone.EntriesUpToDate.OrderBy(x => x, System.StringComparer.Ordinal).SequenceEqual(full.EntriesUpToDate.OrderBy(x => x, System.StringComparer.Ordinal))
            && alone.PlanReviews.Select(v => (v.Path, v.Explanation)).SequenceEqual(full.PlanReviews.Select(v => (v.Path, v.Explanation)))
            && alone.PlanReviews.Zip(full.PlanReviews, (x, y) => x.Diagnostics.SequenceEqual(y.Diagnostics)).All(same => same)
            && alone.InternalCommunication?.Explanation == full.InternalCommunication?.Explanation
            && (alone.InternalCommunication?.Findings ?? System.Array.Empty<InternalNoticeFinding>()).SequenceEqual(full.InternalCommunication?.Findings ?? System.Array.Empty<InternalNoticeFinding>());
    }

    [Property]
    public bool The_portfolio_gives_each_account_its_own_scorecard_and_change(ScoredAccount a, ScoredAccount b)
    {
        if (a.Account.Client == b.Account.Client)
        {
            return true;
        }

        var since = a.AsOf.PlusMonths(-3);
        var portfolio = HealthScorecard.Portfolio(new[] { a.Account, b.Account }, a.AsOf, since);
        return new[] { a.Account, b.Account }.All(account =>
        {
            var entry = portfolio.Accounts.Single(e => e.Client == account.Client);
            var change = HealthScorecard.Change(account, since, a.AsOf);
            return entry.Health.Explanation == HealthScorecard.Score(account, a.AsOf).Explanation
                && entry.Health.Score == change.After.Score
                && entry.Change!.Explanation == change.Explanation
                && entry.Change.Before.Explanation == change.Before.Explanation;
        });
    }
}
