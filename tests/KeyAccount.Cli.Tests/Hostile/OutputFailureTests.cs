using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using KeyAccount.Cli.Infrastructure;

namespace KeyAccount.Cli.Tests.Hostile;

/// <summary>Output that cannot be written (a full disk, a closed pipe) is one line and exit 74, never a stack trace.</summary>
public sealed class OutputFailureTests
{
    /// <summary>A standard output that fails like a full disk, after <paramref name="writesBeforeFailing"/> writes.</summary>
    private sealed class FullDiskWriter(int writesBeforeFailing) : StringWriter
    {
        private int _writes;

        public override void Write(char value) => Fail();

        public override void Write(string? value) => Fail();

        public override void Write(char[] buffer, int index, int count) => Fail();

        public override void Write(ReadOnlySpan<char> buffer) => Fail();

        public override void WriteLine(string? value) => Fail();

        private void Fail()
        {
            if (++_writes > writesBeforeFailing)
            {
                throw new IOException("No space left on device");
            }
        }
    }

    private static CliResult RunWithFailingOutput(int writesBeforeFailing, params string[] args)
    {
        using var output = new FullDiskWriter(writesBeforeFailing);
        using var error = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(() => new MemoryStream(), output, error, outputIsTerminal: false, errorIsTerminal: false);
        return new CliResult(CliApp.Run(args, console), string.Empty, error.ToString());
    }

    [Theory]
    [InlineData(0, "sample", "plan")]
    [InlineData(0, "sample", "portfolio")]
    [InlineData(0, "review")]
    [InlineData(10, "review")]
    [InlineData(0, "review", "--format", "json")]
    [InlineData(0, "--help")]
    public void A_full_disk_is_exit_74_with_one_line_saying_the_output_could_not_be_written(int writesBeforeFailing, params string[] args)
    {
        var result = RunWithFailingOutput(writesBeforeFailing, args);

        Assert.True(result.ExitCode == ExitCodes.OutputFailed, result.ToString());
        Assert.Equal("keyaccount: the output could not be written (No space left on device); the results are incomplete.\n", result.Error);
    }

    /// <summary>A chart is written after the report: a full disk there is 74 too, the report printed and the line naming the chart.</summary>
    [Theory]
    [InlineData("pareto", "data/swiss-inhabitants.csv", "--format", "json")]
    [InlineData("relationships", "--sample")]
    public void A_chart_on_a_full_disk_is_exit_74_after_the_report(params string[] args)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/dev/full"))
        {
            return;
        }

        var arguments = Array.ConvertAll(args, a => a.StartsWith("data/", StringComparison.Ordinal) ? CliRunner.Data(a[5..]) : a);
        var result = CliRunner.Run([.. arguments, "--chart", "/dev/full"]);

        Assert.True(result.ExitCode == ExitCodes.OutputFailed, result.ToString());
        Assert.NotEqual(string.Empty, result.Out);
        Assert.StartsWith("keyaccount: /dev/full: cannot write the chart (", result.Error, StringComparison.Ordinal);
        Assert.EndsWith("); the report was printed, the chart is incomplete.\n", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_command_writing_to_a_full_disk_is_exit_74()
    {
        var plan = CliRunner.Run("sample", "plan");
        var file = CliRunner.TempFile(plan.Out, ".json");
        try
        {
            var table = RunWithFailingOutput(0, "plan", "validate", file, "--as-of", "2026-03-31");
            var json = RunWithFailingOutput(0, "plan", "validate", file, "--as-of", "2026-03-31", "--format", "json");

            Assert.True(table.ExitCode == 74, table.ToString());
            Assert.True(json.ExitCode == 74, json.ToString());
            Assert.DoesNotContain("   at ", table.Error + json.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The real thing: the built tool with its standard output on <c>/dev/full</c> (Linux only; elsewhere there is no such device).</summary>
    [Fact]
    public void The_tool_writing_to_dev_full_exits_74_with_one_line()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/dev/full"))
        {
            return;
        }

        var tool = Path.Combine(AppContext.BaseDirectory, "keyaccount.dll");
        Assert.True(File.Exists(tool), tool);
        var start = new ProcessStartInfo("/bin/sh")
        {
            ArgumentList = { "-c", "exec dotnet \"$0\" sample portfolio > /dev/full", tool },
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "keyaccount did not finish");

        Assert.True(process.ExitCode == 74, $"exit {process.ExitCode}\n{error}");
        Assert.Equal("keyaccount: the output could not be written (No space left on device); the results are incomplete.", error.TrimEnd());
    }
}
