using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Classification;

/// <summary>
/// What a previous classification said about one client: the input for the changes since then.
/// </summary>
/// <remarks>Take it from <see cref="ClientClassification.ToSnapshot"/> or write it by hand.</remarks>
public sealed record ClassificationSnapshot
{
    /// <summary>Creates a snapshot.</summary>
    /// <param name="client">The client.</param>
    /// <param name="tier">Its tier then.</param>
    /// <param name="metCriteria">The criteria it met then; null when not recorded (the changes then cannot say which criteria moved).</param>
    /// <exception cref="ArgumentException"><paramref name="client"/> is <c>default</c>, or <paramref name="tier"/> or a criterion is not defined.</exception>
    public ClassificationSnapshot(ClientId client, ClientTier tier, IReadOnlyList<KeyCriterion>? metCriteria = null)
    {
        if (client.IsDefault)
        {
            throw new ArgumentException("default(ClientId) is not a valid client id.", nameof(client));
        }

        if (tier is < ClientTier.Other or > ClientTier.Key)
        {
            throw new ArgumentOutOfRangeException(nameof(tier), tier, "Not a tier.");
        }

        if (metCriteria is not null)
        {
            for (var i = 0; i < metCriteria.Count; i++)
            {
                if (metCriteria[i] is < KeyCriterion.SteadyHighProfit or > KeyCriterion.MarketLeadership)
                {
                    throw new ArgumentOutOfRangeException($"metCriteria[{i}]", metCriteria[i], "Not a criterion.");
                }
            }
        }

        Client = client;
        Tier = tier;
        MetCriteria = metCriteria;
    }

    /// <summary>The client.</summary>
    public ClientId Client { get; }

    /// <summary>Its tier then.</summary>
    public ClientTier Tier { get; }

    /// <summary>The criteria it met then; null when not recorded.</summary>
    public IReadOnlyList<KeyCriterion>? MetCriteria { get; }
}
