using System.CommandLine;
using NodaTime;
using NodaTime.Text;

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

    /// <summary>A date option such as <c>--as-of</c>, written as 2026-03-31; a bad date is a parse error naming the option and the value.</summary>
    public static Option<LocalDate?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "date",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            var parsed = LocalDatePattern.Iso.Parse(text);
            if (!parsed.Success)
            {
                result.AddError($"{name} must be a date written as 2026-03-31, but was '{text}'.");
                return null;
            }

            return parsed.Value;
        },
    };
}
