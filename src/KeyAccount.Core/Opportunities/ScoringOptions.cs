using System;

namespace KeyAccount.Core.Opportunities;

/// <summary>Settings of <see cref="OpportunityScoring"/>; each left null takes its default from the set being scored.</summary>
public sealed record ScoringOptions
{
    /// <summary>Creates scoring settings.</summary>
    /// <param name="effortReference">
    /// The "typical" amount of each resource that counts as effort 1 on that resource: for example
    /// the budgets. Null: the mean need of the set per resource. A zero reference leaves that
    /// resource out of the effort.
    /// </param>
    /// <param name="valueThreshold">Expected return at or above which an opportunity is high value, in the currency; null: the median of the set.</param>
    /// <param name="effortThreshold">Effort at or below which an opportunity is low effort; null: the median of the set.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="valueThreshold"/> is negative, or <paramref name="effortThreshold"/> is negative or not finite.</exception>
    public ScoringOptions(ResourceAmounts? effortReference = null, decimal? valueThreshold = null, double? effortThreshold = null)
    {
        if (valueThreshold < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(valueThreshold), valueThreshold, "The value threshold must be zero or more.");
        }

        if (effortThreshold is { } e && (double.IsNaN(e) || double.IsInfinity(e) || e < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(effortThreshold), effortThreshold, "The effort threshold must be a finite number, zero or more.");
        }

        EffortReference = effortReference;
        ValueThreshold = valueThreshold;
        EffortThreshold = effortThreshold;
    }

    /// <summary>The amount of each resource that counts as effort 1; null for the mean need of the set.</summary>
    public ResourceAmounts? EffortReference { get; }

    /// <summary>The value threshold; null for the median expected return of the set.</summary>
    public decimal? ValueThreshold { get; }

    /// <summary>The effort threshold; null for the median effort of the set.</summary>
    public double? EffortThreshold { get; }
}
