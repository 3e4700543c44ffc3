using System;
using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Planning;

/// <summary>One entry of a plan's status history: the plan reached <see cref="Status"/> on <see cref="On"/>.</summary>
/// <param name="Status">The status reached. An undefined value loads and is reported by the validator (<c>KAP037</c>).</param>
/// <param name="On">The date it was reached.</param>
/// <remarks>
/// Stage 3 of the method is writing the plan down and discussing it with the client: a
/// <see cref="PlanStatus.Discussed"/> entry names who took part, the client's people in
/// <see cref="ClientParticipants"/> and ours in <see cref="OurParticipants"/>. An approved plan
/// never discussed with anyone from the client is reported (<c>KAP040</c>).
/// </remarks>
public sealed record PlanStatusChange(PlanStatus Status, LocalDate On)
{
    private readonly IReadOnlyList<string> _clientParticipants = Array.Empty<string>();
    private readonly IReadOnlyList<string> _ourParticipants = Array.Empty<string>();

    /// <summary>An optional note: who decided, what changed.</summary>
    public string? Note { get; init; }

    /// <summary>
    /// The client's people who took part, by their id in the client's relationship map where there
    /// is one, otherwise by name or role; empty by default.
    /// </summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry; the message names its position.</exception>
    public IReadOnlyList<string> ClientParticipants
    {
        get => _clientParticipants;
        init => _clientParticipants = Require.Items(value, nameof(ClientParticipants));
    }

    /// <summary>Our people who took part (the key account manager, departments); empty by default.</summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry; the message names its position.</exception>
    public IReadOnlyList<string> OurParticipants
    {
        get => _ourParticipants;
        init => _ourParticipants = Require.Items(value, nameof(OurParticipants));
    }
}
