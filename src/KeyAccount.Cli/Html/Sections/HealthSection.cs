using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Cli.Health;
using KeyAccount.Cli.Html.Charts;
using KeyAccount.Cli.Review;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Health;
using NodaTime;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;
using static KeyAccount.Cli.Infrastructure.Text;

namespace KeyAccount.Cli.Html.Sections;

/// <summary>
/// The accounts' health (section 8: running the account on facts): each account's score and its
/// components on the earlier date and on the day, with each component's exact part of the change
/// (<see cref="HealthScorecard.Compare"/>), drawn as one row per component; beside it the numbers,
/// then the explanation sentences. For the review: the portfolio's explanation, the ranking and the
/// fallers first; the accounts drawn are those the table shows in full (<see cref="ReviewTable.InFull"/>).
/// </summary>
internal static class HealthSection
{
    /// <summary>The section's title on the account page.</summary>
    public const string AccountTitle = "Health: the score and its components, with the change since a quarter before";

    /// <summary>The review's health section: every number is <paramref name="health"/>'s.</summary>
    public static IReadOnlyList<Block> Portfolio(PortfolioHealth health)
    {
        var blocks = new List<Block>
        {
            new Paragraph(health.Explanation, "explanation"),
            new Paragraph(health.Since is { } since
                ? I($"Each account is scored as of {Cells.Iso(health.AsOf)} with the default weights, and compared with its scorecard of {Cells.Iso(since)}, a quarter before.")
                : I($"Each account is scored as of {Cells.Iso(health.AsOf)} with the default weights.")),
        };
        var full = ReviewTable.InFull(health);
        if (health.Accounts.Count > 1)
        {
            blocks.Add(new TableBlock(new DataTable(
                I($"Health as of {Cells.Iso(health.AsOf)}, healthiest first"),
                new[] { "rank", "client", "score", "band", "change", "costing the most" },
                health.Accounts.Select(e => (IReadOnlyList<Cell>)new[]
                {
                    Cells.Int(e.Rank),
                    new Cell(e.Client.Value),
                    Score(e.Score),
                    new Cell(e.Health.Band is { } b ? HealthTable.BandName(b) : "not scored"),
                    Points(e.Change?.Change),
                    new Cell(e.Health.Costliest.Count > 0 ? e.Health.Costliest[0].Explanation : string.Empty),
                }).ToList())));
            if (health.Since is { } d)
            {
                blocks.Add(health.Fallers.Count == 0
                    ? new Paragraph(I($"No score fell since {Cells.Iso(d)}."))
                    : new Bullets(I($"Fell most since {Cells.Iso(d)}"), health.Fallers.Select(f => f.Change!.Explanation).ToList()));
            }

            blocks.Add(new Paragraph(full.Count == health.Accounts.Count
                ? I($"Each of the {health.Accounts.Count} accounts in full:")
                : I($"{full.Count} of the {health.Accounts.Count} accounts in full, the largest falls first, then the lowest scores (all: keyaccount health)."), "explanation"));
        }

        foreach (var entry in full)
        {
            if (health.Accounts.Count > 1)
            {
                blocks.Add(new SubHeading(I($"{entry.Rank}. {entry.Client.Value}")));
            }

            blocks.AddRange(Account(entry.Health, entry.Change, I($"health-{entry.Rank}")));
        }

        return blocks;
    }

    /// <summary>
    /// The account page's health: the account scored as of <paramref name="asOf"/> with the default
    /// weights and compared with a quarter before (the review's rule); null when no component of
    /// the account counts, so there is no score to draw.
    /// </summary>
    public static List<Block>? Account(AccountDocument account, LocalDate asOf)
    {
        var since = asOf >= LocalDate.MinIsoValue.PlusMonths(3) ? asOf.PlusMonths(-3) : (LocalDate?)null;
        var change = since is { } d ? HealthScorecard.Change(account, d, asOf) : null;
        var health = change?.After ?? HealthScorecard.Score(account, asOf);
        if (health.Score is null)
        {
            return null;
        }

        var blocks = new List<Block>
        {
            new Paragraph(since is { } s
                ? I($"Scored as of {Cells.Iso(asOf)} with the default weights, and compared with the scorecard of {Cells.Iso(s)}, a quarter before.")
                : I($"Scored as of {Cells.Iso(asOf)} with the default weights.")),
        };
        blocks.AddRange(Account(health, change, "health"));
        return blocks;
    }

