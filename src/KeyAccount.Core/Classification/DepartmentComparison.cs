using System.Collections.Generic;

namespace KeyAccount.Core.Classification;

/// <summary>
/// The departments' key-client lists compared with each other and with the classification by
/// evidence: the discussion starter of the method's preparatory exercise (DOMAIN.md, section 1).
/// </summary>
/// <remarks>
/// <para>
/// <b>Fleiss' kappa</b> is computed over the union of named clients (a client nobody named carries
/// no information about agreement on who is key, and counting the whole portfolio would inflate the
/// agreement with its size). Each named client is a subject, each department a rater, the two
/// categories "named" and "not named". With m departments, N named clients and n_i the number of
/// departments naming client i:
/// P_i = (n_i(n_i − 1) + (m − n_i)(m − n_i − 1)) / (m(m − 1)), P̄ = mean of P_i,
/// p = Σ n_i / (N m), P̄e = p² + (1 − p)², κ = (P̄ − P̄e) / (1 − P̄e).
/// </para>
/// <para>
/// Edge cases: with fewer than 2 departments, or no client named at all, agreement is undefined and
/// κ is null. When every department names exactly the same clients, p = 1 so P̄e = 1 and P̄ = 1: the
/// formula is 0/0; κ is reported as 1, because the observed agreement is perfect and that is the
/// only agreement there is to correct (over the union, identical lists are the only way P̄e reaches
/// 1). κ is −1 for two disjoint lists, and ranges over [−1/(m − 1), 1] in general.
/// </para>
/// </remarks>
/// <param name="Departments">The departments, in the order the lists were given.</param>
/// <param name="NamedClients">The union of named clients, ordered by id.</param>
/// <param name="Pairwise">Agreement of every pair of departments (each pair once, in the order given).</param>
/// <param name="Consensus">Clients named by more than half of the departments, ordered by id.</param>
/// <param name="Unanimous">Clients named by every department, ordered by id.</param>
/// <param name="Disputed">Clients named by some departments but not all, ordered by id.</param>
/// <param name="NamedWithoutEvidence">Named clients the classification by evidence does not call key, ordered by id; empty when no classification was given.</param>
/// <param name="KeyNotNamed">Key clients by evidence that no department named, ordered by id; empty when no classification was given.</param>
/// <param name="Explanation">The comparison in two or three sentences.</param>
/// <param name="FleissKappa">Chance-corrected agreement over the named clients; null when undefined (see remarks).</param>
/// <param name="ObservedAgreement">P̄, 0..1; null when κ is.</param>
/// <param name="ChanceAgreement">P̄e, 0.5..1; null when κ is.</param>
public sealed record DepartmentComparison(
    IReadOnlyList<string> Departments,
    IReadOnlyList<ClientId> NamedClients,
    IReadOnlyList<DepartmentAgreement> Pairwise,
    IReadOnlyList<ClientId> Consensus,
    IReadOnlyList<ClientId> Unanimous,
    IReadOnlyList<DisputedClient> Disputed,
    IReadOnlyList<UnsupportedNomination> NamedWithoutEvidence,
    IReadOnlyList<ClientId> KeyNotNamed,
    string Explanation,
    double? FleissKappa = null,
    double? ObservedAgreement = null,
    double? ChanceAgreement = null);
