namespace KeyAccount.Core.Ladder;

/// <summary>
/// The answer to one of the six ladder questions on a frequency scale, or <see cref="Unknown"/>.
/// </summary>
/// <remarks>
/// The scale is read as a fraction of the time: never 0, rarely 0.25, sometimes 0.5, often 0.75,
/// always 1. Whether a frequent answer raises or lowers you depends on the question (see
/// <see cref="LadderQuestionRule.Direction"/>). <see cref="Unknown"/> (the default) means the
/// question was not answered: it adds no evidence and lowers the confidence of the position.
/// </remarks>
public enum AnswerFrequency
{
    /// <summary>Not answered: no evidence. The default.</summary>
    Unknown = 0,

    /// <summary>Never (0 of the time).</summary>
    Never = 1,

    /// <summary>Rarely (about a quarter of the time).</summary>
    Rarely = 2,

    /// <summary>Sometimes (about half of the time).</summary>
    Sometimes = 3,

    /// <summary>Often (about three quarters of the time).</summary>
    Often = 4,

    /// <summary>Always (all of the time).</summary>
    Always = 5,
}
