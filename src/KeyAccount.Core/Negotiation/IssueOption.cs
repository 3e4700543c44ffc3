namespace KeyAccount.Core.Negotiation;

/// <summary>One value an issue may take, with a label for people.</summary>
/// <param name="Value">The value, in the issue's unit.</param>
/// <param name="Label">A label for people (<c>"exclusive"</c>); optional.</param>
public sealed record IssueOption(decimal Value, string? Label = null);
