using System.IO;
using System.Text;
using System.Text.Json;

namespace KeyAccount.Cli.Pareto;

/// <summary>
/// Writes the JSON contract of <c>keyaccount pareto --format json</c> (docs/cli.md): numbers are
/// JSON numbers, invariant culture; figures the library leaves undefined for these amounts are
/// <c>null</c>; <c>whale</c> appears only when an amount is negative.
/// </summary>
internal static class ParetoJsonWriter
{
    public static void Write(ParetoReport report, TextWriter output)
    {
        var summary = report.Summary;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("clients", summary.ClientCount);
            json.WriteNumber("rows", report.Rows);
            json.WriteString("currency", summary.Currency.Code);
            json.WriteNumber("total", summary.Total);
            json.WriteNumber("target", report.Target);
            if (summary.VitalFew is { } vitalFew)
            {
                json.WriteStartObject("vitalFew");
                json.WriteNumber("count", vitalFew.Count);
                json.WriteNumber("clientShare", vitalFew.ClientShare);
                json.WriteNumber("valueShare", vitalFew.ValueShare);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("vitalFew");
            }

            WriteNumberOrNull(json, "gini", summary.Gini);
            WriteNumberOrNull(json, "hhi", summary.Hhi);
            json.WriteStartObject("abc");
            json.WriteNumber("a", summary.Abc.A);
            json.WriteNumber("b", summary.Abc.B);
            json.WriteNumber("c", summary.Abc.C);
            json.WriteEndObject();
            if (summary.Whale is { } whale)
            {
                json.WriteStartObject("whale");
                json.WriteNumber("peakClients", whale.PeakClients);
                WriteNumberOrNull(json, "peakShare", whale.PeakShare);
                json.WriteNumber("peakAmount", whale.PeakAmount);
                json.WriteNumber("lossMakers", whale.LossMakers);
                json.WriteNumber("lossAmount", whale.LossAmount);
                json.WriteEndObject();
            }

            json.WriteString("explanation", summary.Explanation);
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
