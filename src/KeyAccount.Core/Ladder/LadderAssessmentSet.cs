using System;
using System.Collections.Generic;
using KeyAccount.Core.Json;
using NodaTime;

namespace KeyAccount.Core.Ladder;

/// <summary>
/// A JSON document: the ladder assessments of a portfolio of clients as of one date (one
/// assessment round). Two sets, this round's and the last, give the movement on the ladder.
/// </summary>
/// <remarks>
/// A set of the right shape always loads: <see cref="LadderValidator"/> reports its defects with
/// the codes of <see cref="LadderDiagnosticCodes"/> and their paths (an answer that is not a
/// frequency, a share above 1, a client assessed twice), and <see cref="LadderPositioner.Run"/> runs
/// it without throwing. <see cref="LadderPositioner.Portfolio(LadderAssessmentSet, IEnumerable{ClientId}?, LadderAssessmentSet?, LadderScoringModel?)"/>
/// refuses a set with errors (ArgumentException listing them); warnings are carried into its result.
/// </remarks>
public sealed record LadderAssessmentSet : IKeyAccountDocument
{
    /// <summary>The format version this release writes and the newest it reads.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>Creates a set.</summary>
    /// <param name="asOf">The date of the assessment round.</param>
    /// <param name="assessments">The assessments, one per client.</param>
    /// <param name="formatVersion">The document format version; the current one unless reading an older document.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assessments"/> is null.</exception>
    /// <exception cref="ArgumentException">An assessment is null (the message names its position).</exception>
    public LadderAssessmentSet(LocalDate asOf, IReadOnlyList<ClientLadderAssessment> assessments, int formatVersion = CurrentFormatVersion)
    {
        FormatVersion = formatVersion;
        AsOf = asOf;
        Assessments = Require.Items(Require.NotNull(assessments, nameof(assessments)), nameof(assessments));
    }

    /// <inheritdoc />
    public int FormatVersion { get; }

    /// <summary>The date of the assessment round.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The assessments, one per client.</summary>
    public IReadOnlyList<ClientLadderAssessment> Assessments { get; }

    /// <summary>Checks the set: the same as <see cref="LadderValidator.Validate(LadderAssessmentSet, LadderScoringModel?)"/>, which supersedes this method.</summary>
    /// <remarks>Kept as a forwarder for one release so that existing callers compile; new code calls <see cref="LadderValidator.Validate(LadderAssessmentSet, LadderScoringModel?)"/>.</remarks>
    /// <returns>The diagnostics in the shared order; empty when the set is consistent.</returns>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    [System.Obsolete("Use LadderValidator.Validate(set) instead.")]
    public IReadOnlyList<Diagnostic> Validate() => LadderValidator.Validate(this);
}
