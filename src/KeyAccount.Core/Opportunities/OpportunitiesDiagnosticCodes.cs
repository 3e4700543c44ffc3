using System.Collections.Generic;

namespace KeyAccount.Core.Opportunities;

/// <summary>
/// The stable codes (prefix <c>KAO</c>) of the diagnostics of an <see cref="OpportunityPortfolio"/>
/// and of the Opportunities settings (<see cref="SelectionOptions"/>, <see cref="ScoringOptions"/>),
/// with their severities and titles.
/// </summary>
/// <remarks>
/// Codes never change meaning or severity and are never reused. Each is documented with an example
/// of the defect and its fix in <c>docs/opportunities.md</c>.
/// </remarks>
public static class OpportunitiesDiagnosticCodes
{
    /// <summary><c>KAO001</c> (error): Two opportunities share an id; reported at the later one.</summary>
    public const string DuplicateId = "KAO001";

    /// <summary><c>KAO002</c> (error): A link names an id that is not an opportunity of the portfolio.</summary>
    public const string UnknownLinkedOpportunity = "KAO002";

    /// <summary><c>KAO003</c> (error): A link joins an opportunity to itself.</summary>
    public const string SelfLink = "KAO003";

    /// <summary><c>KAO004</c> (error): A must-do names an id that is not an opportunity of the portfolio.</summary>
    public const string UnknownMustDo = "KAO004";

    /// <summary><c>KAO005</c> (warning): One opportunity both requires and excludes another, so it can never be chosen.</summary>
    public const string RequiresAndExcludes = "KAO005";

    /// <summary><c>KAO006</c> (error): An opportunity's id or title is empty.</summary>
    public const string EmptyText = "KAO006";

    /// <summary><c>KAO007</c> (error): A class, source, link kind or selection method is not one of the defined values.</summary>
    public const string UndefinedValue = "KAO007";

    /// <summary><c>KAO008</c> (error): An opportunity's benefit is negative.</summary>
    public const string NegativeBenefit = "KAO008";

    /// <summary><c>KAO009</c> (error): An opportunity's probability is outside 0 to 1.</summary>
    public const string ProbabilityOutOfRange = "KAO009";

    /// <summary><c>KAO010</c> (error): A need or a budget of time, money or personnel is negative.</summary>
    public const string NegativeAmount = "KAO010";

    /// <summary><c>KAO011</c> (error): The amounts of one resource, or the expected returns, are too large or too precise for the choice to count them exactly.</summary>
    public const string BeyondExactCounting = "KAO011";

    /// <summary><c>KAO012</c> (error): A setting is out of its range (a negative node limit or threshold, a threshold that is not a finite number).</summary>
    public const string SettingOutOfRange = "KAO012";

    private static readonly DiagnosticCatalog Catalog = new(
        "KAO",
        new DiagnosticDescriptor(DuplicateId, DiagnosticSeverity.Error, "Two opportunities share an id."),
        new DiagnosticDescriptor(UnknownLinkedOpportunity, DiagnosticSeverity.Error, "A link names an unknown opportunity."),
        new DiagnosticDescriptor(SelfLink, DiagnosticSeverity.Error, "A link joins an opportunity to itself."),
        new DiagnosticDescriptor(UnknownMustDo, DiagnosticSeverity.Error, "A must-do names an unknown opportunity."),
        new DiagnosticDescriptor(RequiresAndExcludes, DiagnosticSeverity.Warning, "An opportunity both requires and excludes another."),
        new DiagnosticDescriptor(EmptyText, DiagnosticSeverity.Error, "An opportunity's id or title is empty."),
        new DiagnosticDescriptor(UndefinedValue, DiagnosticSeverity.Error, "A value is not one of the defined names."),
        new DiagnosticDescriptor(NegativeBenefit, DiagnosticSeverity.Error, "A benefit is negative."),
        new DiagnosticDescriptor(ProbabilityOutOfRange, DiagnosticSeverity.Error, "A probability is outside 0 to 1."),
        new DiagnosticDescriptor(NegativeAmount, DiagnosticSeverity.Error, "A need or a budget is negative."),
        new DiagnosticDescriptor(BeyondExactCounting, DiagnosticSeverity.Error, "Amounts too large or too precise to count exactly."),
        new DiagnosticDescriptor(SettingOutOfRange, DiagnosticSeverity.Error, "A setting is out of its range."));

    /// <summary>Every code of the area, in code order, with its severity and title.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => Catalog.All;

    /// <summary>The descriptor of one code.</summary>
    /// <param name="code">A code of <see cref="All"/>.</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="code"/> is not a code of this area.</exception>
    public static DiagnosticDescriptor Get(string code) => Catalog.Get(code, "Opportunities");
}
