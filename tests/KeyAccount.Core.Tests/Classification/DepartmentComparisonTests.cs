using System;
using System.Linq;
using KeyAccount.Core;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Ladder;

namespace KeyAccount.Core.Tests.Classification;

[Properties(Arbitrary = new[] { typeof(ClassificationGenerators) }, MaxTest = 300)]
public class DepartmentComparisonTests
{
    private static ClientId[] Ids(params string[] ids) => ids.Select(i => new ClientId(i)).ToArray();

    private static DepartmentList[] ThreeDepartments() =>
    [
        new("sales", Ids("A", "B", "C")),
        new("finance", Ids("A", "B")),
        new("marketing", Ids("A", "D")),
    ];

    [Fact]
    public void Hand_checked_comparison_of_three_departments()
    {
        var result = DepartmentListComparer.Compare(ThreeDepartments());

        Assert.Equal(Ids("A", "B", "C", "D"), result.NamedClients);
        Assert.Equal(2.0 / 3, result.Pairwise[0].Jaccard, 12);
        Assert.Equal(("sales", "finance", 2, 1, 0), (result.Pairwise[0].First, result.Pairwise[0].Second, result.Pairwise[0].Both, result.Pairwise[0].OnlyFirst, result.Pairwise[0].OnlySecond));
        Assert.Equal(0.25, result.Pairwise[1].Jaccard, 12);
        Assert.Equal(1.0 / 3, result.Pairwise[2].Jaccard, 12);

        // n = 3, 2, 1, 1 of m = 3: P_i = 1, 1/3, 1/3, 1/3, P = 1/2; p = 7/12, Pe = 74/144; kappa = (72 - 74) / 70 = -1/35.
        Assert.Equal(0.5, result.ObservedAgreement!.Value, 12);
        Assert.Equal(74.0 / 144, result.ChanceAgreement!.Value, 12);
        Assert.Equal(-1.0 / 35, result.FleissKappa!.Value, 12);

        Assert.Equal(Ids("A", "B"), result.Consensus);
        Assert.Equal(Ids("A"), result.Unanimous);
        Assert.Equal(Ids("B", "C", "D"), result.Disputed.Select(d => d.Client));
        Assert.Equal(new[] { "sales", "finance" }, result.Disputed[0].NamedBy);
        Assert.Equal(new[] { "marketing" }, result.Disputed[0].NotNamedBy);
        Assert.Empty(result.NamedWithoutEvidence);
        Assert.Equal(
            "3 departments named 4 clients: 1 unanimous, 2 by a majority, 3 disputed. Fleiss' kappa -0.03 (worse than chance agreement).",
            result.Explanation);
    }

