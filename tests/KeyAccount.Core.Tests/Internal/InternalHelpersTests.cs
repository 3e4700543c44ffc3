using System;
using System.Globalization;
using System.Linq;

namespace KeyAccount.Core.Tests.Internal;

/// <summary>
/// The helpers every area leans on, tested directly: the diagnostic bag's cap per code and its
/// path prefixes, the catalogue's checks, the argument guards and the wording of numbers and
/// quotes. The first mutation run of Internal (66.7%) found these reached by the areas' tests but
/// never checked at their edges.
/// </summary>
public class InternalHelpersTests
{
    private static readonly DiagnosticDescriptor Error = new("KAT001", DiagnosticSeverity.Error, "An error.");
    private static readonly DiagnosticDescriptor Warning = new("KAT002", DiagnosticSeverity.Warning, "A warning.");

    [Theory]
    [InlineData(1_000, 0)]
    [InlineData(1_001, 1)]
    [InlineData(1_250, 250)]
    public void A_bag_lists_a_thousand_findings_of_a_code_and_counts_the_rest(int added, int leftOut)
    {
        var bag = new DiagnosticBag();
        for (var i = 0; i < added; i++)
        {
            bag.Add(Warning, "items[" + i + "]", "Warning " + i + ".");
        }

        bag.Add(Error, "other", "Another code is not capped with it.");
        var list = bag.ToSortedList();
        Assert.Equal(1_001 + (leftOut > 0 ? 1 : 0), list.Count);
        Assert.Equal(1_000, list.Count(d => d.Code == "KAT002" && d.Message.StartsWith("Warning ", StringComparison.Ordinal)));
        Assert.Single(list, d => d.Code == "KAT001");
        var summary = list.Where(d => d.Message.Contains("not listed", StringComparison.Ordinal)).ToArray();
        if (leftOut == 0)
        {
            Assert.Empty(summary);
            return;
        }

        var s = Assert.Single(summary);
        Assert.Equal(("KAT002", DiagnosticSeverity.Warning, "items[1000]"), (s.Code, s.Severity, s.Path));
        Assert.Equal(leftOut.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + (leftOut == 1 ? " more finding" : " more findings") + " of KAT002 from here on are not listed (the first 1,000 are).", s.Message);
    }

    [Fact]
    public void Findings_added_from_elsewhere_are_capped_the_same_way()
    {
        var bag = new DiagnosticBag();
        bag.AddRange(Enumerable.Range(0, 1_002).Select(i => Error.At("x[" + i + "]", "e")), "doc");
        var list = bag.ToSortedList();
        var s = Assert.Single(list, d => d.Message.Contains("not listed", StringComparison.Ordinal));
        Assert.Equal(("KAT001", DiagnosticSeverity.Error, "doc.x[1000]", "2 more findings of KAT001 from here on are not listed (the first 1,000 are)."), (s.Code, s.Severity, s.Path, s.Message));
        Assert.Equal(1_001, list.Count);
    }

    [Fact]
    public void A_bag_has_errors_once_any_error_is_added_and_stays_so()
    {
        var bag = new DiagnosticBag();
        bag.Add(Warning, "a", "w");
        Assert.False(bag.HasErrors);
        bag.Add(Error, "b", "e");
        Assert.True(bag.HasErrors);
        bag.Add(Error, "c", "e again");
        Assert.True(bag.HasErrors);
        bag.AddRange(new[] { Error.At("d", "e"), Warning.At("e", "w") });
        Assert.True(bag.HasErrors);
        Assert.Equal(5, bag.Count);

        var fromElsewhere = new DiagnosticBag();
        fromElsewhere.AddRange(new[] { Warning.At("a", "w") });
        Assert.False(fromElsewhere.HasErrors);
        fromElsewhere.AddRange(new[] { Error.At("a", "e"), Error.At("b", "e") });
        Assert.True(fromElsewhere.HasErrors);
    }

    [Fact]
    public void A_prefix_joins_a_path_with_a_dot_or_before_an_index()
    {
        var bag = new DiagnosticBag();
        bag.AddRange(new[] { Warning.At("", "root"), Warning.At("[2].id", "index"), Warning.At("name", "member") }, "settings");
        bag.AddRange(new[] { Warning.At("kept", "no prefix") });
        Assert.Equal(new[] { "kept", "settings", "settings.name", "settings[2].id" }, bag.ToSortedList().Select(d => d.Path).OrderBy(p => p, StringComparer.Ordinal));
        Assert.All(bag.ToSortedList(), d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void A_catalogue_refuses_a_foreign_code_sorts_its_codes_and_names_an_unknown_one()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => new DiagnosticCatalog("KAT", Error, new DiagnosticDescriptor("KAX001", DiagnosticSeverity.Info, "Foreign.")));
        Assert.Equal("The code KAX001 does not start with its area's prefix KAT.", refused.Message);

        var catalog = new DiagnosticCatalog("KAT", Warning, Error);
        Assert.Equal(new[] { "KAT001", "KAT002" }, catalog.All.Select(d => d.Code));
        Assert.Same(Warning, catalog.Get("KAT002", "Tests"));
        var unknown = Assert.Throws<ArgumentException>(() => catalog.Get("KAT009", "Tests"));
        Assert.Equal("code", unknown.ParamName);
        Assert.StartsWith("'KAT009' is not a diagnostic code of Tests.", unknown.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => catalog.Get(null!, "Tests"));
    }

