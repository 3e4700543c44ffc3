using System;

namespace KeyAccount.Core.Ladder;

/// <summary>
/// The answers to the method's six ladder questions about one client, on a frequency scale, from
/// one point of view (yours, the client's, or about a competitor).
/// </summary>
/// <remarks>
/// Every answer defaults to <see cref="AnswerFrequency.Unknown"/>, so set only what you know:
/// <c>new LadderAnswers { PrefersCompetitorsOffers = AnswerFrequency.Often }</c>. Immutable; use
/// <c>with</c> or <see cref="With(LadderSignal, AnswerFrequency)"/> for changed copies. Equality is
/// by value. In JSON, an object with the six property names below, each a frequency name
/// (<c>"Often"</c>); a missing property is unknown. Values are not checked when set: an answer that
/// is not a defined frequency (a number in JSON) is reported by <see cref="LadderValidator"/>
/// (<c>KAL007</c>), and the positioning refuses answers with such a value.
/// </remarks>
public sealed record LadderAnswers
{
    private readonly AnswerFrequency _needsYou;
    private readonly AnswerFrequency _agreements;
    private readonly AnswerFrequency _discusses;
    private readonly AnswerFrequency _prefers;
    private readonly AnswerFrequency _drives;
    private readonly AnswerFrequency _putsOff;

    /// <summary>All six answers unknown.</summary>
    public static LadderAnswers Unknown { get; } = new();

    /// <summary>Question 1: does the client need you as much as you need it? More often raises you.</summary>
    public AnswerFrequency NeedsYouAsMuchAsYouNeedIt { get => _needsYou; init => _needsYou = value; }

    /// <summary>Question 2: does the client make agreements with your competitors? More often lowers you.</summary>
    public AnswerFrequency MakesAgreementsWithCompetitors { get => _agreements; init => _agreements = value; }

    /// <summary>Question 3: does the client like to discuss business problems with you? More often raises you.</summary>
    public AnswerFrequency LikesToDiscussBusinessProblems { get => _discusses; init => _discusses = value; }

    /// <summary>Question 4: does the client now and then prefer competitors' goods or services? More often lowers you.</summary>
    public AnswerFrequency PrefersCompetitorsOffers { get => _prefers; init => _prefers = value; }

    /// <summary>Question 5: does the client drive you up the wall from time to time? More often lowers you.</summary>
    public AnswerFrequency DrivesYouUpTheWall { get => _drives; init => _drives = value; }

    /// <summary>Question 6: does the client put off visits that were planned? More often lowers you.</summary>
    public AnswerFrequency PutsOffPlannedVisits { get => _putsOff; init => _putsOff = value; }

    /// <summary>How many of the six answers are known.</summary>
    public int KnownCount =>
        (_needsYou == AnswerFrequency.Unknown ? 0 : 1) + (_agreements == AnswerFrequency.Unknown ? 0 : 1)
        + (_discusses == AnswerFrequency.Unknown ? 0 : 1) + (_prefers == AnswerFrequency.Unknown ? 0 : 1)
        + (_drives == AnswerFrequency.Unknown ? 0 : 1) + (_putsOff == AnswerFrequency.Unknown ? 0 : 1);

    /// <summary>The answer to one question.</summary>
    /// <param name="question">One of the six question signals (<see cref="PerceptionLadder.IsQuestion(LadderSignal)"/>).</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="question"/> is not one of the six questions.</exception>
    public AnswerFrequency Get(LadderSignal question) => RequireQuestion(question, nameof(question)) switch
    {
        LadderSignal.NeedsYouAsMuchAsYouNeedIt => _needsYou,
        LadderSignal.MakesAgreementsWithCompetitors => _agreements,
        LadderSignal.LikesToDiscussBusinessProblems => _discusses,
        LadderSignal.PrefersCompetitorsOffers => _prefers,
        LadderSignal.DrivesYouUpTheWall => _drives,
        _ => _putsOff,
    };

    /// <summary>A copy with one answer changed.</summary>
    /// <param name="question">One of the six question signals.</param>
    /// <param name="answer">The new answer (may be <see cref="AnswerFrequency.Unknown"/>).</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="question"/> is not one of the six questions, or <paramref name="answer"/> is not defined.</exception>
    public LadderAnswers With(LadderSignal question, AnswerFrequency answer)
    {
        Check(answer, nameof(answer));
        return RequireQuestion(question, nameof(question)) switch
        {
            LadderSignal.NeedsYouAsMuchAsYouNeedIt => this with { NeedsYouAsMuchAsYouNeedIt = answer },
            LadderSignal.MakesAgreementsWithCompetitors => this with { MakesAgreementsWithCompetitors = answer },
            LadderSignal.LikesToDiscussBusinessProblems => this with { LikesToDiscussBusinessProblems = answer },
            LadderSignal.PrefersCompetitorsOffers => this with { PrefersCompetitorsOffers = answer },
            LadderSignal.DrivesYouUpTheWall => this with { DrivesYouUpTheWall = answer },
            _ => this with { PutsOffPlannedVisits = answer },
        };
    }

    internal static LadderSignal RequireQuestion(LadderSignal question, string parameterName)
    {
        var n = (int)question;
        if (n < 1 || n > LadderTexts.QuestionCount)
        {
            throw new ArgumentOutOfRangeException(parameterName, question, $"{parameterName} is {question}, which is not one of the six ladder questions.");
        }

        return question;
    }

    /// <summary>The first answer that is not a defined frequency, or null when all six are defined.</summary>
    internal LadderSignal? FirstUndefined()
    {
        for (var q = 1; q <= LadderTexts.QuestionCount; q++)
        {
            if (!IsDefined(Get((LadderSignal)q)))
            {
                return (LadderSignal)q;
            }
        }

        return null;
    }

    internal static bool IsDefined(AnswerFrequency value) => value >= AnswerFrequency.Unknown && value <= AnswerFrequency.Always;

    private static AnswerFrequency Check(AnswerFrequency value, string name)
    {
        if (value < AnswerFrequency.Unknown || value > AnswerFrequency.Always)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} is {(int)value}, which is not an answer frequency (Unknown, Never, Rarely, Sometimes, Often, Always).");
        }

        return value;
    }
}
