using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Ladder;
using NodaTime;

namespace KeyAccount.Core.Health;

/// <summary>
/// The account's health (issue "account health"; method sections 1–8 together): one 0–100 score as of
/// a date from the components of every area the account holds, each scored by its documented
/// formula over its area's own analysis; the change between two dates attributed exactly to the
/// components; and the health of a portfolio of accounts, ranked. See <c>docs/health.md</c>.
/// </summary>
/// <remarks>
/// Every component runs its area's own analysis (the classifier, the ladder positioner, the plan's
/// run, the account's state, the opportunity selector); Health adds only the points. A component
/// whose area is missing from the account, or holds errors that stop the area's analysis, is not
/// scored and is left out of the score, and the scorecard says so; it is never counted as 0.
/// </remarks>
public static class HealthScorecard
{
    private static readonly HealthComponentKind[] AllKinds =
    {
        HealthComponentKind.Tier,
        HealthComponentKind.Ladder,
        HealthComponentKind.Plan,
        HealthComponentKind.Relationships,
        HealthComponentKind.Communications,
        HealthComponentKind.Commitments,
        HealthComponentKind.Freshness,
        HealthComponentKind.Opportunities,
    };

    /// <summary>The components, in the order every result lists them.</summary>
    public static IReadOnlyList<HealthComponentKind> Kinds => AllKinds;

    /// <summary>
    /// Runs the scorecard of <paramref name="account"/> as of <paramref name="asOf"/>: the account's
    /// diagnostics (<see cref="AccountValidator.Validate"/>) and the settings' (under
    /// <c>healthSettings</c>), and the scorecard. Never throws for a defect of the account.
    /// </summary>
    /// <param name="account">The account, however defective.</param>
    /// <param name="asOf">The date of the scorecard.</param>
    /// <param name="settings">The weights and bands; <see cref="HealthSettings.Default"/> when null.</param>
    /// <returns>The diagnostics and the scorecard; the scorecard is withheld only when the settings have errors (the account's defects are worked around component by component).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    public static DocumentRun<AccountHealth> Run(AccountDocument account, LocalDate asOf, HealthSettings? settings = null)
    {
        Require.NotNull(account, nameof(account));
        settings ??= HealthSettings.Default;
        var settingsDiagnostics = settings.Validate();
        var bag = new DiagnosticBag();
        bag.AddRange(AccountValidator.Validate(account, asOf));
        bag.AddRange(settingsDiagnostics, "healthSettings");
        return new DocumentRun<AccountHealth>(bag.ToSortedList(), settingsDiagnostics.HasErrors() ? null : Build(account, asOf, settings));
    }

    /// <summary>The health scorecard of <paramref name="account"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="account">The account. Its defects are tolerated: a component whose area's analysis cannot run on it is not scored, and says why.</param>
    /// <param name="asOf">The date: commitments, decisions, freshness and the plan are judged as of it, and a ladder assessment dated after it is not yet known.</param>
    /// <param name="settings">The weights and bands; <see cref="HealthSettings.Default"/> when null.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="settings"/> have errors (the message lists them).</exception>
    public static AccountHealth Score(AccountDocument account, LocalDate asOf, HealthSettings? settings = null)
    {
        Require.NotNull(account, nameof(account));
        settings = Usable(settings);
        return Build(account, asOf, settings);
    }

    /// <summary>The change of <paramref name="account"/>'s health from <paramref name="since"/> to <paramref name="asOf"/>: both scorecards of the one document, compared by <see cref="Compare"/>.</summary>
    /// <param name="account">The account.</param>
    /// <param name="since">The earlier date.</param>
    /// <param name="asOf">The later date.</param>
    /// <param name="settings">The weights and bands; <see cref="HealthSettings.Default"/> when null.</param>
    /// <returns>The change, attributed to the components.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="since"/> is after <paramref name="asOf"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="settings"/> have errors.</exception>
    public static HealthChange Change(AccountDocument account, LocalDate since, LocalDate asOf, HealthSettings? settings = null)
    {
        Require.NotNull(account, nameof(account));
        RequireOrder(since, asOf);
        settings = Usable(settings);
        var undated = Undated(account);
        return Compare(Build(account, since, settings, undated), Build(account, asOf, settings, undated));
    }

