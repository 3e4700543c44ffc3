using System.Linq;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Core.Classification;

namespace KeyAccount.Cli.Classification;

/// <summary>Runs a classification document for the commands that show one (classify, review).</summary>
internal static class ClassificationRun
{
    /// <summary>
    /// Runs <paramref name="document"/> (<see cref="KeyClientClassifier.Run"/>). Its defects are
    /// diagnostics (exit 1), except a period whose profits add up beyond decimal's range
    /// (<c>KCL009</c>), which stays bad input (exit 2) naming the file and the JSON path of the
    /// clients, as the command line has always reported it.
    /// </summary>
    public static ClassificationReport Classify(ClassificationPortfolioDocument document, string source, string clientsPath)
    {
        var report = KeyClientClassifier.Run(document).ToReport();
        var overflow = report.Diagnostics.FirstOrDefault(d => d.Code == ClassificationDiagnosticCodes.PeriodTotalOverflow);
        if (overflow is not null)
        {
            throw new CliInputException($"{source}: {clientsPath}: {overflow.Message}");
        }

        return report;
    }
}
