namespace KeyAccount.Core.Accounts;

/// <summary>One of our people on the account's team.</summary>
public sealed record AccountTeamMember
{
    /// <summary>Creates a team member.</summary>
    /// <param name="id">The member's id, unique in the team and distinct from the client's people's ids; an empty or repeated id loads and is reported.</param>
    /// <param name="name">The member's name.</param>
    /// <param name="role">The member's role; an undefined value loads and is reported.</param>
    /// <param name="function">The member's function inside our company, such as <c>finance</c> or <c>delivery</c>; internal-communication rules name functions. Optional.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="id"/> or <paramref name="name"/> is null.</exception>
    public AccountTeamMember(string id, string name, TeamRole role, string? function = null)
    {
        Id = Require.NotNull(id, nameof(id));
        Name = Require.NotNull(name, nameof(name));
        Role = role;
        Function = function;
    }

    /// <summary>The member's id.</summary>
    public string Id { get; }

    /// <summary>The member's name.</summary>
    public string Name { get; }

    /// <summary>The member's role.</summary>
    public TeamRole Role { get; }

    /// <summary>The member's function inside our company; null when not given.</summary>
    public string? Function { get; }
}
