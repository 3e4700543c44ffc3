using System.IO;

namespace KeyAccount.Cli.Tests.Pareto;

/// <summary>Bad CSV input gives exit code 2 and one message naming the file, the line and what is wrong; never a stack trace.</summary>
public sealed class ParetoInputErrorTests
{
    [Fact]
    public void Missing_column_names_the_column_the_option_and_the_columns_present()
    {
        var path = CliRunner.TempFile("client,amount\na,1\n");
        var result = CliRunner.Run("pareto", path, "--value", "amount");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{path}:1: no column 'id' in the header (choose it with --id); the columns are: client, amount.", result.Error);
        AssertNoStackTrace(result);
    }

    [Fact]
    public void Bad_number_names_the_line_the_text_and_the_column()
    {
        var path = CliRunner.TempFile("id,value\na,1\nb,1.5\nc,12,5\nd,abc\n");
        var result = CliRunner.Run("pareto", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{path}:5: 'abc' in column 'value' is not a number", result.Error);
        AssertNoStackTrace(result);
    }

    [Fact]
    public void Empty_value_is_not_a_number()
    {
        var result = CliRunner.RunWithInput("id,value\na,\n", "pareto", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("<stdin>:2: an empty value in column 'value' is not a number", result.Error);
    }

    [Fact]
    public void Empty_file_is_refused()
    {
        var path = CliRunner.TempFile(string.Empty);
        var result = CliRunner.Run("pareto", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{path}: the file is empty", result.Error);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Header_without_rows_is_refused()
    {
        var result = CliRunner.RunWithInput("id,value\n", "pareto", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("<stdin>: the file has a header but no data rows.", result.Error);
    }

    [Fact]
    public void Short_row_names_its_line()
    {
        var result = CliRunner.RunWithInput("id,value\na,1\nb\n", "pareto", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("<stdin>:3: the row has 1 column(s)", result.Error);
    }

    [Fact]
    public void Empty_id_names_its_line()
    {
        var result = CliRunner.RunWithInput("id,value\na,1\n  ,2\n", "pareto", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("<stdin>:3: the client id in column 'id' is empty.", result.Error);
    }

    [Fact]
    public void Repeated_id_without_aggregate_names_the_id_and_both_lines()
    {
        var result = CliRunner.Run("pareto", CliRunner.Data("superstore-orders.csv"), "--id", "Customer ID", "--value", "Profit");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("superstore-orders.csv:3: the client id 'CG-12520' appears again (first on line 2); pass --aggregate", result.Error);
    }

    [Fact]
    public void Line_numbers_count_physical_lines_inside_quoted_fields()
    {
        var result = CliRunner.RunWithInput("id,note,value\na,\"two\nlines\",1\nb,x,oops\n", "pareto", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("<stdin>:4: 'oops'", result.Error);
    }

    [Fact]
    public void Missing_file_is_bad_input()
    {
        var path = Path.Combine(Path.GetTempPath(), "keyaccount-no-such-file.csv");
        var result = CliRunner.Run("pareto", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{path}: file not found.", result.Error);
    }

    [Theory]
    [InlineData("pareto")]
    [InlineData("pareto", "x.csv", "--format", "xml")]
    [InlineData("pareto", "x.csv", "--target", "1.5")]
    [InlineData("pareto", "x.csv", "--target", "abc")]
    [InlineData("pareto", "--bogus")]
    [InlineData("no-such-command")]
    public void Bad_usage_is_exit_code_2_with_a_message(params string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("keyaccount: ", result.Error);
        AssertNoStackTrace(result);
    }

    [Fact]
    public void Delimiter_must_be_one_character()
    {
        var result = CliRunner.RunWithInput("id;value\na;1\n", "pareto", "-", "--delimiter", ";;");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--delimiter must be one character or 'tab'", result.Error);
    }

    private static void AssertNoStackTrace(CliResult result)
    {
        Assert.DoesNotContain("   at ", result.Error);
        Assert.DoesNotContain("Exception", result.Error);
    }
}
