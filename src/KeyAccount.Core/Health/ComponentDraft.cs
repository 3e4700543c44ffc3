using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Health;

/// <summary>A component as its formula leaves it, before the weights: scored or not (and why), its facts with their points, its summary.</summary>
internal sealed class ComponentDraft
{
    private readonly List<DraftFact> _facts = new();
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);

    public ComponentDraft(HealthComponentKind kind) => Kind = kind;

    public HealthComponentKind Kind { get; }

    public bool IsScored { get; private set; }

    /// <summary>Why the component is not scored, in a few words for the account's explanation.</summary>
    public string ShortReason { get; private set; } = string.Empty;

    /// <summary>The component's sentence: what its area found, or why it is not scored.</summary>
    public string Summary { get; private set; } = string.Empty;

    public IReadOnlyList<DraftFact> Facts => _facts;

    /// <summary>The points of all facts, unrounded.</summary>
    public decimal Points { get; private set; }

    /// <summary>100 minus the points, not below 0, in hundredths; null when not scored.</summary>
    public decimal? Score => IsScored ? HealthComponents.Round(Math.Max(0m, 100m - Points)) : null;

    /// <summary>Adds a fact; a key given twice (a defective document can repeat an id) adds its points to the first.</summary>
    public void Add(string key, decimal points, string explanation)
    {
        Points += points;
        if (_byKey.TryGetValue(key, out var at))
        {
            _facts[at] = _facts[at] with { Points = _facts[at].Points + points };
            return;
        }

        _byKey.Add(key, _facts.Count);
        _facts.Add(new DraftFact(key, points, explanation));
    }

    public ComponentDraft Scored(string summary)
    {
        IsScored = true;
        Summary = summary;
        return this;
    }

    public ComponentDraft NotScored(string shortReason, string summary)
    {
        IsScored = false;
        ShortReason = shortReason;
        Summary = summary;
        _facts.Clear();
        _byKey.Clear();
        Points = 0;
        return this;
    }
}

/// <summary>A fact of a draft: its key, its unrounded points and its sentence.</summary>
internal sealed record DraftFact(string Key, decimal Points, string Explanation);
