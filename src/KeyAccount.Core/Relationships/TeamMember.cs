using NodaTime;

namespace KeyAccount.Core.Relationships;

/// <summary>One of our people who holds relationships with the client.</summary>
/// <param name="Id">The person's id, unique among our people.</param>
/// <param name="Name">The person's name.</param>
/// <exception cref="System.ArgumentNullException">An argument is null.</exception>
public sealed record TeamMember(string Id, string Name)
{
    private readonly string _id = Require.NotNull(Id, nameof(Id));
    private readonly string _name = Require.NotNull(Name, nameof(Name));

    /// <summary>The person's id.</summary>
    public string Id { get => _id; init => _id = Require.NotNull(value, nameof(Id)); }

    /// <summary>The person's name.</summary>
    public string Name { get => _name; init => _name = Require.NotNull(value, nameof(Name)); }

    /// <summary>The person's role with us, such as "Key account manager"; optional.</summary>
    public string? Role { get; init; }

    /// <summary>The hierarchy level in our company on the client's scale (1 for the top); null when not known. Mirror relationships pair equal levels.</summary>
    public int? Level { get; init; }

    /// <summary>The day the person left us; null while they are with us.</summary>
    public LocalDate? Left { get; init; }
}