    [Fact]
    public void The_guards_refuse_what_they_name()
    {
        var unset = Assert.Throws<ArgumentException>(() => Require.Set(default, "client"));
        Assert.Equal("client", unset.ParamName);
        Assert.StartsWith("The id must be set (default(ClientId) is not an id).", unset.Message, StringComparison.Ordinal);
        Assert.Equal(new ClientId("c"), Require.Set(new ClientId("c"), "client"));

        foreach (var bad in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => Require.Finite(bad, "rate"));
            Assert.Equal("rate", e.ParamName);
            Assert.StartsWith("rate must be a finite number.", e.Message, StringComparison.Ordinal);
        }

        Assert.Equal(-1e300, Require.Finite(-1e300, "rate"));

        foreach (var bad in new[] { -1e-9, 1 + 1e-9, double.NaN, double.PositiveInfinity })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => Require.Share(bad, "share"));
            Assert.StartsWith("share must be a share from 0 to 1.", e.Message, StringComparison.Ordinal);
        }

        Assert.Equal(new[] { 0.0, 0.5, 1.0 }, new[] { 0.0, 0.5, 1.0 }.Select(v => Require.Share(v, "share")));
    }

    [Theory]
    [InlineData(1, "The plan has 1 error; validate it first and fix: error KAT001 at p0: Bad 0.")]
    [InlineData(5, "The plan has 5 errors; validate it first and fix: error KAT001 at p0: Bad 0.; error KAT001 at p1: Bad 1.; error KAT001 at p2: Bad 2.; error KAT001 at p3: Bad 3.; error KAT001 at p4: Bad 4.")]
    [InlineData(7, "The plan has 7 errors; validate it first and fix: error KAT001 at p0: Bad 0.; error KAT001 at p1: Bad 1.; error KAT001 at p2: Bad 2.; error KAT001 at p3: Bad 3.; error KAT001 at p4: Bad 4. (and 2 more)")]
    public void A_document_with_errors_is_refused_with_the_first_five(int errors, string message)
    {
        var diagnostics = new[] { Warning.At("w", "A warning first.") }.Concat(Enumerable.Range(0, errors).Select(i => Error.At("p" + i, "Bad " + i + "."))).ToArray();
        var e = Assert.Throws<ArgumentException>(() => Require.Valid(diagnostics, "plan", "plan"));
        Assert.Equal("plan", e.ParamName);
        Assert.StartsWith(message + " (Parameter", e.Message, StringComparison.Ordinal);

        Require.Valid(new[] { Warning.At("w", "Only a warning.") }, "plan", "plan");
    }

    [Fact]
    public void Numbers_and_quotes_in_words()
    {
        Assert.Equal("1,234,567", Wording.Number(1_234_567L));
        Assert.Equal("-12", Wording.Number(-12L));
        Assert.Equal("1,234.57", Wording.Number(1234.5678));
        Assert.Equal("undefined", Wording.Number(double.NaN));
        Assert.Equal("infinite", Wording.Number(double.PositiveInfinity));
        Assert.Equal("minus infinite", Wording.Number(double.NegativeInfinity));
        Assert.Equal("3", Wording.Number(2.6m, -1));
        Assert.Equal("3", Wording.Number(2.6, -1));
        Assert.Equal("2.6", Wording.Number(2.6m, 3));

        var eighty = new string('x', 80);
        Assert.Equal("'" + eighty + "'", Wording.Quote(eighty));
        Assert.Equal("'" + new string('x', 77) + "...' (81 characters)", Wording.Quote(eighty + "y"));
        Assert.Equal("'" + new string('x', 77) + "...' (12,345 characters)", Wording.Quote(new string('x', 12_345)));
        Assert.Equal("79,228,162,514,264,337,593,543,950,335", Wording.Number(decimal.MaxValue));
        Assert.Equal("-9,223,372,036,854,775,808", Wording.Number((decimal)long.MinValue, 4));
        Assert.Equal("1.0001", Wording.Number(1.00005m, 4));
        Assert.Equal("1.1235", Wording.Number(1.12345678m, 4));
        Assert.Equal("0.0000000000000000000000000001", Wording.Number(0.0000000000000000000000000001m, 30));
    }

    /// <summary>
    /// A decimal's words are its custom format "#,0.##..." (thousands separators, at most the
    /// decimals asked, trailing zeros and a bare point dropped), whether it takes the whole-number
    /// fast path or not: whole numbers in and beyond the 64-bit range, with and without a fraction.
    /// </summary>
    [Property(MaxTest = 500)]
    public bool A_decimal_reads_as_its_custom_format(long whole, int fraction, byte scale, byte decimals, bool wide, bool integral)
    {
        var value = (decimal)whole * (wide ? 1_000_000_000m : 1m) + (integral ? 0m : new decimal(Math.Abs(fraction), 0, 0, fraction < 0, (byte)((scale % 9) + 1)));
        var maxDecimals = decimals % 8;
        var expected = value.ToString("#,0." + new string('#', maxDecimals), CultureInfo.InvariantCulture).TrimEnd('.');
        return Wording.Number(value, maxDecimals) == expected;
    }
}
