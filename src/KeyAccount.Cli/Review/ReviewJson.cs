using System.IO;
using KeyAccount.Cli.Infrastructure;
using NodaTime.Text;

namespace KeyAccount.Cli.Review;

/// <summary><c>keyaccount review --format json</c>: each section in the library's JSON format.</summary>
internal static class ReviewJson
{
    public static void Write(ReviewReport report, TextWriter output)
    {
        JsonOut.WriteObject(output, json =>
        {
            json.WriteString("name", report.Portfolio.Name);
            json.WriteString("asOf", LocalDatePattern.Iso.Format(report.Portfolio.AsOf));
            json.WriteBoolean("hasErrors", report.HasErrors);
            JsonOut.WriteLibraryValue(json, "pareto", report.ParetoSummary);
            JsonOut.WriteLibraryValue(json, "classification", report.Classification);
            if (report.Ladder is not null)
            {
                JsonOut.WriteLibraryValue(json, "ladder", report.Ladder);
            }

            JsonOut.WriteLibraryValue(json, "ladderDiagnostics", report.LadderDiagnostics);
            JsonOut.WriteLibraryValue(json, "opportunityDiagnostics", report.OpportunityDiagnostics);
            if (report.Opportunities is not null)
            {
                JsonOut.WriteLibraryValue(json, "opportunities", report.Opportunities);
            }

            JsonOut.WriteLibraryValue(json, "planDiagnostics", report.PlanDiagnostics);
        });
    }
}
