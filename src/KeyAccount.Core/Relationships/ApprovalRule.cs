using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Relationships;

/// <summary>
/// One of the client's approval rules: which people must approve a purchase, for example every
/// purchase above an amount.
/// </summary>
/// <param name="Id">The rule's id, unique among the map's rules.</param>
/// <param name="Description">The rule in words, such as "Purchases above 5,000 EUR need the owner's signature".</param>
/// <exception cref="ArgumentNullException">An argument is null.</exception>
public sealed record ApprovalRule(string Id, string Description)
{
    private readonly string _id = Require.NotNull(Id, nameof(Id));
    private readonly string _description = Require.NotNull(Description, nameof(Description));
    private readonly IReadOnlyList<string> _approvers = Array.Empty<string>();

    /// <summary>The rule's id.</summary>
    public string Id { get => _id; init => _id = Require.NotNull(value, nameof(Id)); }

    /// <summary>The rule in words.</summary>
    public string Description { get => _description; init => _description = Require.NotNull(value, nameof(Description)); }

    /// <summary>The amount above which the rule applies; null when it applies to every purchase.</summary>
    public Money? Above { get; init; }

    /// <summary>The ids of the client people who must approve (each of them; a body is listed by its members).</summary>
    /// <exception cref="ArgumentException">Set to a list with a null entry.</exception>
    public IReadOnlyList<string> Approvers { get => _approvers; init => _approvers = Require.Items(value, nameof(Approvers)); }
}
