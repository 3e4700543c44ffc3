namespace KeyAccount.Core.Relationships;

/// <summary>A decision of the client that roles may be specific to, such as an opportunity or a plan goal of the other areas, by id.</summary>
/// <param name="Id">The decision's id (for example the opportunity's or the plan goal's id), unique among the map's decisions.</param>
/// <param name="Title">What is being decided.</param>
/// <exception cref="System.ArgumentNullException">An argument is null.</exception>
public sealed record Decision(string Id, string Title)
{
    private readonly string _id = Require.NotNull(Id, nameof(Id));
    private readonly string _title = Require.NotNull(Title, nameof(Title));

    /// <summary>The decision's id.</summary>
    public string Id { get => _id; init => _id = Require.NotNull(value, nameof(Id)); }

    /// <summary>What is being decided.</summary>
    public string Title { get => _title; init => _title = Require.NotNull(value, nameof(Title)); }
}
