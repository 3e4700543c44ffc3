using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Accounts;

/// <summary>
/// How an account is judged as of a date: how old each section of the account may be before it is
/// stale (the method's "data update formats"), and how soon a commitment is due soon.
/// </summary>
/// <remarks>
/// Every setting is optional and has a documented default, chosen for a key account run on a
/// quarterly rhythm: the relationship map, the classification evidence, the communication
/// programme and the opportunities go stale after three months (people and numbers move within a
/// quarter); the ladder assessment after six (a perception changes more slowly, and asking the
/// client's view more often tires it); the profile after twelve (identity, ownership and strategy
/// change rarely); the plan's review after three months (on top of the plan's own review cadence,
/// which the plan validator checks). A commitment is due soon within fourteen days. Meetings with
/// each decision maker are counted over the last three months (a quarter: the rhythm of the plan's
/// review and of the client's buying committees).
/// </remarks>
public sealed record AccountSettings
{
    /// <summary>Creates settings; a setting left null takes its default.</summary>
    /// <param name="profile">The profile's maximum age; default twelve months.</param>
    /// <param name="relationshipMap">The relationship map's maximum age; default three months.</param>
    /// <param name="ladderAssessment">The ladder assessment's maximum age; default six months.</param>
    /// <param name="classificationEvidence">The classification evidence's maximum age; default three months.</param>
    /// <param name="planReview">The longest time since the plan was last reviewed; default three months.</param>
    /// <param name="communicationProgramme">The communication programme's maximum age; default three months.</param>
    /// <param name="opportunities">The opportunities' maximum age; default three months.</param>
    /// <param name="dueSoon">How far ahead an open commitment counts as due soon; default fourteen days.</param>
    /// <param name="meetingWindow">The period up to the date of the analysis over which meetings with each decision maker are counted; default three months.</param>
    public AccountSettings(
        Period? profile = null,
        Period? relationshipMap = null,
        Period? ladderAssessment = null,
        Period? classificationEvidence = null,
        Period? planReview = null,
        Period? communicationProgramme = null,
        Period? opportunities = null,
        Period? dueSoon = null,
        Period? meetingWindow = null)
    {
        Profile = profile ?? Period.FromMonths(12);
        RelationshipMap = relationshipMap ?? Period.FromMonths(3);
        LadderAssessment = ladderAssessment ?? Period.FromMonths(6);
        ClassificationEvidence = classificationEvidence ?? Period.FromMonths(3);
        PlanReview = planReview ?? Period.FromMonths(3);
        CommunicationProgramme = communicationProgramme ?? Period.FromMonths(3);
        Opportunities = opportunities ?? Period.FromMonths(3);
        DueSoon = dueSoon ?? Period.FromDays(14);
        MeetingWindow = meetingWindow ?? Period.FromMonths(3);
    }

    /// <summary>The documented defaults.</summary>
    public static AccountSettings Default { get; } = new();

    /// <summary>The profile's maximum age.</summary>
    public Period Profile { get; }

    /// <summary>The relationship map's maximum age.</summary>
    public Period RelationshipMap { get; }

    /// <summary>The ladder assessment's maximum age.</summary>
    public Period LadderAssessment { get; }

    /// <summary>The classification evidence's maximum age.</summary>
    public Period ClassificationEvidence { get; }

    /// <summary>The longest time since the plan's last review.</summary>
    public Period PlanReview { get; }

    /// <summary>The communication programme's maximum age.</summary>
    public Period CommunicationProgramme { get; }

    /// <summary>The opportunities' maximum age.</summary>
    public Period Opportunities { get; }

    /// <summary>How far ahead an open commitment counts as due soon.</summary>
    public Period DueSoon { get; }

    /// <summary>The period, ending on the date of the analysis, over which meetings with each decision maker are counted.</summary>
    public Period MeetingWindow { get; }

    /// <summary>The maximum age of <paramref name="section"/>.</summary>
    /// <param name="section">A section.</param>
    /// <returns>Its maximum age.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="section"/> is not defined.</exception>
    public Period MaxAge(AccountSection section) => section switch
    {
        AccountSection.Profile => Profile,
        AccountSection.RelationshipMap => RelationshipMap,
        AccountSection.LadderAssessment => LadderAssessment,
        AccountSection.ClassificationEvidence => ClassificationEvidence,
        AccountSection.PlanReview => PlanReview,
        AccountSection.CommunicationProgramme => CommunicationProgramme,
        AccountSection.Opportunities => Opportunities,
        _ => throw new System.ArgumentOutOfRangeException(nameof(section), section, "Not a section of the account."),
    };

    /// <summary>Checks the settings: every age a positive period of whole days, weeks, months or years.</summary>
    /// <returns>The diagnostics (<c>KAA020</c>), paths relative to the settings object; empty when the settings are usable.</returns>
    public IReadOnlyList<Diagnostic> Validate()
    {
        var bag = new DiagnosticBag();
        Check(bag, "profile", Profile);
        Check(bag, "relationshipMap", RelationshipMap);
        Check(bag, "ladderAssessment", LadderAssessment);
        Check(bag, "classificationEvidence", ClassificationEvidence);
        Check(bag, "planReview", PlanReview);
        Check(bag, "communicationProgramme", CommunicationProgramme);
        Check(bag, "opportunities", Opportunities);
        Check(bag, "dueSoon", DueSoon);
        Check(bag, "meetingWindow", MeetingWindow);
        return bag.ToSortedList();
    }

    private static void Check(DiagnosticBag bag, string path, Period period)
    {
        if (period.HasTimeComponent || period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0 || period.Equals(Period.Zero))
        {
            bag.Add(AccountsDiagnosticCodes.Descriptors.InvalidSetting, path, "The setting is {0}; it must be a positive period of whole days, weeks, months or years, such as P3M.", Wording.Period(period));
        }
    }
}
