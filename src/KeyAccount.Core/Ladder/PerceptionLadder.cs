using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Ladder;

/// <summary>
/// The client's perception ladder of the method (section 2): its four rungs and the six questions
/// that place you on it.
/// </summary>
/// <remarks>
/// What counts is not your own view of your progress but the client's opinion of you. The rungs,
/// from the bottom: 1 commodity broker ("one of many"), 2 provider of goods or services with small
/// extra benefits ("one of several"), 3 value adder ("one of the chosen"), 4 business partner
/// ("one of us"). Positioning is done by <see cref="LadderPositioner"/>.
/// </remarks>
public static class PerceptionLadder
{
    private static readonly LadderRung[] AllRungs =
    [
        new(
            LadderLevel.CommodityBroker,
            "commodity broker",
            "брокер, торгующий предметами потребления",
            "Price is the only factor in the decision to buy; the client takes nothing else into account.",
            "huge",
            "close to zero",
            "one of many",
            "один из многих"),
        new(
            LadderLevel.Provider,
            "provider of goods or services with small extra benefits",
            "провайдер товаров или услуг, которые вы предлагаете клиенту наряду с мелкими выгодами",
            "If a competitor offers an improvement at the same price, the client expects the same from you, at once.",
            "still high",
            "low",
            "one of several",
            "один из некоторых"),
        new(
            LadderLevel.ValueAdder,
            "value adder",
            "добавляющий ценность (the value adder)",
            "You create extra value by helping the client reach its own goals, like the banker who finances a plant abroad and also brings information that helps the expansion.",
            "lower",
            "growing",
            "one of the chosen",
            "один из избранных"),
        new(
            LadderLevel.BusinessPartner,
            "business partner",
            "бизнес-партнер",
            "The client sees you as an insider; your strategic advice, as well as your goods and services, keep contributing to its success.",
            "very low",
            "high",
            "one of us",
            "свой человек"),
    ];

    /// <summary>The four rungs, from rung 1 (index 0) to rung 4 (index 3).</summary>
    public static IReadOnlyList<LadderRung> Rungs => AllRungs;

    /// <summary>The rung of <paramref name="level"/>.</summary>
    /// <param name="level">A level 1..4.</param>
    /// <returns>The rung.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not 1..4.</exception>
    public static LadderRung Rung(LadderLevel level) => AllRungs[RequireLevel(level, nameof(level)) - 1];

    /// <summary>True for the six questions of the method, false for the six observed indicators.</summary>
    /// <param name="signal">The signal.</param>
    /// <returns>Whether <paramref name="signal"/> is one of the six questions.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="signal"/> is not a defined signal.</exception>
    public static bool IsQuestion(LadderSignal signal) => LadderTexts.Index(signal, nameof(signal)) < LadderTexts.QuestionCount;

    /// <summary>
    /// The words of a signal: for a question, the question as the source asks it ("Does the client
    /// like to discuss business problems with you?"); for an indicator, what it measures.
    /// </summary>
    /// <param name="signal">The signal.</param>
    /// <returns>The text, English.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="signal"/> is not a defined signal.</exception>
    public static string Describe(LadderSignal signal) => LadderTexts.Questions[LadderTexts.Index(signal, nameof(signal))];

    internal static int RequireLevel(LadderLevel level, string parameterName)
    {
        var n = (int)level;
        if (n < 1 || n > 4)
        {
            throw new ArgumentOutOfRangeException(parameterName, level, $"A ladder level must be 1..4, but {parameterName} is {n}.");
        }

        return n;
    }
}
