using System.Collections.Generic;

namespace KeyAccount.Core.Classification;

/// <summary>The answer to a <see cref="ClassificationPortfolioDocument"/>: its diagnostics, the classification and the departments' comparison.</summary>
/// <param name="Diagnostics">The document's diagnostics (see <see cref="ClassificationPortfolioDocument.Validate"/>).</param>
/// <param name="Classification">The classification; null when the document has errors.</param>
/// <param name="Departments">The departments' lists compared with each other and with the classification; null when the document has no lists or has errors.</param>
public sealed record ClassificationReport(
    IReadOnlyList<Diagnostic> Diagnostics,
    PortfolioClassification? Classification = null,
    DepartmentComparison? Departments = null);
