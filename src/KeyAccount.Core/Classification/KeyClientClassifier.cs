using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;

namespace KeyAccount.Core.Classification;

/// <summary>
/// Classifies clients as key, potential key or other over the method's four criteria
/// (DOMAIN.md, section 1), with three-valued criteria and an explanation per client.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="ClassifyPortfolio"/> is the main entry point: it computes each period's vital few from
/// all clients' profits (one sort per period of the window), then classifies every client. It is
/// built for whole client bases: arrays, no per-client LINQ, a million clients with eight periods in
/// about a second (see <c>docs/benchmarks.md</c>).
/// </para>
/// <para>
/// <see cref="Classify"/> classifies one client on its own; its vital-few membership must then be
/// supplied directly (<see cref="ClientEvidence.VitalFew"/>), since membership depends on the other
/// clients' profits. Without it the profit criterion is unknown.
/// </para>
/// </remarks>
public static class KeyClientClassifier
{
    /// <summary>Classifies one client on its own evidence.</summary>
    /// <param name="evidence">The client's evidence; vital-few membership is taken only as supplied.</param>
    /// <param name="policy">The policy; <see cref="ClassificationPolicy.Default"/> when null.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="policy"/> has errors (see <see cref="ClassificationPolicy.Validate"/>).</exception>
    public static ClientClassification Classify(ClientEvidence evidence, ClassificationPolicy? policy = null)
    {
        Guard.Against.Null(evidence, nameof(evidence));
        policy ??= ClassificationPolicy.Default;
        policy.EnsureValid(nameof(policy));
        return CriteriaEvaluator.Classify(evidence, policy, policy.RequiredMask(), evidence.PeriodCount, computed: null, stride: 0, index: 0);
    }

    /// <summary>Classifies every client of a portfolio at once.</summary>
    /// <param name="clients">The clients' evidence, in any order; ids must be distinct. All series end at the same (most recent) period.</param>
    /// <param name="policy">The policy; <see cref="ClassificationPolicy.Default"/> when null.</param>
    /// <param name="previous">The previous classification's snapshots, for <see cref="PortfolioClassification.Changes"/>; null for none.</param>
    /// <returns>The verdicts ordered by client id, the counts per tier, and the changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clients"/> or an element (named <c>clients[i]</c>) is null, or an element of <paramref name="previous"/> is.</exception>
    /// <exception cref="ArgumentException">Two clients (or two snapshots) share an id (the message names it), or <paramref name="policy"/> has errors.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A period's total profit across clients exceeds the range of <see cref="decimal"/>; the message names the period (parameter <c>clients</c>).</exception>
    public static PortfolioClassification ClassifyPortfolio(IReadOnlyList<ClientEvidence> clients, ClassificationPolicy? policy = null, IReadOnlyList<ClassificationSnapshot>? previous = null)
    {
        Guard.Against.Null(clients, nameof(clients));
        policy ??= ClassificationPolicy.Default;
        policy.EnsureValid(nameof(policy));
        var n = clients.Count;

        // Order by id once: the output order, and duplicates sit next to each other.
        var ids = new ClientId[n];
        var order = new int[n];
        var periodCount = 0;
        for (var i = 0; i < n; i++)
        {
            var evidence = ClientEvidence.NotNull(clients[i], nameof(clients), i);
            ids[i] = evidence.Client;
            order[i] = i;
            periodCount = Math.Max(periodCount, evidence.PeriodCount);
        }

        Array.Sort(ids, order);
        for (var k = 1; k < n; k++)
        {
            if (ids[k] == ids[k - 1])
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "clients[{0}] and clients[{1}] share the id '{2}'; each client must appear once.", Math.Min(order[k - 1], order[k]), Math.Max(order[k - 1], order[k]), ids[k]), nameof(clients));
            }
        }

        // Vital-few membership per window period: one sort per period.
        var window = policy.WindowPeriods;
        var computed = new sbyte[checked(window * n)];
        computed.AsSpan().Fill(CriteriaEvaluator.Unknown);
        var vitalFew = new VitalFewMembership();
        for (var w = 0; w < window; w++)
        {
            var period = periodCount - window + w;
            if (period >= 0)
            {
                try
                {
                    vitalFew.Compute(clients, period, periodCount, policy.VitalFewShare, computed, w * n);
                }
                catch (OverflowException ex)
                {
                    throw new ArgumentOutOfRangeException(
                        nameof(clients),
                        string.Format(CultureInfo.InvariantCulture, "The clients' profits of period {0} (0 is the oldest of {1}) add up beyond the range of decimal (about ±7.9e28); express them in a larger unit. {2}", period, periodCount, ex.Message));
                }
            }
        }

        var requiredMask = policy.RequiredMask();
        var verdicts = new ClientClassification[n];
        int[] counts = new int[3], resting = new int[3];
        for (var k = 0; k < n; k++)
        {
            var i = order[k];
            var verdict = CriteriaEvaluator.Classify(clients[i], policy, requiredMask, periodCount, computed, n, i);
            verdicts[k] = verdict;
            counts[(int)verdict.Tier]++;
            if (verdict.RestsOnMissingEvidence)
            {
                resting[(int)verdict.Tier]++;
            }
        }

        var tierCounts = new[]
        {
            new TierCount(ClientTier.Key, counts[(int)ClientTier.Key], resting[(int)ClientTier.Key]),
            new TierCount(ClientTier.PotentialKey, counts[(int)ClientTier.PotentialKey], resting[(int)ClientTier.PotentialKey]),
            new TierCount(ClientTier.Other, counts[(int)ClientTier.Other], resting[(int)ClientTier.Other]),
        };
        var changes = previous is null ? Array.Empty<TierChange>() : ChangeDetector.Compare(previous, verdicts, policy);
        return new PortfolioClassification(policy, periodCount, verdicts, tierCounts, changes);
    }

    /// <summary>Runs a classification document: validates it, classifies its clients and compares its departments' lists.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The diagnostics and, when the document has no errors, the classification and the comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A period's total profit across the document's clients exceeds the range of <see cref="decimal"/> (parameter <c>clients</c>; the message names the period).</exception>
    public static ClassificationReport ClassifyDocument(ClassificationPortfolioDocument document)
    {
        Guard.Against.Null(document, nameof(document));
        var diagnostics = document.Validate();
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                return new ClassificationReport(diagnostics, null, null);
            }
        }

        var classification = ClassifyPortfolio(document.Clients, document.Policy, document.Previous);
        var departments = document.Departments is { Count: > 0 } lists ? DepartmentListComparer.Compare(lists, classification) : null;
        return new ClassificationReport(diagnostics, classification, departments);
    }
}
