using System;
using System.Linq;
using System.Text.Json;
using Ical.Net;
using KeyAccount.Core.Communications;
using KeyAccount.Core.Json;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Cli.Tests.Communications;

public class CommunicationsCommandTests
{
    private static readonly LocalDate Start = new(2026, 1, 5);

    private static string SampleFile(CommunicationProgramme? programme = null) =>
        CliRunner.TempFile(KeyAccountJson.Serialize(programme ?? SamplePrograms.PublisherAndBookshop(Start)), ".json");

    [Fact]
    public void The_table_shows_the_coverage_grid_gaps_silences_and_calendar()
    {
        var result = CliRunner.Run("communications", SampleFile(), "--as-of", "2026-03-31");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Parcel insert", result.Out, StringComparison.Ordinal);
        Assert.Contains("TechnologicalChange", result.Out, StringComparison.Ordinal);
        Assert.Contains("research-presentation", result.Out, StringComparison.Ordinal);
        Assert.Contains("silences", result.Out, StringComparison.Ordinal);
        Assert.Contains("calendar", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_holds_the_report_and_the_calendar_of_the_window()
    {
        var plan = CliRunner.TempFile(KeyAccountJson.Serialize(SamplePlans.PublisherAndBookshop(Start)), ".json");
        var people = CliRunner.TempFile(KeyAccountJson.Serialize(SamplePrograms.BookshopPeople()), ".json");
        var result = CliRunner.Run("communications", SampleFile(), "--as-of", "2026-03-31", "--from", "2026-02-01", "--to", "2026-04-30", "--plan", plan, "--people", people, "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(0, root.GetProperty("errors").GetInt32());
        var report = root.GetProperty("report");
        Assert.Equal("2026-02-01/2026-04-30", report.GetProperty("window").GetString());
        var expected = CommunicationCalendar.Expand(SamplePrograms.PublisherAndBookshop(Start), new DateInterval(new LocalDate(2026, 2, 1), new LocalDate(2026, 4, 30)));
        Assert.Equal(expected.Count, root.GetProperty("calendar").GetArrayLength());
        Assert.Equal(expected.Count, report.GetProperty("occurrences").GetInt32());
    }

    [Fact]
    public void The_icalendar_parses_back_with_ical_net_into_the_same_occurrences()
    {
        var programme = SamplePrograms.PublisherAndBookshop(Start);
        var result = CliRunner.Run("communications", SampleFile(), "--as-of", "2026-03-31", "--format", "ics");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("BEGIN:VCALENDAR", result.Out, StringComparison.Ordinal);
        var calendar = Calendar.Load(result.Out)!;
        var parsed = calendar.Events.Select(e => (Uid: e.Uid ?? string.Empty, Date: new LocalDate(e.DtStart!.Year, e.DtStart.Month, e.DtStart.Day), e.DtStart.HasTime)).ToList();
        var expected = CommunicationCalendar.Expand(programme, programme.Period);
        Assert.Equal(expected.Count, parsed.Count);
        Assert.Equal(expected.Select(o => (o.ItemId + "-" + o.Date.ToString("yyyyMMdd", null) + "@keyaccount", o.Date, false)), parsed);
        Assert.Contains(calendar.Events, e => e.Summary == "Parcel insert: series-benefits to whole-shop");
    }

    [Fact]
    public void A_programme_with_errors_exits_1_and_a_malformed_one_or_bad_options_exit_2()
    {
        var sample = SamplePrograms.PublisherAndBookshop(Start);
        var broken = sample with { Items = sample.Items.Select(i => i.Id == "kickoff" ? i with { Audience = "nobody" } : i).ToArray() };
        var errors = CliRunner.Run("communications", SampleFile(broken), "--as-of", "2026-03-31");
        Assert.Equal(1, errors.ExitCode);
        Assert.Contains("KAC008", errors.Out, StringComparison.Ordinal);
        var ics = CliRunner.Run("communications", SampleFile(broken), "--as-of", "2026-03-31", "--format", "ics");
        Assert.Equal(1, ics.ExitCode);
        Assert.Contains("KAC008", ics.Error, StringComparison.Ordinal);

        var malformed = CliRunner.Run("communications", CliRunner.TempFile("""{ "client": "c", "period": "2026-01-01/2026-12-31", "items": [ { "id": 5 } ] }""", ".json"));
        Assert.Equal(2, malformed.ExitCode);
        Assert.Contains("items[0]", malformed.Error, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("communications", SampleFile(), "--from", "2026-02-01").ExitCode);
        Assert.Equal(2, CliRunner.Run("communications", SampleFile(), "--from", "2026-03-01", "--to", "2026-02-01").ExitCode);
        Assert.Equal(2, CliRunner.Run("communications", SampleFile(), "--as-of", "31/03/2026").ExitCode);
    }
}
