using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Ladder;
using NodaTime;

namespace KeyAccount.Core.Tests.Ladder;

/// <summary>FsCheck generators for the ladder: answers (with unknowns), indicators (with gaps), competitors with distinct names, assessment sets.</summary>
public static class LadderGenerators
{
    public static Gen<AnswerFrequency> FrequencyGen { get; } = Gen.Elements(
        AnswerFrequency.Unknown, AnswerFrequency.Never, AnswerFrequency.Rarely, AnswerFrequency.Sometimes, AnswerFrequency.Often, AnswerFrequency.Always);

    public static Gen<LadderAnswers> AnswersGen { get; } =
        from f in Gen.ArrayOf(FrequencyGen, 6)
        select new LadderAnswers
        {
            NeedsYouAsMuchAsYouNeedIt = f[0],
            MakesAgreementsWithCompetitors = f[1],
            LikesToDiscussBusinessProblems = f[2],
            PrefersCompetitorsOffers = f[3],
            DrivesYouUpTheWall = f[4],
            PutsOffPlannedVisits = f[5],
        };

    private static Gen<double?> Share { get; } =
        from known in Gen.Elements(true, true, false)
        from v in Gen.Choose(0, 100)
        select known ? (double?)(v / 100.0) : null;

    public static Gen<LadderIndicators> IndicatorsGen { get; } =
        from a in Share
        from b in Share
        from c in Share
        from t in Share
        from r in Share
        from d in Share
        select new LadderIndicators
        {
            DealsLostOnPrice = a,
            DiscountDemanded = b is { } bv ? bv * 0.3 : null,
            ShareOfWallet = c,
            TenureYears = t is { } tv ? tv * 15 : null,
            Retention = r,
            AdviceTakenUp = d,
        };

    public static Gen<IReadOnlyList<CompetitorAssessment>> CompetitorsGen { get; } =
        from n in Gen.Choose(0, 6)
        from answers in Gen.ArrayOf(AnswersGen, n)
        from names in Gen.ArrayOf(Gen.Elements("Alpha", "beta", "Gamma", "delta", "Eps", "Zeta", "eta", "Theta"), n)
        select (IReadOnlyList<CompetitorAssessment>)names.Distinct().Select((name, i) => new CompetitorAssessment(name, answers[i])).ToList();

    public static Gen<ClientLadderAssessment> AssessmentGen { get; } =
        from id in Generators.ClientIdGen
        from own in AnswersGen
        from hasView in Gen.Elements(true, false)
        from view in AnswersGen
        from indicators in IndicatorsGen
        from competitors in CompetitorsGen
        select new ClientLadderAssessment(id, own, hasView ? view : null, indicators, competitors);

    public static Gen<LadderAssessmentSet> SetGen { get; } =
        from n in Gen.Choose(0, 12)
        from items in Gen.ArrayOf(AssessmentGen, n)
        from day in Gen.Choose(1, 28)
        select new LadderAssessmentSet(
            new LocalDate(2026, 3, day),
            items.GroupBy(a => a.Client).Select(g => g.First()).ToList());

    public static Arbitrary<LadderAnswers> Answers() => AnswersGen.ToArbitrary();

    public static Arbitrary<LadderIndicators> Indicators() => IndicatorsGen.ToArbitrary();

    public static Arbitrary<ClientLadderAssessment> Assessments() => AssessmentGen.ToArbitrary();

    public static Arbitrary<LadderAssessmentSet> Sets() => SetGen.ToArbitrary();

    public static Arbitrary<ClientId> ClientIds() => Generators.ClientIds();
}
