using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Health;
using NodaTime;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;

namespace KeyAccount.Cli.Health;

/// <summary>
/// Draws the health as an SVG (OxyPlot's managed exporter): for one account, the score and each
/// component at every month's end from the start of its history (or --since) to the scorecard's
/// day; for several accounts, their scores as bars, the lowest at the top. The bands are drawn as lines.
/// </summary>
internal static class HealthChart
{
    /// <summary>The most months one account's chart goes back.</summary>
    public const int MaxMonths = 24;

    /// <summary>The most accounts drawn as bars (the lowest scores: the ones to act on).</summary>
    public const int MaxBars = 40;

    /// <summary>Draws the chart and opens its file before anything is printed, so a file that cannot be written fails the command (exit 2) with no report.</summary>
    public static Pareto.ParetoChart.PendingChart Prepare(IReadOnlyList<AccountDocument> accounts, PortfolioHealth portfolio, string path)
    {
        var model = accounts.Count == 1 ? History(accounts[0], portfolio) : Ranking(portfolio);
        var svg = new MemoryStream();
        new SvgExporter { Width = 900, Height = 600, UseVerticalTextAlignmentWorkaround = true }.Export(model, svg);
        return Pareto.ParetoChart.PendingChart.Open(path, svg);
    }

    /// <summary>The dates of one account's chart: month ends from the start of its history (or <paramref name="since"/>) to <paramref name="asOf"/>, both ends included, at most <see cref="MaxMonths"/> back.</summary>
    internal static IReadOnlyList<LocalDate> Dates(AccountDocument account, LocalDate asOf, LocalDate? since)
    {
        var start = since ?? Start(account) ?? asOf;
        // Near the calendar's first day the history starts on that day.
        var earliest = asOf.Year - LocalDate.MinIsoValue.Year > (MaxMonths / 12) + 1 ? asOf.PlusMonths(-MaxMonths) : LocalDate.MinIsoValue;
        if (start < earliest)
        {
            start = earliest;
        }

        if (start > asOf)
        {
            start = asOf;
        }

        var dates = new List<LocalDate> { start };
        for (var end = start.With(DateAdjusters.EndOfMonth); end < asOf; end = end.PlusDays(1).With(DateAdjusters.EndOfMonth))
        {
            if (end > start)
            {
                dates.Add(end);
            }
        }

        if (asOf > start)
        {
            dates.Add(asOf);
        }

        return dates;
    }

    /// <summary>Where the account's history starts: its first diary entry, lifecycle move, section update or plan review.</summary>
    private static LocalDate? Start(AccountDocument account)
    {
        var dates = new List<LocalDate>();
        dates.AddRange(account.Diary.Select(e => e.At.InUtc().Date));
        dates.AddRange(account.Lifecycle.Select(c => c.On));
        dates.AddRange(account.Updates.Select(u => u.On));
        if (account.Plan is { } plan)
        {
            dates.AddRange(plan.Reviews.Select(r => r.On));
        }

        return dates.Count == 0 ? null : dates.Min();
    }

