namespace KeyAccount.Core.Classification;

/// <summary>How far two departments' lists agree.</summary>
/// <param name="First">The first department.</param>
/// <param name="Second">The second department.</param>
/// <param name="Jaccard">|both| / |either|, 0..1; 1 when both lists are empty (they agree that no client is key).</param>
/// <param name="Both">Clients named by both.</param>
/// <param name="OnlyFirst">Clients named only by the first.</param>
/// <param name="OnlySecond">Clients named only by the second.</param>
public readonly record struct DepartmentAgreement(string First, string Second, double Jaccard, int Both, int OnlyFirst, int OnlySecond);
