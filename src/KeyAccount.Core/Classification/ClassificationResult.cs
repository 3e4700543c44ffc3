namespace KeyAccount.Core.Classification;

/// <summary>What running a classification document gives beside its diagnostics: the classification and the departments' comparison.</summary>
/// <param name="Classification">Every client's verdict with its evidence, the counts per tier and the changes.</param>
/// <param name="Departments">The departments' lists compared with each other and with the classification; null when the document has no lists.</param>
public sealed record ClassificationResult(PortfolioClassification Classification, DepartmentComparison? Departments)
{
    /// <summary>The result in a sentence: how many clients are key, potential key and other.</summary>
    public string Explanation => Classification.Explanation;
}
