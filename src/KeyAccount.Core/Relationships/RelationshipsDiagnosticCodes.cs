using System.Collections.Generic;

namespace KeyAccount.Core.Relationships;

/// <summary>
/// The stable codes of the Relationships area: <c>KAR001</c> to <c>KAR0xx</c> are the map
/// validator's diagnostics; <c>KAR1xx</c> are the findings of the coverage and risk analysis
/// (<see cref="RelationshipFinding"/>).
/// </summary>
/// <remarks>
/// Codes never change meaning or severity and are never reused. Each is documented with an
/// example and its fix in <c>docs/relationships.md</c>.
/// </remarks>
public static class RelationshipsDiagnosticCodes
{
    /// <summary><c>KAR001</c> (error): Two entries of one list (decisions, people, team, approval rules) share an id; reported at the later one.</summary>
    public const string DuplicateId = "KAR001";

    /// <summary><c>KAR002</c> (error): An entry has an empty or blank id, so nothing can refer to it.</summary>
    public const string EmptyId = "KAR002";

    /// <summary><c>KAR003</c> (error): A reference names a person the map does not hold (reports-to, dotted line, influence link, relationship, approver).</summary>
    public const string UnknownPerson = "KAR003";

    /// <summary><c>KAR004</c> (error): A role is for a decision id the map does not hold.</summary>
    public const string UnknownDecision = "KAR004";

    /// <summary><c>KAR005</c> (error): People report to each other in a cycle (solid lines); the message names the cycle.</summary>
    public const string ReportingCycle = "KAR005";

    /// <summary><c>KAR006</c> (error): A person still there reports to someone who had left by the date of the check.</summary>
    public const string ReportsToLeaver = "KAR006";

    /// <summary><c>KAR007</c> (warning): A person who had left by the date of the check still holds roles in decisions.</summary>
    public const string RoleHeldByLeaver = "KAR007";

    /// <summary><c>KAR008</c> (error): A person is sponsor and anti-sponsor, or rising and falling star, for the same decision.</summary>
    public const string ContradictoryRoles = "KAR008";

    /// <summary><c>KAR009</c> (error): An influence link or a dotted line points from a person to the same person.</summary>
    public const string SelfLink = "KAR009";

    /// <summary><c>KAR010</c> (error): An influence strength is outside 0 to 1 (or not a number), or a relationship strength is not a step of the scale.</summary>
    public const string StrengthOutOfScale = "KAR010";

    /// <summary><c>KAR011</c> (warning): A person's hierarchy level is not below (numerically above) the level of the person they report to.</summary>
    public const string LevelInconsistent = "KAR011";

    /// <summary><c>KAR012</c> (error): A person left before joining, or a relationship's last contact is before its first.</summary>
    public const string DatesOutOfOrder = "KAR012";

    /// <summary><c>KAR013</c> (error): A kind of person or a kind of relationship is not one of the defined values.</summary>
    public const string UndefinedValue = "KAR013";

    /// <summary><c>KAR014</c> (error): Two influence links join the same two people in the same direction, or two relationships the same two people.</summary>
    public const string DuplicateLink = "KAR014";

    /// <summary><c>KAR015</c> (error): A setting of the analysis is out of its range.</summary>
    public const string InvalidSetting = "KAR015";

    /// <summary><c>KAR016</c> (error): A hierarchy level below 1, meetings per year below 0, or a negative approval amount.</summary>
    public const string InvalidNumber = "KAR016";

    /// <summary><c>KAR017</c> (error): An approval rule names no approver.</summary>
    public const string ApprovalRuleWithoutApprover = "KAR017";

    /// <summary><c>KAR101</c> (warning): Finding: a decision maker or influencer has no mirror relationship.</summary>
    public const string NoMirror = "KAR101";

    /// <summary><c>KAR102</c> (info): Finding: a decision maker's or influencer's mirror relationships pair other levels than theirs.</summary>
    public const string MirrorLevelMismatch = "KAR102";

    /// <summary><c>KAR103</c> (warning): Finding: a key person's last contact is older than the policy for their kind (or has no date).</summary>
    public const string StaleContact = "KAR103";

