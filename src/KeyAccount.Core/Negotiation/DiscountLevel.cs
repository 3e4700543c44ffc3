namespace KeyAccount.Core.Negotiation;

/// <summary>An approval level for discounts: discounts up to a share need this approver.</summary>
/// <param name="UpTo">The largest discount (share from 0 to 1) this approver may grant.</param>
/// <param name="Approver">Who approves (<c>"Sales director"</c>); the first level of a tier is the account manager's own authority.</param>
public sealed record DiscountLevel(double UpTo, string Approver);
