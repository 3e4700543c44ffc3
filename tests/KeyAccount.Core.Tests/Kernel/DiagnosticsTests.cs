using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text.RegularExpressions;

namespace KeyAccount.Core.Tests.Kernel;

/// <summary>
/// The kernel's diagnostics, tested directly rather than through an area: the order every area
/// reports in (<see cref="Diagnostics.Sort"/>, <see cref="Diagnostics.ComparePaths"/>), the counts,
/// <see cref="DocumentRun{TResult}"/>, and the wording of one <see cref="Diagnostic"/>.
/// </summary>
public class DiagnosticsTests
{
    /// <summary>Short paths over a small alphabet, so that digits, prefixes and ties all occur.</summary>
    private static readonly Gen<string> Paths =
        Gen.Elements('$', '.', '[', ']', 'a', 'b', '0', '0', '1', '2', '9', '\u0663')
            .ArrayOf()
            .Select(chars => new string(chars.Take(10).ToArray()));

    private static readonly Gen<Diagnostic[]> DiagnosticLists =
        Gen.Zip(Paths, Gen.Elements("KA001", "KA002", "KB001"), (path, code) => (path, code))
            .ArrayOf()
            .Select(items => items
                .Select((t, i) => new Diagnostic(t.code, (DiagnosticSeverity)(i % 3), t.path, "Finding " + i + "."))
                .ToArray());

    [Theory]
    [InlineData("$.clients[2]", "$.clients[10]")]
    [InlineData("$.a[9].b", "$.a[10]")]
    [InlineData("$.a", "$.a.b")]
    [InlineData("", "$")]
    [InlineData("x1", "x01")]
    [InlineData("x01", "x001")]
    [InlineData("x007", "x8")]
    [InlineData("x1a", "x1b")]
    [InlineData("x1", "x1a")]
    [InlineData("x9", "x10")]
    [InlineData("x99", "x100")]
    [InlineData("x12", "x13")]
    [InlineData("1", "a")]
    [InlineData("$.A", "$.a")]
    [InlineData("a0", "a00")]
    public void Paths_sort_with_numbers_by_value(string first, string second)
    {
        Assert.True(Diagnostics.ComparePaths(first, second) < 0, $"'{first}' before '{second}'");
        Assert.True(Diagnostics.ComparePaths(second, first) > 0, $"'{second}' after '{first}'");
        Assert.Equal(0, Diagnostics.ComparePaths(first, first));
    }

    [Property(MaxTest = 2000)]
    public Property ComparePaths_agrees_with_a_model_of_numbers_and_characters() =>
        Prop.ForAll(Paths.ToArbitrary(), Paths.ToArbitrary(), (x, y) =>
            Math.Sign(Diagnostics.ComparePaths(x, y)) == Math.Sign(ModelCompare(x, y)));

    [Property(MaxTest = 2000)]
    public Property ComparePaths_is_an_order_where_only_equal_paths_tie() =>
        Prop.ForAll(Paths.ToArbitrary(), Paths.ToArbitrary(), Paths.ToArbitrary(), (x, y, z) =>
        {
            var xy = Math.Sign(Diagnostics.ComparePaths(x, y));
            var yz = Math.Sign(Diagnostics.ComparePaths(y, z));
            var xz = Math.Sign(Diagnostics.ComparePaths(x, z));
            var antisymmetric = xy == -Math.Sign(Diagnostics.ComparePaths(y, x));
            var tiesOnlyWhenEqual = (xy == 0) == string.Equals(x, y, StringComparison.Ordinal);
            var transitive = !(xy <= 0 && yz <= 0) || xz <= 0;
            return antisymmetric && tiesOnlyWhenEqual && transitive;
        });

