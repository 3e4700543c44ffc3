using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Json;

/// <summary>
/// The register of every top-level document type with its format version and upgraders. A new
/// document type is added here (one line) and gets the version check, the refusal of newer
/// versions and the upgrade of older ones wherever it is read through <see cref="KeyAccountJson"/>
/// or <see cref="KeyAccountJson.Options"/>.
/// </summary>
/// <remarks>
/// When a release changes a document incompatibly: raise the type's <c>CurrentFormatVersion</c>,
/// add the upgrader from the previous version here (in the area's folder, as an internal static
/// method), keep a test document of every older version under
/// <c>tests/KeyAccount.Core.Tests/Json/Versions/</c>, and add a row to the version table of
/// <c>docs/architecture.md</c>.
/// </remarks>
internal static class DocumentVersions
{
    /// <summary>Every document type, by type.</summary>
    public static IReadOnlyDictionary<Type, DocumentVersioning> All { get; } = Build(
        DocumentVersioning.Unchanged<Classification.ClassificationPortfolioDocument>(),
        DocumentVersioning.Unchanged<Ladder.LadderAssessmentSet>(),
        DocumentVersioning.Unchanged<Opportunities.OpportunityPortfolio>(),
        DocumentVersioning.Unchanged<Planning.AccountPlan>(),
        DocumentVersioning.Unchanged<Planning.PlanReviewRecord>(),
        DocumentVersioning.Of<Accounts.AccountDocument>(Accounts.AccountDocument.CurrentFormatVersion, Accounts.AccountDocumentUpgrades.FromVersion1),
        DocumentVersioning.Unchanged<Pareto.ParetoSummary>(),
        DocumentVersioning.Of<Review.PortfolioDocument>(Review.PortfolioDocument.CurrentFormatVersion, Review.PortfolioDocumentUpgrades.FromVersion1),
        DocumentVersioning.Unchanged<Relationships.RelationshipMap>(),
        DocumentVersioning.Unchanged<Communications.CommunicationProgramme>(),
        DocumentVersioning.Unchanged<Communications.AudienceDirectory>(),
        DocumentVersioning.Unchanged<Negotiation.NegotiationPlan>(),
        DocumentVersioning.Unchanged<Negotiation.Offer>());

    private static Dictionary<Type, DocumentVersioning> Build(params DocumentVersioning[] versionings)
    {
        var all = new Dictionary<Type, DocumentVersioning>();
        foreach (var versioning in versionings)
        {
            all.Add(versioning.DocumentType, versioning);
        }

        return all;
    }
}
