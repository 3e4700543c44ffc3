using System.Collections.Generic;

namespace KeyAccount.Core.Negotiation;

/// <summary>The settings of the negotiation analysis; every property has a documented default.</summary>
public sealed record NegotiationSettings
{
    /// <summary>The defaults.</summary>
    public static NegotiationSettings Default { get; } = new();

    /// <summary>How many packages near the balanced point to suggest; 3 by default; from 1 to 100.</summary>
    public int Suggestions { get; init; } = 3;

    /// <summary>
    /// The largest frontier (points kept after any issue) the analysis computes; 2,000,000 by
    /// default; at least 1. Past it the frontier is not computed and the result says so.
    /// </summary>
    public int MaxFrontierPoints { get; init; } = 2_000_000;

    /// <summary>The settings' diagnostics (<c>KAN080</c>), paths relative to the settings object.</summary>
    /// <returns>The diagnostics, sorted; empty for valid settings.</returns>
    public IReadOnlyList<Diagnostic> Validate()
    {
        var bag = new DiagnosticBag();
        var code = NegotiationDiagnosticCodes.Get(NegotiationDiagnosticCodes.InvalidSetting);
        if (Suggestions < 1 || Suggestions > 100)
        {
            bag.Add(code, "suggestions", "suggestions is {0}; give from 1 to 100.", Suggestions);
        }

        if (MaxFrontierPoints < 1)
        {
            bag.Add(code, "maxFrontierPoints", "maxFrontierPoints is {0}; give at least 1.", MaxFrontierPoints);
        }

        return bag.ToSortedList();
    }
}