    /// <summary><c>KAR104</c> (info): Finding: a key person's relationships have never been assessed: their strength is unknown, not weak.</summary>
    public const string UnassessedOnly = "KAR104";

    /// <summary><c>KAR105</c> (warning): Finding: every strong relationship goes to one of their people.</summary>
    public const string SingleThreadedTheirs = "KAR105";

    /// <summary><c>KAR106</c> (warning): Finding: every strong relationship is held by one of our people.</summary>
    public const string SingleThreadedOurs = "KAR106";

    /// <summary><c>KAR107</c> (warning): Finding: an anti-sponsor influences a decision maker and no sponsor has equal or greater influence there.</summary>
    public const string AntiSponsorUnanswered = "KAR107";

    /// <summary><c>KAR108</c> (warning): Finding: the only sponsors are falling stars.</summary>
    public const string FallingStarOnlySponsor = "KAR108";

    /// <summary><c>KAR109</c> (warning): Finding: a rising star has no relationship with any of our people.</summary>
    public const string RisingStarUnknown = "KAR109";

    /// <summary><c>KAR110</c> (warning): Finding: a person (theirs or ours) who has left still carries relationships.</summary>
    public const string LeaverWithRelationships = "KAR110";

    /// <summary><c>KAR111</c> (warning): Finding: an approver of an approval rule is reached by no path (or has left).</summary>
    public const string ApproverUnreached = "KAR111";

    /// <summary><c>KAR112</c> (warning): Finding: no path leads from our people to a decision maker.</summary>
    public const string DecisionMakerUnreached = "KAR112";

    /// <summary><c>KAR113</c> (info): Finding: a decision maker is reached only through links whose strength was never assessed.</summary>
    public const string DecisionMakerReachUnknown = "KAR113";

    /// <summary><c>KAR114</c> (info): Finding: the strongest path to a decision maker is below the strong-path threshold.</summary>
    public const string DecisionMakerWeaklyReached = "KAR114";

    /// <summary><c>KAR115</c> (warning): Finding: the map names no decision maker (for the decision analysed).</summary>
    public const string NoDecisionMaker = "KAR115";

    /// <summary><c>KAR116</c> (warning): Finding: no relationship is strong: the account hangs on weak or unknown ties.</summary>
    public const string NoStrongRelationship = "KAR116";

