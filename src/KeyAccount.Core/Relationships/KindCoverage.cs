namespace KeyAccount.Core.Relationships;

/// <summary>How well the people of one kind are covered by our relationships, as of the date of the analysis.</summary>
/// <param name="Kind">The kind of person.</param>
/// <param name="People">How many people of the kind are part of the map on the date.</param>
/// <param name="WithRelationship">How many have at least one relationship with our people (assessed or not).</param>
/// <param name="WithMirror">How many have a mirror relationship.</param>
/// <param name="MirrorsAtLevel">How many have a mirror relationship with one of ours at the same level.</param>
/// <param name="WithStrong">How many have a strong relationship (<see cref="RelationshipSettings.StrongRelationship"/>).</param>
/// <param name="Fresh">How many were met within the policy's days for the kind.</param>
/// <param name="UnassessedOnly">How many have relationships none of which was ever assessed (unknown, not weak).</param>
public sealed record KindCoverage(StakeholderKind Kind, int People, int WithRelationship, int WithMirror, int MirrorsAtLevel, int WithStrong, int Fresh, int UnassessedOnly)
{
    /// <summary>The share with a mirror relationship; null when there are no people of the kind.</summary>
    public double? MirrorShare => Share(WithMirror);

    /// <summary>The share with a strong relationship; null when there are no people of the kind.</summary>
    public double? StrongShare => Share(WithStrong);

    /// <summary>The share met within the policy's days; null when there are no people of the kind.</summary>
    public double? FreshShare => Share(Fresh);

    private double? Share(int count) => People == 0 ? null : count / (double)People;
}
