using System;
using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Relationships;

/// <summary>
/// A valid map as of a date in the compact form the analyses search: the client's people and ours
/// indexed in id order (so results do not depend on the order of the document), influence links
/// forward and backward in compressed rows, and relationships grouped by the client's person, with
/// their effective weights (the scale's weight, decayed when the policy says so; NaN when never
/// assessed).
/// </summary>
internal sealed class MapGraph
{
    public MapGraph(RelationshipMap map, LocalDate asOf, RelationshipSettings settings, string? decision)
    {
        Map = map;
        AsOf = asOf;
        Settings = settings;
        Decision = decision;

        Their = Sorted(map.People, p => p.Id.Trim());
        N = Their.Length;
        TheirId = new string[N];
        TheirIndex = new Dictionary<string, int>(N, StringComparer.Ordinal);
        TheirPresent = new bool[N];
        Mask = new int[N];
        for (var i = 0; i < N; i++)
        {
            var p = Their[i];
            TheirId[i] = p.Id.Trim();
            TheirIndex[TheirId[i]] = i;
            TheirPresent[i] = Present(p.Joined, p.Left, asOf);
            Mask[i] = MaskOf(p, decision, allDecisions: decision is null);
        }

        Ours = Sorted(map.Team, t => t.Id.Trim());
        M = Ours.Length;
        OurId = new string[M];
        OurIndex = new Dictionary<string, int>(M, StringComparer.Ordinal);
        OurPresent = new bool[M];
        for (var i = 0; i < M; i++)
        {
            OurId[i] = Ours[i].Id.Trim();
            OurIndex[OurId[i]] = i;
            OurPresent[i] = Present(null, Ours[i].Left, asOf);
        }

        BuildInfluences(map);
        BuildRelationships(map);
    }

    public RelationshipMap Map { get; }

    public LocalDate AsOf { get; }

    public RelationshipSettings Settings { get; }

    public string? Decision { get; }

    public int N { get; }

    public int M { get; }

    public ClientPerson[] Their { get; }

    public string[] TheirId { get; }

    public Dictionary<string, int> TheirIndex { get; }

    public bool[] TheirPresent { get; }

    /// <summary>The kinds each client person is of in the analysed scope, one bit per <see cref="StakeholderKind"/>.</summary>
    public int[] Mask { get; }

    public TeamMember[] Ours { get; }

    public string[] OurId { get; }

    public Dictionary<string, int> OurIndex { get; }

    public bool[] OurPresent { get; }

    public int[] FwdStart { get; private set; } = Array.Empty<int>();

    public int[] FwdFrom { get; private set; } = Array.Empty<int>();

    public int[] FwdTo { get; private set; } = Array.Empty<int>();

    /// <summary>The strength of each forward link; NaN when never assessed.</summary>
    public double[] FwdWeight { get; private set; } = Array.Empty<double>();

    public int[] RevStart { get; private set; } = Array.Empty<int>();

    public int[] RevFrom { get; private set; } = Array.Empty<int>();

    public double[] RevWeight { get; private set; } = Array.Empty<double>();

    /// <summary>Relationships in (client person, our person) order; <see cref="RelStart"/> gives each client person's range.</summary>
    public int[] RelStart { get; private set; } = Array.Empty<int>();

    public int[] RelOur { get; private set; } = Array.Empty<int>();

    public int[] RelTheir { get; private set; } = Array.Empty<int>();

    /// <summary>The effective weight of each relationship; NaN when never assessed.</summary>
    public double[] RelWeight { get; private set; } = Array.Empty<double>();

    public Relationship[] Rel { get; private set; } = Array.Empty<Relationship>();

    public int RelCount => Rel.Length;

    public static int Bit(StakeholderKind kind) => 1 << (int)kind;

    public bool Is(int person, StakeholderKind kind) => (Mask[person] & Bit(kind)) != 0;

    /// <summary>Whether a person with <paramref name="joined"/> and <paramref name="left"/> is part of the map on <paramref name="asOf"/>.</summary>
    public static bool Present(LocalDate? joined, LocalDate? left, LocalDate asOf) =>
        (joined is null || joined.Value <= asOf) && (left is null || left.Value > asOf);

