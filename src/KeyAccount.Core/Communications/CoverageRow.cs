using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Communications;

/// <summary>One row of the <see cref="CoverageGrid"/>: a message type and subject, with its occurrences per tool.</summary>
public sealed record CoverageRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="type">The message type.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="counts">Occurrences per tool, in the order of <see cref="CoverageGrid.Tools"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    public CoverageRow(MessageType type, MessageSubject subject, IReadOnlyList<int> counts)
    {
        Type = type;
        Subject = subject;
        Counts = Require.Values(Require.NotNull(counts, nameof(counts)));
        var total = 0;
        foreach (var count in Counts)
        {
            total += count;
        }

        Total = total;
    }

    /// <summary>The message type.</summary>
    public MessageType Type { get; }

    /// <summary>The subject.</summary>
    public MessageSubject Subject { get; }

    /// <summary>Occurrences per tool, in the order of <see cref="CoverageGrid.Tools"/>.</summary>
    public IReadOnlyList<int> Counts { get; }

    /// <summary>All occurrences of the row.</summary>
    public int Total { get; }
}
