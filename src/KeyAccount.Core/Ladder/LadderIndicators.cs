using System;

namespace KeyAccount.Core.Ladder;

/// <summary>
/// Observed indicators of where the client places you: price sensitivity, loyalty and whether your
/// advice is taken up. Each is optional (null when not measured).
/// </summary>
/// <remarks>
/// Shares are fractions 0..1 (0.3 is 30%); tenure is in years, 0 or more. Values are not checked
/// when set, so that a document with a wrong value loads: <see cref="LadderValidator"/> reports a
/// share outside 0..1 (<c>KAL008</c>) or a negative tenure (<c>KAL009</c>) with its path, and the
/// positioning refuses indicators with such a value. Immutable; equality by value. Observed
/// indicators are facts about the relationship, so a client's own view and yours share them.
/// </remarks>
public sealed record LadderIndicators
{
    private readonly double? _dealsLostOnPrice;
    private readonly double? _discountDemanded;
    private readonly double? _shareOfWallet;
    private readonly double? _tenureYears;
    private readonly double? _retention;
    private readonly double? _adviceTakenUp;

    /// <summary>No indicator measured.</summary>
    public static LadderIndicators None { get; } = new();

    /// <summary>Share of the deals lost (over a recent period) that were lost on price, 0..1. High means price sensitivity is high.</summary>
    public double? DealsLostOnPrice { get => _dealsLostOnPrice; init => _dealsLostOnPrice = value; }

    /// <summary>Discount the client demands, as a fraction of list price, 0..1. High means price sensitivity is high.</summary>
    public double? DiscountDemanded { get => _discountDemanded; init => _discountDemanded = value; }

    /// <summary>Your share of the client's spend in your category, 0..1. High means loyalty is high.</summary>
    public double? ShareOfWallet { get => _shareOfWallet; init => _shareOfWallet = value; }

    /// <summary>Years the client has bought from you, 0 or more (fractions allowed). Long means loyalty has had time to grow.</summary>
    public double? TenureYears { get => _tenureYears; init => _tenureYears = value; }

    /// <summary>Share of last period's business with the client that it kept with you, 0..1. High means loyalty is high.</summary>
    public double? Retention { get => _retention; init => _retention = value; }

    /// <summary>Share of your recommendations the client acted on, 0..1: evidence of rung 3 and 4 behaviour.</summary>
    public double? AdviceTakenUp { get => _adviceTakenUp; init => _adviceTakenUp = value; }

    /// <summary>How many of the six indicators are measured.</summary>
    public int KnownCount =>
        (_dealsLostOnPrice.HasValue ? 1 : 0) + (_discountDemanded.HasValue ? 1 : 0) + (_shareOfWallet.HasValue ? 1 : 0)
        + (_tenureYears.HasValue ? 1 : 0) + (_retention.HasValue ? 1 : 0) + (_adviceTakenUp.HasValue ? 1 : 0);

    /// <summary>The value of one indicator.</summary>
    /// <param name="indicator">One of the six indicator signals (<see cref="LadderSignal.DealsLostOnPrice"/> .. <see cref="LadderSignal.AdviceTakenUp"/>).</param>
    /// <returns>The value, or null when not measured.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="indicator"/> is not an indicator signal.</exception>
    public double? Get(LadderSignal indicator) => RequireIndicator(indicator, nameof(indicator)) switch
    {
        LadderSignal.DealsLostOnPrice => _dealsLostOnPrice,
        LadderSignal.DiscountDemanded => _discountDemanded,
        LadderSignal.ShareOfWallet => _shareOfWallet,
        LadderSignal.TenureYears => _tenureYears,
        LadderSignal.Retention => _retention,
        _ => _adviceTakenUp,
    };

    /// <summary>A copy with one indicator changed.</summary>
    /// <param name="indicator">One of the six indicator signals.</param>
    /// <param name="value">The new value, or null for not measured.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="indicator"/> is not an indicator signal, or <paramref name="value"/> is out of range.</exception>
    public LadderIndicators With(LadderSignal indicator, double? value) => RequireIndicator(indicator, nameof(indicator)) switch
    {
        _ when value is { } v && !InRange(indicator, v) => throw new ArgumentOutOfRangeException(nameof(value), value, FormattableString.Invariant($"{indicator} must be {(indicator == LadderSignal.TenureYears ? "a finite number of years, 0 or more" : "a share within 0..1")}, but is {v}.")),
        LadderSignal.DealsLostOnPrice => this with { DealsLostOnPrice = value },
        LadderSignal.DiscountDemanded => this with { DiscountDemanded = value },
        LadderSignal.ShareOfWallet => this with { ShareOfWallet = value },
        LadderSignal.TenureYears => this with { TenureYears = value },
        LadderSignal.Retention => this with { Retention = value },
        _ => this with { AdviceTakenUp = value },
    };

    internal static LadderSignal RequireIndicator(LadderSignal indicator, string parameterName)
    {
        var n = (int)indicator;
        if (n <= LadderTexts.QuestionCount || n > LadderTexts.SignalCount)
        {
            throw new ArgumentOutOfRangeException(parameterName, indicator, $"{parameterName} is {indicator}, which is not one of the six ladder indicators.");
        }

        return indicator;
    }

    /// <summary>True when <paramref name="value"/> is usable for <paramref name="indicator"/>: a share 0..1, or a tenure 0 or more, finite.</summary>
    internal static bool InRange(LadderSignal indicator, double value) =>
        indicator == LadderSignal.TenureYears ? value >= 0 && !double.IsInfinity(value) : value >= 0 && value <= 1;

    /// <summary>The first indicator whose value is out of its range, or null.</summary>
    internal LadderSignal? FirstOutOfRange()
    {
        for (var k = LadderTexts.QuestionCount + 1; k <= LadderTexts.SignalCount; k++)
        {
            if (Get((LadderSignal)k) is { } v && !InRange((LadderSignal)k, v))
            {
                return (LadderSignal)k;
            }
        }

        return null;
    }
}
