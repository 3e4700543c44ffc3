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
/// method), keep a test document of every version under the area's
/// <c>tests/KeyAccount.Core.Tests/&lt;Area&gt;/Versions/</c>, and change the type's rows in the
/// version tables of <c>docs/architecture.md</c>.
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
        DocumentVersioning.Of<Accounts.AccountDocument>(Accounts.AccountDocument.CurrentFormatVersion, Accounts.AccountDocumentUpgrades.FromVersion1, Accounts.AccountDocumentUpgrades.FromVersion2),
        DocumentVersioning.Unchanged<Pareto.ParetoSummary>(),
        DocumentVersioning.Of<Review.PortfolioDocument>(Review.PortfolioDocument.CurrentFormatVersion, Review.PortfolioDocumentUpgrades.FromVersion1),
        DocumentVersioning.Unchanged<Relationships.RelationshipMap>(),
        DocumentVersioning.Unchanged<Communications.CommunicationProgramme>(),
        DocumentVersioning.Unchanged<Communications.AudienceDirectory>(),
        DocumentVersioning.Unchanged<Negotiation.NegotiationPlan>(),
        DocumentVersioning.Unchanged<Negotiation.Offer>(),
        DocumentVersioning.Unchanged<Negotiation.OfferRules>());

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
