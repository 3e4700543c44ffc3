using System.Collections.Generic;

namespace KeyAccount.Core.Accounts;

/// <summary>Copies of an account document with some members replaced (the members are read-only, so <c>with</c> does not reach them).</summary>
internal static class AccountEditing
{
    public static AccountDocument With(
        AccountDocument a,
        IReadOnlyList<LifecycleChange>? lifecycle = null,
        IReadOnlyList<DiaryEntry>? diary = null,
        IReadOnlyList<SectionUpdate>? updates = null) =>
        new(
            a.Client,
            a.Profile,
            a.Team,
            lifecycle ?? a.Lifecycle,
            diary ?? a.Diary,
            updates ?? a.Updates,
            a.Settings,
            a.Evidence,
            a.Ladder,
            a.Opportunities,
            a.Plan,
            a.FormatVersion,
            a.Relationships,
            a.Communications,
            a.Negotiations,
            a.Offers,
            a.PlanReviews,
            a.InternalCommunication);
}