    private static readonly DiagnosticCatalog Catalog = new(
        "KAR",
        new DiagnosticDescriptor(DuplicateId, DiagnosticSeverity.Error, "Two entries of one list (decisions, people, team, approval rules) share an id; reported at the later one."),
        new DiagnosticDescriptor(EmptyId, DiagnosticSeverity.Error, "An entry has an empty or blank id, so nothing can refer to it."),
        new DiagnosticDescriptor(UnknownPerson, DiagnosticSeverity.Error, "A reference names a person the map does not hold (reports-to, dotted line, influence link, relationship, approver)."),
        new DiagnosticDescriptor(UnknownDecision, DiagnosticSeverity.Error, "A role is for a decision id the map does not hold."),
        new DiagnosticDescriptor(ReportingCycle, DiagnosticSeverity.Error, "People report to each other in a cycle (solid lines); the message names the cycle."),
        new DiagnosticDescriptor(ReportsToLeaver, DiagnosticSeverity.Error, "A person still there reports to someone who had left by the date of the check."),
        new DiagnosticDescriptor(RoleHeldByLeaver, DiagnosticSeverity.Warning, "A person who had left by the date of the check still holds roles in decisions."),
        new DiagnosticDescriptor(ContradictoryRoles, DiagnosticSeverity.Error, "A person is sponsor and anti-sponsor, or rising and falling star, for the same decision."),
        new DiagnosticDescriptor(SelfLink, DiagnosticSeverity.Error, "An influence link or a dotted line points from a person to the same person."),
        new DiagnosticDescriptor(StrengthOutOfScale, DiagnosticSeverity.Error, "An influence strength is outside 0 to 1 (or not a number), or a relationship strength is not a step of the scale."),
        new DiagnosticDescriptor(LevelInconsistent, DiagnosticSeverity.Warning, "A person's hierarchy level is not below (numerically above) the level of the person they report to."),
        new DiagnosticDescriptor(DatesOutOfOrder, DiagnosticSeverity.Error, "A person left before joining, or a relationship's last contact is before its first."),
        new DiagnosticDescriptor(UndefinedValue, DiagnosticSeverity.Error, "A kind of person or a kind of relationship is not one of the defined values."),
        new DiagnosticDescriptor(DuplicateLink, DiagnosticSeverity.Error, "Two influence links join the same two people in the same direction, or two relationships the same two people."),
        new DiagnosticDescriptor(InvalidSetting, DiagnosticSeverity.Error, "A setting of the analysis is out of its range."),
        new DiagnosticDescriptor(InvalidNumber, DiagnosticSeverity.Error, "A hierarchy level below 1, meetings per year below 0, or a negative approval amount."),
        new DiagnosticDescriptor(ApprovalRuleWithoutApprover, DiagnosticSeverity.Error, "An approval rule names no approver."),
        new DiagnosticDescriptor(NoMirror, DiagnosticSeverity.Warning, "Finding: a decision maker or influencer has no mirror relationship."),
        new DiagnosticDescriptor(MirrorLevelMismatch, DiagnosticSeverity.Info, "Finding: a decision maker's or influencer's mirror relationships pair other levels than theirs."),
        new DiagnosticDescriptor(StaleContact, DiagnosticSeverity.Warning, "Finding: a key person's last contact is older than the policy for their kind (or has no date)."),
        new DiagnosticDescriptor(UnassessedOnly, DiagnosticSeverity.Info, "Finding: a key person's relationships have never been assessed: their strength is unknown, not weak."),
        new DiagnosticDescriptor(SingleThreadedTheirs, DiagnosticSeverity.Warning, "Finding: every strong relationship goes to one of their people."),
        new DiagnosticDescriptor(SingleThreadedOurs, DiagnosticSeverity.Warning, "Finding: every strong relationship is held by one of our people."),
        new DiagnosticDescriptor(AntiSponsorUnanswered, DiagnosticSeverity.Warning, "Finding: an anti-sponsor influences a decision maker and no sponsor has equal or greater influence there."),
        new DiagnosticDescriptor(FallingStarOnlySponsor, DiagnosticSeverity.Warning, "Finding: the only sponsors are falling stars."),
        new DiagnosticDescriptor(RisingStarUnknown, DiagnosticSeverity.Warning, "Finding: a rising star has no relationship with any of our people."),
        new DiagnosticDescriptor(LeaverWithRelationships, DiagnosticSeverity.Warning, "Finding: a person (theirs or ours) who has left still carries relationships."),
        new DiagnosticDescriptor(ApproverUnreached, DiagnosticSeverity.Warning, "Finding: an approver of an approval rule is reached by no path (or has left)."),
        new DiagnosticDescriptor(DecisionMakerUnreached, DiagnosticSeverity.Warning, "Finding: no path leads from our people to a decision maker."),
        new DiagnosticDescriptor(DecisionMakerReachUnknown, DiagnosticSeverity.Info, "Finding: a decision maker is reached only through links whose strength was never assessed."),
        new DiagnosticDescriptor(DecisionMakerWeaklyReached, DiagnosticSeverity.Info, "Finding: the strongest path to a decision maker is below the strong-path threshold."),
        new DiagnosticDescriptor(NoDecisionMaker, DiagnosticSeverity.Warning, "Finding: the map names no decision maker (for the decision analysed)."),
        new DiagnosticDescriptor(NoStrongRelationship, DiagnosticSeverity.Warning, "Finding: no relationship is strong: the account hangs on weak or unknown ties."));

    /// <summary>Every code of the area with its severity and title, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => Catalog.All;

    /// <summary>The descriptor of <paramref name="code"/>.</summary>
    /// <param name="code">A code of <see cref="All"/>.</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="code"/> is not a code of the area.</exception>
    public static DiagnosticDescriptor Get(string code) => Catalog.Get(code, "the Relationships area");
}
