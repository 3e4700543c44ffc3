namespace KeyAccount.Core.Negotiation;

/// <summary>
/// A side's best alternative to a negotiated agreement: what it does if there is no deal, and
/// what that is worth on the side's utility scale of the plan (0 = every issue at its walk-away,
/// 1 = every issue at its target).
/// </summary>
/// <param name="Description">The alternative, in words.</param>
/// <param name="Utility">Its worth on the side's utility scale; a finite number within ±1,000,000, like an option's score (<c>KAN012</c>).</param>
public sealed record Batna(string Description, double Utility);
