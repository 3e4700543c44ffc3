using System;
using System.Linq;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Core.Tests.Planning;

/// <summary>
/// <see cref="PlanComparison.Apply"/> on a diff that does not fit: each way a change can miss the
/// plan is refused as an <see cref="ArgumentException"/> of <c>diff</c> that names the change's
/// path and kind and says why, word for word; and additions to one list are applied in the
/// order of their positions and occurrences whatever the diff's order. A diff is a document a
/// user can edit (it is JSON), so each of these is reachable. The mutation run of Planning found
/// 33 of <c>PlanPatch</c>'s mutants reached by no test.
/// </summary>
public class PlanPatchTests
{
    private static readonly LocalDate Start = new(2026, 1, 5);

    private static AccountPlan Sample() => SamplePlans.PublisherAndBookshop(Start);

    private static string Refusal(AccountPlan plan, params PlanChange[] changes)
    {
        var refused = Assert.Throws<ArgumentException>(() => PlanComparison.Apply(plan, new PlanDiff(changes, "edited")));
        Assert.Equal("diff", refused.ParamName);
        return refused.Message.Substring(0, refused.Message.Length - " (Parameter 'diff')".Length);
    }

    /// <summary>The one change from the sample to the sample edited by <paramref name="edit"/>.</summary>
    private static PlanChange Change(Func<AccountPlan, AccountPlan> edit) => Assert.Single(PlanComparison.Compare(Sample(), edit(Sample())).Changes);

    private static PlanChange OwnerOfBrief() => Change(p => p with { Actions = p.Actions.Select(a => a.Id == "brief" ? a with { Owner = "Sales" } : a).ToArray() });

    private static PlanChange NewsletterAdded() => Change(p => p with { Actions = p.Actions.Append(new PlanAction("newsletter", "A newsletter.", Start.PlusDays(200), Start.PlusDays(210)) { Serves = new[] { "handicraft-series" } }).ToArray() });

    private static PlanChange StatusAdded(int days) => Change(p => p with { StatusHistory = p.StatusHistory.Append(new PlanStatusChange(PlanStatus.Discussed, Start.PlusDays(days))).ToArray() });