    /// <summary>
    /// Compares two scorecards of one client (of one document on two dates, or of two versions of
    /// the account) and attributes the change of the score exactly to the components.
    /// </summary>
    /// <param name="before">The earlier scorecard.</param>
    /// <param name="after">The later scorecard, made with the same weights.</param>
    /// <returns>
    /// The change. The attributions add up exactly to the change of the score. The decomposition
    /// (docs/health.md): a component that counts on both dates is attributed its weight times its
    /// move over the weight of the components counting on both dates; one that stopped counting,
    /// its weight times (the others' old mean minus its old score) over the old total weight; one
    /// that started counting, its weight times (its new score minus the others' new mean) over the
    /// new total weight; then rounded to hundredths by largest remainders so that the sum is exact.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="before"/> or <paramref name="after"/> is null.</exception>
    /// <exception cref="ArgumentException">The scorecards are of different clients, <paramref name="before"/> is dated after <paramref name="after"/>, a component's weight differs between them, or a scorecard's score is not the weighted mean of its components (a scorecard not made by <see cref="Score"/>).</exception>
    public static HealthChange Compare(AccountHealth before, AccountHealth after)
    {
        Require.NotNull(before, nameof(before));
        Require.NotNull(after, nameof(after));
        RequireConsistent(before, nameof(before));
        RequireConsistent(after, nameof(after));
        if (before.Client != after.Client)
        {
            throw new ArgumentException("The scorecards are of different clients ('" + before.Client.Value + "' and '" + after.Client.Value + "'); compare scorecards of one client.", nameof(after));
        }

        if (before.AsOf > after.AsOf)
        {
            throw new ArgumentException("before is dated " + Wording.Date(before.AsOf) + ", after after's " + Wording.Date(after.AsOf) + "; pass the earlier scorecard first.", nameof(before));
        }

        var n = AllKinds.Length;
        var weights = new decimal[n];
        var s0 = new decimal?[n];
        var s1 = new decimal?[n];
        var c0 = new HealthComponent[n];
        var c1 = new HealthComponent[n];
        for (var i = 0; i < n; i++)
        {
            c0[i] = Find(before, AllKinds[i], nameof(before));
            c1[i] = Find(after, AllKinds[i], nameof(after));
            if (c0[i].Weight != c1[i].Weight)
            {
                throw new ArgumentException("The " + Name(AllKinds[i]) + " component is weighted " + Wording.Number(c0[i].Weight, 4) + " before and " + Wording.Number(c1[i].Weight, 4) + " after; score both dates with the same settings.", nameof(after));
            }

            weights[i] = c0[i].Weight;
            s0[i] = c0[i].Counts ? c0[i].Score : null;
            s1[i] = c1[i].Counts ? c1[i].Score : null;
        }

        decimal? change = before.Score is { } b && after.Score is { } a ? a - b : null;
        decimal othersBefore = 0, othersAfter = 0;
        var attributions = change is null
            ? new decimal[n]
            : HealthAttribution.Attribute(weights, s0, s1, before.Score!.Value, after.Score!.Value, out othersBefore, out othersAfter);

        var components = new HealthComponentChange[n];
        for (var i = 0; i < n; i++)
        {
            var facts = FactChanges(c0[i], c1[i]);
            components[i] = new HealthComponentChange(AllKinds[i], c0[i].Score, c1[i].Score, attributions[i], facts, ExplainComponentChange(c0[i], c1[i], attributions[i], change is not null, othersBefore, othersAfter, before.AsOf, after.AsOf, facts));
        }

        LadderMovement? ladder = null;
        if (before.LadderPosition is { } from && after.LadderPosition is { } to && from.Position != to.Position)
        {
            ladder = new LadderMovement(after.Client, from.Position, to.Position, from.Level, to.Level);
        }

        return new HealthChange(after.Client, before, after, change, components, ladder, ExplainChange(before, after, change, components, ladder));
    }

