namespace KeyAccount.Core.Planning;

/// <summary>
/// The budget of one resource of the plan: how much of it the plan may use in all, and optionally
/// in any one calendar month.
/// </summary>
/// <remarks>
/// Amounts are in <see cref="Unit"/> (person-days, hours, a currency code). Negative amounts load
/// and are reported (<c>KAP030</c>).
/// </remarks>
public sealed record ResourceBudget
{
    private readonly string _id = string.Empty;
    private readonly string _unit = string.Empty;

    /// <summary>Creates a budget.</summary>
    /// <param name="id">The resource's id, unique among the plan's resources.</param>
    /// <param name="kind">Personnel, time or finance. An undefined value loads and is reported (<c>KAP037</c>).</param>
    /// <param name="unit">The unit of the amounts, for example "person-days", "hours" or "EUR".</param>
    /// <param name="total">The most the plan may use over its whole period.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="id"/> or <paramref name="unit"/> is null.</exception>
    public ResourceBudget(string id, ResourceKind kind, string unit, decimal total)
    {
        Id = Require.NotNull(id, nameof(id));
        Kind = kind;
        Unit = Require.NotNull(unit, nameof(unit));
        Total = total;
    }

    /// <summary>The resource's id, referred to by <see cref="ResourceUse.Resource"/>.</summary>
    public string Id
    {
        get => _id;
        init => _id = Require.NotNull(value, nameof(Id));
    }

    /// <summary>Personnel, time or finance.</summary>
    public ResourceKind Kind { get; init; }

    /// <summary>The unit of the amounts.</summary>
    public string Unit
    {
        get => _unit;
        init => _unit = Require.NotNull(value, nameof(Unit));
    }

    /// <summary>The most the plan may use over its whole period.</summary>
    public decimal Total { get; init; }

    /// <summary>The most the plan may use in any one calendar month; null for no monthly limit.</summary>
    public decimal? PerMonth { get; init; }
}
