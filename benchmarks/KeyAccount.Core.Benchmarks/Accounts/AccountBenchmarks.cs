using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Json;
using KeyAccount.Core.Planning;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Benchmarks.Accounts;

/// <summary>
/// A long-running account (50,000 diary entries, 10,000 commitments, the sample's map and plan):
/// read from JSON, validated and its state computed, against a naive baseline in the same run
/// that computes the state's commitments, decisions without follow-up and last contacts the
/// straightforward way, with a LINQ scan of the whole diary per commitment, per decision and per
/// person.
/// </summary>
[MemoryDiagnoser]
public class AccountBenchmarks
{
    private static readonly LocalDate AsOf = new(2026, 3, 31);
    private AccountDocument _account = null!;
    private byte[] _json = null!;

    /// <summary>Diary entries; every fifth carries a commitment, every tenth a decision.</summary>
    [Params(50_000)]
    public int Entries { get; set; }

    /// <summary>The sample account with its diary replaced by <see cref="Entries"/> seeded entries over three years up to the date.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(17);
        var sample = SampleAccounts.PublisherAndBookshop();
        var theirs = SampleMaps.Bookshop.People.Where(p => p.Left is null).Select(p => p.Id).ToArray();
        var ours = sample.Team.Select(t => t.Id).ToArray();
        var actions = sample.Plan!.Actions.Select(a => a.Id).ToArray();
        var zones = new[] { "Europe/Berlin", "Europe/Moscow", "UTC" };
        var start = Instant.FromUtc(2023, 4, 1, 0, 0);
        var diary = new DiaryEntry[Entries];
        for (var i = 0; i < diary.Length; i++)
        {
            var at = start.Plus(Duration.FromMinutes(random.Next(0, 3 * 365 * 24 * 60)));
            var zone = zones[random.Next(zones.Length)];
            var date = at.InZone(DateTimeZoneProviders.Tzdb[zone]).Date;
            var kind = (DiaryEntryKind)random.Next(7);
            var decision = i % 10 == 0 ? new[] { new DiaryDecision("dec-" + i, "Decided something.") } : Array.Empty<DiaryDecision>();
            var commitment = Array.Empty<Commitment>();
            if (i % 5 == 0)
            {
                var due = date.PlusDays(random.Next(0, 60));
                var done = random.Next(3) != 0;
                commitment = new[]
                {
                    new Commitment(
                        "c-" + i,
                        ours[random.Next(ours.Length)],
                        "Do something",
                        due,
                        done ? CommitmentStatus.Done : CommitmentStatus.Open,
                        done ? due : null,
                        decision.Length > 0 && random.Next(2) == 0 ? decision[0].Id : null,
                        random.Next(4) == 0 ? new[] { actions[random.Next(actions.Length)] } : null),
                };
            }

            diary[i] = new DiaryEntry(
                "d-" + i,
                at,
                zone,
                kind,
                "Contact " + i,
                kind == DiaryEntryKind.Internal ? Array.Empty<string>() : new[] { theirs[random.Next(theirs.Length)] },
                new[] { ours[random.Next(ours.Length)] },
                decisions: decision,
                commitments: commitment);
        }

        _account = new AccountDocument(sample.Client, sample.Profile, sample.Team, sample.Lifecycle, diary, sample.Updates, sample.Settings, sample.Evidence, sample.Ladder, sample.Opportunities, sample.Plan, sample.FormatVersion, sample.Relationships, sample.Communications, sample.Negotiations, sample.Offers, sample.PlanReviews, sample.InternalCommunication);
        _json = KeyAccountJson.SerializeToUtf8Bytes(_account);
        if (AccountValidator.Validate(_account, AsOf).HasErrors())
        {
            throw new InvalidOperationException("The benchmark's account has errors: " + string.Join(" | ", AccountValidator.Validate(_account, AsOf).Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }
    }

    /// <summary>The state's commitments, decisions without follow-up and last contacts, one LINQ scan of the whole diary per commitment, per decision and per person.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveState()
    {
        var account = _account;
        var dueSoon = Period.FromDays(14);
        var count = 0;
        var commitments = account.Diary.SelectMany(e => e.Commitments).ToList();
        foreach (var c in commitments)
        {
            var entry = account.Diary.First(e => e.Commitments.Any(x => x.Id == c.Id));
            if (entry.At.InZone(DateTimeZoneProviders.Tzdb[entry.Zone]).Date <= AsOf
                && AccountAnalysis.StateOf(c, AsOf, dueSoon) is CommitmentState.Overdue or CommitmentState.DueSoon)
            {
                count++;
            }
        }

        foreach (var d in account.Diary.SelectMany(e => e.Decisions))
        {
            if (!account.Diary.Any(e => e.Commitments.Any(c => c.Decision == d.Id)))
            {
                count++;
            }
        }

        foreach (var person in account.Diary.SelectMany(e => e.ClientParticipants).Distinct())
        {
            var last = account.Diary
                .Where(e => e.Kind != DiaryEntryKind.Internal && e.ClientParticipants.Contains(person) && e.At.InZone(DateTimeZoneProviders.Tzdb[e.Zone]).Date <= AsOf)
                .Max(e => e.At);
            count += last.ToUnixTimeTicks() > 0 ? 1 : 0;
        }

        return count;
    }

    /// <summary>Reading the account from UTF-8 JSON.</summary>
    [Benchmark]
    public int Read() => KeyAccountJson.Deserialize<AccountDocument>(_json).Diary.Count;

    /// <summary>Validating it (its own rules, every reference across sections, the held documents' validators).</summary>
    [Benchmark]
    public int Validate() => AccountValidator.Validate(_account, AsOf).Count;

    /// <summary>Computing its state (commitments, decisions, contacts, the map with the diary's contacts, meetings, freshness, the lifecycle's next moves).</summary>
    [Benchmark]
    public int State() => AccountAnalysis.Analyze(_account, AsOf).Commitments.Count;

    /// <summary>The whole task: read, validate and compute the state (<see cref="AccountAnalysis.Run"/>).</summary>
    [Benchmark]
    public int ReadValidateAndState() => AccountAnalysis.Run(KeyAccountJson.Deserialize<AccountDocument>(_json), AsOf).Result!.Commitments.Count;
}
