using System.CommandLine;

namespace KeyAccount.Cli.Infrastructure;

/// <summary>Options shared by several commands, spelled the same everywhere.</summary>
internal static class CommonOptions
{
    /// <summary><c>--format table|json</c> (and <c>csv</c> where a command offers it), default <c>table</c>.</summary>
    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "Output format: " + string.Join(", ", formats) + ". JSON is the documented contract for scripts (docs/cli.md).",
            DefaultValueFactory = _ => "table",
            HelpName = string.Join("|", formats),
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