    /// <summary>One account: its explanation, the picture with its table, the change explained component by component, and the facts that cost points.</summary>
    private static List<Block> Account(AccountHealth health, HealthChange? change, string id)
    {
        var blocks = new List<Block> { new Paragraph(health.Explanation, "explanation") };
        blocks.Add(Figure(health, change, id));
        if (change is not null)
        {
            blocks.Add(new Paragraph(change.Explanation, "explanation"));
            blocks.Add(new Bullets("Each component's part of the change", change.Components.Select(c => c.Explanation).ToList()));
        }

        var facts = health.Components.SelectMany(c => c.Facts).OrderByDescending(f => f.Cost).ThenByDescending(f => f.Points).ThenBy(f => f.Key, StringComparer.Ordinal).ToList();
        if (facts.Count > 0)
        {
            blocks.Add(new TableBlock(new DataTable(
                I($"What costs points as of {Cells.Iso(health.AsOf)} (points in the component; cost in the score)"),
                new[] { "component", "points", "cost", "fact" },
                facts.Select(f => (IReadOnlyList<Cell>)new[] { new Cell(HealthTable.Name(f.Component)), Cells.Amount(f.Points), Cells.Amount(f.Cost), new Cell(f.Explanation) }).ToList())));
        }

        return blocks;
    }

