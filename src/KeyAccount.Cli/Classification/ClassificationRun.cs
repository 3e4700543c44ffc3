using System;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Core.Classification;

namespace KeyAccount.Cli.Classification;

/// <summary>Runs a classification document for the commands that show one (classify, review).</summary>
internal static class ClassificationRun
{
    /// <summary>
    /// Classifies <paramref name="document"/>; a period whose profits add up beyond decimal's range
    /// is bad input (exit 2) naming the file and the JSON path of the clients.
    /// </summary>
    public static ClassificationReport Classify(ClassificationPortfolioDocument document, string source, string clientsPath)
    {
        try
        {
            return KeyClientClassifier.ClassifyDocument(document);
        }
        catch (ArgumentOutOfRangeException ex) when (ex.ParamName == "clients")
        {
            throw new CliInputException($"{source}: {clientsPath}: {FirstSentence(ex.Message)}", ex);
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf("unit.", StringComparison.Ordinal);
        return end < 0 ? message : message.Substring(0, end + "unit.".Length);
    }
}