    /// <summary>
    /// The health of many accounts as of <paramref name="asOf"/>: each scored, ranked (highest score
    /// first, ties by client id, accounts without a score last), counted by band and, with
    /// <paramref name="since"/>, each one's change and the accounts whose score fell most.
    /// </summary>
    /// <param name="accounts">The accounts, in any order (the result does not depend on it); one per client.</param>
    /// <param name="asOf">The date of the scorecards.</param>
    /// <param name="since">The earlier date for the changes; null for none.</param>
    /// <param name="settings">The weights, bands and how many fallers to list; <see cref="HealthSettings.Default"/> when null.</param>
    /// <returns>The portfolio's health.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="accounts"/> or an element (named <c>accounts[i]</c>) is null.</exception>
    /// <exception cref="ArgumentException">Two accounts are of the same client (the message names both positions), or <paramref name="settings"/> have errors.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="since"/> is after <paramref name="asOf"/>.</exception>
    public static PortfolioHealth Portfolio(IReadOnlyList<AccountDocument> accounts, LocalDate asOf, LocalDate? since = null, HealthSettings? settings = null)
    {
        Require.NotNull(accounts, nameof(accounts));
        if (since is { } earlier)
        {
            RequireOrder(earlier, asOf);
        }

        settings = Usable(settings);
        var seen = new Dictionary<ClientId, int>();
        for (var i = 0; i < accounts.Count; i++)
        {
            var account = accounts[i] ?? throw new ArgumentNullException(string.Format(CultureInfo.InvariantCulture, "accounts[{0}]", i), "An account must not be null.");
            if (seen.TryGetValue(account.Client, out var first))
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "accounts[{0}] and accounts[{1}] are both for client '{2}'; give one account per client.", first, i, account.Client.Value), nameof(accounts));
            }

            seen.Add(account.Client, i);
        }

        var scored = new (AccountHealth Health, HealthChange? Change)[accounts.Count];
        for (var i = 0; i < accounts.Count; i++)
        {
            // The tier and the opportunities do not depend on the date: drafted once for both scorecards.
            var undated = Undated(accounts[i]);
            var now = Build(accounts[i], asOf, settings, undated);
            scored[i] = (now, since is { } d ? Compare(Build(accounts[i], d, settings, undated), now) : null);
        }

        Array.Sort(scored, (x, y) => CompareRank(x.Health, y.Health));
        var entries = new PortfolioHealthEntry[scored.Length];
        int healthy = 0, watch = 0, atRisk = 0, unscored = 0;
        for (var i = 0; i < scored.Length; i++)
        {
            entries[i] = new PortfolioHealthEntry(i + 1, scored[i].Health, scored[i].Change);
            switch (scored[i].Health.Band)
            {
                case HealthBand.Healthy: healthy++; break;
                case HealthBand.Watch: watch++; break;
                case HealthBand.AtRisk: atRisk++; break;
                default: unscored++; break;
            }
        }

        var fallers = entries
            .Where(e => e.Change?.Change is < 0)
            .OrderBy(e => e.Change!.Change!.Value)
            .ThenBy(e => e.Client)
            .Take(settings.Fallers)
            .ToArray();
        return new PortfolioHealth(asOf, since, entries, fallers, healthy, watch, atRisk, unscored, ExplainPortfolio(entries.Length, asOf, since, healthy, watch, atRisk, unscored, fallers));
    }

    // ---- Building a scorecard ----

    /// <summary>The components that do not depend on the date (the tier and the opportunities), drafted once for scorecards of one account on several dates.</summary>
    private static UndatedDrafts Undated(AccountDocument account)
    {
        var tier = HealthComponents.Tier(account, out var value);
        return new UndatedDrafts(tier, value, HealthComponents.Opportunities(account));
    }

    private static AccountHealth Build(AccountDocument account, LocalDate asOf, HealthSettings settings) => Build(account, asOf, settings, Undated(account));

    private static AccountHealth Build(AccountDocument account, LocalDate asOf, HealthSettings settings, UndatedDrafts undated)
    {
        var accountSettings = account.Settings ?? AccountSettings.Default;
        var accountSettingsErrors = accountSettings.Validate();
        AccountBasics? state = null;
        string? stateProblem = null;
        if (accountSettingsErrors.HasErrors())
        {
            var first = accountSettingsErrors.First(d => d.Severity == DiagnosticSeverity.Error);
            stateProblem = "settings." + first.Path + ": " + first.Message.TrimEnd('.');
        }
        else
        {
            state = AccountAnalysis.Basics(account, asOf, accountSettings);
        }

        var drafts = new[]
        {
            undated.Tier,
            HealthComponents.Ladder(account, asOf, out var position),
            HealthComponents.Plan(account, asOf, state?.PlanReviews),
            HealthComponents.Relationships(account, asOf),
            HealthComponents.Communications(account, asOf),
            HealthComponents.Commitments(state, stateProblem, asOf),
            HealthComponents.Freshness(state, stateProblem),
            undated.Opportunities,
        };

        var tier = undated.TierValue;
        decimal total = 0, weighted = 0;
        foreach (var d in drafts)
        {
            var w = settings.Weight(d.Kind);
            if (d.Score is { } s && w > 0)
            {
                total += w;
                weighted += w * s;
            }
        }

        decimal? score = total > 0 ? HealthComponents.Round(weighted / total) : null;
        HealthBand? band = score is { } value ? settings.Band(value) : null;

        var components = new HealthComponent[drafts.Length];
        var allFacts = new List<HealthFact>();
        for (var i = 0; i < drafts.Length; i++)
        {
            var d = drafts[i];
            var w = settings.Weight(d.Kind);
            var counts = d.Score is not null && w > 0 && total > 0;
            var share = counts ? w / total : 0m;
            var lost = d.Score is { } s ? 100m - s : 0m;
            var facts = d.Facts
                .Select(f => new HealthFact(
                    d.Kind,
                    f.Key,
                    HealthComponents.Round(f.Points),
                    counts && d.Points > 0 ? HealthComponents.Round(f.Points / d.Points * lost * share) : 0m,
                    f.Explanation))
                .OrderByDescending(f => f.Points)
                .ThenBy(f => f.Key, StringComparer.Ordinal)
                .ToArray();
            allFacts.AddRange(facts);
            components[i] = new HealthComponent(d.Kind, w, d.Score, Math.Round(share, 4, MidpointRounding.AwayFromZero), facts, ExplainComponent(d, w));
        }

        var costliest = allFacts
            .Where(f => f.Cost > 0)
            .OrderByDescending(f => f.Cost)
            .ThenBy(f => Array.IndexOf(AllKinds, f.Component))
            .ThenBy(f => f.Key, StringComparer.Ordinal)
            .Take(settings.ExplainedFacts)
            .ToArray();
        return new AccountHealth(account.Client, asOf, score, band, components, costliest, ExplainHealth(account.Client, asOf, score, band, drafts, settings, costliest))
        {
            Tier = tier,
            LadderPosition = position,
        };
    }

    private static HealthSettings Usable(HealthSettings? settings)
    {
        settings ??= HealthSettings.Default;
        Require.Valid(settings.Validate(), nameof(settings), "health settings");
        return settings;
    }

    private static void RequireOrder(LocalDate since, LocalDate asOf)
    {
        if (since > asOf)
        {
            throw new ArgumentOutOfRangeException(nameof(since), since, "since (" + Wording.Date(since) + ") is after asOf (" + Wording.Date(asOf) + "); the change runs from the earlier date to the later.");
        }
    }

    /// <summary>Refuses a scorecard whose score is not the rounded weighted mean of its counting components: the attribution's sum rests on it.</summary>
    private static void RequireConsistent(AccountHealth health, string parameter)
    {
        decimal total = 0, weighted = 0;
        foreach (var c in health.Components ?? Array.Empty<HealthComponent>())
        {
            if (c is not null && c.Counts)
            {
                total += c.Weight;
                weighted += c.Weight * c.Score!.Value;
            }
        }

        decimal? expected = total > 0 ? HealthComponents.Round(weighted / total) : null;
        if (expected != health.Score)
        {
            throw new ArgumentException("The scorecard's score (" + (health.Score is { } s ? Points(s) : "none") + ") is not the weighted mean of its counting components (" + (expected is { } e ? Points(e) : "none") + "); compare scorecards made by HealthScorecard.Score.", parameter);
        }
    }

    private static HealthComponent Find(AccountHealth health, HealthComponentKind kind, string parameter)
    {
        foreach (var c in health.Components)
        {
            if (c is not null && c.Kind == kind)
            {
                return c;
            }
        }

        throw new ArgumentException("The scorecard has no " + Name(kind) + " component; compare scorecards made by HealthScorecard.", parameter);
    }

    private static int CompareRank(AccountHealth x, AccountHealth y)
    {
        if (x.Score is { } a && y.Score is { } b && a != b)
        {
            return b.CompareTo(a);
        }

        if (x.Score is null != y.Score is null)
        {
            return x.Score is null ? 1 : -1;
        }

        return x.Client.CompareTo(y.Client);
    }

    private static HealthFactChange[] FactChanges(HealthComponent before, HealthComponent after)
    {
        var then = new Dictionary<string, HealthFact>(StringComparer.Ordinal);
        foreach (var f in before.Facts)
        {
            then[f.Key] = f;
        }

        var changes = new List<HealthFactChange>();
        foreach (var f in after.Facts)
        {
            var old = then.TryGetValue(f.Key, out var was) ? was.Points : 0m;
            then.Remove(f.Key);
            if (old != f.Points)
            {
                changes.Add(new HealthFactChange(f.Key, old, f.Points, f.Explanation));
            }
        }

        foreach (var f in then.Values)
        {
            changes.Add(new HealthFactChange(f.Key, f.Points, 0m, f.Explanation));
        }

        return changes
            .OrderByDescending(c => Math.Abs(c.PointsAfter - c.PointsBefore))
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToArray();
    }

    // ---- Words ----

    internal static string Name(HealthComponentKind kind) => kind switch
    {
        HealthComponentKind.Tier => "key-client tier",
        HealthComponentKind.Ladder => "ladder",
        HealthComponentKind.Plan => "plan",
        HealthComponentKind.Relationships => "relationships",
        HealthComponentKind.Communications => "communications",
        HealthComponentKind.Commitments => "commitments",
        HealthComponentKind.Freshness => "freshness",
        _ => "opportunities",
    };

    private static string Points(decimal points) => Wording.Number(points, 2);

    private static string Signed(decimal points) => (points > 0 ? "+" : string.Empty) + Wording.Number(points, 2);

    private static string BandName(HealthBand band) => band switch
    {
        HealthBand.Healthy => "healthy",
        HealthBand.Watch => "watch",
        _ => "at risk",
    };

    private static string ExplainComponent(ComponentDraft draft, decimal weight)
    {
        if (draft.Score is not { } score)
        {
            return draft.Summary;
        }

        // The points as shown (in hundredths) decide the wording: six stale sections of 100/6 add up to a hair over 100 in decimal, and read "100 - 100 = 0".
        var formula = draft.Points == 0
            ? " Score: 100, nothing costs it points."
            : 100m - HealthComponents.Round(draft.Points) < 0
                ? " Score: 100 - " + Points(draft.Points) + ", not below 0: 0."
                : " Score: 100 - " + Points(draft.Points) + " = " + Points(score) + ".";
        return draft.Summary + formula + (weight == 0 ? " Weighted 0, so it does not count in the score." : string.Empty);
    }

    private static string ExplainHealth(ClientId client, LocalDate asOf, decimal? score, HealthBand? band, ComponentDraft[] drafts, HealthSettings settings, HealthFact[] costliest)
    {
        var scored = drafts.Count(d => d.IsScored);
        var notScored = drafts.Where(d => !d.IsScored).Select(d => Name(d.Kind) + " (" + d.ShortReason + ")").ToArray();
        var zero = drafts.Where(d => d.IsScored && settings.Weight(d.Kind) == 0).Select(d => Name(d.Kind)).ToArray();
        var text = "Health of " + Wording.Quote(client.Value) + " as of " + Wording.Date(asOf) + ": ";
        text += score is { } s
            ? Points(s) + " of 100, " + BandName(band!.Value) + ", from " + Wording.Number(scored - zero.Length) + " of " + Wording.Count(drafts.Length, "component") + "."
            : "no score, since no component counts.";
        if (notScored.Length > 0)
        {
            text += " Not scored: " + string.Join("; ", notScored) + ".";
        }

        if (zero.Length > 0)
        {
            text += " Weighted 0: " + string.Join(", ", zero) + ".";
        }

        if (costliest.Length > 0)
        {
            text += " Costing the most: " + string.Join(" ", costliest.Select(f => f.Explanation.TrimEnd('.') + " (" + Name(f.Component) + ", -" + Points(f.Cost) + " points)."));
        }
        else if (score is 100m)
        {
            text += " Nothing costs it points.";
        }

        return text;
    }

    private static string ExplainComponentChange(HealthComponent before, HealthComponent after, decimal attribution, bool hasChange, decimal othersBefore, decimal othersAfter, LocalDate since, LocalDate asOf, HealthFactChange[] facts)
    {
        var name = Wording.Capitalise(Name(after.Kind));
        string text;
        if (before.Counts && after.Counts)
        {
            text = before.Score == after.Score
                ? name + ": " + Points(after.Score!.Value) + " on both dates."
                : name + ": " + Points(before.Score!.Value) + " -> " + Points(after.Score!.Value) + ".";
        }
        else if (after.Counts)
        {
            text = name + ": not counting on " + Wording.Date(since) + ", " + Points(after.Score!.Value) + " on " + Wording.Date(asOf) + (hasChange ? "; it joins the score against the other components' " + Points(HealthComponents.Round(othersAfter)) : string.Empty) + ".";
        }
        else if (before.Counts)
        {
            text = name + ": " + Points(before.Score!.Value) + " on " + Wording.Date(since) + ", not counting on " + Wording.Date(asOf) + (hasChange ? "; it leaves the score against the other components' " + Points(HealthComponents.Round(othersBefore)) : string.Empty) + ".";
        }
        else
        {
            return name + ": not counting on either date.";
        }

        if (hasChange)
        {
            text += " Its part of the change: " + Signed(attribution) + " points.";
        }

        var shown = facts.Take(3).Select(f => (f.PointsAfter == 0 ? "resolved: " : f.PointsBefore == 0 ? "new: " : "changed: ") + f.Explanation.TrimEnd('.') + " (" + Signed(f.PointsBefore - f.PointsAfter) + " in the component)").ToArray();
        if (shown.Length > 0)
        {
            text += " " + Wording.Capitalise(string.Join("; ", shown)) + ".";
        }

        return text;
    }

    private static string ExplainChange(AccountHealth before, AccountHealth after, decimal? change, HealthComponentChange[] components, LadderMovement? ladder)
    {
        var text = "Health of " + Wording.Quote(after.Client.Value) + ": ";
        if (change is not { } delta)
        {
            text += (before.Score is null ? "no score on " + Wording.Date(before.AsOf) : Points(before.Score.Value) + " on " + Wording.Date(before.AsOf))
                + ", " + (after.Score is null ? "no score on " + Wording.Date(after.AsOf) : Points(after.Score.Value) + " on " + Wording.Date(after.AsOf))
                + "; with no score on one of the dates there is no change to attribute.";
            return text;
        }

        text += Points(before.Score!.Value) + " (" + BandName(before.Band!.Value) + ") on " + Wording.Date(before.AsOf) + ", " + Points(after.Score!.Value) + " (" + BandName(after.Band!.Value) + ") on " + Wording.Date(after.AsOf) + ": " + Signed(delta) + " points.";
        var moved = components.Where(c => c.Attribution != 0).OrderByDescending(c => Math.Abs(c.Attribution)).ThenBy(c => Array.IndexOf(AllKinds, c.Kind)).Select(c => Name(c.Kind) + " " + Signed(c.Attribution)).ToArray();
        text += moved.Length == 0 ? " No component moved it." : " By component: " + string.Join(", ", moved) + ".";
        if (ladder is not null)
        {
            text += " On the ladder you moved from " + Wording.Number(ladder.From, 2) + " to " + Wording.Number(ladder.To, 2) + " of 5.";
        }

        return text;
    }

    private static string ExplainPortfolio(int count, LocalDate asOf, LocalDate? since, int healthy, int watch, int atRisk, int unscored, PortfolioHealthEntry[] fallers)
    {
        var text = Wording.Capitalise(Wording.Count(count, "account")) + " as of " + Wording.Date(asOf) + ": " + Wording.Number(healthy) + " healthy, " + Wording.Number(watch) + " to watch, " + Wording.Number(atRisk) + " at risk" + (unscored > 0 ? ", " + Wording.Number(unscored) + " without a score" : string.Empty) + ".";
        if (since is { } d)
        {
            text += fallers.Length == 0
                ? " No score fell since " + Wording.Date(d) + "."
                : " Fell most since " + Wording.Date(d) + ": " + string.Join(", ", fallers.Select(f => Wording.Quote(f.Client.Value) + " " + Signed(f.Change!.Change!.Value))) + ".";
        }

        return text;
    }

    /// <summary>The drafts of the components that do not depend on the date; read-only once made.</summary>
    private sealed class UndatedDrafts
    {
        public UndatedDrafts(ComponentDraft tier, ClientTier? tierValue, ComponentDraft opportunities)
        {
            Tier = tier;
            TierValue = tierValue;
            Opportunities = opportunities;
        }

        public ComponentDraft Tier { get; }

        public ClientTier? TierValue { get; }

        public ComponentDraft Opportunities { get; }
    }
}
