namespace KeyAccount.Core.Relationships;

/// <summary>One change between two maps of a client.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="Subject">The id of the person, or <c>ours -&gt; theirs</c> for a relationship, <c>from -&gt; to</c> for an influence link.</param>
/// <param name="Explanation">The change in words, with the values before and after.</param>
public sealed record MapChange(MapChangeKind Kind, string Subject, string Explanation);
