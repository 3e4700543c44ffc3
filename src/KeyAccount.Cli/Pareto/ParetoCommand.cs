using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Core;
using nietras.SeparatedValues;
using Spectre.Console;

namespace KeyAccount.Cli.Pareto;

/// <summary><c>keyaccount pareto &lt;file.csv | -&gt;</c>: the 20/80 analysis of a CSV, streamed row by row.</summary>
internal static class ParetoCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file")
        {
            Description = "The CSV file (UTF-8, a header row) or Excel workbook (.xlsx), or - for a CSV on standard input.",
        };
        file.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (text is { Length: > 1 } && text[0] == '-')
            {
                result.AddError($"Unrecognized option '{text}'.");
            }
        });
        var id = new Option<string>("--id")
        {
            Description = "The header name of the client id column.",
            DefaultValueFactory = _ => "id",
            HelpName = "column",
        };
        var value = new Option<string>("--value")
        {
            Description = "The header name of the amount column (profit or revenue; invariant culture, such as -1234.56).",
            DefaultValueFactory = _ => "value",
            HelpName = "column",
        };
        var delimiter = new Option<string>("--delimiter", "-d")
        {
            Description = "The column separator: one character, or 'tab'.",
            DefaultValueFactory = _ => ",",
            HelpName = "char",
        };
        var aggregate = new Option<bool>("--aggregate")
        {
            Description = "Sum the rows of each client (for transaction exports); without it a repeated id is an error.",
        };
        var target = new Option<double>("--target")
        {
            Description = "The share of the total the vital few must reach, greater than 0 and at most 1.",
            DefaultValueFactory = _ => 0.8,
            HelpName = "share",
        };
        target.CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var t) || !(t > 0 && t <= 1))
            {
                result.AddError($"--target must be a number greater than 0 and at most 1 (such as 0.8), but was '{text}'.");
                return 0;
            }

            return t;
        };
        var format = CommonOptions.Format("table", "json", "csv");
        var currency = new Option<string>("--currency")
        {
            Description = "The ISO 4217 code of the amounts, for the output (XXX, the default, means none stated).",
            DefaultValueFactory = _ => "XXX",
            HelpName = "code",
        };
        var chart = new Option<string?>("--chart")
        {
            Description = "Also draw the Lorenz curve (the whale curve when there are losses) into this SVG file.",
            HelpName = "file.svg",
        };

        var sheet = new Option<string?>("--sheet")
        {
            Description = "The sheet of an Excel workbook to read (default: the first).",
            HelpName = "name",
        };

        var command = new Command("pareto", "The 20/80 analysis of a CSV or Excel workbook: vital few, Gini, HHI, computed ABC classes, and the whale curve when there are losses.")
        {
            file, id, value, delimiter, aggregate, target, currency, format, chart, sheet,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var separator = ParseDelimiter(parse.GetValue(delimiter)!);
            var code = ParseCurrency(parse.GetValue(currency)!);
            var svg = parse.GetValue(chart);
            var kind = parse.GetValue(format);
            CheckChart(svg, path);
            var workbook = path != "-" && XlsxAmountReader.IsWorkbook(path);
            if (parse.GetValue(sheet) is not null && !workbook)
            {
                throw new CliInputException($"--sheet applies to Excel workbooks (.xlsx), but '{InputFile.DisplayName(path)}' is read as CSV.");
            }

            var amounts = workbook
                ? XlsxAmountReader.Read(path, parse.GetValue(sheet), parse.GetValue(id)!, parse.GetValue(value)!, parse.GetValue(aggregate), code)
                : ReadCsv(console, path, parse.GetValue(id)!, parse.GetValue(value)!, separator, parse.GetValue(aggregate), code, kind == "json");

            // The reader's tables are garbage now: collect them before the analysis allocates, so
            // that the peak memory is the larger of reading and analysing, not their sum.
            GC.Collect();
            var report = ParetoReport.Create(amounts, parse.GetValue(target));
            using var chartFile = svg is null ? null : ParetoChart.Prepare(report, svg);
            switch (kind)
            {
                case "json":
                    ParetoJsonWriter.Write(report, console.Out);
                    break;
                case "csv":
                    ParetoCsvWriter.Write(report, console.Out);
                    break;
                default:
                    ParetoTable.Write(report, console.CreateTableConsole());
                    break;
            }

            chartFile?.Save();

            return ExitCodes.Success;
        });
        return command;
    }

    private static ClientAmounts ReadCsv(CliConsole console, string path, string idColumn, string valueColumn, char separator, bool aggregate, Currency code, bool json)
    {
        using var stream = InputFile.Open(path, console);
        var progress = console.ErrorIsTerminal ? Progress(console, stream.CanSeek ? stream.Length : -1) : null;

        // The rest of the work (combining the threads' totals, the analysis) runs on one core: the
        // JSON writer prepares its first write on another meanwhile.
        var allRead = json ? () => _ = ParetoJsonWriter.Prepare() : (Action?)null;
        var amounts = CsvAmountReader.Read(stream, InputFile.DisplayName(path), idColumn, valueColumn, separator, aggregate, code, progress, allRead);
        if (progress is not null)
        {
            console.Error.Write("\r\u001b[2K");
        }

        return amounts;
    }

    /// <summary>Refuses a chart file that is empty or that is the input itself (drawing would overwrite it).</summary>
    private static void CheckChart(string? svg, string input)
    {
        if (svg is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(svg))
        {
            throw new CliInputException("--chart needs a file name for the SVG, such as lorenz.svg, but was empty.");
        }

        if (input != "-" && SameFile(svg, input))
        {
            throw new CliInputException($"--chart {svg} is the input file; drawing the chart would overwrite it. Choose another file name.");
        }
    }

    private static bool SameFile(string a, string b)
    {
        static string Resolve(string path)
        {
            var full = Path.GetFullPath(path);
            try
            {
                return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
            }
            catch (IOException)
            {
                return full;
            }
        }

        return string.Equals(Resolve(a), Resolve(b), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
    }

    private static Currency ParseCurrency(string code)
    {
        try
        {
            return new Currency(code);
        }
        catch (ArgumentException)
        {
            throw new CliInputException($"--currency must be an ISO 4217 code of three letters, such as EUR, but was '{code}'.");
        }
    }

    private static char ParseDelimiter(string text)
    {
        var separator = text switch
        {
            "tab" or "\\t" or "\t" => '\t',
            { Length: 1 } => text[0],
            _ => throw new CliInputException($"--delimiter must be one character or 'tab', but was '{text}'."),
        };
        try
        {
            _ = new Sep(separator);
        }
        catch (ArgumentException)
        {
            // The CSV reader refuses the quote, line ends and a few other characters as separators.
            var shown = char.IsControl(separator) ? FormattableString.Invariant($"U+{(int)separator:X4}") : $"'{separator}'";
            throw new CliInputException($"--delimiter {shown} cannot separate columns (it is the quote, a line end or another character the CSV reader reserves); use , ; | or tab.");
        }

        return separator;
    }

    private static Action<long, long> Progress(CliConsole console, long length) => (rows, position) =>
    {
        var percent = length > 0 && position >= 0 ? string.Create(CultureInfo.InvariantCulture, $" ({100.0 * position / length:F0}%)") : string.Empty;
        console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\rreading: {rows:N0} rows{percent}"));
    };
}
