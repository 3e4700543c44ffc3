using KeyAccount.Core.Classification;

namespace KeyAccount.Core.Negotiation;

/// <summary>Whether an enum value read from a document is one of the defined values (netstandard2.0 has no generic <c>Enum.IsDefined</c>).</summary>
internal static class Defined
{
    public static bool Is(IssueKind value) => value is >= IssueKind.Custom and <= IssueKind.Exclusivity;

    public static bool Is(IssueDirection value) => value is IssueDirection.HigherIsBetter or IssueDirection.LowerIsBetter;

    public static bool Is(ClientTier value) => value is ClientTier.Other or ClientTier.PotentialKey or ClientTier.Key;

    public static bool Is(CostKind value) => value is CostKind.OneOff or CostKind.Recurring;

    public static bool Is(AudienceRole value) => value is >= AudienceRole.DecisionMaker and <= AudienceRole.FallingStar;
}
