namespace KeyAccount.Core.Planning;

/// <summary>The measurable target of a goal: a metric, its unit, the value to reach and optionally where it starts.</summary>
/// <remarks>
/// The target may lie above or below the baseline (a share to raise, a lead time to cut). An empty
/// metric or unit loads and is reported by the validator (<c>KAP008</c>).
/// </remarks>
public sealed record GoalTarget
{
    private readonly string _metric = string.Empty;
    private readonly string _unit = string.Empty;

    /// <summary>Creates a target.</summary>
    /// <param name="metric">What is measured, for example "share of the shop's mail orders".</param>
    /// <param name="unit">The unit of the values, for example "%" or "working days".</param>
    /// <param name="value">The value to reach, in <paramref name="unit"/>.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="metric"/> or <paramref name="unit"/> is null.</exception>
    public GoalTarget(string metric, string unit, decimal value)
    {
        Metric = Require.NotNull(metric, nameof(metric));
        Unit = Require.NotNull(unit, nameof(unit));
        Value = value;
    }

    /// <summary>What is measured.</summary>
    public string Metric
    {
        get => _metric;
        init => _metric = Require.NotNull(value, nameof(Metric));
    }

    /// <summary>The unit of <see cref="Value"/> and <see cref="Baseline"/>.</summary>
    public string Unit
    {
        get => _unit;
        init => _unit = Require.NotNull(value, nameof(Unit));
    }

    /// <summary>The value to reach.</summary>
    public decimal Value { get; init; }

    /// <summary>Where the metric stands when the plan is made; null when unknown.</summary>
    public decimal? Baseline { get; init; }
}
