using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Communications;
using NodaTime;

namespace KeyAccount.Core.Tests.Communications;

/// <summary>A valid programme with a date and a window to analyse.</summary>
public sealed record SeededProgramme(CommunicationProgramme Programme, AudienceDirectory Directory, LocalDate AsOf, DateInterval Window, int Seed)
{
    /// <summary>Short text for FsCheck's counterexample output.</summary>
    public override string ToString() => "programme from seed " + Seed + " (" + Programme.Items.Count + " items), window " + Window;
}

/// <summary>A recurrence, a window and a day to split the window at.</summary>
public sealed record RecurrenceCase(Recurrence Recurrence, DateInterval Window, int Split)
{
    /// <summary>Short text for FsCheck's counterexample output.</summary>
    public override string ToString() => Recurrence.Start + " every " + Recurrence.Every + " to " + Recurrence.End + ", window " + Window + ", split after day " + Split;
}

/// <summary>FsCheck generators of communication programmes and recurrences.</summary>
public static class CommunicationGenerators
{
    private static readonly Period[] Steps =
    {
        Period.FromDays(1), Period.FromDays(3), Period.FromWeeks(1), Period.FromWeeks(2), Period.FromMonths(1),
        Period.FromMonths(3), Period.FromYears(1), Period.FromMonths(1) + Period.FromDays(2), Period.FromWeeks(1) + Period.FromDays(1),
    };

    /// <summary>Valid programmes (no error), built from a seed.</summary>
    public static Arbitrary<SeededProgramme> Programmes() =>
        (from seed in Gen.Choose(0, int.MaxValue - 1)
         from items in Gen.Choose(0, 30)
         select Valid(seed, items)).ToArbitrary();

    /// <summary>Recurrences with any positive date step, windows anywhere around them, and a split.</summary>
    public static Arbitrary<RecurrenceCase> Recurrences() =>
        Gen.Choose(0, int.MaxValue - 1).Select(seed =>
        {
            var random = new Random(seed);
            var start = new LocalDate(2024, 1, 1).PlusDays(random.Next(0, 800));
            var every = random.Next(4) == 0
                ? new PeriodBuilder { Years = random.Next(0, 2), Months = random.Next(0, 4), Weeks = random.Next(0, 3), Days = random.Next(1, 10) }.Build()
                : Steps[random.Next(Steps.Length)];
            var end = start.PlusDays(random.Next(-5, 900));
            var from = start.PlusDays(random.Next(-100, 700));
            var to = from.PlusDays(random.Next(0, 600));
            var window = new DateInterval(from, to);
            return new RecurrenceCase(new Recurrence(start, every, end), window, random.Next(0, window.Length));
        }).ToArbitrary();

    /// <summary>A valid programme: every reference known, every date in the period, one currency.</summary>
    public static SeededProgramme Valid(int seed, int itemCount)
    {
        var random = new Random(seed);
        var start = new LocalDate(2024, 1, 1).PlusDays(random.Next(0, 1000));
        var end = start.PlusDays(random.Next(60, 500));
        var period = new DateInterval(start, end);
        var length = period.Length;
        var subjects = Enum.GetValues<MessageSubject>();
        var functions = Enum.GetValues<CommunicationFunction>();
        var messages = Enumerable.Range(0, random.Next(1, 8)).Select(m =>
        {
            var subject = subjects[random.Next(subjects.Length)];
            return new Message("m" + m, MessageSubjects.TypeOf(subject), subject, "message " + m)
            {
                Functions = functions.Where(_ => random.Next(2) == 0).DefaultIfEmpty(functions[random.Next(3)]).ToArray(),
                Goals = random.Next(2) == 0 ? new[] { "g" + random.Next(3) } : Array.Empty<string>(),
            };
        }).ToArray();
        var people = Enumerable.Range(0, random.Next(1, 12)).Select(p => new AudienceMember("p" + p)
        {
            Kinds = Enum.GetValues<PersonKind>().Where(_ => random.Next(4) == 0).ToArray(),
            Unit = "u" + random.Next(3),
        }).ToArray();
        var audiences = Enumerable.Range(0, random.Next(1, 6)).Select(a => random.Next(4) switch
        {
            0 => new Audience("a" + a) { WholeClient = true },
            1 => new Audience("a" + a) { Kinds = new[] { (PersonKind)random.Next(6) } },
            2 => new Audience("a" + a) { Units = new[] { people[random.Next(people.Length)].Unit! } },
            _ => new Audience("a" + a) { People = people.Where(_ => random.Next(3) == 0).Select(p => p.Id).DefaultIfEmpty(people[0].Id).ToArray() },
        }).ToArray();
        var tools = Enum.GetValues<CommunicationTool>();
        var items = Enumerable.Range(0, itemCount).Select(i =>
        {
            var tool = tools[random.Next(tools.Length)];
            var first = start.PlusDays(random.Next(0, length));
            var recurring = random.Next(2) == 0;
            return new ProgrammeItem("i" + i, messages[random.Next(messages.Length)].Id, tool, audiences[random.Next(audiences.Length)].Id)
            {
                CustomTool = tool == CommunicationTool.Custom ? "custom " + random.Next(3) : null,
                Owner = "owner " + random.Next(3),
                Cost = random.Next(3) == 0 ? null : new Money(random.Next(0, 2000), Currency.Eur),
                Date = recurring ? null : first,
                Recurrence = recurring ? new Recurrence(first, Steps[random.Next(Steps.Length)], first.PlusDays(random.Next(0, Period.DaysBetween(first, end) + 1))) : null,
                Status = (ProgrammeItemStatus)random.Next(3),
            };
        }).ToArray();
        var programme = new CommunicationProgramme(new ClientId("client"), period)
        {
            MonthlyBudget = random.Next(2) == 0 ? new Money(random.Next(500, 5000), Currency.Eur) : null,
            Messages = messages,
            Audiences = audiences,
            Items = items,
        };
        var from = start.PlusDays(random.Next(0, length));
        var window = new DateInterval(from, from.PlusDays(random.Next(0, Period.DaysBetween(from, end) + 1)));
        return new SeededProgramme(programme, new AudienceDirectory(people), start.PlusDays(random.Next(0, length)), window, seed);
    }
}
