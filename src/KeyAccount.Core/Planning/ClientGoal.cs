namespace KeyAccount.Core.Planning;

/// <summary>A goal of the client itself, which the plan's own goals must mirror (stage 1 of the method).</summary>
public sealed record ClientGoal
{
    private readonly string _id = string.Empty;
    private readonly string _description = string.Empty;

    /// <summary>Creates a client goal.</summary>
    /// <param name="id">The goal's id, unique among the plan's client goals; an empty or duplicate id loads and is reported (<c>KAP002</c>, <c>KAP001</c>).</param>
    /// <param name="description">What the client wants, in the client's words.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public ClientGoal(string id, string description)
    {
        Id = Require.NotNull(id, nameof(id));
        Description = Require.NotNull(description, nameof(description));
    }

    /// <summary>The goal's id, referred to by <see cref="PlanGoal.Mirrors"/>.</summary>
    public string Id
    {
        get => _id;
        init => _id = Require.NotNull(value, nameof(Id));
    }

    /// <summary>What the client wants.</summary>
    public string Description
    {
        get => _description;
        init => _description = Require.NotNull(value, nameof(Description));
    }
}
