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
    /// <remarks>A tier or criterion that is not defined (a number in JSON) is reported by <see cref="ClassificationValidator"/> (<c>KCL019</c>), not refused here.</remarks>
    /// <exception cref="ArgumentException"><paramref name="client"/> is <c>default</c>.</exception>
    public ClassificationSnapshot(ClientId client, ClientTier tier, IReadOnlyList<KeyCriterion>? metCriteria = null)
    {
        Client = Require.Set(client, nameof(client));
        Tier = tier;
        MetCriteria = metCriteria is null ? null : Require.Values(metCriteria);
    }

    /// <summary>The client.</summary>
    public ClientId Client { get; }

    /// <summary>Its tier then.</summary>
    public ClientTier Tier { get; }

    /// <summary>The criteria it met then; null when not recorded.</summary>
    public IReadOnlyList<KeyCriterion>? MetCriteria { get; }
}
