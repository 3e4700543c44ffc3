using System.Linq;
using BenchmarkDotNet.Attributes;
using KeyAccount.Core.Ladder;
using NodaTime;

namespace KeyAccount.Core.Benchmarks.Ladder;

/// <summary>
/// Positioning a portfolio on the ladder (<see cref="LadderPositioner.Portfolio"/>: validation,
/// scoring with ceilings and confidence, distribution) against the baseline of an unweighted mean
/// of the six answers bucketed into four rungs, with no validation, ceilings or confidence.
/// </summary>
[MemoryDiagnoser]
public class LadderBenchmarks
{
    private LadderAssessmentSet _set = new(new LocalDate(2026, 3, 31), []);

    /// <summary>Number of client assessments.</summary>
    [Params(10_000, 1_000_000)]
    public int N { get; set; }

    /// <summary>Deterministic assessments: random answers, half with a client's view, indicators on a third.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new System.Random(42);
        AnswerFrequency F() => (AnswerFrequency)random.Next(0, 6);
        LadderAnswers A() => new()
        {
            NeedsYouAsMuchAsYouNeedIt = F(),
            MakesAgreementsWithCompetitors = F(),
            LikesToDiscussBusinessProblems = F(),
            PrefersCompetitorsOffers = F(),
            DrivesYouUpTheWall = F(),
            PutsOffPlannedVisits = F(),
        };
        _set = new LadderAssessmentSet(
            new LocalDate(2026, 3, 31),
            Enumerable.Range(0, N).Select(i => new ClientLadderAssessment(
                new ClientId("c" + i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture)),
                A(),
                i % 2 == 0 ? A() : null,
                i % 3 == 0 ? new LadderIndicators { ShareOfWallet = random.NextDouble(), DealsLostOnPrice = random.NextDouble() } : null)).ToList());
    }

    /// <summary>Mean of the known answers' fractions (lowering questions flipped), bucketed into four rungs.</summary>
    [Benchmark(Baseline = true)]
    public int[] MeanOfAnswers()
    {
        var counts = new int[4];
        foreach (var a in _set.Assessments)
        {
            var v = a.ClientView ?? a.Own;
            var answers = new[] { v.NeedsYouAsMuchAsYouNeedIt, v.MakesAgreementsWithCompetitors, v.LikesToDiscussBusinessProblems, v.PrefersCompetitorsOffers, v.DrivesYouUpTheWall, v.PutsOffPlannedVisits };
            var known = answers.Select((f, i) => (f, i)).Where(x => x.f != AnswerFrequency.Unknown).Select(x => x.i is 0 or 2 ? ((int)x.f - 1) / 4.0 : 1 - (((int)x.f - 1) / 4.0)).ToList();
            var mean = known.Count == 0 ? 0 : known.Average();
            counts[System.Math.Min(3, (int)(mean * 4))]++;
        }

        return counts;
    }

    /// <summary>The library's portfolio positioning.</summary>
    [Benchmark]
    public LadderPortfolio Portfolio() => LadderPositioner.Portfolio(_set);
}