    /// <summary>
    /// The score and each component as one row: a hollow circle on the earlier date, a filled
    /// diamond on the day, a line between them; the bands shaded behind. The row's label carries
    /// the component's part of the change, so the meaning never rests on colour alone.
    /// </summary>
    private static Figure Figure(AccountHealth health, HealthChange? change, string id)
    {
        var settings = HealthSettings.Default;
        var kinds = HealthScorecard.Kinds;
        var before = change?.Before;
        var labels = new string[kinds.Count + 1];
        labels[0] = "score" + (change?.Change is { } delta ? " " + Signed(delta) : string.Empty);
        for (var i = 0; i < kinds.Count; i++)
        {
            var component = health.Component(kinds[i]);
            var part = change?.Components.First(c => c.Kind == kinds[i]);
            labels[i + 1] = HealthTable.Name(kinds[i]) + (component.Score is null && part?.Before is null ? ": not scored" : change?.Change is not null ? " " + Signed(part!.Attribution) : string.Empty);
        }

        var subtitle = change is null
            ? I($"{health.Client.Value} on {Cells.Iso(health.AsOf)}; shaded: the bands")
            : I($"{health.Client.Value}, {Cells.Iso(change.Before.AsOf)} to {Cells.Iso(health.AsOf)}; each row: its part of the change in points of the score");
        var model = ChartLayer.Model("Health: the score and its components", subtitle);
        model.Axes.Add(new LinearAxis
        {
            Position = AxisPosition.Left,
            Minimum = -1.3,
            Maximum = labels.Length - 0.4,
            MajorStep = 1,
            MinorStep = 1,
            StartPosition = 1,
            EndPosition = 0,
            LabelFormatter = v => Math.Abs(v - Math.Round(v)) < 1e-9 && v >= 0 && v < labels.Length ? HtmlText.Label(labels[(int)Math.Round(v)], 32) : string.Empty,
            AxislineColor = Palette.Black,
            TicklineColor = Palette.Black,
        });
        // A little room beyond 0 and 100, so that a marker at either end is drawn whole.
        var scale = ChartLayer.Linear(AxisPosition.Bottom, "score (0 to 100)", -3, 103);
        scale.MajorStep = 20;
        scale.LabelFormatter = v => v is >= 0 and <= 100 ? v.ToString("0", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
        model.Axes.Add(scale);
        var bands = new (decimal From, decimal To, string Name, byte Alpha)[] { (0m, settings.WatchFrom, "at risk", 34), (settings.WatchFrom, settings.HealthyFrom, "watch", 16), (settings.HealthyFrom, 100m, "healthy", 0) };
        foreach (var band in bands)
        {
            if (band.Alpha > 0)
            {
                model.Annotations.Add(new RectangleAnnotation { MinimumX = (double)band.From, MaximumX = (double)band.To, Fill = OxyColor.FromAColor(band.Alpha, Palette.Black), Layer = AnnotationLayer.BelowSeries });
            }

            model.Annotations.Add(new TextAnnotation
            {
                Text = band.Name,
                TextPosition = new DataPoint((double)(band.From + band.To) / 2, -0.9),
                TextColor = Palette.Black,
                FontSize = 10,
                StrokeThickness = 0,
                TextVerticalAlignment = VerticalAlignment.Middle,
            });
        }

        var moves = new LineSeries { Title = "the move", Color = Palette.Grey, StrokeThickness = 2 };
        var then = new ScatterSeries { Title = before is null ? "earlier" : "on " + Cells.Iso(before.AsOf), MarkerType = MarkerType.Circle, MarkerFill = OxyColors.White, MarkerStroke = Palette.Blue, MarkerStrokeThickness = 2 };
        var now = new ScatterSeries { Title = "on " + Cells.Iso(health.AsOf), MarkerType = MarkerType.Diamond, MarkerFill = Palette.Vermillion };
        void Row(int row, decimal? was, decimal? @is)
        {
            var size = row == 0 ? 8 : 6;
            if (was is { } w)
            {
                then.Points.Add(new ScatterPoint((double)w, row, size));
            }

            if (@is is { } s)
            {
                now.Points.Add(new ScatterPoint((double)s, row, size + 1));
            }

            if (was is { } a && @is is { } b)
            {
                moves.Points.Add(new DataPoint((double)a, row));
                moves.Points.Add(new DataPoint((double)b, row));
                moves.Points.Add(DataPoint.Undefined);
            }
        }

        Row(0, before?.Score, health.Score);
        for (var i = 0; i < kinds.Count; i++)
        {
            Row(i + 1, before?.Component(kinds[i]).Score, health.Component(kinds[i]).Score);
        }

        model.Series.Add(moves);
        if (before is not null)
        {
            model.Series.Add(then);
        }

        model.Series.Add(now);
        ChartLayer.LegendBelow(model);

        var scored = health.Components.Where(c => c.Score is not null).ToList();
        var notScored = health.Components.Where(c => c.Score is null).Select(c => HealthTable.Name(c.Kind)).ToList();
        var alt = I($"One row for the score and one for each of the {kinds.Count} components, on a scale of 0 to 100 with the bands shaded (at risk below {D(settings.WatchFrom)}, watch below {D(settings.HealthyFrom)}, healthy from {D(settings.HealthyFrom)}): ");
        alt += change?.Change is { } c
            ? I($"a hollow circle on {Cells.Iso(change.Before.AsOf)}, a filled diamond on {Cells.Iso(health.AsOf)}. The score went from {D(change.Before.Score!.Value)} to {D(health.Score!.Value)} ({Signed(c)} points).")
            : I($"a filled diamond on {Cells.Iso(health.AsOf)}. The score is {(health.Score is { } s ? D(s) : "none")}.");
        if (change?.Change is not null)
        {
            var moved = change.Components.Where(m => m.Attribution != 0).OrderByDescending(m => Math.Abs(m.Attribution)).ThenBy(m => kinds.ToList().IndexOf(m.Kind)).Select(m => HealthTable.Name(m.Kind) + " " + Signed(m.Attribution)).ToList();
            alt += moved.Count == 0 ? " No component moved it." : " Parts of the change: " + string.Join(", ", moved) + ".";
        }

        alt += I($" {scored.Count} components scored") + (notScored.Count > 0 ? "; not scored: " + string.Join(", ", notScored) + "." : ".");

        var headers = new[] { "component", "weight", "share", before is null ? "earlier" : "score on " + Cells.Iso(before.AsOf), "score on " + Cells.Iso(health.AsOf), "part of the change" };
        var rows = new List<IReadOnlyList<Cell>>
        {
            new[] { new Cell("score"), new Cell("–"), new Cell("–"), before is null ? new Cell("–") : Score(before.Score), Score(health.Score), Points(change?.Change) },
        };
        foreach (var kind in kinds)
        {
            var component = health.Component(kind);
            var part = change?.Components.First(m => m.Kind == kind);
            rows.Add(new[]
            {
                new Cell(HealthTable.Name(kind)),
                Cells.Amount(component.Weight),
                component.Counts ? Cells.Share((double)component.Share) : new Cell("–"),
                part is null ? new Cell("–") : Score(part.Before),
                Score(component.Score),
                change?.Change is null ? new Cell("–") : Points(part!.Attribution),
            });
        }

        var table = new DataTable("The score and each component: weight, scores on both dates, part of the change", headers, rows);
        var height = Math.Max(300, 140 + (labels.Length * 32));
        return new Figure(id, "The health of " + health.Client.Value + ": the score and its components, with the change", alt, ChartLayer.Svg(model, id, "Health: the score and its components", alt, ChartLayer.Width, height), table);
    }

    /// <summary>A score cell: the number with its exact value, or "not scored".</summary>
    private static Cell Score(decimal? score) => score is { } s ? Cells.Amount(s) : new Cell("not scored");

    /// <summary>Points of change, signed, with the exact value; "–" when there is none.</summary>
    private static Cell Points(decimal? points) => points is { } p ? new Cell(Signed(p), HtmlText.Value(p)) : new Cell("–");

    private static string Signed(decimal value) => (value > 0 ? "+" : string.Empty) + D(value);
}
