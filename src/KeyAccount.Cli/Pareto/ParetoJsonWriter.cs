using System.IO;
using System.Text;
using System.Text.Json;

namespace KeyAccount.Cli.Pareto;

/// <summary>
/// Writes the JSON contract of <c>keyaccount pareto --format json</c> (docs/cli.md): numbers are
/// JSON numbers, invariant culture; <c>whale</c> appears only when an amount is negative.
/// </summary>
internal static class ParetoJsonWriter
{
    public static void Write(ParetoReport report, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("clients", report.Clients);
            json.WriteNumber("rows", report.Rows);
            json.WriteNumber("total", report.Total);
            json.WriteNumber("target", report.Target);
            json.WriteStartObject("vitalFew");
            json.WriteNumber("count", report.VitalFewCount);
            json.WriteNumber("clientShare", report.VitalFewClientShare);
            json.WriteNumber("valueShare", report.VitalFewValueShare);
            json.WriteEndObject();
            json.WriteNumber("gini", report.Gini);
            json.WriteNumber("hhi", report.Hhi);
            json.WriteStartObject("abc");
            json.WriteNumber("a", report.AbcA);
            json.WriteNumber("b", report.AbcB);
            json.WriteNumber("c", report.AbcC);
            json.WriteEndObject();
            if (report.Whale is { } whale)
            {
                json.WriteStartObject("whale");
                json.WriteNumber("peakClients", whale.PeakClients);
                json.WriteNumber("peakShare", whale.PeakShare);
                json.WriteNumber("lossMakers", whale.LossMakers);
                json.WriteNumber("lossAmount", whale.LossAmount);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
