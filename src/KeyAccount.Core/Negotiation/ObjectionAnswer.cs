namespace KeyAccount.Core.Negotiation;

/// <summary>The presentation's answer to one objection of one person.</summary>
/// <param name="Person">The person's id, as in the audience.</param>
/// <param name="Objection">The objection, as the audience entry states it (compared trimmed, ordinally).</param>
/// <param name="Answer">The answer; a blank answer answers nothing.</param>
public sealed record ObjectionAnswer(string Person, string Objection, string Answer);
