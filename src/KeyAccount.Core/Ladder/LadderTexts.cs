using System;

namespace KeyAccount.Core.Ladder;

/// <summary>The words of the ladder: questions, indicators, reasons and advice, tied to the source.</summary>
internal static class LadderTexts
{
    internal const int QuestionCount = 6;
    internal const int SignalCount = 12;

    internal static readonly string[] Questions =
    [
        "Does the client need you as much as you need it?",
        "Does the client make agreements with your competitors?",
        "Does the client like to discuss business problems with you?",
        "Does the client now and then prefer competitors' goods or services?",
        "Does the client drive you up the wall from time to time?",
        "Does the client put off visits that were planned?",
        "Share of the deals lost that were lost on price (0..1).",
        "Discount the client demands, as a fraction of list price (0..1).",
        "Your share of the client's spend in your category (0..1).",
        "Years the client has bought from you.",
        "Share of last period's business the client kept with you (0..1).",
        "Share of your recommendations the client acted on (0..1).",
    ];

    /// <summary>The signals' property names in JSON, for diagnostic paths.</summary>
    internal static readonly string[] JsonNames =
    [
        "needsYouAsMuchAsYouNeedIt",
        "makesAgreementsWithCompetitors",
        "likesToDiscussBusinessProblems",
        "prefersCompetitorsOffers",
        "drivesYouUpTheWall",
        "putsOffPlannedVisits",
        "dealsLostOnPrice",
        "discountDemanded",
        "shareOfWallet",
        "tenureYears",
        "retention",
        "adviceTakenUp",
    ];

    internal static readonly string[] Labels =
    [
        "the client needs you as much as you need it",
        "the client makes agreements with your competitors",
        "the client likes to discuss business problems with you",
        "the client prefers competitors' goods or services",
        "the client drives you up the wall",
        "the client puts off planned visits",
        "share of lost deals lost on price",
        "discount demanded",
        "share of wallet",
        "tenure in years",
        "retention",
        "advice taken up",
    ];

    /// <summary>What holds you back when the signal is unfavourable, in the source's terms, and what to do.</summary>
    internal static readonly string[] HoldsYouBack =
    [
        "the client does not need you as much as you need it: become the supplier it cannot do without by helping it reach its own goals (value adder, \"one of the chosen\")",
        "the client makes agreements with your competitors: it sees you as one of several; offer what they cannot instead of matching them at the same price",
        "the client does not discuss its business problems with you: bring information and advice that help it reach its goals, as the banker who finances a plant abroad and also helps the expansion",
        "the client now and then prefers competitors' offers: it expects every competitor's improvement at the same price from you at once; show value beyond price",
        "the client drives you up the wall: the relationship is strained; build stable relations across several levels of both companies, not only between sales departments",
        "the client puts off planned visits: you are not yet an insider (\"one of us\"); make every visit bring something to the client's business",
        "the client still buys on price alone: show value beyond price",
        "the client demands discounts: price sensitivity is still high; trade discounts for value the client can see",
        "you hold a small share of the client's spend: you are one of several suppliers; widen what you do for it",
        "the relationship is young: loyalty has not had time to grow; keep delivering and deepen contacts",
        "the client takes business away from you: loyalty is low; find out why and fix it",
        "the client rarely acts on your advice: your strategic advice does not yet contribute to its success (business partner)",
    ];

    internal static string Label(LadderSignal signal) => Labels[Index(signal, nameof(signal))];

    internal static int Index(LadderSignal signal, string parameterName)
    {
        var n = (int)signal;
        if (n < 1 || n > SignalCount)
        {
            throw new ArgumentOutOfRangeException(parameterName, signal, $"{parameterName} is {n}, which is not a ladder signal (1..{SignalCount}).");
        }

        return n - 1;
    }

    internal static string Frequency(AnswerFrequency frequency) => frequency switch
    {
        AnswerFrequency.Never => "never",
        AnswerFrequency.Rarely => "rarely",
        AnswerFrequency.Sometimes => "sometimes",
        AnswerFrequency.Often => "often",
        AnswerFrequency.Always => "always",
        _ => "unknown",
    };

    internal static string Value(LadderSignal signal, double value) => signal == LadderSignal.TenureYears
        ? Wording.Number(value, 1) + " years"
        : Wording.Percent(value);
}
