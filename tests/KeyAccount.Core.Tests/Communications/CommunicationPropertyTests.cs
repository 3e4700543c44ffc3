using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Communications;
using KeyAccount.Core.Json;
using NodaTime;

namespace KeyAccount.Core.Tests.Communications;

[Properties(Arbitrary = new[] { typeof(CommunicationGenerators) }, MaxTest = 100)]
public class CommunicationPropertyTests
{
    [Property(MaxTest = 400)]
    public bool Expanding_a_recurrence_gives_start_plus_n_steps_inside_the_window_in_order_without_duplicates(RecurrenceCase c)
    {
        var dates = CommunicationCalendar.Expand(c.Recurrence, c.Window);
        var naive = Naive(c.Recurrence).Where(c.Window.Contains).ToList();
        return dates.SequenceEqual(naive)
            && dates.All(d => c.Window.Contains(d) && d >= c.Recurrence.Start && d <= c.Recurrence.End)
            && dates.Zip(dates.Skip(1), (a, b) => a < b).All(x => x);
    }

    /// <summary>
    /// The closed forms behind the calendar's last date and the validator's count of dates (month
    /// steps search back from a bound; week and day steps divide): the naive expansion's last date
    /// and length, including a recurrence that ends before it starts (none, 0).
    /// </summary>
    [Property(MaxTest = 400)]
    public bool A_recurrences_last_date_and_count_are_those_of_its_naive_expansion(RecurrenceCase c)
    {
        var naive = Naive(c.Recurrence).ToList();
        return RecurrenceExpansion.Count(c.Recurrence) == naive.Count
            && RecurrenceExpansion.Last(c.Recurrence) == (naive.Count == 0 ? null : naive[^1]);
    }

    [Property(MaxTest = 400)]
    public bool Expanding_two_halves_of_a_window_gives_the_dates_of_the_whole(RecurrenceCase c)
    {
        var middle = c.Window.Start.PlusDays(c.Split);
        var first = CommunicationCalendar.Expand(c.Recurrence, new DateInterval(c.Window.Start, middle));
        var second = middle == c.Window.End ? Array.Empty<LocalDate>() : CommunicationCalendar.Expand(c.Recurrence, new DateInterval(middle.PlusDays(1), c.Window.End));
        return first.Concat(second).SequenceEqual(CommunicationCalendar.Expand(c.Recurrence, c.Window));
    }

    [Property]
    public bool A_generated_valid_programme_has_no_error(SeededProgramme p) =>
        !CommunicationProgrammeValidator.Validate(p.Programme, null, p.Directory).HasErrors()
        && CommunicationAnalysis.Run(p.Programme, null, p.AsOf, p.Window, p.Directory).Result is not null;

    [Property]
    public bool The_calendar_is_every_occurrence_in_the_window_in_date_then_id_order(SeededProgramme p)
    {
        var calendar = CommunicationCalendar.Expand(p.Programme, p.Window);
        var expected = p.Programme.Items
            .Where(i => i.Status != ProgrammeItemStatus.Cancelled)
            .SelectMany(i => (i.Date is { } d ? new[] { d } : Naive(i.Recurrence!)).Where(p.Window.Contains).Select(d => new ProgrammeOccurrence(d, i.Id)))
            .OrderBy(o => o.Date).ThenBy(o => o.ItemId, StringComparer.Ordinal)
            .ToList();
        return calendar.SequenceEqual(expected);
    }

    [Property]
    public bool Coverage_counts_equal_the_occurrences_by_subject_and_tool(SeededProgramme p)
    {
        var report = CommunicationAnalysis.Analyze(p.Programme, null, p.AsOf, p.Window);
        var calendar = CommunicationCalendar.Expand(p.Programme, p.Window);
        var items = p.Programme.Items.ToDictionary(i => i.Id);
        var messages = p.Programme.Messages.ToDictionary(m => m.Id);
        string Column(ProgrammeItem i) => i.Tool == CommunicationTool.Custom ? i.CustomTool! : i.Tool.ToString();
        var expected = calendar.GroupBy(o => (messages[items[o.ItemId].Message].Subject, Column(items[o.ItemId]))).ToDictionary(g => g.Key, g => g.Count());
        var cells = report.Coverage.Rows.SelectMany(r => r.Counts.Select((n, t) => (Key: (r.Subject, report.Coverage.Tools[t]), n))).Where(x => x.n > 0).ToDictionary(x => x.Key, x => x.n);
        return report.Coverage.Total == calendar.Count
            && report.Occurrences == calendar.Count
            && report.Coverage.Rows.Count == 12
            && cells.Count == expected.Count && cells.All(c => expected.TryGetValue(c.Key, out var n) && n == c.Value);
    }

