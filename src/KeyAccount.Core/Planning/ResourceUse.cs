namespace KeyAccount.Core.Planning;

/// <summary>How much of one resource an action uses, spread evenly over the action's days.</summary>
public sealed record ResourceUse
{
    private readonly string _resource = string.Empty;

    /// <summary>Creates a use.</summary>
    /// <param name="resource">The id of the <see cref="ResourceBudget"/>; an unknown id loads and is reported (<c>KAP029</c>).</param>
    /// <param name="amount">The amount over the whole action, in the budget's unit; a negative amount loads and is reported (<c>KAP030</c>).</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="resource"/> is null.</exception>
    public ResourceUse(string resource, decimal amount)
    {
        Resource = Require.NotNull(resource, nameof(resource));
        Amount = amount;
    }

    /// <summary>The id of the resource used.</summary>
    public string Resource
    {
        get => _resource;
        init => _resource = Require.NotNull(value, nameof(Resource));
    }

    /// <summary>The amount over the whole action, in the resource's unit.</summary>
    public decimal Amount { get; init; }
}
