using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using KeyAccount.Core.Json;
using NodaTime;

namespace KeyAccount.Core.Ladder;

/// <summary>
/// A JSON document: the ladder assessments of a portfolio of clients as of one date (one
/// assessment round). Two sets, this round's and the last, give the movement on the ladder.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Validate"/> reports what is inconsistent, with stable codes:
/// <c>KAL001</c> (error) a client assessed twice; <c>KAL002</c> (error) a competitor named twice
/// for one client; <c>KAL003</c> (error) an assessment dated after the set; <c>KAL004</c>
/// (warning) nothing known about a client (all six own answers unknown, no indicator measured);
/// <c>KAL005</c> (warning) a client's view with all six answers unknown; <c>KAL006</c> (warning) a
/// competitor about whom nothing is known.
/// </para>
/// <para>
/// <see cref="LadderPositioner.Portfolio"/> refuses a set with errors (ArgumentException naming the
/// first code); warnings are carried into its result.
/// </para>
/// </remarks>
public sealed record LadderAssessmentSet : IKeyAccountDocument
{
    /// <summary>Creates a set.</summary>
    /// <param name="asOf">The date of the assessment round.</param>
    /// <param name="assessments">The assessments, one per client.</param>
    /// <param name="formatVersion">The document format version; the current one unless reading an older document.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assessments"/> or one of its items is null.</exception>
    public LadderAssessmentSet(LocalDate asOf, IReadOnlyList<ClientLadderAssessment> assessments, int formatVersion = DocumentFormat.CurrentVersion)
    {
        FormatVersion = formatVersion;
        AsOf = asOf;
        Assessments = Guard.Against.Null(assessments, nameof(assessments)).ToArray();
        for (var i = 0; i < Assessments.Count; i++)
        {
            _ = Assessments[i] ?? throw new ArgumentNullException(nameof(assessments), $"assessments[{i}] is null.");
        }
    }

    /// <inheritdoc />
    public int FormatVersion { get; }

    /// <summary>The date of the assessment round.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The assessments, one per client.</summary>
    public IReadOnlyList<ClientLadderAssessment> Assessments { get; }

    /// <summary>Checks the set for inconsistencies (codes in the remarks).</summary>
    /// <returns>The diagnostics, in document order; empty when the set is consistent.</returns>
    public IReadOnlyList<Diagnostic> Validate()
    {
        var diagnostics = new List<Diagnostic>();
        var seen = new Dictionary<ClientId, int>();
        for (var i = 0; i < Assessments.Count; i++)
        {
            var a = Assessments[i];
            var path = "assessments[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            if (seen.TryGetValue(a.Client, out var first))
            {
                diagnostics.Add(new Diagnostic("KAL001", DiagnosticSeverity.Error, path + ".client", $"Client '{a.Client}' is assessed twice (first at assessments[{first}]); keep one assessment per client."));
            }
            else
            {
                seen.Add(a.Client, i);
            }

            if (a.AsOf is { } date && date > AsOf)
            {
                diagnostics.Add(new Diagnostic("KAL003", DiagnosticSeverity.Error, path + ".asOf", $"The assessment of '{a.Client}' is dated {date:yyyy-MM-dd}, after the set's date {AsOf:yyyy-MM-dd}."));
            }

            if (a.Own.KnownCount == 0 && (a.Indicators?.KnownCount ?? 0) == 0)
            {
                diagnostics.Add(new Diagnostic("KAL004", DiagnosticSeverity.Warning, path + ".own", $"Nothing is known about '{a.Client}': all six answers are unknown and no indicator is measured; it is placed on rung 1 with confidence 0."));
            }

            if (a.ClientView is { KnownCount: 0 })
            {
                diagnostics.Add(new Diagnostic("KAL005", DiagnosticSeverity.Warning, path + ".clientView", $"The client's view of '{a.Client}' has all six answers unknown; drop it or ask the client."));
            }

            var names = a.Competitors.Count == 0 ? null : new Dictionary<string, int>(StringComparer.Ordinal);
            for (var j = 0; j < a.Competitors.Count; j++)
            {
                var c = a.Competitors[j];
                var cpath = path + ".competitors[" + j.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                if (names!.TryGetValue(c.Name, out var firstName))
                {
                    diagnostics.Add(new Diagnostic("KAL002", DiagnosticSeverity.Error, cpath + ".name", $"Competitor '{c.Name}' is assessed twice for '{a.Client}' (first at competitors[{firstName}])."));
                }
                else
                {
                    names.Add(c.Name, j);
                }

                if (c.Answers.KnownCount == 0 && (c.Indicators?.KnownCount ?? 0) == 0)
                {
                    diagnostics.Add(new Diagnostic("KAL006", DiagnosticSeverity.Warning, cpath, $"Nothing is known about competitor '{c.Name}' at '{a.Client}'; it is placed on rung 1 with confidence 0."));
                }
            }
        }

        return diagnostics;
    }
}
