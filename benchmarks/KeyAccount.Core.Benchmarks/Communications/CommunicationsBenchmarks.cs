using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using KeyAccount.Core.Communications;
using NodaTime;

namespace KeyAccount.Core.Benchmarks.Communications;

/// <summary>
/// A programme of 100,000 items over a year (one in ten daily, the rest weekly: about 8.3 million
/// occurrences) to 1,000 audiences over a directory of 10,000 people: the calendar's expansion and
/// the whole run (validation and analysis) against a naive expansion (repeated date addition,
/// then a LINQ sort by date and id).
/// </summary>
[MemoryDiagnoser]
public class CommunicationsBenchmarks
{
    private static readonly PersonKind[] DecisionMakers = { PersonKind.DecisionMaker };
    private static readonly PersonKind[] Influencers = { PersonKind.Influencer };
    private static readonly string[] FirstUnit = { "u0" };
    private CommunicationProgramme _programme = null!;
    private AudienceDirectory _directory = null!;

    /// <summary>Builds the programme and the directory from a fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var start = new LocalDate(2026, 1, 1);
        var end = new LocalDate(2026, 12, 31);
        var people = Enumerable.Range(0, 10_000).Select(p => new AudienceMember("p" + p.ToString("D5", System.Globalization.CultureInfo.InvariantCulture))
        {
            Kinds = p % 50 == 0 ? DecisionMakers : p % 20 == 0 ? Influencers : Array.Empty<PersonKind>(),
            Unit = "u" + (p % 40),
        }).ToArray();
        _directory = new AudienceDirectory(people);
        var audiences = Enumerable.Range(0, 1_000).Select(a => new Audience("a" + a)
        {
            People = Enumerable.Range(0, 10).Select(k => people[((a * 10) + k) % people.Length].Id).ToArray(),
        }).Append(new Audience("deciders") { Kinds = DecisionMakers }).Append(new Audience("unit-0") { Units = FirstUnit }).ToArray();
        var subjects = Enum.GetValues<MessageSubject>();
        var messages = subjects.Select((s, i) => new Message("m" + i, MessageSubjects.TypeOf(s), s, "message") { Functions = new[] { (CommunicationFunction)(i % 3) } }).ToArray();
        var tools = new[] { CommunicationTool.Meeting, CommunicationTool.Newsletter, CommunicationTool.Presentation, CommunicationTool.Seminar };
        var items = new ProgrammeItem[100_000];
        for (var i = 0; i < items.Length; i++)
        {
            var first = start.PlusDays(random.Next(0, 7));
            items[i] = new ProgrammeItem("i" + i, messages[random.Next(messages.Length)].Id, tools[random.Next(tools.Length)], audiences[random.Next(audiences.Length)].Id)
            {
                Owner = "o",
                Cost = new Money(10m, Currency.Eur),
                Recurrence = new Recurrence(first, i % 10 == 0 ? Period.FromDays(1) : Period.FromWeeks(1), end),
            };
        }

        _programme = new CommunicationProgramme(new ClientId("client"), new DateInterval(start, end))
        {
            MonthlyBudget = new Money(1_000_000m, Currency.Eur),
            Messages = messages,
            Audiences = audiences,
            Items = items,
        };
    }

    /// <summary>The naive calendar: each recurrence by repeated date addition, then a LINQ sort.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveExpand()
    {
        var all = new List<(LocalDate Date, string Id)>();
        foreach (var item in _programme.Items)
        {
            var r = item.Recurrence!;
            for (var date = r.Start; date <= r.End; date = date.Plus(r.Every))
            {
                if (_programme.Period.Contains(date))
                {
                    all.Add((date, item.Id));
                }
            }
        }

        // ToArray, not Count(): LINQ counts an ordered sequence without sorting it.
        return all.OrderBy(o => o.Date).ThenBy(o => o.Id, StringComparer.Ordinal).ToArray().Length;
    }

    /// <summary>The library's calendar (validation included).</summary>
    [Benchmark]
    public int Expand() => CommunicationCalendar.Expand(_programme, _programme.Period).Count;

    /// <summary>The whole run: validation with the directory, then the analysis over the year.</summary>
    [Benchmark]
    public int Run() => CommunicationAnalysis.Run(_programme, null, new LocalDate(2026, 6, 30), null, _directory).Result!.Occurrences;
}
