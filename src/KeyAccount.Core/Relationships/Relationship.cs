using NodaTime;

namespace KeyAccount.Core.Relationships;

/// <summary>A relationship between one of our people and one of the client's: a mirror relationship or a contact.</summary>
/// <param name="Ours">The id of our person (<see cref="RelationshipMap.Team"/>).</param>
/// <param name="Theirs">The id of the client's person (<see cref="RelationshipMap.People"/>).</param>
/// <exception cref="System.ArgumentNullException">An argument is null.</exception>
public sealed record Relationship(string Ours, string Theirs)
{
    private readonly string _ours = Require.NotNull(Ours, nameof(Ours));
    private readonly string _theirs = Require.NotNull(Theirs, nameof(Theirs));
    private readonly RelationshipKind _kind = RelationshipKind.Contact;

    /// <summary>The id of our person.</summary>
    public string Ours { get => _ours; init => _ours = Require.NotNull(value, nameof(Ours)); }

    /// <summary>The id of the client's person.</summary>
    public string Theirs { get => _theirs; init => _theirs = Require.NotNull(value, nameof(Theirs)); }

    /// <summary>A mirror relationship or a contact; <see cref="RelationshipKind.Contact"/> by default.</summary>
    /// <remarks>Setting 0 sets <see cref="RelationshipKind.Contact"/>: the JSON reader passes 0 when the document leaves the kind out.</remarks>
    public RelationshipKind Kind { get => _kind; init => _kind = value == 0 ? RelationshipKind.Contact : value; }

    /// <summary>The strength on the documented scale; null when never assessed ("unknown", which is not "weak").</summary>
    public RelationshipStrength? Strength { get; init; }

    /// <summary>The day of the first contact; null when not known.</summary>
    public LocalDate? FirstContact { get; init; }

    /// <summary>The day of the last contact; null when not known (the contact is then never fresh).</summary>
    public LocalDate? LastContact { get; init; }

    /// <summary>How many times a year the two meet; null when not known.</summary>
    public int? MeetingsPerYear { get; init; }
}
