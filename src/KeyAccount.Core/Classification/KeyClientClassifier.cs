using System;
using System.Collections.Generic;
using System.Globalization;
using KeyAccount.Core.Pareto;

namespace KeyAccount.Core.Classification;

/// <summary>
/// Classifies clients as key, potential key or other over the method's four criteria
/// (DOMAIN.md, section 1), with three-valued criteria and an explanation per client.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Run"/> runs a user's document: it validates it (<see cref="ClassificationValidator"/>)
/// and, when no error stands in the way, classifies it; it never throws for a defect in the
/// document. <see cref="ClassifyPortfolio"/> classifies clients passed directly: it computes each
/// period's vital few from all clients' profits with the Pareto area's 20/80 rule (one sort per
/// period of the window), then classifies every client. It is
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
    /// <summary>
    /// Runs a classification document: validates it and, when it has no errors, classifies its
    /// clients and compares its departments' lists. Never throws for a defect in the document.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <returns>The diagnostics (policy findings under <c>policy</c>) and, when they hold no error, the classification and the comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static DocumentRun<ClassificationResult> Run(ClassificationPortfolioDocument document)
    {
        var diagnostics = ClassificationValidator.Validate(Require.NotNull(document, nameof(document)));
        if (diagnostics.HasErrors())
        {
            return new DocumentRun<ClassificationResult>(diagnostics, null);
        }

        var classification = ClassifyValid(document.Clients, document.Policy ?? ClassificationPolicy.Default, document.Previous);
        var departments = document.Departments is { Count: > 0 } lists ? DepartmentListComparer.Compare(lists, classification) : null;
        return new DocumentRun<ClassificationResult>(diagnostics, new ClassificationResult(classification, departments));
    }

    /// <summary>Classifies one client on its own evidence.</summary>
    /// <param name="evidence">The client's evidence; vital-few membership is taken only as supplied.</param>
    /// <param name="policy">The policy; <see cref="ClassificationPolicy.Default"/> when null.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="policy"/> has errors (see <see cref="ClassificationPolicy.Validate"/>), or <paramref name="evidence"/> has (a value out of its range; the message lists the diagnostics).</exception>
    public static ClientClassification Classify(ClientEvidence evidence, ClassificationPolicy? policy = null)
    {
        Require.NotNull(evidence, nameof(evidence));
        policy ??= ClassificationPolicy.Default;
        policy.EnsureValid(nameof(policy));
        Require.Valid(ClassificationValidator.ValidateClients([evidence], policy, "evidence", periodTotals: false), nameof(evidence), "client's evidence");
        return CriteriaEvaluator.Classify(evidence, policy, policy.RequiredMask(), evidence.PeriodCount, computed: null, stride: 0, index: 0);
    }

    /// <summary>Classifies every client of a portfolio at once.</summary>
    /// <param name="clients">The clients' evidence, in any order; ids must be distinct. All series end at the same (most recent) period.</param>
    /// <param name="policy">The policy; <see cref="ClassificationPolicy.Default"/> when null.</param>
    /// <param name="previous">The previous classification's snapshots, for <see cref="PortfolioClassification.Changes"/>; null for none.</param>
    /// <returns>The verdicts ordered by client id, the counts per tier, and the changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clients"/> or an element (named <c>clients[i]</c>) is null, or an element of <paramref name="previous"/> is.</exception>
    /// <exception cref="ArgumentException">Two clients (or two snapshots) share an id (the message names it), <paramref name="policy"/> has errors, or the evidence or the snapshots have errors (a value out of its range; the message lists the diagnostics).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A period's total profit across clients exceeds the range of <see cref="decimal"/>; the message names the period (parameter <c>clients</c>).</exception>
    public static PortfolioClassification ClassifyPortfolio(IReadOnlyList<ClientEvidence> clients, ClassificationPolicy? policy = null, IReadOnlyList<ClassificationSnapshot>? previous = null)
    {
        Require.NotNull(clients, nameof(clients));
        policy ??= ClassificationPolicy.Default;
        policy.EnsureValid(nameof(policy));
        for (var i = 0; i < clients.Count; i++)
        {
            if (clients[i] is null)
            {
                throw new ArgumentNullException(string.Format(CultureInfo.InvariantCulture, "clients[{0}]", i), "A client's evidence must not be null.");
            }
        }

        RequireDistinct(clients);
        var overflow = ClassificationValidator.FirstPeriodOverflow(clients, policy.WindowPeriods);
        if (overflow >= 0)
        {
            var periodCount = 0;
            foreach (var client in clients)
            {
                periodCount = Math.Max(periodCount, client.PeriodCount);
            }

            throw new ArgumentOutOfRangeException(nameof(clients), ClassificationValidator.PeriodOverflowMessage(overflow, periodCount));
        }

        Require.Valid(ClassificationValidator.ValidateClients(clients, policy, "clients", periodTotals: false), nameof(clients), "clients' evidence");
        if (previous is not null)
        {
            for (var i = 0; i < previous.Count; i++)
            {
                if (previous[i] is null)
                {
                    throw new ArgumentNullException(string.Format(CultureInfo.InvariantCulture, "previous[{0}]", i), "A previous verdict must not be null.");
                }
            }

            Require.Valid(ClassificationValidator.ValidatePrevious(previous, "previous"), nameof(previous), "previous classification");
        }

        return ClassifyValid(clients, policy, previous);
    }

    /// <summary>Runs a classification document; superseded by <see cref="Run"/>, which returns the same figures as a <see cref="DocumentRun{TResult}"/>.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The diagnostics and, when the document has no errors, the classification and the comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <remarks>Kept for one release; <c>KeyClientClassifier.Run(document).ToReport()</c> gives the same report.</remarks>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    [Obsolete("Use KeyClientClassifier.Run(document) instead; .ToReport() on its result gives this report.")]
    public static ClassificationReport ClassifyDocument(ClassificationPortfolioDocument document) => Run(document).ToReport();

    /// <summary>The run as the report the command line and the review print (diagnostics, classification, comparison).</summary>
    /// <param name="run">A run from <see cref="Run"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="run"/> is null.</exception>
    public static ClassificationReport ToReport(this DocumentRun<ClassificationResult> run)
    {
        Require.NotNull(run, nameof(run));
        return new ClassificationReport(run.Diagnostics, run.Result?.Classification, run.Result?.Departments);
    }

    private static void RequireDistinct(IReadOnlyList<ClientEvidence> clients)
    {
        var n = clients.Count;
        var ids = new ClientId[n];
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            ids[i] = clients[i].Client;
            order[i] = i;
        }

        Array.Sort(ids, order);
        for (var k = 1; k < n; k++)
        {
            if (ids[k] == ids[k - 1])
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "clients[{0}] and clients[{1}] share the id '{2}'; each client must appear once.", Math.Min(order[k - 1], order[k]), Math.Max(order[k - 1], order[k]), ids[k]), nameof(clients));
            }
        }
    }

    /// <summary>Classifies valid clients under a valid policy.</summary>
    private static PortfolioClassification ClassifyValid(IReadOnlyList<ClientEvidence> clients, ClassificationPolicy policy, IReadOnlyList<ClassificationSnapshot>? previous)
    {
        var n = clients.Count;

        // Order by id once: the output order.
        var ids = new ClientId[n];
        var order = new int[n];
        var periodCount = 0;
        for (var i = 0; i < n; i++)
        {
            ids[i] = clients[i].Client;
            order[i] = i;
            periodCount = Math.Max(periodCount, clients[i].PeriodCount);
        }

        Array.Sort(ids, order);

        // Vital-few membership per window period: the Pareto area's 20/80 rule, one sort per period.
        var window = policy.WindowPeriods;
        var computed = new sbyte[checked(window * n)];
        computed.AsSpan().Fill(CriteriaEvaluator.Unknown);
        var mask = new VitalFewMask();
        var amounts = new decimal[n];
        var owners = new ClientId[n];
        var positions = new int[n];
        for (var w = 0; w < window; w++)
        {
            var period = periodCount - window + w;
            if (period < 0)
            {
                continue;
            }

            var count = 0;
            for (var i = 0; i < n; i++)
            {
                var profits = clients[i].ProfitArray;
                var s = period - (periodCount - profits.Length);
                if (s >= 0 && profits[s] is { } p)
                {
                    amounts[count] = p;
                    owners[count] = clients[i].Client;
                    positions[count] = (w * n) + i;
                    count++;
                }
            }

            // Valid clients: the period's totals fit in decimal (KCL009), so this does not overflow.
            mask.Mark(amounts, owners, positions, count, policy.VitalFewShare, computed);
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
}
