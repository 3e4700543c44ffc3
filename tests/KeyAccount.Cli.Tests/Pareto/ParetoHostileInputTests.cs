using System;
using System.IO;
using System.Linq;
using System.Text;
using KeyAccount.Cli.Infrastructure;

namespace KeyAccount.Cli.Tests.Pareto;

/// <summary>
/// Hostile CSV input (issue 13): each case is bad input with exit code 2 and a message naming the
/// line, or is read as documented; none crashes (exit 70) or is silently misread.
/// </summary>
public sealed class ParetoHostileInputTests
{
    [Theory]
    [InlineData("id,value,note,note\na,1,x,y\nb,2,x,y\n")]
    [InlineData("id,value,,\na,1,,\nb,2,,\n")]
    [InlineData("x,id,x,value,x\n0,a,0,1,0\n0,b,0,2,0\n")]
    public void Repeated_names_of_unused_columns_are_ignored(string csv)
    {
        var result = CliRunner.RunWithInput(csv, "pareto", "-", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("\"clients\": 2", result.Out);
        Assert.Contains("\"total\": 3", result.Out);
    }

    [Theory]
    [InlineData("id,value,id\na,1,b\n", "the column 'id' appears more than once in the header (columns 1 and 3); rename one, or choose another column with --id.")]
    [InlineData("value,id,value\n1,a,2\n", "the column 'value' appears more than once in the header (columns 1 and 3); rename one, or choose another column with --value.")]
    public void A_repeated_id_or_value_column_is_refused_naming_it(string csv, string message)
    {
        var result = CliRunner.RunWithInput(csv, "pareto", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("<stdin>:1: " + message, result.Error);
    }

    [Fact]
    public void A_row_longer_than_the_maximum_behind_an_open_quote_names_the_line_where_it_began()
    {
        var csv = "id,value\na,1\nb,\"" + new string('x', 17_000_000) + "\nc,3\n";
        var result = CliRunner.RunWithInput(csv, "pareto", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("<stdin>:3: the row that begins on this line is longer than 16,777,216 bytes; a quote is probably not closed", result.Error);
        Assert.True(result.Error.Length < 400, result.Error);
    }

    [Fact]
    public void One_huge_line_is_refused_naming_it()
    {
        var csv = "id,value\n" + new string('x', 17_000_000);
        var result = CliRunner.RunWithInput(csv, "pareto", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("<stdin>:2: the row that begins on this line is longer than 16,777,216 bytes; the line has no line end", result.Error);
    }

    [Fact]
    public void A_quote_left_open_to_the_end_of_the_file_names_the_line_where_it_opened()
    {
        var result = CliRunner.RunWithInput("value,id\n10,\"A\n20,B\n30,C", "pareto", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("<stdin>:2: the quote opened on this line is not closed before the end of the file.", result.Error);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void A_quoted_field_over_more_lines_than_the_limit_names_the_line_where_it_opened()
    {
        var lines = string.Concat(Enumerable.Repeat("x\n", 1500));
        var result = CliRunner.RunWithInput("id,note,value\na,n,1\nb,\"" + lines + "\",2\nc,n,3\n", "pareto", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("<stdin>:3: the quote opened on this line spans more than 1,000 lines; it is probably not closed.", result.Error);
    }

    [Fact]
    public void A_quoted_field_within_the_limit_keeps_its_line_breaks()
    {
        var lines = string.Concat(Enumerable.Repeat("x\n", 999));
        var result = CliRunner.RunWithInput("id,note,value\na,n,1\nb,\"" + lines + "\",2\nc,n,oops\n", "pareto", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"<stdin>:{4 + 999}: 'oops' in column 'value' is not a number", result.Error);
    }

    [Fact]
    public void An_id_that_is_not_utf8_is_refused_naming_the_line()
    {
        var path = Path.Combine(Path.GetTempPath(), "keyaccount-cli-tests-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllBytes(path, [.. "id,value\nok,1\n"u8, (byte)'a', 0xFF, (byte)'b', .. ",2\n"u8]);
        var result = CliRunner.Run("pareto", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{path}:3: the client id 'a\uFFFDb' in column 'id' is not valid UTF-8 (byte 0xFF at byte 2 of the id); save the file as UTF-8.", result.Error);
    }

    [Fact]
    public void A_utf16_file_is_refused_not_misread()
    {
        var path = Path.Combine(Path.GetTempPath(), "keyaccount-cli-tests-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, "id,value\na,1\n", new UnicodeEncoding(bigEndian: false, byteOrderMark: true));
        var result = CliRunner.Run("pareto", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{path}:1: the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8", result.Error);
    }

    [Theory]
    [InlineData("§")]
    [InlineData("é")]
    public void A_delimiter_beyond_ascii_is_bad_usage_not_a_crash(string delimiter)
    {
        var result = CliRunner.RunWithInput($"id{delimiter}value\na{delimiter}1\n", "pareto", "-", "--delimiter", delimiter);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"keyaccount: --delimiter ", result.Error);
    }

    [Fact]
    public void A_chart_into_the_input_file_is_refused_and_the_input_is_kept()
    {
        const string Csv = "id,value\na,1\nb,2\n";
        var path = CliRunner.TempFile(Csv);
        var result = CliRunner.Run("pareto", path, "--chart", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--chart {path} is the input file; drawing the chart would overwrite it.", result.Error);
        Assert.Equal(Csv, File.ReadAllText(path));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_chart_file_name_is_refused(string chart)
    {
        var result = CliRunner.RunWithInput("id,value\na,1\n", "pareto", "-", "--chart", chart);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--chart needs a file name for the SVG, such as lorenz.svg, but was empty.", result.Error);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void A_huge_bad_value_is_echoed_cut_to_a_readable_length()
    {
        var result = CliRunner.RunWithInput("id,value\na," + new string('x', 10_000_000) + "\n", "pareto", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"<stdin>:2: '{new string('x', 80)}…(10,000,000 characters)' in column 'value' is not a number", result.Error);
        Assert.True(result.Error.Length < 400, result.Error.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Sheet_is_refused_for_a_csv()
    {
        var result = CliRunner.RunWithInput("id,value\na,1\n", "pareto", "-", "--sheet", "Orders");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--sheet applies to Excel workbooks (.xlsx), but '<stdin>' is read as CSV.", result.Error);
    }

    [Fact]
    public void Csv_output_reaches_the_writer_in_a_few_large_writes()
    {
        var csv = new StringBuilder("id,value\n");
        for (var i = 0; i < 20_000; i++)
        {
            csv.Append("client-").Append(i).Append(',').Append(i % 977).Append('\n');
        }

        using var output = new CountingWriter();
        using var error = new StringWriter();
        var console = new CliConsole(() => new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), output, error, outputIsTerminal: false, errorIsTerminal: false);
        var code = CliApp.Run(["pareto", "-", "--format", "csv"], console);

        Assert.True(code == 0, error.ToString());
        Assert.Equal(20_001, output.ToString().Count(c => c == '\n'));
        Assert.True(output.Writes * 100 < 20_000, $"{output.Writes} writes for 20,000 clients: expected fewer than one per 100 clients");
    }

    /// <summary>Counts the calls that hand text to the writer (as a console writer flushes each).</summary>
    private sealed class CountingWriter : StringWriter
    {
        public int Writes { get; private set; }

        public override void Write(char value)
        {
            Writes++;
            base.Write(value);
        }

        public override void Write(string? value)
        {
            Writes++;
            base.Write(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            Writes++;
            base.Write(buffer, index, count);
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            Writes++;
            base.Write(buffer);
        }

        public override void Write(StringBuilder? value)
        {
            Writes++;
            base.Write(value);
        }
    }
}
