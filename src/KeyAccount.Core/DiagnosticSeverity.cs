namespace KeyAccount.Core;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; nothing is wrong.</summary>
    Info = 0,

    /// <summary>Probably wrong or incomplete; the document is still usable.</summary>
    Warning = 1,

    /// <summary>Wrong: the document must be fixed before it is relied on.</summary>
    Error = 2,
}
