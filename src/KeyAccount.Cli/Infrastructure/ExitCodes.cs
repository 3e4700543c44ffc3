namespace KeyAccount.Cli.Infrastructure;

/// <summary>The exit codes of <c>keyaccount</c>, a contract for scripts (see docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>The command ran and found nothing wrong.</summary>
    public const int Success = 0;

    /// <summary>The command ran and the analysis found errors (for example plan validation errors).</summary>
    public const int AnalysisErrors = 1;

    /// <summary>Bad usage or bad input; the message on standard error says where and what.</summary>
    public const int BadInput = 2;

    /// <summary>
    /// Standard output could not be written (a full disk, a closed pipe): the results are
    /// incomplete; one line on standard error says so. 74 is EX_IOERR of BSD's sysexits.h.
    /// </summary>
    public const int OutputFailed = 74;

    /// <summary>A defect in the tool itself (not the input's fault); the message asks for a report.</summary>
    public const int InternalError = 70;
}