    [Fact]
    public void Lists_are_set_against_the_classification_by_evidence()
    {
        var clients = new[]
        {
            new ClientEvidence(new ClientId("A"), vitalFew: [true, true, true, true], ladderLevel: (LadderLevel)4, industryRank: 1),
            new ClientEvidence(new ClientId("B"), vitalFew: [false, false, false, false]),
            new ClientEvidence(new ClientId("C"), vitalFew: [true, true, true, true], ladderLevel: (LadderLevel)2, industryRank: 9),
            new ClientEvidence(new ClientId("E"), vitalFew: [true, true, true, true], surveyScore: 88, marketShare: 0.3),
        };
        var classification = KeyClientClassifier.ClassifyPortfolio(clients);
        var result = DepartmentListComparer.Compare(ThreeDepartments(), classification);

        Assert.Equal(Ids("B", "C", "D"), result.NamedWithoutEvidence.Select(n => n.Client));
        Assert.Equal(ClientTier.Other, result.NamedWithoutEvidence[0].Tier);
        Assert.StartsWith("Other: meets 0 of 4 criteria", result.NamedWithoutEvidence[0].Reason, StringComparison.Ordinal);
        Assert.Null(result.NamedWithoutEvidence[2].Tier);
        Assert.Equal(new[] { "marketing" }, result.NamedWithoutEvidence[2].NamedBy);
        Assert.Equal(Ids("E"), result.KeyNotNamed);
        Assert.EndsWith("The evidence does not support 3 named clients as key; 1 key client by evidence was named by no department.", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Edge_cases_of_kappa_are_documented_answers()
    {
        Assert.Null(DepartmentListComparer.Compare([]).FleissKappa);
        Assert.Null(DepartmentListComparer.Compare([new DepartmentList("sales", Ids("A"))]).FleissKappa);
        Assert.Null(DepartmentListComparer.Compare([new DepartmentList("sales", []), new DepartmentList("finance", [])]).FleissKappa);
        Assert.Equal(1.0, DepartmentListComparer.Compare([new DepartmentList("sales", []), new DepartmentList("finance", [])]).Pairwise[0].Jaccard);
        Assert.Equal(1.0, DepartmentListComparer.Compare([new DepartmentList("sales", Ids("A", "B")), new DepartmentList("finance", Ids("B", "A", "A"))]).FleissKappa);
        Assert.Equal(-1.0, DepartmentListComparer.Compare([new DepartmentList("sales", Ids("A")), new DepartmentList("finance", Ids("B"))]).FleissKappa);
    }

    [Fact]
    public void Repeated_department_names_are_a_programmer_mistake()
    {
        var ex = Assert.Throws<ArgumentException>(() => DepartmentListComparer.Compare([new DepartmentList("sales", Ids("A")), new DepartmentList(" sales ", Ids("B"))]));
        Assert.Equal("lists", ex.ParamName);
        Assert.Contains("lists[1] repeats the department 'sales'", ex.Message, StringComparison.Ordinal);
        var unnamed = Assert.Throws<ArgumentException>(() => DepartmentListComparer.Compare([new DepartmentList(" ", Ids("A"))]));
        Assert.Contains("lists[0] has no department name", unnamed.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new DepartmentList("sales", [default]));
    }

    [Property]
    public bool Comparing_a_list_with_itself_gives_full_agreement(DepartmentList[] lists)
    {
        if (lists.Length == 0)
        {
            return true;
        }

        var list = lists[0];
        var result = DepartmentListComparer.Compare([list, new DepartmentList("copy", list.Clients.Reverse().ToArray())]);
        var set = list.Clients.Distinct().OrderBy(c => c.Value, StringComparer.Ordinal).ToArray();
        return result.Pairwise.Single().Jaccard == 1.0
            && (set.Length == 0 ? result.FleissKappa is null : result.FleissKappa == 1.0)
            && result.Consensus.SequenceEqual(set) && result.Unanimous.SequenceEqual(set) && result.Disputed.Count == 0;
    }

    [Property]
    public bool Consensus_of_identical_lists_is_that_list(DepartmentList[] lists, PositiveInt copies)
    {
        if (lists.Length == 0)
        {
            return true;
        }

        var identical = Enumerable.Range(0, 1 + (copies.Get % 5)).Select(i => new DepartmentList("d" + i, lists[0].Clients)).ToArray();
        var set = lists[0].Clients.Distinct().OrderBy(c => c.Value, StringComparer.Ordinal);
        return DepartmentListComparer.Compare(identical).Consensus.SequenceEqual(set);
    }

    [Property]
    public bool Agreement_is_symmetric_and_independent_of_list_order(DepartmentList[] lists)
    {
        var forward = DepartmentListComparer.Compare(lists);
        var backward = DepartmentListComparer.Compare(lists.Reverse().ToArray());
        var jaccardSymmetric = forward.Pairwise.All(p => backward.Pairwise.Single(q => q.First == p.Second && q.Second == p.First) is var q
            && q.Jaccard == p.Jaccard && q.Both == p.Both && q.OnlyFirst == p.OnlySecond);
        var kappaSame = forward.FleissKappa is null ? backward.FleissKappa is null : Math.Abs(forward.FleissKappa.Value - backward.FleissKappa!.Value) < 1e-12;
        return jaccardSymmetric && kappaSame
            && forward.Consensus.SequenceEqual(backward.Consensus)
            && forward.Disputed.Select(d => d.Client).SequenceEqual(backward.Disputed.Select(d => d.Client));
    }

    [Property]
    public bool Kappa_and_jaccard_stay_in_their_ranges_and_the_partition_is_exact(DepartmentList[] lists)
    {
        var result = DepartmentListComparer.Compare(lists);
        var m = lists.Length;
        var kappaInRange = result.FleissKappa is not { } k || (k >= (-1.0 / (m - 1)) - 1e-12 && k <= 1 + 1e-12);
        return kappaInRange
            && result.Pairwise.Count == m * (m - 1) / 2
            && result.Pairwise.All(p => p.Jaccard is >= 0 and <= 1)
            && result.Unanimous.Count + result.Disputed.Count == result.NamedClients.Count
            && result.Unanimous.All(u => result.Consensus.Contains(u));
    }
}
