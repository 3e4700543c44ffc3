using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace KeyAccount.Cli.Tests.Hostile;

/// <summary>
/// The calendar's edges inside the documents: every date, interval, period and instant of every
/// document the tool reads (the samples and the sections of the sample portfolio) set in turn to
/// the calendar's first or last day, an interval across it, a period of ten thousand years or a
/// hundred million days, or the last second of 9999, and run through its commands. Each value is
/// a valid ISO value that loads; the contract (<see cref="HostileContract"/>) is that the answer
/// is exit 0, 1 or 2, never an internal error. The random mutations of
/// <see cref="JsonMutationProperties"/> seldom put a date where a date is, so these are walked
/// one by one. Before <c>CalendarMath</c> these reached an internal error: a quarter back
/// from the review's day, the first week's Monday of a window that starts on -9998-01-01, the
/// local date of a diary entry on the last second of 9999 in Berlin, and the next plan review
/// after 9999-12-31 (a cadence of ten thousand years, or a review on the last day); and the
/// health's and the account's quarter back from a day in the calendar's first quarter.
/// </summary>
public sealed class CalendarEdgeDocumentTests
{
    private static readonly Regex Date = new(@"^-?\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant);
    private static readonly Regex Interval = new(@"^-?\d{4}-\d{2}-\d{2}/-?\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant);
    private static readonly Regex Period = new(@"^P(\d+[YMWD])+$", RegexOptions.CultureInvariant);
    private static readonly Regex Instant = new(@"^-?\d{4}-\d{2}-\d{2}T[0-9:.]+Z$", RegexOptions.CultureInvariant);

    private static readonly string[] Dates = ["\"-9998-01-01\"", "\"9999-12-31\""];
    private static readonly string[] Intervals = ["\"-9998-01-01/-9998-01-31\"", "\"9999-12-01/9999-12-31\"", "\"-9998-01-01/9999-12-31\""];
    private static readonly string[] Periods = ["\"P9999Y\"", "\"P100000000D\"", "\"P1000000W\""];
    private static readonly string[] Instants = ["\"-9998-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59Z\""];

    private sealed record Subject(JsonNode Root, string[][] Commands);

    private static readonly Lazy<Dictionary<string, Subject>> Subjects = new(() => new Dictionary<string, Subject>(StringComparer.Ordinal)
    {
        ["plan"] = new(SampleDocuments.Get("plan"), [["plan", "validate", "{file}", "--as-of", "2026-03-31"]]),
        ["ladder"] = new(SampleDocuments.Get("ladder"), [["ladder", "{file}"]]),
        ["account"] = new(SampleDocuments.Get("account"), [["account", "{file}", "--as-of", "2026-03-31"], ["health", "{file}", "--as-of", "2026-03-31", "--since", "2025-12-31"], ["review", "{file}", "--as-of", "2026-03-31"]]),
        ["relationships"] = new(SampleDocuments.Get("relationships"), [["relationships", "{file}"]]),
        ["communications"] = new(SampleDocuments.Get("communications"), [["communications", "{file}"]]),
        ["negotiation"] = new(SampleDocuments.Get("negotiation"), [["negotiation", "{file}"]]),
        ["offer"] = new(SampleDocuments.Get("offer"), [["offer", "{file}"]]),
        ["portfolio"] = new(SampleDocuments.Get("portfolio"), [["review", "{file}"]]),
    });

    /// <summary>Each document and each place of it that holds a date, an interval, a period or an instant (the first of each path that differs only in its indexes).</summary>
    public static TheoryData<string, string> Places()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, subject) in Subjects.Value)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var place in JsonMutation.Places(subject.Root))
            {
                if (Values(Current(place)) is not null && seen.Add(Regex.Replace(place.Path, @"\[\d+\]", "[]")))
                {
                    data.Add(name, place.Path);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Places))]
    public void A_value_on_the_calendars_edge_is_answered_or_refused_by_name(string name, string path)
    {
        var subject = Subjects.Value[name];
        var place = JsonMutation.Places(subject.Root).Single(p => p.Path == path);
        var values = Values(Current(place))!;
        foreach (var value in values)
        {
            var json = JsonMutation.ApplyRaw(subject.Root, place, value);
            foreach (var command in subject.Commands)
            {
                var (result, file) = HostileContract.RunOnFile(json, ".json", command);
                HostileContract.Assert(result, file, needsPath: true, $"{name}: {path} = {value}, {string.Join(' ', command)}");
            }
        }
    }

    [Fact]
    public void The_places_found_cover_each_kind_of_value()
    {
        var kinds = Places().Select(row => Values(Current(JsonMutation.Places(Subjects.Value[(string)row[0]].Root).Single(p => p.Path == (string)row[1])))).Distinct().ToArray();

        Assert.Contains(Dates, kinds);
        Assert.Contains(Intervals, kinds);
        Assert.Contains(Periods, kinds);
        Assert.Contains(Instants, kinds);
        Assert.Contains(Places(), row => (string)row[0] == "account" && (string)row[1] == "$.plan.reviewCadence");
        Assert.Contains(Places(), row => (string)row[0] == "communications" && (string)row[1] == "$.period");
    }

    /// <summary>A review without a plan takes the quarter up to its day as the communications' window; on -9998-02-01 that quarter begins before the calendar.</summary>
    [Theory]
    [InlineData("-9998-01-01")]
    [InlineData("-9998-02-01")]
    [InlineData("-9998-03-31")]
    public void A_review_without_a_plan_on_the_calendars_first_quarter_is_answered(string asOf)
    {
        var portfolio = JsonNode.Parse(CliRunner.Run("sample", "portfolio").Out)!.AsObject();
        portfolio["asOf"] = asOf;
        portfolio["plan"] = null;

        var (result, file) = HostileContract.RunOnFile(portfolio.ToJsonString(), ".json", "review", "{file}", "--format", "json");

        HostileContract.Assert(result, file, needsPath: true, asOf);
        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        var window = JsonNode.Parse(result.Out)!["communications"]!["window"]!.GetValue<string>();
        Assert.Equal("-9998-01-01/" + asOf, window);
    }

    /// <summary>An account whose communication programme runs from the calendar's first day, analysed in the calendar's first quarter: the health's communications window and the account review's begin before the calendar.</summary>
    [Theory]
    [InlineData("health")]
    [InlineData("account")]
    [InlineData("review")]
    public void An_account_analysed_in_the_calendars_first_quarter_is_answered(string command)
    {
        var account = JsonNode.Parse(CliRunner.Run("sample", "account").Out)!.AsObject();
        account["communications"]!["period"] = "-9998-01-01/-9998-12-31";
        account["plan"] = null;

        var (result, file) = HostileContract.RunOnFile(account.ToJsonString(), ".json", command, "{file}", "--as-of", "-9998-02-01");

        HostileContract.Assert(result, file, needsPath: true, command);
        Assert.True(result.ExitCode is 0 or 1, result.ToString());
    }

    private static JsonNode? Current(JsonPlace place) => place.Key is { } key ? place.Parent.AsObject()[key] : place.Parent.AsArray()[place.Index];

    private static string[]? Values(JsonNode? node)
    {
        if (node is not JsonValue value || !value.TryGetValue<string>(out var text))
        {
            return null;
        }

        return Interval.IsMatch(text) ? Intervals
            : Date.IsMatch(text) ? Dates
            : Period.IsMatch(text) ? Periods
            : Instant.IsMatch(text) ? Instants
            : null;
    }
}
