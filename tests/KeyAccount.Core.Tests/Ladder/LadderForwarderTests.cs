using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using KeyAccount.Core.Json;
using KeyAccount.Core.Ladder;
using NodaTime;

namespace KeyAccount.Core.Tests.Ladder;

/// <summary>
/// The obsolete members kept for one release (<c>LadderPositioner.Default</c>, its instance methods,
/// <c>LadderAssessmentSet.Validate()</c>) give exactly what their replacements give, so callers that
/// have not moved yet see no change.
/// </summary>
[Properties(Arbitrary = new[] { typeof(LadderGenerators) }, MaxTest = 100)]
public class LadderForwarderTests
{
    /// <summary>What a call gives: its result as JSON, or the exception it throws (type, parameter and message).</summary>
    private static string Outcome<T>(System.Func<T> call)
    {
        try
        {
            return KeyAccountJson.Serialize(call());
        }
        catch (System.ArgumentException ex)
        {
            return $"{ex.GetType().Name} {ex.ParamName}: {ex.Message}";
        }
    }

#pragma warning disable CS0618 // These tests exercise the obsolete forwarders on purpose.
    [Property]
    public void The_default_positioners_instance_methods_agree_with_the_static_ones(LadderAnswers answers, LadderIndicators indicators, ClientLadderAssessment assessment)
    {
        var positioner = LadderPositioner.Default;
        Assert.Same(LadderScoringModel.Default, positioner.Model);
        Assert.Equal(Outcome(() => LadderPositioner.Position(answers, indicators)), Outcome(() => positioner.Position(answers, indicators)));
        Assert.Equal(Outcome(() => LadderPositioner.Climb(answers, indicators)), Outcome(() => positioner.Climb(answers, indicators)));
        Assert.Equal(Outcome(() => LadderPositioner.Perspectives(assessment)), Outcome(() => positioner.Perspectives(assessment)));
    }

    [Property]
    public void A_positioner_with_its_own_model_agrees_with_the_static_methods_given_that_model(LadderAnswers answers, LadderIndicators indicators)
    {
        var model = LadderScoringModel.Default with { Rung2From = 0.3, Rung3From = 0.55, Rung4From = 0.8 };
        var positioner = new LadderPositioner(model);
        Assert.Same(model, positioner.Model);
        Assert.Equal(Outcome(() => LadderPositioner.Position(answers, indicators, model)), Outcome(() => positioner.Position(answers, indicators)));
        Assert.Equal(Outcome(() => LadderPositioner.Climb(answers, indicators, model)), Outcome(() => positioner.Climb(answers, indicators)));
    }

    [Property]
    public void The_instance_portfolio_agrees_with_the_static_one(LadderAssessmentSet set)
    {
        var keyClients = set.Assessments.Where((_, i) => i % 2 == 0).Select(a => a.Client).ToList();
        var previous = new LadderAssessmentSet(set.AsOf.PlusDays(-90), set.Assessments.Take(3).ToList());
        Assert.Equal(
            Outcome(() => LadderPositioner.Portfolio(set, keyClients, previous)),
            Outcome(() => LadderPositioner.Default.Portfolio(set, keyClients, previous)));
    }

    [Property]
    public void The_sets_own_validate_is_the_validators(LadderAssessmentSet set)
    {
        Assert.Equal(LadderValidator.Validate(set), set.Validate());
    }

    [Fact]
    public void The_sets_own_validate_reports_the_validators_defects_in_the_same_order()
    {
        var acme = new ClientId("acme");
        var asOf = new LocalDate(2026, 3, 31);
        var set = new LadderAssessmentSet(asOf,
        [
            new ClientLadderAssessment(acme, SourceExamples.Provider, asOf: asOf.PlusDays(1)),
            new ClientLadderAssessment(acme, SourceExamples.ValueAdder),
        ]);
        var expected = LadderValidator.Validate(set);
        Assert.True(expected.Count >= 2, string.Join("; ", expected));
        Assert.Equal(expected, set.Validate());
    }
#pragma warning restore CS0618
}