    private static PlotModel History(AccountDocument account, PortfolioHealth portfolio)
    {
        var dates = Dates(account, portfolio.AsOf, portfolio.Since);
        var scorecards = dates.Select(d => HealthScorecard.Score(account, d)).ToArray();
        var last = scorecards[^1];
        var model = Model(
            "Health of " + account.Client.Value + " over time",
            last.Score is { } s ? Text.I($"{Text.D(s)} of 100 on {portfolio.AsOf:yyyy-MM-dd}; dotted: the bands") : "no score: no component is scored");
        model.Legends.Add(new Legend { LegendPosition = LegendPosition.BottomLeft, LegendPlacement = LegendPlacement.Inside, LegendBackground = OxyColor.FromAColor(220, OxyColors.White) });
        model.Axes.Add(new DateTimeAxis
        {
            Position = AxisPosition.Bottom,
            StringFormat = "yyyy-MM-dd",
            Title = "date",
            Minimum = KeyAccount.Cli.Html.Charts.ChartLayer.Day(dates[0]) - 3,
            Maximum = KeyAccount.Cli.Html.Charts.ChartLayer.Day(dates[^1]) + 3,
            MajorGridlineStyle = LineStyle.Dot,
        });
        model.Axes.Add(ScoreAxis(AxisPosition.Left));
        foreach (var kind in HealthScorecard.Kinds)
        {
            var line = new LineSeries { Title = HealthTable.Name(kind), StrokeThickness = 1.2, MarkerType = MarkerType.Circle, MarkerSize = 2.5, LineStyle = LineStyle.Dash };
            for (var i = 0; i < dates.Count; i++)
            {
                if (scorecards[i].Component(kind).Score is { } score)
                {
                    line.Points.Add(new DataPoint(KeyAccount.Cli.Html.Charts.ChartLayer.Day(dates[i]), (double)score));
                }
                else
                {
                    line.Points.Add(DataPoint.Undefined);
                }
            }

            if (line.Points.Any(p => p.IsDefined()))
            {
                model.Series.Add(line);
            }
        }

        var total = new LineSeries { Title = "score", Color = OxyColors.Black, StrokeThickness = 3, MarkerType = MarkerType.Circle, MarkerSize = 4 };
        for (var i = 0; i < dates.Count; i++)
        {
            total.Points.Add(scorecards[i].Score is { } score ? new DataPoint(KeyAccount.Cli.Html.Charts.ChartLayer.Day(dates[i]), (double)score) : DataPoint.Undefined);
        }

        model.Series.Add(total);
        Bands(model, horizontal: true);
        return model;
    }

    private static PlotModel Ranking(PortfolioHealth portfolio)
    {
        var lowest = portfolio.Accounts.Where(e => e.Score is not null).Reverse().Take(MaxBars).ToArray();
        var model = Model(
            Text.I($"Health of {Text.N(portfolio.Accounts.Count)} accounts on {portfolio.AsOf:yyyy-MM-dd}"),
            Text.I($"{Text.N(portfolio.Healthy)} healthy, {Text.N(portfolio.Watch)} to watch, {Text.N(portfolio.AtRisk)} at risk; the {Text.N(lowest.Length)} lowest scores shown; dotted: the bands"));
        var categories = new CategoryAxis { Position = AxisPosition.Left, Title = "account", GapWidth = 0.3, StartPosition = 1, EndPosition = 0 };
        var bars = new BarSeries { FillColor = OxyColor.FromRgb(0x1f, 0x77, 0xb4), LabelFormatString = "{0:0.##}", LabelPlacement = LabelPlacement.Inside };
        foreach (var entry in lowest)
        {
            categories.Labels.Add(entry.Client.Value);
            bars.Items.Add(new BarItem((double)entry.Score!.Value));
        }

        model.Axes.Add(categories);
        model.Axes.Add(ScoreAxis(AxisPosition.Bottom));
        model.Series.Add(bars);
        Bands(model, horizontal: false);
        return model;
    }

    private static PlotModel Model(string title, string subtitle) => new()
    {
        Title = title,
        Subtitle = subtitle,
        Background = OxyColors.White,
        DefaultFont = "Arial",
    };

    private static LinearAxis ScoreAxis(AxisPosition position) => new()
    {
        Position = position,
        Minimum = 0,
        Maximum = 100,
        Title = "score (0-100)",
        MajorStep = 25,
        MajorGridlineStyle = LineStyle.Dot,
    };

    private static void Bands(PlotModel model, bool horizontal)
    {
        var settings = HealthSettings.Default;
        foreach (var (at, name) in new[] { (settings.HealthyFrom, "healthy"), (settings.WatchFrom, "watch") })
        {
            model.Annotations.Add(new LineAnnotation
            {
                Type = horizontal ? LineAnnotationType.Horizontal : LineAnnotationType.Vertical,
                Y = horizontal ? (double)at : 0,
                X = horizontal ? 0 : (double)at,
                Color = OxyColors.Gray,
                LineStyle = LineStyle.Dot,
                Text = name + " from " + Text.D(at),
            });
        }
    }
}
