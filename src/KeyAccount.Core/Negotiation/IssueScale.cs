using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Negotiation;

/// <summary>
/// One issue turned into numbers: its values (options or range points) and each side's score of
/// each value, linear between walk-away (0) and target (1). Internal: built by the validator and
/// the analysis from the document.
/// </summary>
internal sealed class IssueScale
{
    /// <summary>The most points a range may expand to.</summary>
    public const int MaxRangePoints = 10_000;

    /// <summary>The largest score (either sign) a value may have on a side's scale.</summary>
    public const double MaxScore = 1_000_000;

    private IssueScale(NegotiationIssue issue, decimal[] values, string?[] labels)
    {
        Issue = issue;
        Values = values;
        Labels = labels;
        OurScores = new double[values.Length];
        ClientScores = new double[values.Length];
        for (var j = 0; j < values.Length; j++)
        {
            OurScores[j] = Score(values[j], issue.OurTarget, issue.OurWalkAway);
            ClientScores[j] = Score(values[j], issue.ClientTarget, issue.ClientWalkAway);
        }
    }

    public NegotiationIssue Issue { get; }

    public decimal[] Values { get; }

    public string?[] Labels { get; }

    /// <summary>Our score of each value: (v - walk-away) / (target - walk-away).</summary>
    public double[] OurScores { get; }

    /// <summary>The client's score of each value, on the client's target and walk-away.</summary>
    public double[] ClientScores { get; }

    public IssueDirection ClientDirection => ClientDirectionOf(Issue);

    public static IssueDirection ClientDirectionOf(NegotiationIssue issue) =>
        issue.ClientDirection ?? (issue.Direction == IssueDirection.HigherIsBetter ? IssueDirection.LowerIsBetter : IssueDirection.HigherIsBetter);

    /// <summary>A side's score of a value: 0 at the walk-away, 1 at the target, linear, not clipped.</summary>
    public static double Score(decimal value, decimal target, decimal walkAway) =>
        ((double)value - (double)walkAway) / ((double)target - (double)walkAway);

    /// <summary>The issue's values, or null when neither options nor a valid range give them.</summary>
    public static IssueScale? TryCreate(NegotiationIssue issue)
    {
        if (issue.Range is { } range && issue.Options.Count == 0)
        {
            var count = RangePoints(range);
            if (count is null)
            {
                return null;
            }

            var values = new decimal[count.Value];
            for (var j = 0; j < values.Length; j++)
            {
                values[j] = range.Min + (range.Step * j);
            }

            return new IssueScale(issue, values, new string?[values.Length]);
        }

        if (issue.Range is null && issue.Options.Count > 0)
        {
            var values = new decimal[issue.Options.Count];
            var labels = new string?[values.Length];
            for (var j = 0; j < values.Length; j++)
            {
                values[j] = issue.Options[j].Value;
                labels[j] = issue.Options[j].Label;
            }

            return new IssueScale(issue, values, labels);
        }

        return null;
    }

    /// <summary>
    /// The number of points of a range, or null when it is invalid, has more than
    /// <see cref="MaxRangePoints"/>, or spans more than a decimal holds (<see cref="SpanFits"/>).
    /// </summary>
    public static int? RangePoints(IssueRange range)
    {
        if (range.Step <= 0 || range.Min > range.Max || !SpanFits(range))
        {
            return null;
        }

        // The span fits; a quotient beyond decimal's range is far more than MaxRangePoints.
        decimal steps;
        try
        {
            steps = decimal.Floor((range.Max - range.Min) / range.Step);
        }
        catch (OverflowException)
        {
            return null;
        }

        return steps >= MaxRangePoints ? null : (int)steps + 1;
    }

    /// <summary>True when <c>Max - Min</c> is a decimal (a range from about -7.9e28 to 7.9e28 is not).</summary>
    public static bool SpanFits(IssueRange range)
    {
        try
        {
            _ = range.Max - range.Min;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>The index of <paramref name="value"/> among the values, or -1.</summary>
    public int IndexOf(decimal value) => Array.IndexOf(Values, value);

    /// <summary>True when a value is acceptable to us: not past our walk-away (compared exactly, in decimal).</summary>
    public bool AcceptableToUs(int option) => Within(Issue.Direction, Values[option], Issue.OurWalkAway);

    /// <summary>True when a value is acceptable to the client: not past its estimated walk-away.</summary>
    public bool AcceptableToClient(int option) => Within(ClientDirection, Values[option], Issue.ClientWalkAway);

    /// <summary>True when both sides accept the value.</summary>
    public bool Agreeable(int option) => AcceptableToUs(option) && AcceptableToClient(option);

    private static bool Within(IssueDirection direction, decimal value, decimal walkAway) =>
        direction == IssueDirection.HigherIsBetter ? value >= walkAway : value <= walkAway;

    /// <summary>The value as people read it: its label and value, with the unit.</summary>
    public string Describe(int option)
    {
        var value = Wording.Number(Values[option], 4) + (string.IsNullOrWhiteSpace(Issue.Unit) ? string.Empty : " " + Issue.Unit);
        return Labels[option] is { Length: > 0 } label ? label + " (" + value + ")" : value;
    }

    /// <summary>The issue's name for people.</summary>
    public string Name => string.IsNullOrWhiteSpace(Issue.Name) ? Issue.Id : Issue.Name!;

    /// <summary>Builds the scales of a valid plan's issues.</summary>
    public static IssueScale[] All(IReadOnlyList<NegotiationIssue> issues)
    {
        var scales = new IssueScale[issues.Count];
        for (var i = 0; i < scales.Length; i++)
        {
            scales[i] = TryCreate(issues[i]) ?? throw new ArgumentException("The issue " + issues[i].Id + " has no valid values.", nameof(issues));
        }

        return scales;
    }
}
