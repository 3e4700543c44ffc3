using System.Text.Json;
using System.Text.Json.Serialization;

namespace KeyAccount.Core.Json;

/// <summary>
/// The source-generated JSON metadata for every library type that travels as JSON.
/// </summary>
/// <remarks>
/// Every type that travels as JSON is registered here, in the block of its area (the source
/// generator accepts the attributes on one declaration only, so they cannot live in the areas'
/// folders). The serializer settings live here and nowhere else; callers reach them through
/// <see cref="KeyAccountJson.Options"/>.
/// </remarks>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.General,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DictionaryKeyPolicy = JsonKnownNamingPolicy.Unspecified,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    WriteIndented = true)]
// ---- Building blocks ----
[JsonSerializable(typeof(ClientId))]
[JsonSerializable(typeof(Currency))]
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(Diagnostic))]
[JsonSerializable(typeof(System.Collections.Generic.IReadOnlyList<Diagnostic>))]
[JsonSerializable(typeof(NodaTime.LocalDate))]
[JsonSerializable(typeof(NodaTime.DateInterval))]
[JsonSerializable(typeof(NodaTime.Instant))]
[JsonSerializable(typeof(NodaTime.Period))]
[JsonSerializable(typeof(NodaTime.Duration))]

// ---- Pareto ----
// (register Pareto JSON types below this line, one attribute per type)
[JsonSerializable(typeof(KeyAccount.Core.Pareto.ParetoSummary))]
[JsonSerializable(typeof(KeyAccount.Core.Pareto.VitalFew))]
[JsonSerializable(typeof(KeyAccount.Core.Pareto.TopShare))]
[JsonSerializable(typeof(KeyAccount.Core.Pareto.Concentration))]
[JsonSerializable(typeof(KeyAccount.Core.Pareto.AbcClasses))]
[JsonSerializable(typeof(KeyAccount.Core.Pareto.WhaleCurve))]
[JsonSerializable(typeof(System.Collections.Generic.IReadOnlyList<KeyAccount.Core.Pareto.CurvePoint>))]



// ---- Classification ----
// (register Classification JSON types below this line, one attribute per type)
[JsonSerializable(typeof(KeyAccount.Core.Classification.ClassificationPortfolioDocument))]
[JsonSerializable(typeof(KeyAccount.Core.Classification.ClassificationReport))]
[JsonSerializable(typeof(KeyAccount.Core.Classification.PortfolioClassification))]
[JsonSerializable(typeof(KeyAccount.Core.Classification.ClientClassification))]
[JsonSerializable(typeof(KeyAccount.Core.Classification.ClientEvidence))]
[JsonSerializable(typeof(KeyAccount.Core.Classification.ClassificationPolicy))]
[JsonSerializable(typeof(KeyAccount.Core.Classification.ClassificationSnapshot))]
[JsonSerializable(typeof(KeyAccount.Core.Classification.DepartmentList))]
[JsonSerializable(typeof(KeyAccount.Core.Classification.DepartmentComparison))]
[JsonSerializable(typeof(KeyAccount.Core.Classification.TierChange))]
[JsonSerializable(typeof(System.Collections.Generic.IReadOnlyList<KeyAccount.Core.Classification.ClassificationSnapshot>))]
[JsonSerializable(typeof(System.Collections.Generic.IReadOnlyList<KeyAccount.Core.Classification.DepartmentList>))]



// ---- Ladder ----
// (register Ladder JSON types below this line, one attribute per type)
[JsonSerializable(typeof(KeyAccount.Core.Ladder.LadderAssessmentSet))]
[JsonSerializable(typeof(KeyAccount.Core.Ladder.ClientLadderAssessment))]
[JsonSerializable(typeof(KeyAccount.Core.Ladder.CompetitorAssessment))]
[JsonSerializable(typeof(KeyAccount.Core.Ladder.LadderAnswers))]
[JsonSerializable(typeof(KeyAccount.Core.Ladder.LadderIndicators))]
[JsonSerializable(typeof(KeyAccount.Core.Ladder.LadderScoringModel))]
[JsonSerializable(typeof(KeyAccount.Core.Ladder.LadderPosition))]
[JsonSerializable(typeof(KeyAccount.Core.Ladder.LadderPerspectives))]
[JsonSerializable(typeof(KeyAccount.Core.Ladder.LadderClimb))]
[JsonSerializable(typeof(KeyAccount.Core.Ladder.LadderPortfolio))]



