using System;
using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Ladder;

/// <summary>
/// The ladder assessment of one client: your own answers, the answers as the client would give
/// them (optional), the observed indicators (optional) and competitors assessed on the same client
/// (optional).
/// </summary>
/// <remarks>
/// The source insists the client's view is the one that counts: where <see cref="ClientView"/> is
/// given, portfolio analyses use it, and <see cref="LadderPerspectives"/> shows the gap to your own
/// view. Observed indicators are facts about the relationship and count in both views.
/// </remarks>
public sealed record ClientLadderAssessment
{
    /// <summary>Creates a client assessment.</summary>
    /// <param name="client">The client.</param>
    /// <param name="own">Your own answers.</param>
    /// <param name="clientView">The answers as the client would give them, or null when not asked.</param>
    /// <param name="indicators">The observed indicators, or null.</param>
    /// <param name="competitors">Competitors assessed on the same client, or null for none.</param>
    /// <param name="asOf">The date of the assessment, or null for the date of the set it belongs to.</param>
    /// <exception cref="ArgumentException"><paramref name="client"/> is <c>default(ClientId)</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="own"/> is null.</exception>
    /// <exception cref="ArgumentException">A competitor is null (the message names its position).</exception>
    public ClientLadderAssessment(
        ClientId client,
        LadderAnswers own,
        LadderAnswers? clientView = null,
        LadderIndicators? indicators = null,
        IReadOnlyList<CompetitorAssessment>? competitors = null,
        LocalDate? asOf = null)
    {
        Client = Require.Set(client, nameof(client));
        Own = Require.NotNull(own, nameof(own));
        ClientView = clientView;
        Indicators = indicators;
        Competitors = Require.Items(competitors, nameof(competitors));
        AsOf = asOf;
    }

    /// <summary>The client.</summary>
    public ClientId Client { get; }

    /// <summary>Your own answers.</summary>
    public LadderAnswers Own { get; }

    /// <summary>The answers as the client would give them, or null when not asked.</summary>
    public LadderAnswers? ClientView { get; }

    /// <summary>The observed indicators, or null.</summary>
    public LadderIndicators? Indicators { get; }

    /// <summary>Competitors assessed on the same client; empty for none.</summary>
    public IReadOnlyList<CompetitorAssessment> Competitors { get; }

    /// <summary>The date of the assessment, or null for the date of its set.</summary>
    public LocalDate? AsOf { get; }

    /// <summary>The view that counts: the client's where given, else your own.</summary>
    internal LadderAnswers CountingView => ClientView ?? Own;
}
