using System.Collections.Generic;

namespace KeyAccount.Core.Accounts;

/// <summary>
/// The stable codes of internal communication (prefix <c>KAI</c>): <c>KAI0xx</c> are the
/// diagnostics of <see cref="InternalCommunicationSettings.Validate"/>, <c>KAI1xx</c> the findings
/// of <see cref="InternalCommunication.Check"/>. Each is documented with an example and its fix in
/// <c>docs/health.md</c>.
/// </summary>
/// <remarks>
/// Kept apart from <see cref="AccountsDiagnosticCodes"/>: those are the account document's own
/// defects, these the settings of one analysis and what it finds in the diary, which is not a
/// defect of the document (a diary may truthfully record that nobody told finance).
/// </remarks>
public static class InternalCommunicationCodes
{
    /// <summary><c>KAI001</c> (error): A window (the settings' or a rule's) is not a positive period of whole days, weeks, months or years.</summary>
    public const string InvalidWindow = "KAI001";

    /// <summary><c>KAI002</c> (error): A rule names neither a role nor a function, so it says nobody must hear.</summary>
    public const string RuleWithoutAudience = "KAI002";

    /// <summary><c>KAI003</c> (error): A rule's trigger or role is not one of the defined values.</summary>
    public const string UndefinedValue = "KAI003";

    /// <summary><c>KAI004</c> (error): A rule's id is empty or used by an earlier rule.</summary>
    public const string InvalidRuleId = "KAI004";

    /// <summary><c>KAI005</c> (error): A keyword is blank, so it would match every text.</summary>
    public const string BlankKeyword = "KAI005";

    /// <summary><c>KAI006</c> (warning): A contact rule has no keywords, so every contact with the client calls for an internal notice.</summary>
    public const string ContactRuleWithoutKeywords = "KAI006";

    /// <summary><c>KAI101</c> (warning): Finding: an event that calls for an internal notice got none, and its window has passed.</summary>
    public const string NoticeMissing = "KAI101";

    /// <summary><c>KAI102</c> (info): Finding: an event was passed on inside the company, but after its window.</summary>
    public const string NoticeLate = "KAI102";

    /// <summary><c>KAI103</c> (warning): Finding: an event calls for a notice to a role or function nobody on the account team has.</summary>
    public const string NoOneToNotify = "KAI103";

    /// <summary><c>KAI104</c> (info): Finding: an event calls for a notice that has not been given yet, and its window is still open.</summary>
    public const string NoticeDue = "KAI104";

    /// <summary>Every code with its severity and title, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => Descriptors.Catalog.All;

    /// <summary>The descriptor of <paramref name="code"/>.</summary>
    /// <param name="code">A code of <see cref="All"/>.</param>
    /// <returns>Its descriptor.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="code"/> is not a code of internal communication.</exception>
    public static DiagnosticDescriptor Get(string code) => Descriptors.Catalog.Get(code, "internal communication");

    /// <summary>The descriptors the settings and the analysis report with.</summary>
    internal static class Descriptors
    {
        internal static readonly DiagnosticDescriptor InvalidWindow = new(InternalCommunicationCodes.InvalidWindow, DiagnosticSeverity.Error, "Window not a positive period");
        internal static readonly DiagnosticDescriptor RuleWithoutAudience = new(InternalCommunicationCodes.RuleWithoutAudience, DiagnosticSeverity.Error, "Rule without a role or function");
        internal static readonly DiagnosticDescriptor UndefinedValue = new(InternalCommunicationCodes.UndefinedValue, DiagnosticSeverity.Error, "Trigger or role not defined");
        internal static readonly DiagnosticDescriptor InvalidRuleId = new(InternalCommunicationCodes.InvalidRuleId, DiagnosticSeverity.Error, "Rule id empty or used twice");
        internal static readonly DiagnosticDescriptor BlankKeyword = new(InternalCommunicationCodes.BlankKeyword, DiagnosticSeverity.Error, "Blank keyword");
        internal static readonly DiagnosticDescriptor ContactRuleWithoutKeywords = new(InternalCommunicationCodes.ContactRuleWithoutKeywords, DiagnosticSeverity.Warning, "Contact rule without keywords");
        internal static readonly DiagnosticDescriptor NoticeMissing = new(InternalCommunicationCodes.NoticeMissing, DiagnosticSeverity.Warning, "No internal notice within the window");
        internal static readonly DiagnosticDescriptor NoticeLate = new(InternalCommunicationCodes.NoticeLate, DiagnosticSeverity.Info, "Internal notice after the window");
        internal static readonly DiagnosticDescriptor NoOneToNotify = new(InternalCommunicationCodes.NoOneToNotify, DiagnosticSeverity.Warning, "Nobody on the team to notify");
        internal static readonly DiagnosticDescriptor NoticeDue = new(InternalCommunicationCodes.NoticeDue, DiagnosticSeverity.Info, "Internal notice due");

        internal static readonly DiagnosticCatalog Catalog = new(
            "KAI",
            InvalidWindow,
            RuleWithoutAudience,
            UndefinedValue,
            InvalidRuleId,
            BlankKeyword,
            ContactRuleWithoutKeywords,
            NoticeMissing,
            NoticeLate,
            NoOneToNotify,
            NoticeDue);
    }
}
