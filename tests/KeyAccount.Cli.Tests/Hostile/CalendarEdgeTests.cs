using System;
using System.IO;

namespace KeyAccount.Cli.Tests.Hostile;

/// <summary>
/// The calendar's first and last days as the date of an analysis: every command that takes
/// <c>--as-of</c> for an account answers or refuses, never reaches an internal error. Each of
/// these once did: the meetings window reached before the calendar (-9998-01-10), the
/// communications window's month walk and its last month stepped past 9999-12-31, the charts
/// converted dates before year 1 to <see cref="DateTime"/>, and the health chart's history went
/// back 24 months from -9998.
/// </summary>
public sealed class CalendarEdgeTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var date in new[] { "-9998-01-01", "-9998-01-10", "-9998-06-30", "0001-01-01", "9999-01-01", "9999-12-31" })
        {
            foreach (var command in new[] { "account", "account-html", "health", "health-chart", "review", "review-html" })
            {
                data.Add(command, date);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_account_analysed_on_the_calendars_edge_is_answered(string command, string date)
    {
        var account = CliRunner.TempFile(CliRunner.Run("sample", "account").Out, ".json");
        var chart = Path.Combine(Path.GetTempPath(), "keyaccount-edge-" + Guid.NewGuid().ToString("N") + ".svg");
        try
        {
            var args = command switch
            {
                "account" => new[] { "account", account, "--as-of", date },
                "account-html" => new[] { "account", account, "--as-of", date, "--format", "html" },
                "health" => new[] { "health", account, "--as-of", date, "--format", "json" },
                "health-chart" => new[] { "health", account, "--as-of", date, "--chart", chart },
                "review" => new[] { "review", account, "--as-of", date },
                _ => new[] { "review", account, "--as-of", date, "--format", "html" },
            };
            var result = CliRunner.Run(args);

            Assert.True(result.ExitCode is 0 or 1, result.ToString());
            Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(account);
            File.Delete(chart);
        }
    }
}
