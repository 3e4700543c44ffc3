using System;
using System.Linq;
using System.Text.Json.Nodes;
using KeyAccount.Core.Json;
using KeyAccount.Core.Planning;

namespace KeyAccount.Core.Tests.Planning;

[Properties(Arbitrary = new[] { typeof(PlanGenerators), typeof(PlanVersionGenerators) }, MaxTest = 150)]
public class PlanComparisonPropertyTests
{
    private static string Canonical(JsonNode? node) => PlanVersionGenerators.Canonical(node);

    [Property]
    public bool A_plan_compared_with_itself_its_copy_or_its_reordered_self_has_no_change(AnyPlan any, int seed)
    {
        var copy = KeyAccountJson.Deserialize<AccountPlan>(KeyAccountJson.Serialize(any.Plan));
        var reordered = PlanVersionGenerators.Shuffle(any.Plan, new Random(seed));
        return PlanComparison.Compare(any.Plan, any.Plan).IsEmpty
            && PlanComparison.Compare(any.Plan, copy).IsEmpty
            && PlanComparison.Compare(copy, any.Plan).IsEmpty
            && PlanComparison.Compare(any.Plan, reordered).IsEmpty;
    }

    [Property]
    public bool A_valid_plan_compared_with_itself_has_no_change_and_says_so(CheckedPlan valid)
    {
        var diff = PlanComparison.Compare(valid.Plan, valid.Plan);
        return diff.IsEmpty && diff.Explanation.Contains("the same", StringComparison.Ordinal);
    }

    [Property]
    public bool Applying_the_diff_to_the_old_plan_gives_the_new_one(PlanVersions versions)
    {
        var diff = PlanComparison.Compare(versions.Old, versions.New);
        var applied = PlanComparison.Apply(versions.Old, diff);
        return PlanVersionGenerators.Canonical(applied) == PlanVersionGenerators.Canonical(versions.New)
            && PlanComparison.Compare(applied, versions.New).IsEmpty
            && diff.IsEmpty == (PlanVersionGenerators.Canonical(versions.Old) == PlanVersionGenerators.Canonical(versions.New));
    }

    [Property]
    public bool The_diff_read_back_from_its_JSON_applies_the_same(PlanVersions versions)
    {
        var diff = PlanComparison.Compare(versions.Old, versions.New);
        var read = KeyAccountJson.Deserialize<PlanDiff>(KeyAccountJson.Serialize(diff));
        return read.Changes.SequenceEqual(diff.Changes)
            && PlanVersionGenerators.Canonical(PlanComparison.Apply(versions.Old, read)) == PlanVersionGenerators.Canonical(versions.New);
    }

    [Property]
    public bool The_diff_does_not_depend_on_the_order_of_lists_whose_order_means_nothing(PlanVersions versions, int seed)
    {
        var random = new Random(seed);
        var diff = PlanComparison.Compare(versions.Old, versions.New);
        var shuffled = PlanComparison.Compare(PlanVersionGenerators.Shuffle(versions.Old, random), PlanVersionGenerators.Shuffle(versions.New, random));

        // Paths hold indices, which follow the lists' order; everything else is the same, in the same order.
        return shuffled.Changes.Select(c => c with { Path = string.Empty }).SequenceEqual(diff.Changes.Select(c => c with { Path = string.Empty }))
            && shuffled.Explanation == diff.Explanation;
    }

    [Property]
    public bool Each_change_points_at_its_value_in_the_plan_it_describes(PlanVersions versions)
    {
        var diff = PlanComparison.Compare(versions.Old, versions.New);
        var old = JsonNode.Parse(KeyAccountJson.Serialize(versions.Old))!;
        var @new = JsonNode.Parse(KeyAccountJson.Serialize(versions.New))!;
        return diff.Changes.All(c =>
        {
            var parsedOld = c.OldValue is null ? null : JsonNode.Parse(c.OldValue);
            var parsedNew = c.NewValue is null ? null : JsonNode.Parse(c.NewValue);
            return c.Kind switch
            {
                PlanChangeKind.Added => c.OldValue is null && c.Member.Length == 0 && Canonical(PlanVersionGenerators.At(@new, c.Path)) == Canonical(parsedNew),
                PlanChangeKind.Removed => c.NewValue is null && c.Member.Length == 0 && Canonical(PlanVersionGenerators.At(old, c.Path)) == Canonical(parsedOld),
                _ => Canonical(PlanVersionGenerators.At(@new, c.Path)) == Canonical(parsedNew) && c.Summary.Length > 0
                    && (c.Id is not null || c.Part == PlanPart.StatusHistory || c.Member == c.Path),
            };
        });
    }

    [Property]
    public bool The_diff_of_the_reverse_direction_swaps_added_and_removed(PlanVersions versions)
    {
        var forward = PlanComparison.Compare(versions.Old, versions.New).Changes;
        var backward = PlanComparison.Compare(versions.New, versions.Old).Changes;
        int Count(System.Collections.Generic.IReadOnlyList<PlanChange> changes, PlanChangeKind kind) => changes.Count(c => c.Kind == kind);
        return Count(forward, PlanChangeKind.Added) == Count(backward, PlanChangeKind.Removed)
            && Count(forward, PlanChangeKind.Removed) == Count(backward, PlanChangeKind.Added)
            && Count(forward, PlanChangeKind.Changed) == Count(backward, PlanChangeKind.Changed)
            && forward.Where(c => c.Kind == PlanChangeKind.Changed).Select(c => (c.Id, c.Member, c.OldValue)).OrderBy(x => x.ToString(), StringComparer.Ordinal)
                .SequenceEqual(backward.Where(c => c.Kind == PlanChangeKind.Changed).Select(c => (c.Id, c.Member, OldValue: c.NewValue)).OrderBy(x => x.ToString(), StringComparer.Ordinal));
    }
}
