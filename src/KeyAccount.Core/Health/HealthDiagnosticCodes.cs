using System.Collections.Generic;

namespace KeyAccount.Core.Health;

/// <summary>
/// The stable codes of the Health area (prefix <c>KAH</c>): the defects of
/// <see cref="HealthSettings"/>. Each is documented with an example and its fix in
/// <c>docs/health.md</c>.
/// </summary>
/// <remarks>
/// The account itself is checked by its own validator (<c>KAA</c> codes and the codes of the
/// documents it holds); <see cref="HealthScorecard.Run"/> reports those beside these, which it
/// gives under <c>healthSettings</c>. Codes never change meaning or severity and are never reused.
/// </remarks>
public static class HealthDiagnosticCodes
{
    /// <summary><c>KAH001</c> (error): A component's weight is negative or above <see cref="HealthSettings.MaxWeight"/>.</summary>
    public const string InvalidWeight = "KAH001";

    /// <summary><c>KAH002</c> (error): Every component's weight is zero, so no score can be formed.</summary>
    public const string NoWeight = "KAH002";

    /// <summary><c>KAH003</c> (error): A band threshold is outside 0 to 100, or the watch band starts above the healthy band.</summary>
    public const string InvalidBand = "KAH003";

    /// <summary><c>KAH004</c> (error): A count of the settings (facts explained, fallers listed) is negative.</summary>
    public const string InvalidCount = "KAH004";

    private static readonly DiagnosticCatalog Catalog = new(
        "KAH",
        new DiagnosticDescriptor(InvalidWeight, DiagnosticSeverity.Error, "A component's weight is negative or above 1,000,000."),
        new DiagnosticDescriptor(NoWeight, DiagnosticSeverity.Error, "Every component's weight is zero, so no score can be formed."),
        new DiagnosticDescriptor(InvalidBand, DiagnosticSeverity.Error, "A band threshold is outside 0 to 100, or the watch band starts above the healthy band."),
        new DiagnosticDescriptor(InvalidCount, DiagnosticSeverity.Error, "A count of the settings (facts explained, fallers listed) is negative."));

    /// <summary>Every code of the area with its severity and title, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => Catalog.All;

    /// <summary>The descriptor of <paramref name="code"/>.</summary>
    /// <param name="code">A code of <see cref="All"/>.</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="code"/> is not a code of the area.</exception>
    public static DiagnosticDescriptor Get(string code) => Catalog.Get(code, "the Health area");
}
