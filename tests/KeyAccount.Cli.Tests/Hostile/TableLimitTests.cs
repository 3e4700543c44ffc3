using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Core;
using Spectre.Console;

namespace KeyAccount.Cli.Tests.Hostile;

/// <summary>Tables beyond a screenful show the first rows and how to see all; the whole table streams.</summary>
public sealed class TableLimitTests
{
    /// <summary>The sample classification with its clients repeated under new ids until there are <paramref name="count"/>.</summary>
    private static string Classification(int count)
    {
        var document = JsonNode.Parse(CliRunner.Run("sample", "classification").Out)!.AsObject();
        var clients = document["clients"]!.AsArray();
        var template = clients.Select(c => c!.ToJsonString()).ToArray();
        clients.Clear();
        for (var i = 0; i < count; i++)
        {
            var client = JsonNode.Parse(template[i % template.Length])!.AsObject();
            client["client"] = "c" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            clients.Add(client);
        }

        return document.ToJsonString();
    }

    private static int Ids(string output) => output.Split('\n').Count(l => l.Contains(" c0", StringComparison.Ordinal) || l.StartsWith("c0", StringComparison.Ordinal));

    [Fact]
    public void Classify_shows_a_screenful_and_says_how_many_were_left_out_and_how_to_see_them()
    {
        var (result, _) = HostileContract.RunOnFile(Classification(300), ".json", "classify", "{file}", "--all");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(RowLimit.Screenful, Ids(result.Out));
        Assert.Contains("40 of 300 clients shown; --rows all shows them all.", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_rows_all_lists_every_client_and_a_number_lists_that_many()
    {
        var file = CliRunner.TempFile(Classification(300), ".json");
        try
        {
            var all = CliRunner.Run("classify", file, "--all", "--rows", "all");
            var ten = CliRunner.Run("classify", file, "--all", "--rows", "10");
            var bad = CliRunner.Run("classify", file, "--rows", "0");

            Assert.Equal(300, Ids(all.Out));
            Assert.DoesNotContain("shown;", all.Out, StringComparison.Ordinal);
            Assert.Equal(10, Ids(ten.Out));
            Assert.Contains("10 of 300 clients shown", ten.Out, StringComparison.Ordinal);
            Assert.True(bad.ExitCode == 2, bad.ToString());
            Assert.Contains("--rows must be a whole number of 1 or more, or all, but was '0'.", bad.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_table_longer_than_a_drawn_table_is_streamed_whole_in_plain_columns()
    {
        var (result, _) = HostileContract.RunOnFile(Classification(2_000), ".json", "classify", "{file}", "--all", "--rows", "all");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Out.Split('\n');
        Assert.Equal(2_000, lines.Count(l => l.StartsWith("c0", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("client ", StringComparison.Ordinal) && l.Contains(" tier ", StringComparison.Ordinal) && l.EndsWith("why", StringComparison.Ordinal));
        Assert.DoesNotContain('│', result.Out);
    }

    [Fact]
    public void Diagnostics_beyond_a_screenful_show_the_first_and_the_count()
    {
        var diagnostics = Enumerable.Range(0, 1_000).Select(i => new Diagnostic("KAP999", DiagnosticSeverity.Warning, $"actions[{i}]", "a finding")).ToArray();
        using var output = new StringWriter();
        var console = new CliConsole(() => new MemoryStream(), output, TextWriter.Null, false, false).CreateTableConsole();

        DiagnosticsOutput.Write(console, diagnostics, "plan");

        var text = output.ToString();
        Assert.Contains("actions[39]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("actions[40]", text, StringComparison.Ordinal);
        Assert.Contains("40 of 1,000 diagnostics shown; --format json lists them all.", text, StringComparison.Ordinal);
    }

    private sealed class LineCounter : StringWriter
    {
        public int Lines { get; private set; }

        public override void WriteLine(string? value)
        {
            Lines++;
            base.WriteLine(value);
        }
    }

    [Fact]
    public void The_streamed_table_writes_each_row_before_the_next_is_produced()
    {
        using var output = new LineCounter { NewLine = "\n" };
        var behind = new List<int>();

        IEnumerable<int> Rows()
        {
            for (var i = 0; i < 3_000; i++)
            {
                // After the rows the widths are taken from, the header, the rule and every row
                // before this one are written before it is produced.
                if (i > 250 && output.Lines != i + 2)
                {
                    behind.Add(i);
                }

                yield return i;
            }
        }

        TableOutput.Stream(output, null, [new("n", RightAligned: true), new("text")], Rows(), i => [i.ToString(System.Globalization.CultureInfo.InvariantCulture), "row " + i]);

        Assert.Empty(behind);
        Assert.Equal(3_002, output.Lines);
        Assert.Contains("\n301  row 301\n", output.ToString(), StringComparison.Ordinal);
    }
}