    /// <summary>The kinds of <paramref name="person"/> for one decision (account-wide roles included), for account-wide roles only (<paramref name="decision"/> null), or for every decision.</summary>
    public static int MaskOf(ClientPerson person, string? decision, bool allDecisions)
    {
        var mask = 0;
        foreach (var role in person.Roles)
        {
            if (role.Decision is null || allDecisions || string.Equals(role.Decision.Trim(), decision, StringComparison.Ordinal))
            {
                mask |= Bit(role.Kind);
            }
        }

        return mask;
    }

    /// <summary>The weight a relationship carries on the date: the scale's weight, decayed with time since the last contact when the policy says so; NaN when never assessed.</summary>
    public static double EffectiveWeight(Relationship r, LocalDate asOf, RelationshipSettings settings)
    {
        if (r.Strength is not RelationshipStrength s)
        {
            return double.NaN;
        }

        var weight = StrengthScale.Weight(s);
        if (settings.DecayHalfLifeDays is int halfLife && r.LastContact is LocalDate last && last < asOf)
        {
            var days = Period.Between(last, asOf, PeriodUnits.Days).Days;
            weight *= Math.Pow(0.5, days / (double)halfLife);
        }

        return weight;
    }

    private static T[] Sorted<T>(IReadOnlyList<T> items, Func<T, string> key)
    {
        var array = new T[items.Count];
        var keys = new string[items.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = items[i];
            keys[i] = key(items[i]);
        }

        Array.Sort(keys, array, StringComparer.Ordinal);
        return array;
    }

    private void BuildInfluences(RelationshipMap map)
    {
        var count = map.Influences.Count;
        var from = new int[count];
        var to = new int[count];
        var weight = new double[count];
        var outDegree = new int[N + 1];
        var inDegree = new int[N + 1];
        for (var i = 0; i < count; i++)
        {
            var link = map.Influences[i];
            from[i] = TheirIndex[link.From.Trim()];
            to[i] = TheirIndex[link.To.Trim()];
            weight[i] = link.Strength ?? double.NaN;
            outDegree[from[i] + 1]++;
            inDegree[to[i] + 1]++;
        }

        for (var i = 0; i < N; i++)
        {
            outDegree[i + 1] += outDegree[i];
            inDegree[i + 1] += inDegree[i];
        }

        // Forward rows ordered by target, backward rows by source: counting sort by the other end first.
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }

        Array.Sort((int[])to.Clone(), order);
        FwdStart = (int[])outDegree.Clone();
        FwdFrom = new int[count];
        FwdTo = new int[count];
        FwdWeight = new double[count];
        var fill = (int[])outDegree.Clone();
        foreach (var i in order)
        {
            var at = fill[from[i]]++;
            FwdFrom[at] = from[i];
            FwdTo[at] = to[i];
            FwdWeight[at] = weight[i];
        }

        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }

        Array.Sort((int[])from.Clone(), order);
        RevStart = (int[])inDegree.Clone();
        RevFrom = new int[count];
        RevWeight = new double[count];
        fill = (int[])inDegree.Clone();
        foreach (var i in order)
        {
            var at = fill[to[i]]++;
            RevFrom[at] = from[i];
            RevWeight[at] = weight[i];
        }
    }

    private void BuildRelationships(RelationshipMap map)
    {
        var count = map.Relationships.Count;
        var keys = new long[count];
        var items = new Relationship[count];
        for (var i = 0; i < count; i++)
        {
            var r = map.Relationships[i];
            keys[i] = ((long)TheirIndex[r.Theirs.Trim()] << 32) | (uint)OurIndex[r.Ours.Trim()];
            items[i] = r;
        }

        Array.Sort(keys, items);
        Rel = items;
        RelOur = new int[count];
        RelTheir = new int[count];
        RelWeight = new double[count];
        RelStart = new int[N + 1];
        for (var i = 0; i < count; i++)
        {
            RelTheir[i] = (int)(keys[i] >> 32);
            RelOur[i] = (int)(keys[i] & 0xFFFFFFFF);
            RelWeight[i] = EffectiveWeight(items[i], AsOf, Settings);
            RelStart[RelTheir[i] + 1]++;
        }

        for (var i = 0; i < N; i++)
        {
            RelStart[i + 1] += RelStart[i];
        }
    }
}