// ---- Opportunities ----
// (register Opportunities JSON types below this line, one attribute per type)
[JsonSerializable(typeof(KeyAccount.Core.Opportunities.OpportunityPortfolio))]
[JsonSerializable(typeof(KeyAccount.Core.Opportunities.OpportunitySelection))]
[JsonSerializable(typeof(KeyAccount.Core.Opportunities.OpportunityScoreReport))]
[JsonSerializable(typeof(KeyAccount.Core.Opportunities.OpportunitySummary))]
[JsonSerializable(typeof(System.Collections.Generic.IReadOnlyList<KeyAccount.Core.Opportunities.ResourceSensitivity>))]



// ---- Planning ----
// (register Planning JSON types below this line, one attribute per type)
[JsonSerializable(typeof(KeyAccount.Core.Planning.AccountPlan))]
[JsonSerializable(typeof(KeyAccount.Core.Planning.ScheduleAnalysis))]
[JsonSerializable(typeof(KeyAccount.Core.Planning.PlanDiff))]
[JsonSerializable(typeof(KeyAccount.Core.Planning.PlanReviewRecord))]
[JsonSerializable(typeof(KeyAccount.Core.Planning.PlanReviewSummary))]



// ---- Accounts ----
// (register Accounts JSON types below this line, one attribute per type)
[JsonSerializable(typeof(KeyAccount.Core.Accounts.AccountDocument))]
[JsonSerializable(typeof(KeyAccount.Core.Accounts.AccountState))]
[JsonSerializable(typeof(KeyAccount.Core.Accounts.AccountSettings))]
[JsonSerializable(typeof(KeyAccount.Core.Accounts.AccountReviewResult))]
[JsonSerializable(typeof(KeyAccount.Core.Accounts.InternalCommunicationSettings))]
[JsonSerializable(typeof(KeyAccount.Core.Accounts.InternalCommunicationReport))]



// ---- Health ----
// (register Health JSON types below this line, one attribute per type)
[JsonSerializable(typeof(KeyAccount.Core.Health.HealthSettings))]
[JsonSerializable(typeof(KeyAccount.Core.Health.AccountHealth))]
[JsonSerializable(typeof(KeyAccount.Core.Health.HealthChange))]
[JsonSerializable(typeof(KeyAccount.Core.Health.PortfolioHealth))]

// ---- Review ----
// (register Review JSON types below this line, one attribute per type)
[JsonSerializable(typeof(KeyAccount.Core.Review.PortfolioDocument))]
[JsonSerializable(typeof(KeyAccount.Core.Review.PortfolioReviewResult))]
[JsonSerializable(typeof(KeyAccount.Core.Review.ReviewSection))]
// ---- Relationships ----
// (register Relationships JSON types below this line, one attribute per type)
[JsonSerializable(typeof(KeyAccount.Core.Relationships.RelationshipMap))]
[JsonSerializable(typeof(KeyAccount.Core.Relationships.RelationshipSettings))]
[JsonSerializable(typeof(KeyAccount.Core.Relationships.RelationshipAnalysis))]
[JsonSerializable(typeof(KeyAccount.Core.Relationships.MapChanges))]



// ---- Communications ----
// (register Communications JSON types below this line, one attribute per type)
[JsonSerializable(typeof(KeyAccount.Core.Communications.CommunicationProgramme))]
[JsonSerializable(typeof(KeyAccount.Core.Communications.AudienceDirectory))]
[JsonSerializable(typeof(KeyAccount.Core.Communications.CommunicationSettings))]
[JsonSerializable(typeof(KeyAccount.Core.Communications.SuitabilityMatrix))]
[JsonSerializable(typeof(KeyAccount.Core.Communications.CommunicationReport))]
[JsonSerializable(typeof(KeyAccount.Core.Communications.ProgrammeOccurrence))]
[JsonSerializable(typeof(System.Collections.Generic.IReadOnlyList<KeyAccount.Core.Communications.ProgrammeOccurrence>))]
// ---- Negotiation ----
// (register Negotiation JSON types below this line, one attribute per type)
[JsonSerializable(typeof(KeyAccount.Core.Negotiation.NegotiationPlan))]
[JsonSerializable(typeof(KeyAccount.Core.Negotiation.NegotiationAnalysis))]
[JsonSerializable(typeof(KeyAccount.Core.Negotiation.NegotiationSettings))]
[JsonSerializable(typeof(KeyAccount.Core.Negotiation.Offer))]
[JsonSerializable(typeof(KeyAccount.Core.Negotiation.OfferEvaluation))]
[JsonSerializable(typeof(KeyAccount.Core.Negotiation.OfferRules))]



// ---- Portfolio ----
// (register Portfolio JSON types below this line, one attribute per type)


internal sealed partial class KeyAccountJsonContext : JsonSerializerContext;
