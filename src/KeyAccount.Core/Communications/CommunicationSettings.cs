using System.Collections.Generic;

namespace KeyAccount.Core.Communications;

/// <summary>The settings of the communication analysis; every property has a documented default.</summary>
public sealed record CommunicationSettings
{
    private readonly SuitabilityMatrix _suitability = SuitabilityMatrix.Default;

    /// <summary>The defaults.</summary>
    public static CommunicationSettings Default { get; } = new();

    /// <summary>More items than this to one person in one week (Monday to Sunday) is an overload; 3 by default; at least 1.</summary>
    public int MaxItemsPerPersonPerWeek { get; init; } = 3;

    /// <summary>A silence toward an audience longer than this many days is reported as too long; 30 by default; at least 1.</summary>
    public int MaxSilenceDays { get; init; } = 30;

    /// <summary>Which tools suit which message types; <see cref="SuitabilityMatrix.Default"/> by default (and when set to null).</summary>
    public SuitabilityMatrix Suitability
    {
        get => _suitability;
        init => _suitability = value ?? SuitabilityMatrix.Default;
    }

    /// <summary>Checks the settings.</summary>
    /// <returns>The diagnostics (<c>KAC019</c>, <c>KAC003</c>), paths relative to the settings object, sorted.</returns>
    public IReadOnlyList<Diagnostic> Validate()
    {
        var bag = new DiagnosticBag();
        var invalid = CommunicationsDiagnosticCodes.Get(CommunicationsDiagnosticCodes.InvalidSetting);
        if (MaxItemsPerPersonPerWeek < 1)
        {
            bag.Add(invalid, "maxItemsPerPersonPerWeek", "The most items to one person in a week must be at least 1, but is {0}.", MaxItemsPerPersonPerWeek);
        }

        if (MaxSilenceDays < 1)
        {
            bag.Add(invalid, "maxSilenceDays", "The longest silence allowed must be at least 1 day, but is {0}.", MaxSilenceDays);
        }

        var seen = new HashSet<(MessageType, CommunicationTool)>();
        var undefined = CommunicationsDiagnosticCodes.Get(CommunicationsDiagnosticCodes.UndefinedValue);
        for (var i = 0; i < Suitability.Entries.Count; i++)
        {
            var entry = Suitability.Entries[i];
            var path = "suitability.entries[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            if (!EnumChecks.IsDefined(entry.Type))
            {
                bag.Add(undefined, path + ".type", "{0} is not a message type.", (int)entry.Type);
            }

            if (!EnumChecks.IsDefined(entry.Tool))
            {
                bag.Add(undefined, path + ".tool", "{0} is not a tool.", (int)entry.Tool);
            }

            if (!seen.Add((entry.Type, entry.Tool)))
            {
                bag.Add(invalid, path, "The pair {0} × {1} is judged twice; the first judgement counts.", entry.Type, entry.Tool);
            }
        }

        return bag.ToSortedList();
    }
}
