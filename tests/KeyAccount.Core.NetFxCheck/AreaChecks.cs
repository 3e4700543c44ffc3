using System;

namespace KeyAccount.Core.NetFxCheck;

/// <summary>
/// Checks of the method's areas on .NET Framework: each area calls its main analysis on a small
/// input with a known answer and reports each answer through <c>check(what, ok)</c>.
/// </summary>
internal static class AreaChecks
{
    public static void Run(Action<string, bool> check)
    {
        Pareto(check);
        Classification(check);
        Ladder(check);
        Opportunities(check);
        Planning(check);
    }

    // ---- Pareto ----
    private static void Pareto(Action<string, bool> check)
    {
        _ = check;
    }

    // ---- Classification ----
    private static void Classification(Action<string, bool> check)
    {
        _ = check;
    }

    // ---- Ladder ----
    private static void Ladder(Action<string, bool> check)
    {
        // The source's value adder: U = (0.75 + 0.5 + 1.125 + 0.75 + 0.375 + 0.75) / 6.5 = 4.25 / 6.5,
        // rung 3, score (U - 0.5) / 0.25 = 0.6154, confidence 6.5 / 10 = 0.65.
        var valueAdder = new KeyAccount.Core.Ladder.LadderAnswers
        {
            NeedsYouAsMuchAsYouNeedIt = KeyAccount.Core.Ladder.AnswerFrequency.Sometimes,
            MakesAgreementsWithCompetitors = KeyAccount.Core.Ladder.AnswerFrequency.Sometimes,
            LikesToDiscussBusinessProblems = KeyAccount.Core.Ladder.AnswerFrequency.Often,
            PrefersCompetitorsOffers = KeyAccount.Core.Ladder.AnswerFrequency.Rarely,
            DrivesYouUpTheWall = KeyAccount.Core.Ladder.AnswerFrequency.Rarely,
            PutsOffPlannedVisits = KeyAccount.Core.Ladder.AnswerFrequency.Rarely,
        };
        var positioner = KeyAccount.Core.Ladder.LadderPositioner.Default;
        var p = positioner.Position(valueAdder);
        check("ladder: value adder on rung 3", p.Level == KeyAccount.Core.Ladder.LadderLevel.ValueAdder);
        check("ladder: score 0.6154", Math.Abs(p.Score - (((4.25 / 6.5) - 0.5) / 0.25)) < 1e-12);
        check("ladder: confidence 0.65", Math.Abs(p.Confidence - 0.65) < 1e-12);
        check("ladder: sign one of the chosen", p.Rung.Sign == "one of the chosen");

        // The client rarely discusses business problems: held at rung 2; the gap to your own view is -1.
        var clientView = valueAdder with
        {
            MakesAgreementsWithCompetitors = KeyAccount.Core.Ladder.AnswerFrequency.Often,
            LikesToDiscussBusinessProblems = KeyAccount.Core.Ladder.AnswerFrequency.Rarely,
            PrefersCompetitorsOffers = KeyAccount.Core.Ladder.AnswerFrequency.Sometimes,
            DrivesYouUpTheWall = KeyAccount.Core.Ladder.AnswerFrequency.Sometimes,
            PutsOffPlannedVisits = KeyAccount.Core.Ladder.AnswerFrequency.Sometimes,
        };
        var set = new KeyAccount.Core.Ladder.LadderAssessmentSet(
            new NodaTime.LocalDate(2026, 3, 31),
            new[] { new KeyAccount.Core.Ladder.ClientLadderAssessment(new ClientId("acme"), valueAdder, clientView) });
        var back = KeyAccount.Core.Json.KeyAccountJson.Deserialize<KeyAccount.Core.Ladder.LadderAssessmentSet>(KeyAccount.Core.Json.KeyAccountJson.Serialize(set));
        var perspectives = positioner.Perspectives(back.Assessments[0]);
        check("ladder: client's view on rung 2", perspectives.ClientView!.Level == KeyAccount.Core.Ladder.LadderLevel.Provider);
        check("ladder: gap -1", Math.Abs(perspectives.Gap!.Value + 1) < 1e-9);
        var portfolio = positioner.Portfolio(back);
        check("ladder: portfolio counts the client's view", portfolio.Distribution[1].Count == 1 && portfolio.Entries[0].UsesClientView);
        var climb = positioner.Climb(clientView);
        check("ladder: climb starts with discussing business problems", climb.Levers[0].Signal == KeyAccount.Core.Ladder.LadderSignal.LikesToDiscussBusinessProblems && climb.LeversToNextRung == 1);
    }

    // ---- Opportunities ----
    private static void Opportunities(Action<string, bool> check)
    {
        _ = check;
    }

    // ---- Planning ----
    private static void Planning(Action<string, bool> check)
    {
        _ = check;
    }
}
