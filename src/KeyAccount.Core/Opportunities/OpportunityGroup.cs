using System.Collections.Generic;

namespace KeyAccount.Core.Opportunities;

/// <summary>Totals of a group of opportunities (one class, one source or one client).</summary>
/// <param name="Key">The group: the class or source name, or the client id.</param>
/// <param name="Count">How many opportunities.</param>
/// <param name="TotalBenefit">Sum of benefits, exact.</param>
/// <param name="TotalExpectedReturn">Sum of expected returns, exact.</param>
/// <param name="TotalNeeds">Sum of the needs.</param>
/// <param name="Ids">The opportunities' ids, in id order.</param>
public sealed record OpportunityGroup(string Key, int Count, decimal TotalBenefit, decimal TotalExpectedReturn, ResourceAmounts TotalNeeds, IReadOnlyList<string> Ids);
