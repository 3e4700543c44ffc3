using System;
using System.Collections.Generic;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Classification;
using NodaTime;

namespace KeyAccount.Core.Tests.Health;

/// <summary>A generated account and a date to judge it on.</summary>
public sealed record ScoredAccount(AccountDocument Account, LocalDate AsOf, int Seed)
{
    public override string ToString() => $"account {Account.Client.Value} as of {AsOf} (seed {Seed})";
}

/// <summary>
/// Accounts as a key account manager keeps them: any subset of the areas, a diary with decisions and
/// commitments in every state, section updates of any age. Dates fall in 2025-07..2026-06, so a date
/// in that range sees some entries as past and some as future.
/// </summary>
public static class HealthGenerators
{
    public static readonly LocalDate First = new(2025, 7, 1);

    public static Arbitrary<ScoredAccount> ScoredAccounts() =>
        Gen.Choose(0, int.MaxValue - 1).Select(seed => Scored(seed)).ToArbitrary();

    public static ScoredAccount Scored(int seed)
    {
        var random = new Random(seed);
        return new ScoredAccount(Account(seed, $"acct-{seed % 997}"), First.PlusDays(random.Next(0, 366)), seed);
    }

    public static AccountDocument Account(int seed, string id) => HealthAccounts.Account(seed, id);

    public static ClientEvidence Evidence(Random random, ClientId client) => HealthAccounts.Evidence(random, client);

    /// <summary>A copy of <paramref name="a"/> with the given parts replaced (the document's properties have no setters).</summary>
    public static AccountDocument With(
        AccountDocument a,
        IReadOnlyList<DiaryEntry>? diary = null,
        IReadOnlyList<SectionUpdate>? updates = null,
        bool dropEvidence = false,
        bool dropLadder = false,
        bool dropPlan = false,
        bool dropOpportunities = false,
        bool dropDiary = false,
        bool dropRelationships = false,
        bool dropCommunications = false) =>
        new(
            a.Client,
            a.Profile,
            a.Team,
            a.Lifecycle,
            dropDiary ? null : diary ?? a.Diary,
            updates ?? a.Updates,
            a.Settings,
            dropEvidence ? null : a.Evidence,
            dropLadder ? null : a.Ladder,
            dropOpportunities ? null : a.Opportunities,
            dropPlan ? null : a.Plan,
            a.FormatVersion,
            dropRelationships ? null : a.Relationships,
            dropCommunications ? null : a.Communications,
            a.Negotiations,
            a.Offers,
            a.PlanReviews,
            a.InternalCommunication);

    /// <summary>The entries up to <paramref name="asOf"/> (UTC dates, as generated).</summary>
    public static bool OnOrBefore(DiaryEntry entry, LocalDate asOf) => entry.At.InUtc().Date <= asOf;
}
