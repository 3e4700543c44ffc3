namespace KeyAccount.Core.Negotiation;

/// <summary>One term of a package: the value agreed or offered on one issue.</summary>
/// <param name="Issue">The id of the issue.</param>
/// <param name="Value">The value, one of the issue's options (or points of its range).</param>
public sealed record PackageTerm(string Issue, decimal Value);
