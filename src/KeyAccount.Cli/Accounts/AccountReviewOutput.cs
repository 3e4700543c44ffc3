using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Json;
using NodaTime;
using NodaTime.Text;

namespace KeyAccount.Cli.Accounts;

/// <summary>
/// <c>keyaccount review ACCOUNT.json</c>: which document a review's input is (a portfolio or an
/// account, told by its shape), and the account's review (<see cref="AccountReview.Run"/>) as a
/// table or JSON. The portfolio's review stays with <c>ReviewCommand</c>.
/// </summary>
internal static class AccountReviewOutput
{
    /// <summary>The members only a portfolio document has at its root.</summary>
    private static readonly string[] PortfolioMembers = { "name", "asOf", "classification" };

    /// <summary>The input of <c>keyaccount review</c>: its bytes (a UTF-8 byte-order mark removed) and whether it is an account document.</summary>
    internal sealed record ReviewInput(byte[] Bytes, bool IsAccount, string File);

    /// <summary>
    /// Reads <paramref name="path"/> once and tells what it is: an account document is a JSON object
    /// with a <c>client</c> and none of the portfolio's <c>name</c>, <c>asOf</c> and
    /// <c>classification</c>; anything else is read as a portfolio, whose reader reports what is wrong
    /// with it. An object with neither shape is refused naming both.
    /// </summary>
    /// <exception cref="CliInputException">The file cannot be read, or is an object of neither shape.</exception>
    public static ReviewInput Read(string path, CliConsole console)
    {
        var file = InputFile.DisplayName(path);
        byte[] bytes;
        using (var stream = InputFile.Open(path, console))
        using (var buffer = new MemoryStream())
        {
            try
            {
                stream.CopyTo(buffer);
            }
            catch (IOException ex)
            {
                throw new CliInputException($"{file}: cannot be read: {ex.Message}", ex);
            }

            bytes = buffer.ToArray();
        }

        if (bytes.AsSpan().StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException)
        {
            return new ReviewInput(bytes, false, file); // the portfolio's reader says where the JSON breaks
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new ReviewInput(bytes, false, file);
            }

            var portfolio = PortfolioMembers.Any(m => root.TryGetProperty(m, out _));
            var account = root.TryGetProperty("client", out _);
            if (!portfolio && !account)
            {
                throw new CliInputException($"{file}: $: neither a portfolio document (it has name, asOf and classification) nor an account document (it has client); review reads either.");
            }

            return new ReviewInput(bytes, account && !portfolio, file);
        }
    }

    /// <summary>Reviews the account of <paramref name="input"/> as of <paramref name="asOf"/> and writes it; returns the exit code.</summary>
    /// <exception cref="CliInputException">The account document is malformed (the message names the JSON path).</exception>
    public static int Run(ReviewInput input, LocalDate asOf, string format, string? outputPath, CliConsole console)
    {
        AccountDocument account;
        try
        {
            account = KeyAccountJson.Deserialize<AccountDocument>(input.Bytes.AsSpan());
        }
        catch (JsonException ex)
        {
            throw new CliInputException(InputFile.DescribeDocumentError(input.File, input.Bytes, typeof(AccountDocument), ex), ex);
        }

        if (format == "html")
        {
            // The same page as `keyaccount account --format html`.
            var run = AccountAnalysis.Run(account, asOf);
            Html.HtmlOutput.Write(Html.HtmlRenderer.Render(Html.AccountPage.Build(account, run, asOf)), outputPath, console);
            return KeyAccount.Core.Diagnostics.HasErrors(run.Diagnostics) ? ExitCodes.AnalysisErrors : ExitCodes.Success;
        }

        var review = AccountReview.Run(account, asOf).Result!;
        if (format == "json")
        {
            JsonOut.WriteObject(console.Out, writer =>
            {
                writer.WriteString("document", "account");
                writer.WriteString("file", input.File);
                JsonOut.WriteLibraryValue(writer, "review", review);
            });
        }
        else
        {
            Write(console, input.File, review);
        }

        return review.HasErrors ? ExitCodes.AnalysisErrors : ExitCodes.Success;
    }

    private static void Write(CliConsole console, string file, AccountReviewResult review)
    {
        var output = console.Out;
        output.WriteLine(FormattableString.Invariant($"{file}: read as an account document (client '{review.Client.Value}'), reviewed as of {LocalDatePattern.Iso.Format(review.AsOf)}."));
        output.WriteLine(review.Explanation);
        output.WriteLine();

        var n = 0;
        Title(output, ++n, "The account: stage, commitments, contacts and fresh data");
        if (review.State is { } state)
        {
            AccountCommand.WriteState(console, state, withReviewAndNotices: false);
        }
        else
        {
            output.WriteLine("Not analysed: the account's settings have errors (see the diagnostics under 'settings').");
            output.WriteLine();
        }

        Part(output, ++n, "Where you stand on the client's ladder", review.Areas, "ladder", review.Ladder?.Portfolio.Explanation);
        Part(output, ++n, "The best set of opportunities within the budgets", review.Areas, "opportunities", review.Opportunities?.Explanation);
        Part(output, ++n, "The key-client development plan", review.Areas, "plan", review.Plan?.Explanation);
        Part(output, ++n, "Relationships: who is who in the decision", review.Areas, "relationships", review.Relationships?.Explanation);
        Part(output, ++n, "Communications: the programme, its coverage and gaps", review.Areas, "communications", review.Communications?.Explanation);
        Part(output, ++n, "Negotiations", review.Areas, "negotiations", review.Negotiations.Count == 0 ? null : string.Join(Environment.NewLine, review.Negotiations.Select(a => "- " + a.Plan + ": " + a.Explanation)));
        Part(output, ++n, "Offers", review.Areas, "offers", review.Offers.Count == 0 ? null : string.Join(Environment.NewLine, review.Offers.Select(o => "- " + o.Offer + ": " + o.Explanation)));

        Title(output, ++n, "The plan review: the latest review checked against the plan");
        if (!review.Areas.Contains("planReviews"))
        {
            output.WriteLine("Not held: the account has no planReviews.");
        }
        else if (review.State is null)
        {
            output.WriteLine("Not analysed: the account's settings have errors (see the diagnostics under 'settings').");
        }
        else
        {
            AccountCommand.WritePlanReviews(output, review.PlanReviews);
        }

        output.WriteLine();
        Title(output, ++n, "Internal communication: who inside the company must hear of what" + (review.Areas.Contains("internalCommunication") ? " (the account's rules)" : " (the default rules)"));
        if (review.State is null)
        {
            output.WriteLine("Not analysed: the account's settings have errors (see the diagnostics under 'settings').");
        }
        else
        {
            AccountCommand.WriteNotices(output, review.InternalCommunication);
        }

        output.WriteLine();

        DiagnosticsOutput.Write(console.CreateTableConsole(), review.Diagnostics, FormattableString.Invariant($"account {review.Client.Value}, as of {LocalDatePattern.Iso.Format(review.AsOf)}"));
    }

    private static void Title(TextWriter output, int number, string title) =>
        output.WriteLine(FormattableString.Invariant($"{number}. {title}"));

    private static void Part(TextWriter output, int number, string title, IReadOnlyList<string> areas, string area, string? text)
    {
        Title(output, number, title);
        output.WriteLine(!areas.Contains(area)
            ? "Not held: the account has no " + area + "."
            : text ?? "Not analysed: the " + area + " part has errors (see the diagnostics under '" + area + "').");
        output.WriteLine();
    }
}