    [Fact]
    public void A_change_of_an_unknown_kind_or_without_a_value_is_refused()
    {
        var owner = OwnerOfBrief();
        Assert.Equal("The change at actions[0].owner (9) does not apply to this plan: its kind is not one of added, removed, changed.", Refusal(Sample(), owner with { Kind = (PlanChangeKind)9 }));
        Assert.Equal("The change at actions[8] (added) does not apply to this plan: an item added has no new value.", Refusal(Sample(), NewsletterAdded() with { NewValue = null }));
        Assert.StartsWith("The change at actions[0].owner (changed) does not apply to this plan: its value is not JSON (", Refusal(Sample(), owner with { NewValue = "{not json" }), StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_whose_old_value_is_not_the_plans_says_what_the_plan_holds()
    {
        var owner = OwnerOfBrief();
        Assert.Equal(
            "The change at actions[0].owner (changed) does not apply to this plan: the plan holds \"Sales\" there, not the old value \"Key account manager\".",
            Refusal(Sample() with { Actions = Sample().Actions.Select(a => a.Id == "brief" ? a with { Owner = "Sales" } : a).ToArray() }, owner));
        Assert.Equal(
            "The change at actions[0].owner (changed) does not apply to this plan: the plan holds nothing there, not the old value \"Key account manager\".",
            Refusal(Sample() with { Actions = Sample().Actions.Select(a => a.Id == "brief" ? a with { Owner = null } : a).ToArray() }, owner));
    }

    [Fact]
    public void An_item_the_plan_does_not_hold_is_named_by_its_key_or_position()
    {
        var owner = OwnerOfBrief();
        Assert.Equal("The change at actions[0].owner (changed) does not apply to this plan: the plan holds no item keyed 'nope'.", Refusal(Sample(), owner with { Id = "nope" }));
        Assert.Equal("The change at actions[0].owner (changed) does not apply to this plan: the plan holds no item keyed 'brief' (occurrence 1).", Refusal(Sample(), owner with { Occurrence = 1 }));
        Assert.Equal("The change at actions[0].owner (changed) does not apply to this plan: the plan holds no item keyed 'brief'.", Refusal(Sample(), owner with { Occurrence = -1 }));

        var note = Change(p => p with { StatusHistory = p.StatusHistory.Select((h, i) => i == 1 ? h with { Note = "Written." } : h).ToArray() });
        Assert.Equal("statusHistory[1].note", note.Path);
        Assert.Equal("The change at statusHistory[7].note (changed) does not apply to this plan: the list has no entry at that position.", Refusal(Sample(), note with { Path = "statusHistory[7].note" }));
    }

    [Fact]
    public void A_path_that_is_not_an_item_of_a_list_the_plan_has_is_refused()
    {
        var added = NewsletterAdded();
        Assert.Equal("The change at title (added) does not apply to this plan: its path names no item of a list.", Refusal(Sample(), added with { Path = "title" }));
        Assert.Equal("The change at actions[0].serves[0] (added) does not apply to this plan: its path is not in a list of items matched by key or by position.", Refusal(Sample(), added with { Path = "actions[0].serves[0]" }));
        Assert.Equal("The change at actions[8] (added) does not apply to this plan: its path is not in a list of items matched by key or by position.", Refusal(Sample(), added with { Id = null }));
        Assert.Equal("The change at statusHistory[4] (added) does not apply to this plan: its path is not in a list of items matched by key or by position.", Refusal(Sample(), StatusAdded(30) with { Id = "x" }));

        var decision = Change(p => p with { Mix = p.Mix with { Place = MixElement.Of(p.Mix.Place!.Decisions[0], new MixDecision("Deliver on Saturdays.") { Serves = new[] { "small-orders" } }) } });
        Assert.Equal("The change at mix.place.decisions[1] (added) does not apply to this plan: the plan has no list 'mix.place.decisions'.", Refusal(Sample() with { Mix = Sample().Mix with { Place = null } }, decision));
    }

    [Fact]
    public void A_member_under_something_the_plan_does_not_have_is_refused()
    {
        var value = Change(p => p with { Goals = p.Goals.Select(g => g.Id == "research" ? g with { Target = g.Target! with { Value = 2m } } : g).ToArray() });
        Assert.Equal("target.value", value.Member);
        var withoutTarget = Sample() with { Goals = Sample().Goals.Select(g => g.Id == "research" ? g with { Target = null } : g).ToArray() };
        Assert.Equal("The change at goals[0].target.value (changed) does not apply to this plan: the plan has no 'target' there.", Refusal(withoutTarget, value));
        Assert.Equal("The change at goals[0].mirrors.value (changed) does not apply to this plan: the member's owner is not an object.", Refusal(Sample(), value with { Member = "mirrors.value", Path = "goals[0].mirrors.value" }));
    }

    [Fact]
    public void An_addition_that_is_already_there_or_out_of_place_is_refused_with_the_count()
    {
        var added = NewsletterAdded();
        var withNewsletter = PlanComparison.Apply(Sample(), new PlanDiff(new[] { added }, "added"));
        Assert.Equal("The change at actions[8] (added) does not apply to this plan: the plan already holds 1 item keyed 'newsletter', or the new item has another key.", Refusal(withNewsletter, added));
        Assert.Equal("The change at actions[8] (added) does not apply to this plan: the plan already holds 0 items keyed 'letter', or the new item has another key.", Refusal(Sample(), added with { Id = "letter" }));

        var status = StatusAdded(30);
        Assert.Equal("statusHistory[4]", status.Path);
        var shorter = Sample() with { StatusHistory = Sample().StatusHistory.Take(3).ToArray() };
        Assert.Equal("The change at statusHistory[4] (added) does not apply to this plan: the list holds 3 entries, so the entry cannot be added at that position.", Refusal(shorter, status));
        var single = Sample() with { StatusHistory = Sample().StatusHistory.Take(1).ToArray() };
        Assert.Equal("The change at statusHistory[4] (added) does not apply to this plan: the list holds 1 entry, so the entry cannot be added at that position.", Refusal(single, status));
    }

    [Fact]
    public void Changes_that_give_a_plan_that_does_not_load_are_refused_as_such()
    {
        var owner = OwnerOfBrief();
        var refused = Assert.Throws<ArgumentException>(() => PlanComparison.Apply(Sample(), new PlanDiff(new[] { owner with { NewValue = "[1]" } }, "edited")));
        Assert.Equal("diff", refused.ParamName);
        Assert.StartsWith("The changes give a plan that does not load: ", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Additions_to_one_list_are_applied_by_position_and_occurrence_whatever_the_diffs_order()
    {
        var old = Sample();
        var @new = old with
        {
            StatusHistory = old.StatusHistory.Append(new PlanStatusChange(PlanStatus.Discussed, Start.PlusDays(30))).Append(new PlanStatusChange(PlanStatus.Approved, Start.PlusDays(31))).ToArray(),
            Actions = old.Actions
                .Append(new PlanAction("letter", "The first letter.", Start.PlusDays(200), Start.PlusDays(201)) { Serves = new[] { "research" } })
                .Append(new PlanAction("letter", "The second letter.", Start.PlusDays(202), Start.PlusDays(203)) { Serves = new[] { "research" } })
                .ToArray(),
        };
        var diff = PlanComparison.Compare(old, @new);
        Assert.Equal(4, diff.Changes.Count);

        var reversed = new PlanDiff(diff.Changes.Reverse().ToArray(), diff.Explanation);

        Assert.True(PlanComparison.Compare(@new, PlanComparison.Apply(old, reversed)).IsEmpty);
        Assert.True(PlanComparison.Compare(@new, PlanComparison.Apply(old, diff)).IsEmpty);
    }
}
