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

    [Theory]
    [InlineData("\"")]
    [InlineData("\n")]
    public void Delimiter_the_csv_reader_reserves_is_bad_usage_not_a_crash(string delimiter)
    {
        var result = CliRunner.RunWithInput("id,value\na,1\n", "pareto", "-", "--delimiter", delimiter);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot separate columns", result.Error);
        AssertNoStackTrace(result);
    }

    [Fact]
    public void Amounts_whose_sum_leaves_decimal_name_the_file_line_and_client()
    {
        var result = CliRunner.RunWithInput("id,value\na,1\nb,79228162514264337593543950335\nc,79228162514264337593543950335\n", "pareto", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("<stdin>:3: with client 'b' the positive amounts add up beyond the range of an exact amount", result.Error);
        Assert.Equal(string.Empty, result.Out);
        AssertNoStackTrace(result);
    }

    [Fact]
    public void Negative_amounts_whose_sum_leaves_decimal_are_refused_too()
    {
        var result = CliRunner.RunWithInput("id,value\na,-79228162514264337593543950335\nb,5\nc,-1\n", "pareto", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("<stdin>:4: with client 'c' the negative amounts add up beyond the range", result.Error);
        AssertNoStackTrace(result);
    }

    [Fact]
    public void Aggregated_rows_that_cancel_out_are_not_refused()
    {
        var result = CliRunner.RunWithInput("id,value\na,79228162514264337593543950335\na,-79228162514264337593543950335\nb,79228162514264337593543950335\n", "pareto", "-", "--aggregate", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"total\": 79228162514264337593543950335", result.Out);
    }

    [Fact]
    public void Number_beyond_decimal_is_called_out_of_range_not_not_a_number()
    {
        var result = CliRunner.RunWithInput("id,value\na,1e30\n", "pareto", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("<stdin>:2: '1e30' in column 'value' is beyond the range of an exact amount", result.Error);
    }

    [Fact]
    public void Infinity_is_not_a_number()
    {
        var result = CliRunner.RunWithInput("id,value\na,Infinity\n", "pareto", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("<stdin>:2: 'Infinity' in column 'value' is not a number", result.Error);
    }

    [Fact]
    public void Zero_total_without_losses_does_not_blame_losses_for_an_undefined_gini()
    {
        var zero = CliRunner.RunWithInput("id,value\na,0\nb,0\n", "pareto", "-");
        var losses = CliRunner.RunWithInput("id,value\na,5\nb,-5\n", "pareto", "-");

        Assert.Equal(0, zero.ExitCode);
        Assert.Contains("undefined (total 0)", zero.Out);
        Assert.DoesNotContain("losses", zero.Out);
        Assert.Contains("undefined (losses)", losses.Out);
    }

    private static void AssertNoStackTrace(CliResult result)
    {
        Assert.DoesNotContain("   at ", result.Error);
        Assert.DoesNotContain("Exception", result.Error);
    }
}
