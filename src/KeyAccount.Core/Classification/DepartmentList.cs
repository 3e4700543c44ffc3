using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;

namespace KeyAccount.Core.Classification;

/// <summary>One department's list of the clients it considers key (sales, finance, marketing, ...).</summary>
/// <remarks>The list is a set: naming a client twice counts once. The order does not matter.</remarks>
public sealed record DepartmentList
{
    /// <summary>Creates a department's list.</summary>
    /// <param name="department">The department's name, e.g. <c>sales</c>; trimmed. An empty name loads and is reported (<c>KCL020</c>).</param>
    /// <param name="clients">The clients it names as key; may be empty.</param>
    /// <exception cref="ArgumentException">A client is <c>default</c> (named <c>clients[i]</c>).</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DepartmentList(string department, IReadOnlyList<ClientId> clients)
    {
        Department = Guard.Against.Null(department, nameof(department)).Trim();
        Guard.Against.Null(clients, nameof(clients));
        var copy = new ClientId[clients.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            if (clients[i].IsDefault)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "clients[{0}] is default(ClientId), not a valid client id.", i), nameof(clients));
            }

            copy[i] = clients[i];
        }

        Clients = copy;
    }

    /// <summary>The department's name.</summary>
    public string Department { get; }

    /// <summary>The clients it names as key, as given.</summary>
    public IReadOnlyList<ClientId> Clients { get; }
}
