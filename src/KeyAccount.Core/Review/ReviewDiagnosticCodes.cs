using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Review;

/// <summary>
/// The stable codes of the review's own diagnostics (prefix <c>KRV</c>): the checks across areas
/// that no single area can make, and the portfolio's own defects.
/// </summary>
/// <remarks>
/// Codes never change meaning or severity and are never reused. Each is documented with an
/// example and its fix in <c>docs/review.md</c>. The areas' own diagnostics keep their areas'
/// codes; the review only prefixes their paths with the portfolio's member.
/// </remarks>
public static class ReviewDiagnosticCodes
{
    /// <summary><c>KRV001</c> (warning): The ladder level in a client's classification evidence is not the level the ladder assessment of the same client gives.</summary>
    public const string LadderLevelDisagrees = "KRV001";

    /// <summary><c>KRV002</c> (warning): A client of the ladder, the opportunities, the plan, the offer or an account is not in the classification.</summary>
    public const string ClientNotClassified = "KRV002";

    /// <summary><c>KRV003</c> (warning): The development plan is for a client the classification does not rate key.</summary>
    public const string PlanClientNotKey = "KRV003";

    /// <summary><c>KRV004</c> (warning): The ladder assessment is dated after the day of the review.</summary>
    public const string LadderAssessedAfterReview = "KRV004";

    /// <summary><c>KRV005</c> (error): The profits of one client, or of all clients, add up beyond the range of an exact amount, so the 20/80 analysis or the classification cannot run.</summary>
    public const string ProfitsOutOfRange = "KRV005";

    /// <summary><c>KRV006</c> (error): The offer names an opportunity that is not one of the portfolio's opportunities, or one of another client's.</summary>
    public const string OfferOpportunityUnknown = "KRV006";

    /// <summary><c>KRV007</c> (error): The tier the offer is checked under is not the tier the classification gives the offer's client.</summary>
    public const string OfferTierDisagrees = "KRV007";

    /// <summary><c>KRV008</c> (error): Two accounts of the portfolio are for the same client; the health section scores the first and leaves the other out.</summary>
    public const string AccountRepeated = "KRV008";

    private static readonly DiagnosticCatalog Catalog = new(
        "KRV",
        new DiagnosticDescriptor(LadderLevelDisagrees, DiagnosticSeverity.Warning, "The classification's ladder level disagrees with the ladder assessment."),
        new DiagnosticDescriptor(ClientNotClassified, DiagnosticSeverity.Warning, "A client of another area is not in the classification."),
        new DiagnosticDescriptor(PlanClientNotKey, DiagnosticSeverity.Warning, "The plan is for a client that is not a key client."),
        new DiagnosticDescriptor(LadderAssessedAfterReview, DiagnosticSeverity.Warning, "The ladder assessment is dated after the review."),
        new DiagnosticDescriptor(ProfitsOutOfRange, DiagnosticSeverity.Error, "Profits add up beyond the range of an exact amount."),
        new DiagnosticDescriptor(OfferOpportunityUnknown, DiagnosticSeverity.Error, "The offer's opportunity is not one of the portfolio's opportunities for its client."),
        new DiagnosticDescriptor(OfferTierDisagrees, DiagnosticSeverity.Error, "The offer's tier is not the tier the classification gives its client."),
        new DiagnosticDescriptor(AccountRepeated, DiagnosticSeverity.Error, "Two accounts are for the same client."));

    /// <summary>Every code of the review, in code order, with its severity and title.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => Catalog.All;

    /// <summary>The descriptor of a review code.</summary>
    /// <param name="code">A code of <see cref="All"/>.</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a review code.</exception>
    public static DiagnosticDescriptor Get(string code) => Catalog.Get(code, "the review");
}
