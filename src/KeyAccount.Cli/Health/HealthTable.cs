using System;
using System.Linq;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Core.Health;
using Spectre.Console;
using Text = KeyAccount.Cli.Infrastructure.Text;

namespace KeyAccount.Cli.Health;

/// <summary>The health as tables: one account's scorecard (and change) in full, or several accounts ranked.</summary>
internal static class HealthTable
{
    private static readonly TableField[] ComponentFields = [new("component"), new("weight", true), new("share", true), new("score", true), new("how it is scored")];
    private static readonly TableField[] FactFields = [new("component"), new("points", true), new("cost", true), new("fact")];
    private static readonly TableField[] ChangeFields = [new("component"), new("before", true), new("after", true), new("part of the change", true)];
    private static readonly TableField[] MovedFields = [new("component"), new("points before", true), new("points after", true), new("fact")];
    private static readonly TableField[] RankFields = [new("rank", true), new("client"), new("score", true), new("band"), new("change", true), new("costing the most")];

    public static void Write(IAnsiConsole console, PortfolioHealth portfolio, RowLimit rows)
    {
        if (portfolio.Accounts.Count == 1)
        {
            WriteAccount(console, portfolio.Accounts[0].Health, portfolio.Accounts[0].Change, rows);
            return;
        }

        console.WriteLine(portfolio.Explanation);
        console.WriteLine();
        var withChange = portfolio.Since is not null;
        TableOutput.Write(console, Text.I($"Health as of {portfolio.AsOf:yyyy-MM-dd}, healthiest first"), withChange ? RankFields : RankFields.Where(f => f.Header != "change").ToArray(), portfolio.Accounts, e => Row(e, withChange), rows, "accounts");
        if (withChange)
        {
            console.WriteLine();
            if (portfolio.Fallers.Count == 0)
            {
                console.WriteLine(Text.I($"No score fell since {portfolio.Since:yyyy-MM-dd}."));
            }
            else
            {
                TableOutput.Write(console, Text.I($"Fell most since {portfolio.Since:yyyy-MM-dd}"), RankFields, portfolio.Fallers, e => Row(e, true), rows, "accounts");
            }
        }

        console.WriteLine();
    }

    /// <summary>
    /// One account's scorecard in full: the explanation, the components, the facts that cost points
    /// and, given a change, its attribution and the facts that moved. The review can end with
    /// <c>WriteAccount(console, change.After, change, rows)</c> of <c>SampleHealth.PublisherAndBookshop()</c>.
    /// </summary>
    internal static void WriteAccount(IAnsiConsole console, AccountHealth health, HealthChange? change, RowLimit rows)
    {
        console.WriteLine(health.Explanation);
        console.WriteLine();
        TableOutput.Write(console, Text.I($"Components as of {health.AsOf:yyyy-MM-dd}"), ComponentFields, health.Components, c => [Name(c.Kind), Text.D(c.Weight), c.Counts ? Text.P((double)c.Share) : "-", c.Score is { } s ? Text.D(s) : "not scored", c.Explanation], rows, "components");
        var facts = health.Components.SelectMany(c => c.Facts).OrderByDescending(f => f.Cost).ThenByDescending(f => f.Points).ThenBy(f => f.Key, StringComparer.Ordinal).ToArray();
        if (facts.Length > 0)
        {
            TableOutput.Write(console, "What costs points (points in the component; cost in the score)", FactFields, facts, f => [Name(f.Component), Text.D(f.Points), Text.D(f.Cost), f.Explanation], rows, "facts");
        }

        if (change is not null)
        {
            console.WriteLine();
            console.WriteLine(change.Explanation);
            TableOutput.Write(console, Text.I($"Change from {change.Before.AsOf:yyyy-MM-dd} to {change.After.AsOf:yyyy-MM-dd}"), ChangeFields, change.Components, c => [Name(c.Kind), c.Before is { } b ? Text.D(b) : "-", c.After is { } a ? Text.D(a) : "-", Signed(c.Attribution)], rows, "components");
            var moved = change.Components.SelectMany(c => c.Facts.Select(f => (c.Kind, Fact: f))).ToArray();
            if (moved.Length > 0)
            {
                TableOutput.Write(console, "Facts that appeared, went or changed", MovedFields, moved, m => [Name(m.Kind), Text.D(m.Fact.PointsBefore), Text.D(m.Fact.PointsAfter), m.Fact.Explanation], rows, "facts");
            }
        }

        console.WriteLine();
    }

    private static string[] Row(PortfolioHealthEntry e, bool withChange)
    {
        var cells = new[]
        {
            Text.N(e.Rank),
            e.Client.Value,
            e.Score is { } s ? Text.D(s) : "-",
            e.Health.Band is { } b ? BandName(b) : "not scored",
            e.Change?.Change is { } c ? Signed(c) : "-",
            e.Health.Costliest.Count > 0 ? e.Health.Costliest[0].Explanation : string.Empty,
        };
        return withChange ? cells : [cells[0], cells[1], cells[2], cells[3], cells[5]];
    }

    internal static string Name(HealthComponentKind kind) => kind switch
    {
        HealthComponentKind.Tier => "key-client tier",
        HealthComponentKind.Ladder => "ladder",
        HealthComponentKind.Plan => "plan",
        HealthComponentKind.Relationships => "relationships",
        HealthComponentKind.Communications => "communications",
        HealthComponentKind.Commitments => "commitments",
        HealthComponentKind.Freshness => "freshness",
        HealthComponentKind.Opportunities => "opportunities",
        _ => kind.ToString(),
    };

    internal static string BandName(HealthBand band) => band switch
    {
        HealthBand.Healthy => "healthy",
        HealthBand.Watch => "watch",
        _ => "at risk",
    };

    private static string Signed(decimal value) => (value > 0 ? "+" : string.Empty) + Text.D(value);
}