    [Property]
    public Property Sort_orders_by_path_then_code_and_keeps_the_input_order_of_ties() =>
        Prop.ForAll(DiagnosticLists.ToArbitrary(), input =>
        {
            var sorted = Diagnostics.Sort(input);
            var expected = input
                .Select((d, i) => (d, i))
                .OrderBy(p => p.d.Path, Comparer<string>.Create(ModelCompare))
                .ThenBy(p => p.d.Code, StringComparer.Ordinal)
                .ThenBy(p => p.i)
                .Select(p => p.d)
                .ToArray();
            return sorted.Count == input.Length && sorted.Zip(expected, ReferenceEquals).All(same => same);
        });

    [Fact]
    public void Sort_does_not_change_the_list_it_was_given()
    {
        var input = new List<Diagnostic>
        {
            new("KA002", DiagnosticSeverity.Error, "$.b", "Second."),
            new("KA001", DiagnosticSeverity.Error, "$.a", "First."),
        };

        var sorted = Diagnostics.Sort(input);

        Assert.Equal(new[] { "$.a", "$.b" }, sorted.Select(d => d.Path));
        Assert.Equal(new[] { "$.b", "$.a" }, input.Select(d => d.Path));
    }

    [Fact]
    public void Sort_names_a_null_entry_by_its_position()
    {
        var input = new[] { new Diagnostic("KA001", DiagnosticSeverity.Info, "", "Fine."), null! };

        var ex = Assert.Throws<ArgumentNullException>(() => Diagnostics.Sort(input));

        Assert.Equal("diagnostics", ex.ParamName);
        Assert.StartsWith("diagnostics[1] is null.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => Diagnostics.Sort(null!));
        Assert.Throws<ArgumentNullException>(() => Diagnostics.ComparePaths(null!, "a"));
        Assert.Throws<ArgumentNullException>(() => Diagnostics.ComparePaths("a", null!));
    }

    [Theory]
    [InlineData(new[] { DiagnosticSeverity.Info, DiagnosticSeverity.Warning }, false, 1, 1, 0)]
    [InlineData(new[] { DiagnosticSeverity.Error }, true, 0, 0, 1)]
    [InlineData(new[] { DiagnosticSeverity.Warning, DiagnosticSeverity.Error, DiagnosticSeverity.Error, DiagnosticSeverity.Info }, true, 1, 1, 2)]
    [InlineData(new DiagnosticSeverity[0], false, 0, 0, 0)]
    public void Errors_and_counts_by_severity(DiagnosticSeverity[] severities, bool hasErrors, int infos, int warnings, int errors)
    {
        var diagnostics = severities.Select((s, i) => new Diagnostic("KA001", s, "$[" + i + "]", "Finding.")).ToArray();

        Assert.Equal(hasErrors, diagnostics.HasErrors());
        Assert.Equal(infos, diagnostics.Count(DiagnosticSeverity.Info));
        Assert.Equal(warnings, diagnostics.Count(DiagnosticSeverity.Warning));
        Assert.Equal(errors, diagnostics.Count(DiagnosticSeverity.Error));

        var run = new DocumentRun<string>(diagnostics, hasErrors ? null : "result");
        Assert.Equal(hasErrors, run.HasErrors);
        Assert.Equal(hasErrors ? null : "result", run.Result);
        Assert.Equal(diagnostics.Length, run.Diagnostics.Count);
    }

    [Fact]
    public void A_document_run_holds_its_diagnostics_sorted()
    {
        var run = new DocumentRun<object>(
            new[]
            {
                new Diagnostic("KA002", DiagnosticSeverity.Warning, "$.items[10]", "Tenth."),
                new Diagnostic("KA001", DiagnosticSeverity.Warning, "$.items[2]", "Second."),
                new Diagnostic("KA001", DiagnosticSeverity.Info, "", "The document."),
            },
            new object());

        Assert.Equal(new[] { "", "$.items[2]", "$.items[10]" }, run.Diagnostics.Select(d => d.Path));
        Assert.False(run.HasErrors);
        Assert.NotNull(run.Result);
        Assert.Throws<ArgumentNullException>(() => new DocumentRun<object>(null!, null));
    }

    [Fact]
    public void A_diagnostic_reads_as_severity_code_path_and_message()
    {
        Assert.Equal("error KA001 at $.clients[3].sales[0]: Sales must not be negative.", new Diagnostic("KA001", DiagnosticSeverity.Error, "$.clients[3].sales[0]", "Sales must not be negative.").ToString());
        Assert.Equal("warning KA002 at $: Look again.", new Diagnostic("KA002", DiagnosticSeverity.Warning, "$", "Look again.").ToString());
        Assert.Equal("info KA003: About the whole document.", new Diagnostic("KA003", DiagnosticSeverity.Info, "", "About the whole document.").ToString());
    }

    [Fact]
    public void A_diagnostic_refuses_what_it_cannot_say()
    {
        Assert.Equal("code", Assert.ThrowsAny<ArgumentException>(() => new Diagnostic(" ", DiagnosticSeverity.Error, "$", "Message.")).ParamName);
        Assert.Equal("code", Assert.ThrowsAny<ArgumentException>(() => new Diagnostic(null!, DiagnosticSeverity.Error, "$", "Message.")).ParamName);
        Assert.Equal("severity", Assert.ThrowsAny<ArgumentException>(() => new Diagnostic("KA001", (DiagnosticSeverity)3, "$", "Message.")).ParamName);
        Assert.Equal("path", Assert.ThrowsAny<ArgumentException>(() => new Diagnostic("KA001", DiagnosticSeverity.Error, null!, "Message.")).ParamName);
        Assert.Equal("message", Assert.ThrowsAny<ArgumentException>(() => new Diagnostic("KA001", DiagnosticSeverity.Error, "$", "")).ParamName);
        Assert.Equal("title", Assert.ThrowsAny<ArgumentException>(() => new DiagnosticDescriptor("KA001", DiagnosticSeverity.Error, " ")).ParamName);
        Assert.Equal("severity", Assert.ThrowsAny<ArgumentException>(() => new DiagnosticDescriptor("KA001", (DiagnosticSeverity)(-1), "Title.")).ParamName);
        Assert.Equal("code", Assert.ThrowsAny<ArgumentException>(() => new DiagnosticDescriptor("", DiagnosticSeverity.Error, "Title.")).ParamName);
    }

    [Fact]
    public void A_descriptor_makes_diagnostics_of_its_code_and_severity()
    {
        var descriptor = new DiagnosticDescriptor("KA010", DiagnosticSeverity.Warning, "A title.");

        var diagnostic = descriptor.At("$.x", "A message.");

        Assert.Equal(new Diagnostic("KA010", DiagnosticSeverity.Warning, "$.x", "A message."), diagnostic);
        Assert.Equal("A title.", descriptor.Title);
    }

    /// <summary>
    /// The order of paths as the remarks of <see cref="Diagnostics"/> state it, written as tokens: a
    /// run of digits is a number (compared by value as a big integer, then the one with more leading
    /// zeros last); any other character is compared by its code; a path that is a prefix of another
    /// comes first.
    /// </summary>
    private static int ModelCompare(string x, string y)
    {
        var xs = Regex.Matches(x, "[0-9]+|[^0-9]").Select(m => m.Value).ToArray();
        var ys = Regex.Matches(y, "[0-9]+|[^0-9]").Select(m => m.Value).ToArray();
        for (var k = 0; k < Math.Min(xs.Length, ys.Length); k++)
        {
            int c;
            if (char.IsAsciiDigit(xs[k][0]) && char.IsAsciiDigit(ys[k][0]))
            {
                c = BigInteger.Parse(xs[k], CultureInfo.InvariantCulture).CompareTo(BigInteger.Parse(ys[k], CultureInfo.InvariantCulture));
                if (c == 0)
                {
                    c = xs[k].Length.CompareTo(ys[k].Length);
                }
            }
            else
            {
                c = xs[k][0].CompareTo(ys[k][0]);
            }

            if (c != 0)
            {
                return c;
            }
        }

        return xs.Length.CompareTo(ys.Length);
    }
}