    [Property]
    public bool Adding_an_item_never_adds_a_gap_or_a_longer_silence(SeededProgramme p, int pick, bool recurring)
    {
        var programme = p.Programme;
        var random = new Random(pick);
        var date = programme.Period.Start.PlusDays(random.Next(0, programme.Period.Length));
        var extra = new ProgrammeItem("zz-extra", programme.Messages[random.Next(programme.Messages.Count)].Id, CommunicationTool.Meeting, programme.Audiences[random.Next(programme.Audiences.Count)].Id)
        {
            Owner = "someone",
            Date = recurring ? null : date,
            Recurrence = recurring ? new Recurrence(date, Period.FromWeeks(1), programme.Period.End) : null,
        };
        var bigger = programme with { Items = programme.Items.Append(extra).ToArray() };
        foreach (var directory in new[] { null, p.Directory })
        {
            var before = CommunicationAnalysis.Analyze(programme, null, p.AsOf, p.Window, directory);
            var after = CommunicationAnalysis.Analyze(bigger, null, p.AsOf, p.Window, directory);
            var gapsBefore = before.Gaps.Select(g => (g.Kind, g.Subject)).ToHashSet();
            if (!after.Gaps.All(g => gapsBefore.Contains((g.Kind, g.Subject))))
            {
                return false;
            }

            var silenceBefore = before.Silences.ToDictionary(s => s.Audience, s => s.LongestSilence);
            if (!after.Silences.All(s => s.LongestSilence <= silenceBefore[s.Audience]) || after.Occurrences < before.Occurrences)
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool Results_do_not_depend_on_the_order_of_items_messages_and_audiences(SeededProgramme p, int seed)
    {
        var random = new Random(seed);
        var shuffled = p.Programme with
        {
            Items = p.Programme.Items.OrderBy(_ => random.Next()).ToArray(),
            Messages = p.Programme.Messages.OrderBy(_ => random.Next()).ToArray(),
            Audiences = p.Programme.Audiences.OrderBy(_ => random.Next()).ToArray(),
        };
        var directory = new AudienceDirectory(p.Directory.People.OrderBy(_ => random.Next()).ToArray());
        var a = KeyAccountJson.Serialize(CommunicationAnalysis.Analyze(p.Programme, null, p.AsOf, p.Window, p.Directory));
        var b = KeyAccountJson.Serialize(CommunicationAnalysis.Analyze(shuffled, null, p.AsOf, p.Window, directory));
        return a == b;
    }

    [Property]
    public bool Monthly_costs_sum_to_the_cost_of_every_occurrence(SeededProgramme p)
    {
        var report = CommunicationAnalysis.Analyze(p.Programme, null, p.AsOf, p.Window);
        var items = p.Programme.Items.ToDictionary(i => i.Id);
        var expected = CommunicationCalendar.Expand(p.Programme, p.Window).Sum(o => items[o.ItemId].Cost?.Amount ?? 0m);
        return report.Costs.Sum(c => c.Cost.Amount) == expected
            && (report.Costs.Count == 0 || report.Costs.All(c => c.Explanation.Length > 0));
    }

    [Property]
    public bool A_programme_round_trips_through_json(SeededProgramme p)
    {
        var json = KeyAccountJson.Serialize(p.Programme);
        var back = KeyAccountJson.Deserialize<CommunicationProgramme>(json);
        var directory = KeyAccountJson.Deserialize<AudienceDirectory>(KeyAccountJson.Serialize(p.Directory));
        return KeyAccountJson.Serialize(back) == json
            && KeyAccountJson.Serialize(directory) == KeyAccountJson.Serialize(p.Directory)
            && CommunicationProgrammeValidator.Validate(back, null, directory).SequenceEqual(CommunicationProgrammeValidator.Validate(p.Programme, null, p.Directory));
    }

    private static IEnumerable<LocalDate> Naive(Recurrence recurrence)
    {
        for (var n = 0; ; n++)
        {
            var step = new PeriodBuilder { Years = recurrence.Every.Years * n, Months = recurrence.Every.Months * n, Weeks = recurrence.Every.Weeks * n, Days = recurrence.Every.Days * n }.Build();
            var date = recurrence.Start.Plus(step);
            if (date > recurrence.End)
            {
                yield break;
            }

            yield return date;
        }
    }
}
