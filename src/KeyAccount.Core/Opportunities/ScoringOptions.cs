using System.Collections.Generic;
using Codes = KeyAccount.Core.Opportunities.OpportunitiesDiagnosticCodes;

namespace KeyAccount.Core.Opportunities;

/// <summary>Settings of <see cref="OpportunityScoring"/>; each left null takes its default from the set being scored.</summary>
/// <remarks>
/// Every setting is optional (null: from the set). The constructor never throws;
/// <see cref="Validate"/> reports a setting out of its range (<c>KAO010</c>, <c>KAO012</c>), and
/// scoring refuses options with errors (<see cref="System.ArgumentException"/>).
/// </remarks>
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
    public ScoringOptions(ResourceAmounts? effortReference = null, decimal? valueThreshold = null, double? effortThreshold = null)
    {
        EffortReference = effortReference;
        ValueThreshold = valueThreshold;
        EffortThreshold = effortThreshold;
    }

    /// <summary>The defaults: every reference and threshold from the set being scored.</summary>
    public static ScoringOptions Default { get; } = new();

    /// <summary>The amount of each resource that counts as effort 1 (zero or more each); null for the mean need of the set.</summary>
    public ResourceAmounts? EffortReference { get; init; }

    /// <summary>The value threshold, zero or more; null for the median expected return of the set.</summary>
    public decimal? ValueThreshold { get; init; }

    /// <summary>The effort threshold, a finite number, zero or more; null for the median effort of the set.</summary>
    public double? EffortThreshold { get; init; }

    /// <summary>Checks the settings.</summary>
    /// <returns>The diagnostics, with paths relative to the options (<c>effortThreshold</c>); empty when every setting is in range.</returns>
    public IReadOnlyList<Diagnostic> Validate()
    {
        var bag = new DiagnosticBag();
        if (EffortReference is { } reference)
        {
            OpportunityPortfolioValidator.CheckAmounts(bag, reference, "effortReference", "The effort reference");
        }

        if (ValueThreshold is { } value && value < 0m)
        {
            bag.Add(Codes.Get(Codes.SettingOutOfRange), "valueThreshold", "The value threshold is {0}; it must be zero or more.", Wording.Number(value));
        }

        if (EffortThreshold is { } effort && !(effort >= 0 && !double.IsInfinity(effort)))
        {
            bag.Add(Codes.Get(Codes.SettingOutOfRange), "effortThreshold", "The effort threshold is {0}; it must be a finite number, zero or more.", Wording.Number(effort));
        }

        return bag.ToSortedList();
    }
}
